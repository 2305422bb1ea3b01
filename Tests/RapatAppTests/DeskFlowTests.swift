import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

final class DeskFlowTests: XCTestCase {
    func testScannedNumberChecksInAtOnceAndQuorumTurnsSah() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        XCTAssertTrue(desk.screen().text.contains("BELUM KUORUM"))
        desk.type("0001")
        XCTAssertEqual(desk.app.message?.kind, .success)
        XCTAssertEqual(desk.app.message?.text, "✔ HADIR Siti Aminah (0001) — Unit Simpan Pinjam, pukul 08.31 WIB")
        XCTAssertTrue(desk.screen().text.contains("✔ HADIR Siti Aminah (0001)"), desk.screen().text)
        desk.type("0002")
        desk.type("0003")
        let screen = desk.screen().text
        XCTAssertTrue(screen.contains("SAH") && !screen.contains("BELUM KUORUM"), screen)
        XCTAssertEqual(desk.app.meeting.quorum.present, 3)
    }

    func testNameSearchFiltersLiveAndArrowsChooseTheMember() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("siti", then: nil)
        XCTAssertEqual(desk.app.results.total, 2)
        XCTAssertTrue(desk.screen().text.contains("2 cocok"))
        desk.press([.down, .enter])
        XCTAssertTrue(desk.app.message?.text.contains("Siti Rahmawati") == true, "\(String(describing: desk.app.message))")
        XCTAssertEqual(desk.app.input, "", "input clears after a check-in")
    }

    func testDuplicateIsRefusedWithTheFirstTimeAndNonMemberIsExplained() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0004")  // at 08.31
        desk.type("0004")
        XCTAssertEqual(desk.app.message?.kind, .error)
        XCTAssertTrue(desk.app.message?.text.contains("sudah hadir sejak pukul 08.31 WIB") == true)
        // A number-like input that is not in the roster is refused, never guessed as 0004's prefix match.
        desk.type("000")
        XCTAssertTrue(desk.app.message?.text.contains("Nomor 000 tidak terdaftar") == true, "\(String(describing: desk.app.message))")
    }

    func testANumberWithoutLeadingZerosFindsTheOneMember() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("1")
        XCTAssertEqual(desk.app.message?.kind, .success)
        XCTAssertTrue(desk.app.message?.text.hasPrefix("✔ HADIR Siti Aminah (0001)") == true, "\(String(describing: desk.app.message))")
        desk.type("0001")
        XCTAssertTrue(desk.app.message?.text.contains("sudah hadir") == true, "1 and 0001 are the same member")
        desk.type("77")
        XCTAssertTrue(desk.app.message?.text.contains("Nomor 77 tidak terdaftar") == true, "\(String(describing: desk.app.message))")
    }

    func testAssociateMemberIsRecordedButToldWhyTheyDoNotCount() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("lb-01")
        XCTAssertEqual(desk.app.message?.kind, .warning)
        XCTAssertTrue(desk.app.message?.text.contains("anggota luar biasa tidak dihitung dalam kuorum") == true)
        XCTAssertEqual(desk.app.meeting.quorum.present, 0)
        XCTAssertTrue(desk.screen().text.contains("Tidak dihitung: 1"))
    }

    func testLeavingReturningAndVoidingFromTheDesk() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0003")
        desk.type("0003", then: .function(3))
        XCTAssertTrue(desk.app.message?.text.hasPrefix("← KELUAR Yohanes Lake") == true)
        desk.type("0003")  // scanning again records the return
        XCTAssertTrue(desk.app.message?.text.hasPrefix("↩ KEMBALI Yohanes Lake") == true)
        desk.type("0003", then: .function(4))
        XCTAssertEqual(desk.app.message?.kind, .error, "not away, so no return")
        // Void with a reason
        desk.type("0003", then: .function(8))
        XCTAssertEqual(desk.app.mode, .voidReason(MemberNumber("0003")))
        XCTAssertTrue(desk.screen().text.contains("Alasan batal:"))
        desk.type("kartu tertukar")
        XCTAssertTrue(desk.app.message?.text.contains("DIBATALKAN") == true)
        XCTAssertEqual(desk.app.meeting.quorum.present, 0)
        let record = try XCTUnwrap(desk.app.meeting.attendance.record(at: 2))
        XCTAssertEqual(record.intervals.count, 1, "the first interval stays; only the latest was voided")
    }

    func testRegistrationOpensWithF2AndFreezesTheSettingsRules() throws {
        var desk = try DeskHarness(members: DeskFixtures.members, openRegistration: false)
        XCTAssertTrue(desk.screen().text.contains("Registrasi belum dibuka"))
        desk.type("0001")
        desk.press([.function(2)])
        XCTAssertNotNil(desk.app.meeting.opening)
        XCTAssertTrue(desk.app.message?.text.contains("dibekukan") == true)
        desk.type("0001")
        XCTAssertEqual(desk.app.meeting.quorum.present, 1)
    }

    func testAMemberWhoJoinedAfterTheCutoffChecksInAsPeninjau() throws {
        var members = DeskFixtures.members
        members[1].joinedOn = "2026-03-21"
        let who = "\(members[1].name) (\(members[1].number))"
        var desk = try DeskHarness(members: members, rules: MeetingRules(registerCutoff: "2026-03-20"))
        XCTAssertEqual(desk.app.meeting.quorum.registered, 4)
        desk.type(members[1].number.rawValue)
        XCTAssertEqual(desk.app.message?.kind, .warning)
        let text = desk.app.message?.text ?? ""
        XCTAssertTrue(text.hasPrefix("Hadir sebagai PENINJAU: \(who)"), text)
        XCTAssertTrue(text.hasSuffix("Masuk 21 Maret 2026, sesudah batas buku daftar anggota 20 Maret 2026: tidak dihitung "
            + "dalam kuorum dan tidak punya hak suara."), text)
        XCTAssertEqual(desk.app.meeting.quorum.present, 0)
        XCTAssertEqual(desk.app.meeting.attendance.attendedCount, 1, "recorded in the daftar hadir")
    }

    func testOpeningRegistrationWarnsWhenTheQuorumIsAboveN() throws {
        var desk = try DeskHarness(members: [DeskFixtures.members[0]], rules: MeetingRules(quorumRule: .halfPlusOneLiteral),
                                   openRegistration: false)
        desk.press([.function(2)])
        XCTAssertNotNil(desk.app.meeting.opening, "a warning, not a refusal")
        XCTAssertEqual(desk.app.message?.kind, .warning)
        XCTAssertTrue(desk.app.message?.text.contains("dari N = 1 adalah Q = 2, lebih dari N") == true, desk.app.message?.text ?? "")
    }

    func testHelpScreenListsEveryKeyBindingAndQuitKeysQuit() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for screen in AppScreen.allCases {
            if screen == .agenda { desk.press([.tab]) }
            if screen != .desk, screen != .agenda { desk.app.screen = screen }
            desk.press([.function(1)])
            // The help scrolls at 80×24: read every page.
            var help = desk.screen(80, 24).text
            for _ in 0..<12 {
                desk.press([.pageDown])
                help += desk.screen(80, 24).text
            }
            XCTAssertTrue(desk.app.showingHelp, "scrolling keeps the help open")
            for binding in KeyMap.effective(on: screen) {
                XCTAssertTrue(help.contains(String(binding.help.prefix(30))), "\(screen): \(binding.help)")
            }
            desk.press([.character("x")])
            XCTAssertFalse(desk.app.showingHelp)
        }
        desk.app.screen = .desk
        XCTAssertFalse(desk.app.showingHelp)
        desk.type("9", then: nil)
        desk.press([.character("?")])
        XCTAssertEqual(desk.app.input, "9?", "? is typed when the input is not empty")
        desk.press([.control("c")])
        XCTAssertTrue(desk.app.quitRequested)
    }
}
