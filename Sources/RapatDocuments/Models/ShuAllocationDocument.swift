import Foundation
import RapatCore

extension ReportModels {
    /// The SHU allocation table for the berita acara's lampiran (DOMAIN §11): the amount in words, whether it is
    /// approved, amendments, the split remainder and, with a ledger, the members' rounding residual; nil before a
    /// proposal.
    public static func shuAlokasi(_ state: MeetingState, ledger: ShuLedger?) -> ReportDocument? {
        guard let proposal = state.shuProposal, let (allocation, approved) = ShuReport.allocation(state) else { return nil }
        let zone = state.timeZone
        var status: [String] = ["SHU tahun buku setelah pajak: \(allocation.surplus.formattedWithWords)."]
        if let approval = state.shuApproval {
            status.append("Disahkan rapat dengan keputusan nomor \(approval.decision).")
        } else {
            status.append("Usulan pengurus, belum disahkan rapat.")
        }
        for amendment in state.shuAmendments {
            status.append("Diubah dalam rapat \(IndonesianFormat.time(amendment.at, zone: zone)): \(amendment.reason).")
        }
        var sections = [ReportDocument.Section(title: "Keterangan", paragraphs: status)]
        guard allocation.hasDistribution else {
            let decision = state.shuApproval.flatMap { a in state.decisions.first { $0.number == a.decision } }
            sections.append(.init(title: "Pembagian", paragraphs: [
                "SHU tidak positif (\(proposal.surplus.formatted)): tidak ada pembagian SHU. "
                    + (decision.map { "Keputusan RAT: \($0.text)." } ?? "Keputusan RAT tentang penutupannya belum dicatat."),
            ]))
            return document(state, sections: sections, approved: approved)
        }
        var notes = ["Terbilang: \(allocation.total.inWords)."]
        if allocation.splitRemainder.sen > 0 {
            notes.append("Sisa pembagian persentase \(allocation.splitRemainder.formatted) dimasukkan ke dana cadangan.")
        }
        if let ledger {
            let d = ShuDistribution.compute(allocation: allocation, policy: state.rules.shu, ledger: ledger)
            notes.append("Selisih pembulatan pembagian kepada anggota: jasa modal \(d.capitalResidual.formatted), jasa usaha "
                + "\(d.businessResidual.formatted); jumlah \(d.residual.formatted) masuk dana cadangan, sehingga dana cadangan "
                + "menjadi \(d.reserveWithResidual.formatted).")
            notes += d.warnings.map { "Peringatan: \($0)" }
        }
        let policy = state.rules.shu
        notes.append("Dasar jasa modal: simpanan \(policy.savingsTypes.joined(separator: " + ")); dasar jasa usaha: transaksi "
            + (policy.transactionUnits.isEmpty ? "semua unit" : policy.transactionUnits.joined(separator: ", "))
            + "; pembulatan ke bawah \(policy.roundingUnit.formatted); dibayarkan \(policy.payment.label).")
        sections.append(.init(title: "Pembagian", table: .init(
            columns: ["Komponen", "%", "Jumlah"],
            rows: allocation.lines.map { [$0.component.name, $0.component.percentage.description, $0.amount.formatted] }
                + [["Jumlah", "100", allocation.total.formatted]], numeric: [1, 2], widths: [30, 8, 18])))
        sections.append(.init(title: "Catatan", paragraphs: notes))
        return document(state, sections: sections, approved: approved)
    }

    private static func document(_ state: MeetingState, sections: [ReportDocument.Section], approved: Bool) -> ReportDocument {
        ReportDocument(title: "PEMBAGIAN SISA HASIL USAHA (SHU)" + (approved ? "" : " (USULAN, BELUM DISAHKAN)"),
                       subtitle: title(state), cooperative: cooperative(state), date: date(state), sections: sections)
    }
}
