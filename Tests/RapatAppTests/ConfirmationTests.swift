import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 11 item 4 at the keyboard: single keys ask before recording, and W withdraws the latest mistaken record.
final class ConfirmationTests: XCTestCase {
    private func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.autoConfirm = false
        for number in ["0001", "0002", "0003"] { desk.type(number) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.enter])
        return desk
    }

    func testEverySingleKeyRecordAsksWhatItWillRecordAndAnyOtherKeyCancels() throws {
        var desk = try openedMeeting()
        let asks: [(keys: [Key], question: String)] = [
            ([.function(8)], "Umumkan kuorum sekarang (N 5, H 3, Q 3 — SAH)?"),
            ([.character("n")], "Buka pandangan umum termin 1 sekarang?"),
            ([.function(9)], "Pindah ke acara 2. Pemeriksaan kuorum?"),
            ([.function(2)] + "Sambutan".map { Key.character($0) } + [.enter], "Simpan catatan 1: \"Sambutan\"?"),
            ([.function(3)] + "ishoma".map { Key.character($0) } + [.enter], "Skors rapat sekarang, alasan: ishoma?"),
        ]
        for ask in asks {
            let before = desk.app.meeting.eventCount
            desk.press(ask.keys)
            XCTAssertEqual(desk.app.mode, .confirm(ask.question))
            XCTAssertEqual(desk.app.message?.text, ask.question + " Enter = ya, tombol lain = batal.")
            desk.press([.character("q")])
            XCTAssertEqual(desk.app.mode, .search)
            XCTAssertEqual(desk.app.message?.text, "Dibatalkan: tidak ada yang dicatat.")
            XCTAssertEqual(desk.app.meeting.eventCount, before, "nothing recorded for \(ask.question)")
        }
        desk.press([.function(3)] + "ishoma".map { Key.character($0) } + [.enter, .enter])
        XCTAssertNotNil(desk.app.meeting.currentRecess)
        desk.press([.function(3)])
        XCTAssertEqual(desk.app.mode, .confirm("Cabut skorsing sekarang? Kuorum diperiksa ulang: hadir 3, wajib 3 — SAH."))
        desk.press([.enter])
        XCTAssertNil(desk.app.meeting.currentRecess)
    }

    func testWWithdrawsTheLatestMistakeWithAReasonAfterAConfirmation() throws {
        var desk = try openedMeeting()
        desk.press([.function(8), .enter])
        XCTAssertEqual(desk.app.meeting.quorumDeclarations.count, 1)
        desk.press([.character("w")])
        XCTAssertEqual(desk.app.message?.text, "Batalkan pengumuman kuorum pukul 08.37 WIB (N 5, H 3, Q 3)? Ketik alasan lalu "
            + "Enter; Esc = batal.")
        desk.type("salah tekan")
        XCTAssertEqual(desk.app.mode, .confirm("Catat: pengumuman kuorum pukul 08.37 WIB (N 5, H 3, Q 3) dibatalkan: salah tekan?"))
        desk.press([.enter])
        XCTAssertTrue(desk.app.meeting.quorumDeclarations.isEmpty)
        XCTAssertEqual(desk.app.meeting.withdrawals.map(\.reason), ["salah tekan"])
        XCTAssertTrue(desk.app.message?.text.hasPrefix("DIBATALKAN: pengumuman kuorum") == true)
        // Next: the opening itself is the latest record; attendance never is.
        desk.press([.character("w")])
        XCTAssertTrue(desk.app.message?.text.hasPrefix("Batalkan pembukaan rapat") == true, desk.app.message?.text ?? "")
        desk.press([.escape])
        XCTAssertNotNil(desk.app.meeting.meetingOpenedAt)
    }
}

extension ConfirmationTests {
    func testAConfirmedRecordCarriesTheTimeOfTheEnter() throws {
        var desk = try openedMeeting()
        desk.press([.function(8)])
        desk.press([.enter], after: 2)
        XCTAssertEqual(desk.app.meeting.quorumDeclarations.last?.at, desk.clock, "stamped at the Enter, not at F8")
    }
}
