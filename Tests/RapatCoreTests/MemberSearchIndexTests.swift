import RapatCore
import RapatTesting
import XCTest

final class MemberSearchIndexTests: XCTestCase {
    private func roster(_ members: [Member]) -> Roster { Roster(version: 1, members: members, digest: "") }

    func testRankingExactNumberThenPrefixThenWordStartThenElsewhere() {
        let members = [
            Fixtures.member("120", "Budi Ayub"),       // "ayu" inside a word start ("Ayub")
            Fixtures.member("12", "Made Ayu"),         // exact number for "12"
            Fixtures.member("300", "Rahayu Lestari"),  // "ayu" elsewhere in a word
            Fixtures.member("1200", "Ayu Lestari"),
        ]
        let index = MemberSearchIndex(roster: roster(members))
        XCTAssertEqual(index.search("12").positions, [1, 3, 0], "exact, then prefixes in name order")
        XCTAssertEqual(index.search("ayu").positions, [3, 0, 1, 2], "word starts A–Z, then elsewhere")
        XCTAssertEqual(index.search("ayu les").positions, [3, 2], "every word must match")
        XCTAssertEqual(index.search("   ").total, 0)
    }

    func testDiacriticsAndCaseAreIgnored() {
        let members = [Fixtures.member("1", "Jérôme Tanoé"), Fixtures.member("2", "Siti ÀMINAH")]
        let index = MemberSearchIndex(roster: roster(members))
        XCTAssertEqual(index.search("jerome tanoe").positions, [0])
        XCTAssertEqual(index.search("AMIN").positions, [1])
        XCTAssertEqual(index.search("amín").positions, [1])
    }

    func testEarlyStopReturnsTheAlphabeticallyFirstWordStartMatches() {
        let members = (0..<300).map { Fixtures.member(String(format: "%04d", $0), "Ani \(299 - $0)") }
            + [Fixtures.member("9999", "Budi Santoso")]
        let index = MemberSearchIndex(roster: roster(members))
        let result = index.search("an", limit: 20)
        XCTAssertFalse(result.isComplete)
        let names = result.positions.map { members[$0].name }
        XCTAssertEqual(names, names.sorted { $0.lowercased() < $1.lowercased() })
        XCTAssertEqual(names.first, "Ani 0")
        // A digit can match numbers, so the scan is complete and the count exact.
        XCTAssertTrue(index.search("0", limit: 20).isComplete)
        XCTAssertEqual(index.search("0", limit: 20).total, 300)
    }

    /// Typing character by character (narrowing from the previous matches) gives exactly what a fresh
    /// index gives for the same query, for random names and random typing.
    func testIncrementalNarrowingEqualsAFreshSearch() {
        var seed: UInt64 = 42
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        let syllables = ["an", "ti", "ma", "su", "ri", "yo", "ha", "ni", "de", "lu", "ke", "wa"]
        let members = (0..<500).map { i -> Member in
            let name = (0..<(2 + next() % 3)).map { _ in
                (0..<(1 + next() % 3)).map { _ in syllables[next() % syllables.count] }.joined().capitalized
            }.joined(separator: " ")
            return Fixtures.member("\(1000 + i)", name)
        }
        let typing = MemberSearchIndex(roster: roster(members))
        for _ in 0..<40 {
            let target = members[next() % members.count].name.lowercased()
            var typed = ""
            for ch in target.prefix(9) {
                typed.append(ch)
                let fresh = MemberSearchIndex(roster: roster(members)).search(typed, limit: 30)
                XCTAssertEqual(typing.search(typed, limit: 30), fresh, "query \"\(typed)\"")
            }
        }
    }
}
