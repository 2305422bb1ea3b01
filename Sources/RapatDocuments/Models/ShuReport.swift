import Foundation
import RapatCore
import TextLayout

/// The SHU outputs (issue 5 item 6): the allocation table for the berita acara and the per-member list, from the
/// journal and the imported ledger. Only the approved allocation is final; a proposal is labelled as one.
public enum ShuReport {
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
