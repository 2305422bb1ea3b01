import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 13 item 6: X asks before closing a vote and says who has not voted; only Enter closes it.
final class CloseVoteQuestionTests: XCTestCase {
    func testClosingARollCallNamesWhoHasNotVoted() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter, .function(8), .function(9), .enter])
        desk.press([.character("u")])
        desk.type("Menaikkan simpanan wajib")
        desk.type("")
        desk.press([.character("v")])
        desk.type("")
        desk.type("2")  // per nama
        desk.type("0001")
        desk.type("1")
        desk.press([.escape])
        desk.autoConfirm = false
        desk.press([.character("x")])
        guard case let .confirm(question) = desk.app.mode else { return XCTFail("X asks first: \(desk.app.mode)") }
        XCTAssertTrue(question.hasPrefix("2 dari 3 pemilih belum memberi suara: Budi Santoso (0002), Yohanes Lake (0003); "
            + "mereka dicatat tidak memberi suara."), question)
        XCTAssertNotNil(desk.app.meeting.openVote)
        desk.press([.character("x")])
        XCTAssertNotNil(desk.app.meeting.openVote, "a second X cancels, it does not close")
        desk.press([.character("x"), .enter])
        XCTAssertNil(desk.app.meeting.openVote, "Enter closes")
        XCTAssertEqual(desk.app.meeting.closedVotes.last?.result.notVoting, 2)
    }
}
