import Foundation

/// Live name/number search for the attendance desk, built once per roster.
///
/// Names and numbers are folded (lower-case, no diacritics) into contiguous byte buffers, so a keystroke is
/// a linear scan over bytes with no reference counting; a query that extends the previous one only re-checks
/// the previous matches.
public final class MemberSearchIndex: @unchecked Sendable {
    public struct Result: Equatable, Sendable {
        /// Roster positions, best matches first, at most `limit` of them.
        public var positions: [Int]
        /// How many members matched in all; a lower bound when `isComplete` is false.
        public var total: Int
        /// False when the scan stopped early because the best `limit` matches were already certain.
        public var isComplete: Bool

        public init(positions: [Int], total: Int, isComplete: Bool = true) {
            self.positions = positions
            self.total = total
            self.isComplete = isComplete
        }

        public static let none = Result(positions: [], total: 0)
    }

    /// " folded name" per member (leading space marks a word start), back to back.
    private let nameBytes: [UInt8]
    private let nameStart: [Int32]
    /// Lower-cased member numbers, back to back.
    private let numberBytes: [UInt8]
    private let numberStart: [Int32]
    /// Roster positions in folded-name order, so matches come out alphabetically.
    private let byName: [Int32]
    /// Which bytes start some member number: a query starting with any other byte can only match names.
    private let numberFirstBytes: [Bool]
    /// The previous query and all its matches: appending characters can only narrow a match set.
    private var lastQuery = ""
    private var lastMatches: [Int32]?

    public init(roster: Roster) {
        var names: [UInt8] = [], nameStart: [Int32] = []
        var numbers: [UInt8] = [], numberStart: [Int32] = []
        names.reserveCapacity(roster.count * 24)
        nameStart.reserveCapacity(roster.count + 1)
        numbers.reserveCapacity(roster.count * 6)
        numberStart.reserveCapacity(roster.count + 1)
        for member in roster.members {
            nameStart.append(Int32(names.count))
            names.append(0x20)
            Self.fold(member.name, into: &names)
            numberStart.append(Int32(numbers.count))
            Self.fold(member.number.rawValue, into: &numbers, keepPunctuation: true)
        }
        nameStart.append(Int32(names.count))
        numberStart.append(Int32(numbers.count))
        var firstBytes = [Bool](repeating: false, count: 256)
        for i in 0..<roster.count where numberStart[i] < numberStart[i + 1] {
            firstBytes[Int(numbers[Int(numberStart[i])])] = true
        }
        numberFirstBytes = firstBytes
        self.nameBytes = names
        self.nameStart = nameStart
        self.numberBytes = numbers
        self.numberStart = numberStart
        byName = names.withUnsafeBufferPointer { buffer in
            Array(0..<Int32(roster.count)).sorted { a, b in
                let left = UnsafeBufferPointer(rebasing: buffer[Int(nameStart[Int(a)])..<Int(nameStart[Int(a) + 1])])
                let right = UnsafeBufferPointer(rebasing: buffer[Int(nameStart[Int(b)])..<Int(nameStart[Int(b) + 1])])
                return left.lexicographicallyPrecedes(right) || (left.elementsEqual(right) && a < b)
            }
        }
    }

    /// Appends `text` folded to lower-case ASCII without diacritics; other characters become spaces
    /// (or are kept, lower-cased, for member numbers). Foundation's folding runs only for non-ASCII text.
    static func fold(_ text: String, into out: inout [UInt8], keepPunctuation: Bool = false) {
        let source = text.utf8.allSatisfy({ $0 < 0x80 })
            ? text : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        for byte in source.utf8 {
            switch byte {
            case 0x41...0x5A: out.append(byte + 0x20)
            case 0x61...0x7A, 0x30...0x39: out.append(byte)
            case 0x21...0x7E where keepPunctuation: out.append(byte)
            case 0x80...: if byte >= 0xC0 { out.append(0x20) }  // one space per non-ASCII character
            default: out.append(0x20)
            }
        }
    }

