import Foundation
import RapatApp
import RapatCore
import RapatTesting
import RapatText
import TerminalUI
import XCTest

/// Issue 13 item 12 for the reducer's own texts: the same keys record the same events in either language, and what
/// the desk says about them is in the UI language.
final class EnglishFlowTests: XCTestCase {
    private func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.autoConfirm = false
        for number in ["0001", "0002", "0003"] { desk.type(number) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        return desk
    }

    func testConfirmationsAndAcknowledgementsFollowTheLanguage() throws {
        try UIText.withLanguage(.english) {
            var desk = try openedMeeting()
            XCTAssertEqual(desk.app.message?.text,
                           "Open the meeting now, opened by Ketua Pengurus, with 4 agenda items? Enter = yes, any other key = cancel.")
            desk.press([.character("q")])
            XCTAssertEqual(desk.app.message?.text, "Cancelled: nothing recorded.")
            desk.press([.function(7)])
            desk.type("Ketua Pengurus")
            desk.press([.enter])
            XCTAssertTrue(desk.app.message?.text.hasPrefix("Meeting opened ") == true, desk.app.message?.text ?? "")
            desk.press([.function(8)])
            XCTAssertEqual(desk.app.mode, .confirm("Announce the quorum now (N 5, P 3, Q 3 — VALID)?"))
        }
    }

    func testTheSameKeysRecordTheSameEventsInBothLanguages() throws {
        func record(_ language: UILanguage) throws -> [String] {
            try UIText.withLanguage(language) {
                var desk = try openedMeeting()
                desk.autoConfirm = true
                desk.press([.enter, .function(8), .function(9), .function(2)])
                desk.type("Sambutan ketua")
                desk.press([.function(3)])
                desk.type("ishoma")
                // Kind and time of every event, then what the secretary typed as the meeting holds it.
                let meeting = desk.app.meeting
                return try desk.journal().map { "\($0.kind.rawValue) \($0.at)" } + meeting.notes.map(\.text)
                    + [meeting.currentRecess.map { "\($0)" } ?? "", meeting.opening.map { "\($0.registered)" } ?? ""]
            }
        }
        let indonesian = try record(.indonesian), english = try record(.english)
        XCTAssertEqual(english, indonesian)
        XCTAssertGreaterThan(indonesian.count, 5)
    }

    func testCheckInMessagesAreEnglish() throws {
        try UIText.withLanguage(.english) {
            var desk = try DeskHarness(members: DeskFixtures.members)
            desk.type("0001")
            XCTAssertTrue(desk.app.message?.text.hasPrefix("✔ PRESENT ") == true, desk.app.message?.text ?? "")
            desk.press([.function(3)])
            XCTAssertTrue(desk.app.message?.text.hasPrefix("Type or scan a member number") == true, desk.app.message?.text ?? "")
        }
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        XCTAssertTrue(desk.app.message?.text.hasPrefix("✔ HADIR ") == true)
    }
}
