import Foundation
import RapatCore

extension DataExports {
    static let shuColumns = ["nomor_anggota", "nama", "unit", "simpanan", "transaksi", "jasa_modal", "jasa_usaha", "jumlah",
                             "terbilang", "alokasi"]

    /// The member shares under the approved allocation, else under the proposal in force; nil before a proposal.
    static func shuDistribution(_ state: MeetingState, ledger: ShuLedger) -> (distribution: ShuDistribution, approved: Bool)? {
        let allocation = state.shuApproval.map { ($0.allocation, true) } ?? state.shuAllocationInForce.map { ($0, false) }
        guard let (allocation, approved) = allocation else { return nil }
        return (ShuDistribution.compute(allocation: allocation, policy: state.rules.shu, ledger: ledger), approved)
    }

    /// shu-anggota.csv: nomor, nama, unit, simpanan, transaksi, JM, JU, jumlah (rupiah, two decimals, decimal comma),
    /// terbilang, and whether the allocation is `disahkan` or still an `usulan`. Nil before the SHU is proposed.
    /// Also what `rapat shu anggota --format csv` prints.
    public static func shuMembersCSV(_ state: MeetingState, ledger: ShuLedger) -> String? {
        guard let (d, approved) = shuDistribution(state, ledger: ledger) else { return nil }
        var table = CSVTable(shuColumns)
        for share in d.shares {
            let member = state.roster.member(share.member)
            table.append([CSVTable.identifier(share.member.rawValue), member?.name ?? "", member?.unit ?? "",
                          rupiahCell(share.savings), rupiahCell(share.transactions), rupiahCell(share.capital),
                          rupiahCell(share.business), rupiahCell(share.total), share.total.inWords, approved ? "disahkan" : "usulan"])
        }
        return table.text
    }

    /// shu-anggota.json: the same shares in integer sen (`…_sen`), with the totals, pools and rounding residual.
    public static func shuMembersJSON(_ state: MeetingState, ledger: ShuLedger) -> String? {
        guard let (d, approved) = shuDistribution(state, ledger: ledger) else { return nil }
        func sen(_ amount: Rupiah) -> JSONValue { .int(amount.sen) }
        let members: [JSONValue] = d.shares.map { share in
            let member = state.roster.member(share.member)
            return .object([("nomor_anggota", .string(share.member.rawValue)), ("nama", .string(member?.name ?? "")),
                            ("unit", .string(member?.unit ?? "")), ("simpanan_sen", sen(share.savings)),
                            ("transaksi_sen", sen(share.transactions)), ("jasa_modal_sen", sen(share.capital)),
                            ("jasa_usaha_sen", sen(share.business)), ("jumlah_sen", sen(share.total)),
                            ("terbilang", .string(share.total.inWords))])
        }
        let capital = d.shares.reduce(Int64(0)) { $0 + $1.capital.sen }, business = d.shares.reduce(Int64(0)) { $0 + $1.business.sen }
        let policy = state.rules.shu
        let body: [(String, JSONValue)] = [
            ("alokasi", .string(approved ? "disahkan" : "usulan")),
            ("nomor_keputusan", state.shuApproval.map { .int($0.decision) } ?? .null),
            ("shu_sen", sen(d.allocation.surplus)),
            ("jasa_modal_anggota_sen", sen(d.allocation.pool(.capitalServices))),
            ("jasa_usaha_anggota_sen", sen(d.allocation.pool(.businessServices))),
            ("jasa_modal_dibagikan_sen", .int(capital)), ("jasa_usaha_dibagikan_sen", .int(business)),
            ("total_simpanan_sen", sen(d.totalSavings)), ("total_transaksi_sen", sen(d.totalTransactions)),
            ("selisih_pembulatan_sen", sen(d.residual)), ("pembulatan_sen", .int(policy.roundingUnit.sen)),
            ("jumlah_anggota", .int(d.shares.count)),
            ("peringatan", .array(d.warnings.map { .string($0) })),
            ("anggota", .array(members)),
        ]
        return JSONValue.object(meeting(state, schema: "shu-anggota") + body).document
    }
}
