import Foundation

/// Which members form the quorum denominator N (DOMAIN §7.2, config `quorum_base`).
public enum QuorumBase: String, Sendable, CaseIterable, Hashable, Codable {
    /// All anggota biasa in the frozen register (default).
    case registeredMembers = "registered_members"
    /// Anggota biasa whose vote is not suspended.
    case eligibleVoters = "eligible_voters"
}

/// How the required number Q follows from N, evaluated in integers (DOMAIN §7.2, config `quorum_rule`).
public enum QuorumRule: Hashable, Sendable {
    /// "lebih dari setengah": Q = ⌊N/2⌋ + 1 (default).
    case moreThanHalf
    /// "1/2 + 1" read literally: Q = ⌈N/2 + 1⌉, one more than `moreThanHalf` for odd N.
    case halfPlusOneLiteral
    /// "sekurang-kurangnya p/q": Q = ⌈N·p/q⌉.
    case atLeast(numerator: Int, denominator: Int)

    /// Q for a register of `registered` members.
    public func required(registered n: Int) -> Int {
        switch self {
        case .moreThanHalf:
            return n / 2 + 1
        case .halfPlusOneLiteral:
            return (n + 1) / 2 + 1
        case let .atLeast(p, q):
            return (n * p + q - 1) / q
        }
    }

    /// The rule in words, e.g. "lebih dari 1/2 jumlah anggota".
    public var label: String {
        switch self {
        case .moreThanHalf: "lebih dari 1/2"
        case .halfPlusOneLiteral: "1/2 + 1 (harfiah)"
        case let .atLeast(p, q): "sekurang-kurangnya \(p)/\(q)"
        }
    }

    /// The integer formula with N filled in, e.g. "⌊133/2⌋+1 = 67".
    public func formula(registered n: Int) -> String {
        let q = required(registered: n)
        switch self {
        case .moreThanHalf: return "⌊\(n)/2⌋+1 = \(q)"
        case .halfPlusOneLiteral: return "⌈\(n)/2+1⌉ = \(q)"
        case let .atLeast(p, d): return "⌈\(n)×\(p)/\(d)⌉ = \(q)"
        }
    }

    /// The rule for a formal document, in words with N and Q and no arithmetic: "lebih dari setengah dari 130
    /// anggota, yaitu 66 (enam puluh enam) orang" (the formula belongs in the rekap suara).
    public func inWords(registered n: Int, of whom: String = "anggota") -> String {
        let who = "\(IndonesianFormat.integer(n)) \(whom)"
        let phrase = switch self {
        case .moreThanHalf: "lebih dari setengah dari \(who)"
        case .halfPlusOneLiteral: "setengah dari \(who) ditambah satu"
        case let .atLeast(p, d): "sekurang-kurangnya \(Self.fraction(p, d)) dari \(who)"
        }
        return "\(phrase), yaitu \(IndonesianFormat.countInWords(required(registered: n)))"
    }

    /// "setengah", "dua pertiga", "sepertiga", "tiga perempat".
    public static func fraction(_ p: Int, _ q: Int) -> String {
        if p == 1, q == 2 { return "setengah" }
        let denominator = "per" + Terbilang.words(q)
        return p == 1 ? "se" + denominator : "\(Terbilang.words(p)) \(denominator)"
    }

    /// The settings-file spelling: `more_than_half`, `half_plus_one_literal` or `at_least 2/3`.
    public var settingValue: String {
        switch self {
        case .moreThanHalf: "more_than_half"
        case .halfPlusOneLiteral: "half_plus_one_literal"
        case let .atLeast(p, q): "at_least \(p)/\(q)"
        }
    }

    /// Parses the settings-file spelling; nil when it is not one of the three kinds.
    public init?(settingValue text: String) {
        let value = text.trimmingCharacters(in: .whitespaces)
        switch value {
        case "more_than_half": self = .moreThanHalf
        case "half_plus_one_literal": self = .halfPlusOneLiteral
        default:
            guard value.hasPrefix("at_least") else { return nil }
            let fraction = value.dropFirst("at_least".count).trimmingCharacters(in: .whitespaces)
            let parts = fraction.split(separator: "/")
            guard parts.count == 2,
                  let p = Int(parts[0].trimmingCharacters(in: .whitespaces)),
                  let q = Int(parts[1].trimmingCharacters(in: .whitespaces)),
                  p > 0, q > 0, p <= q
            else { return nil }
            self = .atLeast(numerator: p, denominator: q)
        }
    }
}
