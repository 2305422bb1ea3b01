import Foundation
import TextLayout
import RapatDocuments
import RapatApp
import RapatCore
import RapatStore

/// Issue 5's measurement: every member's SHU for a 100,000-member cooperative.
extension Benchmarks {
    struct ShuTimes {
        var compute: Sample
        var csv: Sample
    }

    func shu100k() -> ShuTimes {
        var rng = SplitMix64(seed: 11)
        let count = 100_000
        let members = (1...count).map { MemberNumber(String(format: "%06d", $0)) }
        // Rupiah amounts with sen, so the arithmetic is exercised beyond whole rupiah.
        let savings = (0..<count * 3).map { _ in Int64(rng.next() % 1_000_000_000) }
        let transactions = (0..<count * 2).map { _ in rng.next() % 5 == 0 ? 0 : Int64(rng.next() % 5_000_000_000) }
        let ledger = ShuLedger(members: members, savingsColumns: ["pokok", "wajib", "sukarela"],
                               transactionColumns: ["toko", "simpan_pinjam"], savings: savings, transactions: transactions)
        let allocation = ShuAllocation.compute(surplus: Rupiah(rupiah: 2_345_678_901), components: ShuPolicy.example.components)
        let policy = ShuPolicy(components: ShuPolicy.example.components, residual: .largestRemainder)
        var compute: [Double] = [], csv: [Double] = []
        var state = MeetingState()
        _ = try? state.decide(.createMeeting(meetingID: "b", cooperative: "b", at: opening))
        for _ in 0..<7 {
            var start = now()
            let distribution = ShuDistribution.compute(allocation: allocation, policy: policy, ledger: ledger)
            compute.append(elapsed(since: start))
            start = now()
            _ = DataExportsBridge.shuMembersCSV(state, distribution: distribution)
            csv.append(elapsed(since: start))
        }
        return ShuTimes(compute: Sample(compute), csv: Sample(csv))
    }
}

// TEMPORARY until DataExports lands from the data branch: the member rows as CSV lines.
enum DataExportsBridge {
    static func shuMembersCSV(_ state: MeetingState, distribution: ShuDistribution) -> String {
        distribution.shares.map { Markup.csvLine([$0.member.rawValue, $0.total.formatted]) }.joined(separator: "\n")
    }
}
