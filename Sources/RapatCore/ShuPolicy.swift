import Foundation
import RapatText

/// A percentage held exactly as hundredths of a percent (basis points): "2,5" is 250, "40" is 4.000.
public struct Percentage: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let basisPoints: Int

    public init(basisPoints: Int) { self.basisPoints = basisPoints }

    public static func < (lhs: Percentage, rhs: Percentage) -> Bool { lhs.basisPoints < rhs.basisPoints }
    public static let hundred = Percentage(basisPoints: 10_000)

    /// "40", "2,5", "12,25" — Indonesian decimal comma, no trailing zeros.
    public var description: String {
        let whole = basisPoints / 100, fraction = basisPoints % 100
        guard fraction != 0 else { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(whole),\(digits)"
    }

    /// Parses "40", "2,5", "2.5" or "12,25"; at most two decimals, never through floating point.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: ",", with: ".")
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, parts[0].allSatisfy(\.isNumber) else {
            return nil
        }
        var fraction = 0
        if parts.count == 2 {
            let digits = String(parts[1])
            guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber) else { return nil }
            fraction = Int(digits.count == 1 ? digits + "0" : digits) ?? 0
        }
        basisPoints = whole * 100 + fraction
    }
}

/// What a component of the SHU is for; the two services pools are divided among members (DOMAIN §11.1 SHU-7).
public enum ShuRole: String, Sendable, CaseIterable, Hashable, Codable {
    /// Dana cadangan; also receives the rounding residual by default.
    case reserve = "cadangan"
    /// Jasa modal anggota (JMA), divided by simpanan.
    case capitalServices = "jasa_modal"
    /// Jasa usaha anggota (JUA), divided by transaksi.
    case businessServices = "jasa_usaha"
    /// Dana pengurus, pengawas, karyawan, pendidikan, sosial, pembangunan daerah kerja, and others.
    case other = "lain"
}

/// One line of the allocation in the AD/ART (DOMAIN §11.1 SHU-4).
public struct ShuComponent: Hashable, Sendable, Codable {
    public var name: String
    public var percentage: Percentage
    public var role: ShuRole

    public init(name: String, percentage: Percentage, role: ShuRole) {
        self.name = name
        self.percentage = percentage
        self.role = role
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case name, percentage = "percent", role
    }
}

/// Where the rounding residual goes (config `residual_policy`, DOMAIN §11.2).
public enum ResidualPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    case toReserve = "to_dana_cadangan"
    /// Whole rounding units go to the members with the largest remainders, so Σ shares = pool where possible.
    case largestRemainder = "largest_remainder"
}

/// How members receive their SHU (config `shu_payment`).
public enum ShuPayment: String, Sendable, CaseIterable, Hashable, Codable {
    case cash = "tunai"
    case transfer
    case savings = "simpanan"

    public var label: String {
        switch self {
        case .cash: "tunai"
        case .transfer: "transfer ke rekening anggota"
        case .savings: "dimasukkan ke simpanan anggota"
        }
    }
}

/// The SHU rules of the AD/ART: components, the bases of the two services pools, rounding, residual, payment.
public struct ShuPolicy: Hashable, Sendable, Codable {
    public var components: [ShuComponent]
    /// Simpanan types in the capital basis, e.g. ["pokok", "wajib"].
    public var savingsTypes: [String]
    /// Units whose transaksi count for the business basis; empty means every unit.
    public var transactionUnits: [String]
    /// Shares are floored to this unit (Rp1, Rp100 or Rp1.000).
    public var roundingUnit: Rupiah
    public var residual: ResidualPolicy
    public var payment: ShuPayment

    public init(components: [ShuComponent], savingsTypes: [String] = ["pokok", "wajib"], transactionUnits: [String] = [],
                roundingUnit: Rupiah = Rupiah(rupiah: 1), residual: ResidualPolicy = .toReserve, payment: ShuPayment = .cash) {
        self.components = components
        self.savingsTypes = savingsTypes
        self.transactionUnits = transactionUnits
        self.roundingUnit = roundingUnit
        self.residual = residual
        self.payment = payment
    }

    /// DOMAIN §11.3's allocation, a sensible start for a cooperative's own settings.
    public static let example = ShuPolicy(components: [
        ShuComponent(name: "Dana cadangan", percentage: Percentage(basisPoints: 4_000), role: .reserve),
        ShuComponent(name: "Jasa modal anggota", percentage: Percentage(basisPoints: 2_000), role: .capitalServices),
        ShuComponent(name: "Jasa usaha anggota", percentage: Percentage(basisPoints: 2_500), role: .businessServices),
        ShuComponent(name: "Dana pengurus", percentage: Percentage(basisPoints: 400), role: .other),
        ShuComponent(name: "Dana pengawas", percentage: Percentage(basisPoints: 100), role: .other),
        ShuComponent(name: "Dana karyawan", percentage: Percentage(basisPoints: 400), role: .other),
        ShuComponent(name: "Dana pendidikan", percentage: Percentage(basisPoints: 250), role: .other),
        ShuComponent(name: "Dana sosial", percentage: Percentage(basisPoints: 200), role: .other),
        ShuComponent(name: "Dana pembangunan daerah kerja", percentage: Percentage(basisPoints: 150), role: .other),
    ])

    /// Σ of the percentages.
    public var total: Percentage { Percentage(basisPoints: components.reduce(0) { $0 + $1.percentage.basisPoints }) }

    /// Why the components cannot be used, or nil: the sum must be exactly 100 (DOMAIN E19), at most one line per
    /// pool role, and a dana cadangan when the residual goes there.
    public func problem(components: [ShuComponent]? = nil) -> String? {
        let list = components ?? self.components
        guard !list.isEmpty else { return tr("core.shu.noComponents") }
        let sum = list.reduce(0) { $0 + $1.percentage.basisPoints }
        guard sum == 10_000 else {
            return tr("core.shu.sum", ["sum": Percentage(basisPoints: sum)])
        }
        for role in [ShuRole.reserve, .capitalServices, .businessServices] where list.filter({ $0.role == role }).count > 1 {
            return tr("core.shu.roleTwice", ["role": role.rawValue])
        }
        if residual == .toReserve, !list.contains(where: { $0.role == .reserve }) {
            return tr("core.shu.noReserve")
        }
        return nil
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case components, savingsTypes = "savings_types", transactionUnits = "transaction_units",
            roundingUnit = "rounding_unit_sen", residual, payment
    }
}