    /// Members whose number starts with the query, or whose name contains every word of it.
    /// Ranking: exact number, number prefix, name word starting with the first word, then other matches.
    public func search(_ query: String, limit: Int = 50) -> Result {
        var folded: [UInt8] = []
        Self.fold(query, into: &folded)
        let words = folded.split(separator: 0x20).map { Array($0) }
        let rawQuery = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !words.isEmpty else {
            lastQuery = ""
            lastMatches = nil
            return .none
        }
        let candidates = (lastMatches != nil && !lastQuery.isEmpty && rawQuery.hasPrefix(lastQuery)) ? lastMatches! : byName
        var numberQuery: [UInt8] = []
        Self.fold(rawQuery, into: &numberQuery, keepPunctuation: true)
        // With no possible number match, ranks are only "word start" then "elsewhere", and candidates come in
        // name order: once `limit` word-start matches are found, nothing later can outrank them.
        let canStopEarly = numberQuery.first.map { !numberFirstBytes[Int($0)] } ?? true
        var stoppedEarly = false

        // Each rank group only ever contributes its first `limit` members; `all` keeps every match for
        // narrowing on the next keystroke.
        var exact: [Int32] = [], numberPrefix: [Int32] = [], wordStart: [Int32] = [], other: [Int32] = []
        var all: [Int32] = []
        all.reserveCapacity(candidates.count)
        nameBytes.withUnsafeBufferPointer { names in
            numberBytes.withUnsafeBufferPointer { numbers in
                nameStart.withUnsafeBufferPointer { nameStart in
                    numberStart.withUnsafeBufferPointer { numberStart in
                        for position in candidates {
                            let p = Int(position)
                            let numberRange = Int(numberStart[p])..<Int(numberStart[p + 1])
                            if Self.hasPrefix(numbers, numberRange, numberQuery) {
                                all.append(position)
                                if numberRange.count == numberQuery.count {
                                    exact.append(position)
                                } else if numberPrefix.count < limit {
                                    numberPrefix.append(position)
                                }
                                continue
                            }
                            let range = Int(nameStart[p])..<Int(nameStart[p + 1])
                            var firstAtWordStart = false
                            var allFound = true
                            for (w, word) in words.enumerated() {
                                guard let hit = Self.find(word, in: names, range: range) else { allFound = false; break }
                                if w == 0 { firstAtWordStart = names[hit - 1] == 0x20 }
                            }
                            guard allFound else { continue }
                            all.append(position)
                            if firstAtWordStart {
                                if wordStart.count < limit { wordStart.append(position) }
                                if canStopEarly, wordStart.count >= limit {
                                    stoppedEarly = true
                                    break
                                }
                            } else if other.count < limit {
                                other.append(position)
                            }
                        }
                    }
                }
            }
        }
        lastQuery = stoppedEarly ? "" : rawQuery
        lastMatches = stoppedEarly ? nil : all
        var ranked: [Int] = []
        ranked.reserveCapacity(min(limit, all.count))
        for group in [exact, numberPrefix, wordStart, other] {
            for position in group {
                guard ranked.count < limit else { break }
                ranked.append(Int(position))
            }
        }
        return Result(positions: ranked, total: all.count, isComplete: !stoppedEarly)
    }

    private static func hasPrefix(_ haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: [UInt8]) -> Bool {
        guard !prefix.isEmpty, range.count >= prefix.count else { return false }
        var i = 0
        while i < prefix.count {
            if haystack[range.lowerBound + i] != prefix[i] { return false }
            i += 1
        }
        return true
    }

    /// Index of the first occurrence of `word` inside `range`, or nil.
    private static func find(_ word: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        let n = word.count
        guard n > 0, range.count >= n else { return nil }
        return word.withUnsafeBufferPointer { word in
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
}
