import Foundation
@testable import RapatApp
import RapatCore
import RapatTesting
import RapatText
import TerminalUI
import XCTest

/// The desk, its help and its messages in English (issue 13 item 12); Indonesian stays the default.
final class EnglishDeskTests: XCTestCase {
    /// Three of five counted members present, registration open.
    private func deskWithArrivals() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        return desk
    }

    func testHelpOnTheDeskInEnglish() throws {
        var desk = try deskWithArrivals()
        desk.press([.function(1)])
        XCTAssertTrue(desk.app.showingHelp)
        let screen = UIText.withLanguage(.english) { desk.screen(80, 24) }
        let text = screen.lines.joined(separator: "\n")
        for english in ["Help — keys: Registration desk", "Check in a member", "Record a member leaving the room",
                        "Quit", "any other key closes help"] {
            XCTAssertTrue(text.contains(english), "\(english) in\n\(text)")
        }
        for indonesian in ["Catat", "anggota", "Bantuan", "Keluar dari", "tombol lain"] {
            XCTAssertFalse(text.contains(indonesian), "no \(indonesian) in\n\(text)")
        }
        assertStyledSnapshot(screen, named: "english-help-desk-80x24")
        // The same state in Indonesian is unchanged.
        XCTAssertTrue(desk.screen(80, 24).lines.joined().contains("Bantuan — tombol layar meja registrasi"))
    }

    func testHelpOnTheAgendaInEnglish() throws {
        var desk = try deskWithArrivals()
        desk.press([.function(6), .function(1)])
        let all = UIText.withLanguage(.english) {
            HelpScreen.rows(for: .agenda, width: 76).map { $0.keys + " " + $0.text }.joined(separator: "\n")
        }
        XCTAssertTrue(all.contains("Open the meeting"), all)
        for indonesian in ["Catat", "anggota", "Pemungutan", "konfirmasi"] {
            XCTAssertFalse(all.contains(indonesian), "no \(indonesian) in\n\(all)")
        }
    }

    func testDeskInEnglish() throws {
        var desk = try deskWithArrivals()
        desk.app.message = nil
        let screen = UIText.withLanguage(.english) { desk.screen(80, 24) }
        let text = screen.lines.joined(separator: "\n")
        for english in ["Registration desk", "Number / name:", "Latest records:", "Quorum", "Registered (N)",
                        "Present now (H)", "Required (Q)", "QUORATE", "more than 1/2", "By unit (present/registered):",
                        "Men 2 · Women 1", "Check in", "Help", "Quit"] {
            XCTAssertTrue(text.contains(english), "\(english) in\n\(text)")
        }
        for indonesian in ["Meja registrasi", "Catatan terakhir", "Terdaftar", "Bantuan", "Selesai", "Laki-laki"] {
            XCTAssertFalse(text.contains(indonesian), "no \(indonesian) in\n\(text)")
        }
        assertStyledSnapshot(screen, named: "english-desk-80x24")
        XCTAssertTrue(desk.screen(80, 24).lines.joined().contains("Catatan terakhir:"), "Indonesian by default")
    }

    func testTheKeyMapFollowsTheLanguageAtRunTime() {
        let indonesian = KeyMap.bar(for: .desk).map(\.label)
        let english = UIText.withLanguage(.english) { KeyMap.bar(for: .desk).map(\.label) }
        XCTAssertEqual(indonesian.first, "Hadir")
        XCTAssertEqual(english.first, "Check in")
        XCTAssertEqual(english.last, "Quit")
        XCTAssertEqual(KeyMap.bar(for: .desk).map(\.label), indonesian, "back to Indonesian after the switch")
        XCTAssertEqual(UIText.withLanguage(.english) { KeyMap.confirmBar.map(\.key) }, ["Enter", "Other key"])
        XCTAssertEqual(KeyMap.label(of: .closeVote), "X")
    }

    func testCoreAdviceNamesTheKeyInBothLanguages() {
        XCTAssertEqual(CoreTextForDesk.deskText("tutup dulu (perintah close_vote); buka dengan open_vote; atau (draw_lots)."),
                       "tutup dulu (tombol X); buka dengan tombol V; atau (tombol V).")
        UIText.withLanguage(.english) {
            XCTAssertEqual(CoreTextForDesk.deskText("close it first (command close_vote); open with open_vote; or (draw_lots)."),
                           "close it first (key X); open with key V; or (key V).")
            XCTAssertEqual(CoreTextForDesk.deskText("Nothing to rewrite here."), "Nothing to rewrite here.")
        }
    }

    func testPresenceAndFormTextInEnglish() throws {
        var desk = try deskWithArrivals()
        desk.press([.control("k")])
        let text = UIText.withLanguage(.english) { desk.screen(80, 24).lines.joined(separator: "\n") }
        for english in ["Present and absent list", "Present 3", "Search number/name:", "No.", "Name", "not present"] {
            XCTAssertTrue(text.contains(english), "\(english) in\n\(text)")
        }
        var form = EntryForm(.proxy, title: "", fields: [EntryForm.Field("Nomor surat", .number)])
        XCTAssertEqual(UIText.withLanguage(.english) { form.accept("x") }, "Nomor surat: type a number, e.g. 3.")
        XCTAssertEqual(form.accept("x"), "Nomor surat: tulis angka, mis. 3.")
    }
}
