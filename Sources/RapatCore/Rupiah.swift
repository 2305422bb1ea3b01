import Foundation
import RapatText

/// An amount of money in integer sen (1/100 rupiah): never floating point (DOMAIN §11.2, §17).
public struct Rupiah: Hashable, Comparable, Sendable {
    public let sen: Int64

    public init(sen: Int64) { self.sen = sen }
    public init(rupiah: Int64) { sen = rupiah * 100 }

    public static func < (lhs: Rupiah, rhs: Rupiah) -> Bool { lhs.sen < rhs.sen }
    public var isNegative: Bool { sen < 0 }

    /// "Rp1.234.567,00"; negative amounts as "-Rp1.000,00".
    public var formatted: String {
        let magnitude = sen.magnitude
        let whole = IndonesianFormat.integer(Int(magnitude / 100))
        let cents = magnitude % 100
        return (sen < 0 ? "-" : "") + "Rp\(whole),\(cents < 10 ? "0" : "")\(cents)"
    }

    /// "satu juta dua ratus ribu rupiah", with "… sen" only when there are sen (DOMAIN §17).
    public var inWords: String {
        let magnitude = sen.magnitude
        var words = Terbilang.words(Int(magnitude / 100)) + " rupiah"
        if magnitude % 100 != 0 { words += " " + Terbilang.words(Int(magnitude % 100)) + " sen" }
        return (sen < 0 ? "minus " : "") + words
    }

    /// "Rp150.000.000,00 (seratus lima puluh juta rupiah)".
    public var formattedWithWords: String { "\(formatted) (\(inWords))" }

    /// Why a typed amount was not understood, with an example to follow.
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String
    }

    /// Parses Indonesian notation: optional "Rp", "." between thousands, "," before at most two sen digits.
    /// Plain digits are accepted ("1250000"). English grouping ("1,250,000") is refused, never guessed.
    public static func parse(_ input: String) throws(ParseError) -> Rupiah {
        let example = tr("core.rupiah.example")
        var text = input.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: " ", with: "")
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        if text.lowercased().hasPrefix("rp") { text.removeFirst(2) }
        if text.hasPrefix(".") { text.removeFirst() }  // "Rp.1.000" is a common (incorrect) spelling
        if !negative, text.hasPrefix("-") { negative = true; text.removeFirst() }
        // ",-" (or ",--") after the rupiah is the usual receipt spelling of "no sen".
        for suffix in [",--", ",-"] where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            break
        }
        guard !text.isEmpty else { throw ParseError(message: tr("core.rupiah.empty", ["example": example])) }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw ParseError(message: tr("core.rupiah.commaGrouping", ["input": input, "example": example]))
        }
        let wholeText = String(parts[0])
        var cents: Int64 = 0
        if parts.count == 2 {
            let fraction = String(parts[1])
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isNumber) else {
                throw ParseError(message: tr("core.rupiah.sen", ["input": input, "example": example]))
            }
            cents = Int64(fraction.count == 1 ? fraction + "0" : fraction) ?? 0
        }
        let groups = wholeText.split(separator: ".", omittingEmptySubsequences: false)
        let valid = groups.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
            && (groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }))
        guard valid, let whole = Int64(groups.joined()), whole <= 9_000_000_000_000_000 / 100 else {
            throw ParseError(message: tr("core.rupiah.invalid", ["input": input, "example": example]))
        }
        let sen = whole * 100 + cents
        return Rupiah(sen: negative ? -sen : sen)
    }
}
