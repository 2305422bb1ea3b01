import Foundation

/// The SHU of the tahun buku split by component, in integer sen (DOMAIN §11.2 rule 2).
public struct ShuAllocation: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var component: ShuComponent
        public var amount: Rupiah
    }

    public var surplus: Rupiah
    public var lines: [Line]
    /// Sen that the percentages could not split exactly (Σ floor < SHU), added to the dana cadangan line.
    public var splitRemainder: Rupiah

    /// pool_i = ⌊SHU × bp_i / 10.000⌋ sen; what is left after flooring goes to the reserve (or the first line), so
    /// the lines always add up to the SHU. SHU ≤ 0: nothing is distributed (DOMAIN SHU-12).
    public static func compute(surplus: Rupiah, components: [ShuComponent]) -> ShuAllocation {
        guard surplus.sen > 0 else {
            return ShuAllocation(surplus: surplus, lines: components.map { Line(component: $0, amount: Rupiah(sen: 0)) },
                                 splitRemainder: Rupiah(sen: 0))
        }
        var lines = components.map { component in
            Line(component: component, amount: Rupiah(sen: Int64(Int128(surplus.sen) * Int128(component.percentage.basisPoints) / 10_000)))
        }
        let remainder = surplus.sen - lines.reduce(0) { $0 + $1.amount.sen }
        if remainder > 0, !lines.isEmpty {
            let target = lines.firstIndex { $0.component.role == .reserve } ?? 0
            lines[target].amount = Rupiah(sen: lines[target].amount.sen + remainder)
        }
        return ShuAllocation(surplus: surplus, lines: lines, splitRemainder: Rupiah(sen: remainder))
    }

    public var total: Rupiah { Rupiah(sen: lines.reduce(0) { $0 + $1.amount.sen }) }
    public var hasDistribution: Bool { surplus.sen > 0 }

    public func pool(_ role: ShuRole) -> Rupiah {
        lines.first { $0.component.role == role }?.amount ?? Rupiah(sen: 0)
    }
}

/// Per-member simpanan (by type) and transaksi (by unit) for the tahun buku, in sen; stored column by column so a
/// 100.000-member ledger stays small.
public struct ShuLedger: Hashable, Sendable {
    public var members: [MemberNumber]
    /// Column names: simpanan types ("pokok", "wajib", "sukarela") and transaksi units.
    public var savingsColumns: [String]
    public var transactionColumns: [String]
    /// Row-major: members.count × savingsColumns.count.
    public var savings: [Int64]
    public var transactions: [Int64]

    public init(members: [MemberNumber], savingsColumns: [String], transactionColumns: [String], savings: [Int64],
                transactions: [Int64]) {
        self.members = members
        self.savingsColumns = savingsColumns
        self.transactionColumns = transactionColumns
        self.savings = savings
        self.transactions = transactions
    }

    public static let empty = ShuLedger(members: [], savingsColumns: [], transactionColumns: [], savings: [], transactions: [])

    public func savings(row: Int, column: Int) -> Int64 { savings[row * savingsColumns.count + column] }
    public func transactions(row: Int, column: Int) -> Int64 { transactions[row * transactionColumns.count + column] }

    /// The canonical text its digest is computed over: one line per member, columns in order.
    public var canonicalText: String {
        var text = "simpanan:" + savingsColumns.joined(separator: ",") + "\ttransaksi:" + transactionColumns.joined(separator: ",") + "\n"
        for row in members.indices {
            let s = savingsColumns.indices.map { String(savings(row: row, column: $0)) }
            let t = transactionColumns.indices.map { String(transactions(row: row, column: $0)) }
            text += ([members[row].rawValue] + s + t).joined(separator: "\t") + "\n"
        }
        return text
    }
}

/// One member's SHU: the bases and the two shares, floored to the rounding unit.
public struct ShuShare: Hashable, Sendable {
    public var member: MemberNumber
    public var savings: Rupiah
    public var transactions: Rupiah
    public var capital: Rupiah
    public var business: Rupiah

    public var total: Rupiah { Rupiah(sen: capital.sen + business.sen) }
}

/// The division of the two services pools among members (DOMAIN §11.1 SHU-7, §11.2): JM = JMA × s/S and
/// JU = JUA × t/T in exact integer arithmetic, floored to the rounding unit, with the residual shown.
public struct ShuDistribution: Hashable, Sendable {
    public var allocation: ShuAllocation
    public var shares: [ShuShare]
    public var totalSavings: Rupiah
    public var totalTransactions: Rupiah
    /// Pool minus Σ shares, per pool, after the residual policy; it goes to the dana cadangan.
    public var capitalResidual: Rupiah
    public var businessResidual: Rupiah
    public var warnings: [String]

