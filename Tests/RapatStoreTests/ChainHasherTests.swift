import Foundation
@testable import RapatStore
import XCTest

/// The fast row hasher feeds exactly the canonical text the chain was defined with.
final class ChainHasherTests: XCTestCase {
    func testTheHasherEqualsTheCanonicalTextHashWithAndWithoutACommandID() {
        let rows = [
            JournalRow(sequence: 1, stored: StoredEvent(kind: "meeting_created", atMilliseconds: 1_774_058_400_000,
                                                        member: nil, payload: #"{"cooperative":"KSP \"Maju\""}"#),
                       recordedMilliseconds: 1_774_058_400_123, hash: "", commandID: nil),
            JournalRow(sequence: 2, stored: StoredEvent(kind: "member_checked_in", atMilliseconds: 1_774_058_460_000,
                                                        member: "0012", payload: nil),
                       recordedMilliseconds: 1_774_058_460_005, hash: "", commandID: "skrip:ab\u{E9}"),
            JournalRow(sequence: 10, stored: StoredEvent(kind: "k", atMilliseconds: 0, member: "", payload: ""),
                       recordedMilliseconds: -5, hash: "", commandID: nil),
            JournalRow(sequence: Int64.max, stored: StoredEvent(kind: "k", atMilliseconds: 9, member: nil, payload: nil),
                       recordedMilliseconds: 1_000_000_000_000_000_000, hash: "", commandID: ""),
        ]
        let hasher = ChainHasher()
        var previous = MeetingFile.genesisHash
        for row in rows {
            let expected = MeetingFile.chain(previous, row.stored.canonicalText(
                sequence: row.sequence, recordedMilliseconds: row.recordedMilliseconds, commandID: row.commandID))
            let fast = hasher.hash(after: previous, row)
            XCTAssertEqual(fast, expected, "row \(row.sequence)")
            XCTAssertTrue(ChainHasher.matches(fast, hex: fast.hexString))
            XCTAssertFalse(ChainHasher.matches(fast, hex: String(fast.hexString.dropLast()) + "x"))
            XCTAssertFalse(ChainHasher.matches(fast, hex: fast.hexString.uppercased()), "stored hashes are lowercase")
            previous = fast
        }
    }
}
