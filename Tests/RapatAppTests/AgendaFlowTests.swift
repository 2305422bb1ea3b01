import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

final class AgendaFlowTests: XCTestCase {
    func testTheChairOpensChecksQuorumAndMovesOnWhileTheDeskStaysReachable() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)  // 5 counted, Q = 3
        desk.autoConfirm = false
        desk.press([.function(6)])
        XCTAssertEqual(desk.app.screen, .agenda)
        XCTAssertTrue(desk.screen().text.contains("Rapat belum dibuka: F7 untuk membuka."))
        XCTAssertTrue(desk.screen().text.contains("2. Pemeriksaan kuorum"), "draft agenda shown")

        desk.press([.function(7)])
        XCTAssertEqual(desk.app.mode, .openedBy)
        desk.type("Ketua Pengurus")
        XCTAssertEqual(desk.app.mode, .confirm("Buka rapat sekarang, dibuka oleh Ketua Pengurus, dengan 4 acara?"))
        desk.press([.enter])
        XCTAssertEqual(desk.app.meeting.meetingOpenedBy, "Ketua Pengurus")
        XCTAssertEqual(desk.app.meeting.currentAgendaItem?.kind, .opening)

        desk.press([.function(9)])
        XCTAssertEqual(desk.app.mode, .confirm("Pindah ke acara 2. Pemeriksaan kuorum?"))
        desk.press([.escape])
        XCTAssertEqual(desk.app.meeting.currentAgendaIndex, 0, "Esc cancels the move")
        desk.press([.function(9), .enter])
        XCTAssertEqual(desk.app.meeting.currentAgendaItem?.kind, .quorumCheck)

        desk.press([.function(8)])
        XCTAssertEqual(desk.app.message?.text, "Umumkan kuorum sekarang (N 5, H 0, Q 3 — BELUM KUORUM)? Enter = ya, tombol lain = batal.")
        desk.press([.function(9)])
        XCTAssertEqual(desk.app.message?.text, "Dibatalkan: tidak ada yang dicatat.", "any other key cancels, and does nothing else")
        XCTAssertEqual(desk.app.mode, .search)
        XCTAssertTrue(desk.app.meeting.quorumDeclarations.isEmpty)
        desk.press([.function(8), .enter])
        XCTAssertTrue(desk.app.message?.text.contains("TIDAK SAH") == true)
        desk.press([.function(9), .enter])
        XCTAssertEqual(desk.app.message?.kind, .error, "cannot leave the quorum check unmet")

        // Members arrive at the desk, one Tab away, while the agenda stays where it was.
        desk.press([.tab])
        XCTAssertEqual(desk.app.screen, .desk)
        desk.type("0001")
        desk.type("0002")
        desk.type("0003")
        desk.press([.tab, .function(8), .enter])
        XCTAssertTrue(desk.app.message?.text.contains("hadir 3, wajib 3 — SAH") == true)
        desk.press([.function(9), .enter])
        XCTAssertEqual(desk.app.meeting.currentAgendaItem?.kind, .boardReport)
        desk.press([.escape])
        assertSnapshot(desk.screen(80, 24), named: "agenda-80x24")
    }
}