    public var residual: Rupiah { Rupiah(sen: capitalResidual.sen + businessResidual.sen) }
    /// The dana cadangan including the residual (to_dana_cadangan, and whatever largest-remainder cannot place).
    public var reserveWithResidual: Rupiah { Rupiah(sen: allocation.pool(.reserve).sen + residual.sen) }

    public static func compute(allocation: ShuAllocation, policy: ShuPolicy, ledger: ShuLedger) -> ShuDistribution {
        let savingsColumns = ledger.savingsColumns.indices.filter {
            policy.savingsTypes.map { $0.lowercased() }.contains(ledger.savingsColumns[$0].lowercased())
        }
        let transactionColumns = ledger.transactionColumns.indices.filter {
            policy.transactionUnits.isEmpty
                || policy.transactionUnits.map { $0.lowercased() }.contains(ledger.transactionColumns[$0].lowercased())
        }
        let s = ledger.members.indices.map { row in savingsColumns.reduce(Int64(0)) { $0 + ledger.savings(row: row, column: $1) } }
        let t = ledger.members.indices.map { row in
            transactionColumns.reduce(Int64(0)) { $0 + ledger.transactions(row: row, column: $1) }
        }
        var warnings: [String] = []
        let unit = max(1, policy.roundingUnit.sen)
        let capital = divide(allocation.hasDistribution ? allocation.pool(.capitalServices).sen : 0, by: s, unit: unit,
                             largestRemainder: policy.residual == .largestRemainder)
        let business = divide(allocation.hasDistribution ? allocation.pool(.businessServices).sen : 0, by: t, unit: unit,
                              largestRemainder: policy.residual == .largestRemainder)
        if allocation.hasDistribution {
            if capital.total == 0, allocation.pool(.capitalServices).sen > 0 {
                warnings.append("Total simpanan (basis \(policy.savingsTypes.joined(separator: " + "))) nol: jasa modal "
                    + "Rp0 untuk semua anggota; seluruh jasa modal masuk selisih (dana cadangan).")
            }
            if business.total == 0, allocation.pool(.businessServices).sen > 0 {
                warnings.append("Total transaksi nol: jasa usaha Rp0 untuk semua anggota; seluruh jasa usaha masuk selisih "
                    + "(dana cadangan).")
            }
        }
        let shares = ledger.members.indices.map { row in
            ShuShare(member: ledger.members[row], savings: Rupiah(sen: s[row]), transactions: Rupiah(sen: t[row]),
                     capital: Rupiah(sen: capital.shares[row]), business: Rupiah(sen: business.shares[row]))
        }
        return ShuDistribution(allocation: allocation, shares: shares, totalSavings: Rupiah(sen: capital.total),
                               totalTransactions: Rupiah(sen: business.total), capitalResidual: Rupiah(sen: capital.residual),
                               businessResidual: Rupiah(sen: business.residual), warnings: warnings)
    }

    /// ⌊pool × w / (W × unit)⌋ × unit per weight, in 128-bit integers; with largest remainder, the whole units left
    /// go one each to the largest remainders (ties: earlier row).
    public static func divide(_ pool: Int64, by weights: [Int64], unit: Int64, largestRemainder: Bool)
        -> (shares: [Int64], total: Int64, residual: Int64) {
        let total = weights.reduce(0, +)
        guard total > 0, pool > 0 else { return (weights.map { _ in 0 }, total, pool) }
        let denominator = Int128(total) * Int128(unit)
        var shares = [Int64](repeating: 0, count: weights.count)
        var remainders = [Int128](repeating: 0, count: weights.count)
        var given: Int64 = 0
        for (i, w) in weights.enumerated() where w > 0 {
            let numerator = Int128(pool) * Int128(w)
            shares[i] = Int64(numerator / denominator) * unit
            remainders[i] = numerator % denominator
            given += shares[i]
        }
        var residual = pool - given
        if largestRemainder, residual >= unit {
            let extra = Int(residual / unit)
            let order = weights.indices.filter { remainders[$0] > 0 }
                .sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
            for i in order.prefix(extra) {
                shares[i] += unit
                residual -= unit
            }
        }
        return (shares, total, residual)
    }
}
