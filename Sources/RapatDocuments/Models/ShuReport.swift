import Foundation
import RapatCore
import TextLayout

/// The SHU outputs (issue 5 item 6): the allocation table for the berita acara and the per-member list, from the
/// journal and the imported ledger. Only the approved allocation is final; a proposal is labelled as one.
///
/// - Note: issue 6 moves documents to editable Mustache templates; this renders directly until then.
public enum ShuReport {
    public enum Format: String, CaseIterable, Sendable {
        case markdown = "md"
        case text = "txt"
        case csv
    }

    /// The allocation in force and whether it is final.
    public static func allocation(_ state: MeetingState) -> (allocation: ShuAllocation, approved: Bool)? {
        if let approval = state.shuApproval { return (approval.allocation, true) }
        return state.shuAllocationInForce.map { ($0, false) }
    }

    /// The member shares under the allocation in force, or nil without a proposal.
    public static func distribution(_ state: MeetingState, ledger: ShuLedger) -> ShuDistribution? {
        guard let (allocation, _) = allocation(state) else { return nil }
        return ShuDistribution.compute(allocation: allocation, policy: state.rules.shu, ledger: ledger)
    }

    /// The allocation table with the amount in words, the status, amendments and (with a ledger) the residual.
    public static func allocationText(_ state: MeetingState, distribution: ShuDistribution?, markdown: Bool) -> String {
        var out: [String] = []
        let year = state.opening?.profile.fiscalYear ?? 0
        let title = "PEMBAGIAN SISA HASIL USAHA (SHU) TAHUN BUKU \(year)"
        out.append(markdown ? "# \(title)" : title)
        out.append("")
        guard let proposal = state.shuProposal, let (allocation, approved) = allocation(state) else {
            out.append("Pembagian SHU belum diusulkan dalam rapat ini (perintah shu_propose, atau tombol B pada acara).")
            return out.joined(separator: "\n") + "\n"
        }
        out.append(contentsOf: CellWidth.wrap("SHU tahun buku setelah pajak: \(allocation.surplus.formattedWithWords).", 78))
        if let approval = state.shuApproval {
            out.append("Disahkan rapat dengan keputusan nomor \(approval.decision).")
        } else {
            out.append("USULAN PENGURUS — belum disahkan rapat.")
        }
        for amendment in state.shuAmendments {
            out.append(contentsOf: CellWidth.wrap("Diubah dalam rapat \(IndonesianFormat.time(amendment.at, zone: state.timeZone)): "
                + "\(amendment.reason).", 78))
        }
        out.append("")
        guard allocation.hasDistribution else {
            let decision = state.shuApproval.flatMap { a in state.decisions.first { $0.number == a.decision } }
            out.append(contentsOf: CellWidth.wrap("SHU tidak positif (\(proposal.surplus.formatted)): tidak ada pembagian SHU. "
                + (decision.map { "Keputusan RAT: \($0.text)." } ?? "Keputusan RAT tentang penutupannya belum dicatat."), 78))
            return out.joined(separator: "\n") + "\n"
        }
        let nameWidth = max(20, allocation.lines.map { CellWidth.of($0.component.name) }.max() ?? 0)
        if markdown {
            out.append("| Komponen | % | Jumlah |")
            out.append("|---|---:|---:|")
            for line in allocation.lines {
                out.append("| \(line.component.name) | \(line.component.percentage) | \(line.amount.formatted) |")
            }
            out.append("| **Jumlah** | **100** | **\(allocation.total.formatted)** |")
        } else {
            func row(_ a: String, _ b: String, _ c: String) -> String {
                CellWidth.pad(a, to: nameWidth) + "  " + String(repeating: " ", count: max(0, 6 - b.count)) + b + "  "
                    + String(repeating: " ", count: max(0, 20 - c.count)) + c
            }
            out.append(row("Komponen", "%", "Jumlah"))
            out.append(String(repeating: "-", count: nameWidth + 30))
            for line in allocation.lines {
                out.append(row(line.component.name, line.component.percentage.description, line.amount.formatted))
            }
            out.append(String(repeating: "-", count: nameWidth + 30))
            out.append(row("Jumlah", "100", allocation.total.formatted))
        }
        out.append("")
        out.append(contentsOf: CellWidth.wrap("Terbilang: \(allocation.total.inWords).", 78))
        if allocation.splitRemainder.sen > 0 {
            out.append("Sisa pembagian persentase \(allocation.splitRemainder.formatted) dimasukkan ke dana cadangan.")
        }
        if let distribution {
            out.append("")
            out.append(contentsOf: CellWidth.wrap("Selisih pembulatan pembagian kepada anggota: jasa modal "
                + "\(distribution.capitalResidual.formatted), jasa usaha \(distribution.businessResidual.formatted); jumlah "
                + "\(distribution.residual.formatted) masuk dana cadangan, sehingga dana cadangan menjadi "
                + "\(distribution.reserveWithResidual.formatted).", 78))
            for warning in distribution.warnings { out.append(contentsOf: CellWidth.wrap("Peringatan: \(warning)", 78)) }
        }
        let policy = state.rules.shu
        out.append(contentsOf: CellWidth.wrap("Dasar jasa modal: simpanan \(policy.savingsTypes.joined(separator: " + ")); dasar "
            + "jasa usaha: transaksi \(policy.transactionUnits.isEmpty ? "semua unit" : policy.transactionUnits.joined(separator: ", "))"
            + "; pembulatan ke bawah \(policy.roundingUnit.formatted); dibayarkan \(policy.payment.label).", 78))
        return out.joined(separator: "\n") + "\n"
    }

