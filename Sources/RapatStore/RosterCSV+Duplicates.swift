import Foundation
import RapatText
import RapatCore

/// Remembers each member number's first line, so a number used twice is refused naming both lines.
///
/// Numbers are compared by `MemberNumber.normalizedKey`: "0012" and "12" (or "00 12") are the same number, as
/// the desk and JSON Lines find a member by it, so a roster with both would be ambiguous.
struct RosterNumberRegister {
    private var firstLine: [String: (line: Int, number: MemberNumber)] = [:]

    /// Records `number` at `line`, or returns the problem when an earlier line already holds the same number.
    mutating func register(_ number: MemberNumber, line: Int, source: String) -> RosterCSV.Problem? {
        let key = number.normalizedKey
        guard let earlier = firstLine[key] else {
            firstLine[key] = (line, number)
            return nil
        }
        if earlier.number == number {
            return RosterCSV.Problem(source: source, line: line,
                                     problem: tr("store.csv.duplicate", ["n": number, "line": earlier.line]),
                                     fix: tr("store.csv.duplicate.fix"))
        }
        return RosterCSV.Problem(source: source, line: line,
                                 problem: tr("store.csv.leadingZeros", ["n": number, "earlier": earlier.number, "line": earlier.line]),
                                 fix: tr("store.csv.leadingZeros.fix"))
    }
}
