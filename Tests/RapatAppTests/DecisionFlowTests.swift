import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

final class DecisionFlowTests: XCTestCase {
    func testNotesAndDecisionsFromTheAgendaScreen() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")

        desk.press([.function(2)])
        XCTAssertTrue(desk.screen().text.contains("Catatan:"))
        desk.type("Sambutan Ketua Pengurus dan doa")
        XCTAssertEqual(desk.app.meeting.notes.map(\.text), ["Sambutan Ketua Pengurus dan doa"])

        desk.press([.function(11)])
        desk.type("Menerima dan mengesahkan LPJ Pengurus Tahun Buku 2025")
        XCTAssertEqual(desk.app.mode, .decisionOutcome(decision: "Menerima dan mengesahkan LPJ Pengurus Tahun Buku 2025"))
        desk.press([.character("9")])
        XCTAssertTrue(desk.app.meeting.decisions.isEmpty, "only 1, 2, 3 or A choose")
        desk.press([.character("2")])
        desk.type("Piutang macet dilaporkan setiap triwulan")
        let first = try XCTUnwrap(desk.app.meeting.decisions.first)
        XCTAssertEqual(first.outcome, .acceptedWithNotes)
        XCTAssertEqual(first.notes, ["Piutang macet dilaporkan setiap triwulan"])
        XCTAssertEqual(first.present, 3)
        XCTAssertTrue(desk.app.message?.text.hasPrefix("KEPUTUSAN NOMOR 1: DITERIMA DENGAN CATATAN") == true)

        desk.press([.function(11)])
        desk.type("Menerima laporan pengawas")
        desk.press([.character("a")])
        XCTAssertEqual(desk.app.meeting.decisions.last?.method, .acclamation)

        desk.press([.function(11)])
        desk.type("Usul kenaikan honor pengurus")
        desk.press([.escape])
        XCTAssertEqual(desk.app.meeting.decisions.count, 2, "Esc cancels")
        desk.press([.function(11)])
        desk.type("Usul kenaikan honor pengurus")
        desk.press([.character("3")])
        XCTAssertEqual(desk.app.meeting.decisions.last?.outcome, .rejected)
    }
}
