import Foundation

/// Live name/number search for the attendance desk, built once per roster.
///
/// Names are folded (lower-case, no diacritics) into one contiguous byte buffer so each keystroke is a
/// linear scan over bytes; a query that extends the previous one only re-checks the previous matches.
public final class MemberSearchIndex: @unchecked Sendable {
    public struct Result: Equatable, Sendable {
        /// Roster positions, best matches first, at most `limit` of them.
        public var positions: [Int]
        /// How many members matched in all.
        public var total: Int

        public init(positions: [Int], total: Int) {
            self.positions = positions
            self.total = total
        }

        public static let none = Result(positions: [], total: 0)
    }

    private let roster: Roster
    private let nameBytes: [UInt8]
    private let nameStart: [Int32]
    private let numberBytes: [[UInt8]]
    /// Roster positions in name order, so matches come out alphabetically.
    private let byName: [Int32]
    /// The previous query and all its matches: appending characters can only narrow a match set.
    private var lastQuery = ""
    private var lastMatches: [Int32]?

    public init(roster: Roster) {
        self.roster = roster
        var bytes: [UInt8] = []
        bytes.reserveCapacity(roster.count * 20)
        var starts: [Int32] = []
        starts.reserveCapacity(roster.count + 1)
        var numbers: [[UInt8]] = []
        numbers.reserveCapacity(roster.count)
        for member in roster.members {
            starts.append(Int32(bytes.count))
            bytes.append(0x20)  // leading space: a word start is always preceded by a space
            bytes.append(contentsOf: Self.fold(member.name))
            numbers.append(Array(member.number.rawValue.lowercased().utf8))
        }
        starts.append(Int32(bytes.count))
        nameBytes = bytes
        nameStart = starts
        numberBytes = numbers
        byName = roster.members.indices
            .sorted { Self.lessByName(roster.members[$0], roster.members[$1]) }
            .map { Int32($0) }
    }

    private static func lessByName(_ a: Member, _ b: Member) -> Bool {
        let order = a.name.compare(b.name, options: [.caseInsensitive, .diacriticInsensitive])
        return order != .orderedSame ? order == .orderedAscending : a.number < b.number
    }

    /// Lower-case ASCII with diacritics removed; anything else becomes a space.
    static func fold(_ text: String) -> [UInt8] {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.unicodeScalars.map { scalar in
            scalar.isASCII ? UInt8(ascii: scalar).lowercasedASCII : 0x20
        }
    }

    /// Members whose number starts with the query, or whose name contains every word of it.
    /// Ranking: exact number, number prefix, name word starting with the first word, then other matches.
    public func search(_ query: String, limit: Int = 50) -> Result {
        let folded = Self.fold(query)
        let words = folded.split(separator: 0x20).map { Array($0) }
        let rawQuery = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !words.isEmpty else {
            lastQuery = ""
            lastMatches = nil
            return Result(positions: [], total: 0)
        }
        let candidates: [Int32]
        if let lastMatches, !lastQuery.isEmpty, rawQuery.hasPrefix(lastQuery) {
            candidates = lastMatches
        } else {
            candidates = byName
        }
        let numberQuery = Array(rawQuery.utf8)

        var exact: [Int32] = [], numberPrefix: [Int32] = [], wordStart: [Int32] = [], other: [Int32] = []
        var all: [Int32] = []
        all.reserveCapacity(min(candidates.count, 4096))
        nameBytes.withUnsafeBufferPointer { names in
            for position in candidates {
                let p = Int(position)
                let number = numberBytes[p]
                if !numberQuery.isEmpty, number.starts(with: numberQuery) {
                    all.append(position)
                    if number.count == numberQuery.count { exact.append(position) } else { numberPrefix.append(position) }
                    continue
                }
                let range = Int(nameStart[p])..<Int(nameStart[p + 1])
                var allFound = true
                var firstAtWordStart = false
                for (w, word) in words.enumerated() {
                    guard let hit = Self.find(word, in: names, range: range) else { allFound = false; break }
                    if w == 0 { firstAtWordStart = names[hit - 1] == 0x20 }
                }
                guard allFound else { continue }
                all.append(position)
                if firstAtWordStart { wordStart.append(position) } else { other.append(position) }
            }
        }
        lastQuery = rawQuery
        lastMatches = all
        var ranked: [Int] = []
        ranked.reserveCapacity(min(limit, all.count))
        for group in [exact, numberPrefix, wordStart, other] {
            for position in group {
                guard ranked.count < limit else { break }
                ranked.append(Int(position))
            }
        }
        return Result(positions: ranked, total: all.count)
    }

    /// Index of the first occurrence of `word` inside `range`, or nil.
    private static func find(_ word: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        let n = word.count
        guard n > 0, range.count >= n else { return nil }
        let first = word[0]
        var i = range.lowerBound
        let last = range.upperBound - n
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < n, haystack[i + j] == word[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
    }
}

extension UInt8 {
    fileprivate var lowercasedASCII: UInt8 {
        (0x41...0x5A).contains(self) ? self + 0x20 : ((0x30...0x39).contains(self) || (0x61...0x7A).contains(self) ? self : 0x20)
    }
}
