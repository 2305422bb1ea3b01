import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 13 item 9: the bottom bar offers only keys that apply now, on the agenda screen through the meeting.
final class BarRelevanceTests: XCTestCase {
    private func barKeys(_ desk: DeskHarness) -> [String] {
        KeyMap.bar(for: desk.app.screen, showing: desk.app.isRelevantOnBar).map(\.key)
    }

    func testTheBarFollowsTheMeetingFromOpeningToClosing() throws {
        let desk = try DeskHarness(members: DeskFixtures.members)
        for number in ["0001", "0002", "0003"] { desk.type(number) }
        desk.press([.function(6)])
        XCTAssertTrue(barKeys(desk).contains("F7"), "before the opening F7 opens")
        XCTAssertFalse(barKeys(desk).contains("F9"), "nothing to move on from")
        desk.press([.function(7)])
        desk.type("Ketua Pengurus")
        XCTAssertFalse(barKeys(desk).contains("F7"))
        XCTAssertTrue(barKeys(desk).contains("F9"))
        XCTAssertTrue(barKeys(desk).contains("V"))

        // An open vote: F9 would be refused, so it is not offered.
        desk.openRollCallVote()
        XCTAssertNotNil(desk.app.meeting.openVote)
        desk.press([.escape])
        XCTAssertFalse(barKeys(desk).contains("F9"), barKeys(desk).joined(separator: " "))
        desk.press([.character("x")])
        XCTAssertNil(desk.app.meeting.openVote, String(describing: desk.app.message))
        XCTAssertTrue(barKeys(desk).contains("F9"))

        // Through to the closing: nothing that records is offered any more.
        desk.press([.function(8)])  // the quorum, announced
        for _ in 0..<8 where desk.app.meeting.closedAt == nil {
            desk.press([.function(9)])
            if desk.app.screen != .agenda { desk.press([.function(6)]) }
        }
        XCTAssertNotNil(desk.app.meeting.closedAt, String(describing: desk.app.message))
        for key in ["F9", "F2", "F3", "F8", "V", "F7"] {
            XCTAssertFalse(barKeys(desk).contains(key), "\(key) after the closing: \(barKeys(desk).joined(separator: " "))")
        }
    }
}
