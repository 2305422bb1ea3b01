import Foundation
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
                                     problem: "nomor anggota \(number) sudah dipakai di baris \(earlier.line)",
                                     fix: "setiap anggota harus punya nomor unik; perbaiki salah satunya")
        }
        return RosterCSV.Problem(source: source, line: line,
                                 problem: "nomor \"\(number)\" sama dengan \"\(earlier.number)\" di baris \(earlier.line) "
                                     + "(nol di depan tidak membedakan nomor)",
                                 fix: "perbaiki salah satunya")
    }
}