    /// The per-member list: nomor, nama, unit, simpanan, transaksi, JM, JU, total (and terbilang).
    public static func memberList(_ state: MeetingState, distribution: ShuDistribution, format: Format, inWords: Bool) -> String {
        let approved = state.shuApproval != nil
        func plain(_ r: Rupiah) -> String {
            // Excel (Indonesian locale) reads "682500,00" as a number.
            let cents = r.sen.magnitude % 100
            return (r.sen < 0 ? "-" : "") + "\(r.sen.magnitude / 100),\(cents < 10 ? "0" : "")\(cents)"
        }
        var rows: [[String]] = []
        for share in distribution.shares {
            let member = state.roster.member(share.member)
            var row = [share.member.rawValue, member?.name ?? "", member?.unit ?? ""]
            let amounts = [share.savings, share.transactions, share.capital, share.business, share.total]
            row += format == .csv ? amounts.map(plain) : amounts.map(\.formatted)
            if inWords { row.append(share.total.inWords) }
            rows.append(row)
        }
        var header = ["Nomor", "Nama", "Unit", "Simpanan", "Transaksi", "Jasa modal (JM)", "Jasa usaha (JU)", "Jumlah SHU"]
        if inWords { header.append("Terbilang") }
        switch format {
        case .csv:
            return Markup.byteOrderMark + ([header] + rows).map(Markup.csvLine).joined(separator: "\n") + "\n"
        case .markdown:
            var out = ["# SHU PER ANGGOTA" + (approved ? "" : " (USULAN, belum disahkan)"), ""]
            out.append("| " + header.joined(separator: " | ") + " |")
            out.append("|" + header.indices.map { $0 >= 3 && $0 <= 7 ? "---:" : "---" }.joined(separator: "|") + "|")
            out += rows.map { "| " + $0.map(Markup.markdown).joined(separator: " | ") + " |" }
            out += ["", summary(distribution)]
            return out.joined(separator: "\n") + "\n"
        case .text:
            var out = ["SHU PER ANGGOTA" + (approved ? "" : " (USULAN, belum disahkan)"), ""]
            for row in rows {
                out.append("\(row[0])  \(row[1]) (\(row[2]))")
                out.append("    simpanan \(row[3]) · transaksi \(row[4])")
                out.append("    JM \(row[5]) + JU \(row[6]) = \(row[7])" + (inWords ? " (\(row[8]))" : ""))
            }
            out += [""] + CellWidth.wrap(summary(distribution), 78)
            return out.joined(separator: "\n") + "\n"
        }
    }

    /// Totals, rates and the residual, as the auditor checks them.
    public static func summaryText(_ d: ShuDistribution) -> String { summary(d) }

    static func summary(_ d: ShuDistribution) -> String {
        let jm = d.shares.reduce(Int64(0)) { $0 + $1.capital.sen }, ju = d.shares.reduce(Int64(0)) { $0 + $1.business.sen }
        return "Jumlah: \(d.shares.count) anggota; total simpanan (S) \(d.totalSavings.formatted); total transaksi (T) "
            + "\(d.totalTransactions.formatted); JM dibagikan \(Rupiah(sen: jm).formatted) dari "
            + "\(d.allocation.pool(.capitalServices).formatted) (\(rate(d.allocation.pool(.capitalServices), d.totalSavings)) "
            + "per Rp1.000 simpanan); JU dibagikan \(Rupiah(sen: ju).formatted) dari \(d.allocation.pool(.businessServices).formatted) "
            + "(\(rate(d.allocation.pool(.businessServices), d.totalTransactions)) per Rp1.000 transaksi); selisih pembulatan "
            + "\(d.residual.formatted) ke dana cadangan."
    }

    /// pool / base per Rp1.000, floored to the sen: "Rp25,00".
    static func rate(_ pool: Rupiah, _ base: Rupiah) -> String {
        guard base.sen > 0 else { return "Rp0,00" }
        return Rupiah(sen: Int64(Int128(pool.sen) * 100_000 / Int128(base.sen))).formatted
    }
}
