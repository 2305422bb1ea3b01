import Foundation
import RapatDocuments
import RapatApp
import RapatCore
import RapatStore

/// Issue 5's measurement: every member's SHU for a 100,000-member cooperative.
extension Benchmarks {
    struct ShuTimes {
        var compute: Sample
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
        var compute: [Double] = []
        for _ in 0..<7 {
            let start = now()
            _ = ShuDistribution.compute(allocation: allocation, policy: policy, ledger: ledger)
            compute.append(elapsed(since: start))
        }
        return ShuTimes(compute: Sample(compute))
    }
}

