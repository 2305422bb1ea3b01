import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Messages wrap in an area that grows, and every message of the session is kept for the Pesan screen (issue 13).
final class MessageLogTests: XCTestCase {
    private static let longRefusal = RapatError.notWithdrawable(123_456, "pertanyaan pandangan umum").message

    /// A desk with some check-ins, "siti" typed, and the longest withdraw refusal on screen.
    private func deskWithLongRefusal() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.type("0002")
        desk.type("0002", then: .function(3))
        desk.type("siti", then: nil)
        desk.app.message = DeskMessage(.error, Self.longRefusal)
        return desk
    }

    func testALongRefusalWrapsWholeOnTheDesk() throws {
        let desk = try deskWithLongRefusal()
        assertSnapshot(desk.screen(80, 24), named: "desk-80x24-long-refusal")
        assertSnapshot(desk.screen(120, 40), named: "desk-120x40-long-refusal")
        XCTAssertTrue(desk.screen(80, 24).text.contains("2 cocok"), "the search list keeps its rows below the message")
    }

    func testAMessageTallerThanItsAreaPointsToThePesanScreen() throws {
        var desk = try deskWithLongRefusal()
        // 80×24 leaves too few rows for it on a 60×12 screen.
        let screen = desk.screen(60, 12)
        XCTAssertTrue(screen.text.contains("… selengkapnya: F12 Pesan"), screen.text)
        XCTAssertTrue(screen.lines.allSatisfy { CellWidth.of($0) <= 60 })
        // …where it is whole.
        desk.press([.function(12)])
        XCTAssertEqual(desk.app.screen, .messages)
        let words = Self.longRefusal.split(separator: " ").joined(separator: " ")
        let log = desk.screen(80, 24)
        let shown = (2..<22).map { y in (8..<44).map { log[$0, y].text }.joined() }.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        XCTAssertTrue(shown.contains(words), log.text)
    }

    func testEveryMessageOfTheSessionIsLoggedWithItsTimeAndKind() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.type("0001")
        desk.type("9999")
        let log = desk.app.messageLog
        XCTAssertEqual(log.map(\.kind), [.success, .error, .error])
        XCTAssertTrue(log[0].text.hasPrefix("✔ HADIR Siti Aminah"), log[0].text)
        XCTAssertTrue(log[1].text.contains("sudah hadir sejak"), log[1].text)
        XCTAssertTrue(log[2].text.contains("Nomor 9999 tidak terdaftar"), log[2].text)
        XCTAssertEqual(log.last?.text, desk.app.message?.text)
        XCTAssertEqual(log[0].at, Fixtures.time("2026-03-21 08:31"), "stamped with the desk's time")
    }

    func testThePesanScreenOpensFromEveryScreenAndReturnsWithTheInputKept() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.type("bud", then: nil)
        desk.press([.function(12)])
        XCTAssertEqual(desk.app.screen, .messages)
        XCTAssertTrue(desk.screen().text.contains("HADIR Siti Aminah"))
        desk.press([.character("x")])
        XCTAssertEqual(desk.app.input, "bud", "typed keys do not reach the desk below")
        desk.press([.escape])
        XCTAssertEqual(desk.app.screen, .desk)
        XCTAssertEqual(desk.app.input, "bud", "the search is where it was")

        // From a half-filled form on the agenda, and back to it with Ctrl-P.
        for n in ["0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.character("p")])
        desk.type("Siti Ami", then: nil)
        guard case .form = desk.app.mode else { return XCTFail("presidium form") }
        desk.press([.control("p")])
        XCTAssertEqual(desk.app.screen, .messages)
        desk.press([.control("p")])
        XCTAssertEqual(desk.app.screen, .agenda)
        XCTAssertEqual(desk.app.input, "Siti Ami")
        guard case .form = desk.app.mode else { return XCTFail("the form stays open") }

        // F5 goes to the desk; the key map lists the Pesan key on every screen.
        desk.press([.function(12), .function(5)])
        XCTAssertEqual(desk.app.screen, .desk)
        for screen in AppScreen.allCases {
            XCTAssertNotNil(KeyMap.desk.first { $0.intent == .showMessages && $0.applies(on: screen) }, "\(screen)")
        }
        XCTAssertEqual(KeyMap.intent(for: .function(12), on: .desk, typing: true, inputIsEmpty: false), .showMessages,
                       "works while typing: it is not a character")
    }

    func testThePesanScreenScrollsNewestLast() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in 1...12 { desk.type(String(format: "9%03d", n)) }  // twelve refusals, two lines each at 80×24
        desk.press([.function(12)])
        assertSnapshot(desk.screen(80, 24), named: "messages-80x24")
        var text = desk.screen().text
        XCTAssertTrue(text.contains("Nomor 9012"), "the newest is in view")
        XCTAssertFalse(text.contains("Nomor 9001 "), "the oldest is above")
        desk.press([.pageUp, .pageUp, .up])
        text = desk.screen().text
        XCTAssertTrue(text.contains("Nomor 9001 "), text)
        XCTAssertFalse(text.contains("Nomor 9012"), text)
        desk.press(Array(repeating: .up, count: 30))
        XCTAssertEqual(desk.app.messageScroll, 11, "stops at the oldest")
        desk.press([.pageDown, .pageDown, .pageDown, .down])
        XCTAssertEqual(desk.app.messageScroll, 0)
        XCTAssertTrue(desk.screen().text.contains("Nomor 9012"))
    }

    func testThePesanScreenRendersAtEverySize() throws {
        var desk = try deskWithLongRefusal()
        desk.press([.function(12)])
        for width in [0, 1, 10, 24, 40, 60, 79, 80, 120, 200] {
            for height in [0, 1, 3, 6, 12, 20, 24, 40] {
                let screen = desk.screen(width, height)
                XCTAssertEqual(screen.lines.count, max(0, height))
                XCTAssertTrue(screen.lines.allSatisfy { CellWidth.of($0) <= width }, "\(width)×\(height)")
            }
        }
        XCTAssertTrue(desk.screen(60, 20).text.contains("Catatan jurnal nomor 123456"), desk.screen(60, 20).text)
    }

    func testAMessageFromOneScreenDoesNotFollowToTheOther() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.press([.function(6), .function(9)])
        XCTAssertNotNil(desk.app.message, "the agenda answered F9")
        let said = try XCTUnwrap(desk.app.message?.text)
        desk.press([.function(5)])
        XCTAssertNil(desk.app.message)
        XCTAssertFalse(desk.screen().text.contains(String(said.prefix(20))))
        XCTAssertEqual(desk.app.messageLog.last?.text, said, "kept in the Pesan log")
    }

    func testTheQuorumAdviceOnTheAgendaIsWhole() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .function(8)])  // declared TIDAK SAH: 1 of 3
        let screen = desk.screen(80, 24)
        let agenda = (2..<22).map { y in (2..<44).map { screen[$0, y].text }.joined() }.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        XCTAssertTrue(agenda.contains("Q 3 — TIDAK SAH"), screen.text)
        XCTAssertTrue(agenda.contains("lalu F8 hitung ulang; bila tetap kurang, F4 tunda."), screen.text)
        XCTAssertFalse(agenda.contains("…"), screen.text)
    }

    func testHelpLinesWrapInsteadOfBeingCut() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.press([.function(6), .function(1)])
        var help = ""
        for _ in 0..<12 {
            let screen = desk.screen(80, 24)
            help += (2..<22).map { y in (1..<79).map { screen[$0, y].text }.joined() }.joined(separator: " ")
            desk.press([.pageDown])
        }
        let words = help.split(separator: " ").joined(separator: " ")
        for binding in KeyMap.desk where binding.applies(on: .agenda) {
            XCTAssertTrue(words.contains(binding.help.split(separator: " ").joined(separator: " ")), binding.help)
        }
        XCTAssertFalse(help.contains("…"), "nothing cut")
    }

    func testHelpListsOnlyWhatAKeyDoesOnItsScreen() {
        // On the Pesan screen Esc goes back; the global "Kosongkan isian" Esc never acts there.
        let messages = KeyMap.effective(on: .messages)
        XCTAssertTrue(messages.contains { $0.intent == .closeMessages })
        XCTAssertFalse(messages.contains { $0.intent == .clearInput })
        XCTAssertFalse(KeyMap.effective(on: .decisions).contains { $0.intent == .clearInput }, "Esc: back to the agenda")
        XCTAssertTrue(KeyMap.effective(on: .desk).contains { $0.intent == .clearInput })
        for screen in AppScreen.allCases {
            for binding in KeyMap.effective(on: screen) {
                XCTAssertTrue(binding.keys.contains { KeyMap.intent(for: $0, on: screen, typing: false, inputIsEmpty: true) == binding.intent },
                              "\(screen): \(binding.help)")
            }
        }
    }

    func testTheQuorumPanelUsesTheWidthAt120Columns() throws {
        let members = DeskFixtures.members + [
            Fixtures.member("0006", "Agus", unit: "Koperasi Unit Desa Sumber Jaya"),
            Fixtures.member("0007", "Wayan", unit: "Kelompok Usaha Bersama Nelayan Tanjung Benoa"),
        ]
        let desk = try DeskHarness(members: members)
        let narrow = desk.screen(80, 24).text, wide = desk.screen(120, 40).text, wider = desk.screen(140, 40).text
        XCTAssertTrue(narrow.contains(" Koperasi Unit Desa S…"), narrow)
        XCTAssertTrue(wide.contains(" Koperasi Unit Desa Sumber Jaya "), wide)
        XCTAssertTrue(wide.contains("┌ Kuorum ──────────────────────────────────┐"), "44 wide at 120 columns\n" + wide)
        XCTAssertTrue(wider.contains(" Kelompok Usaha Bersama Nelayan Tanjung Benoa "), "as wide as the names need\n" + wider)
    }
}
