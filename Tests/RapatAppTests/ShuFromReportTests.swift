import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 13 item 11: the SHU the pengurus report recorded is offered in the SHU proposal, not retyped.
final class ShuFromReportTests: XCTestCase {
    private func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.app.draftAgenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .boardReport),
                                              AgendaItem(kind: .surplusDistribution), AgendaItem(kind: .closing)])
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        return desk
    }

    func testTheReportedSurplusIsOfferedAndEnterAcceptsIt() throws {
        var desk = try openedMeeting()
        desk.press([.character("l")])
        desk.type("")  // Laporan: pengurus
        desk.type("Budi Santoso")
        desk.type("LPJ tahun buku 2025")
        for _ in 0..<3 { desk.type("") }  // aset, modal sendiri, volume usaha
        desk.type("Rp148.250.000")  // SHU tahun buku
        for _ in 0..<7 { desk.type("") }
        XCTAssertEqual(desk.app.meeting.reports.last?.figures.values[.surplus], Rupiah(rupiah: 148_250_000),
                       "\(String(describing: desk.app.message))")

        desk.press([.character("b")])
        XCTAssertEqual(desk.app.input, "Rp148.250.000,00", "the field starts with the reported figure")
        let message = try XCTUnwrap(desk.app.message?.text)
        XCTAssertTrue(message.contains("diambil dari laporan pertanggungjawaban pengurus"), message)
        XCTAssertTrue(message.contains("Enter = pakai angka ini"), message)
        XCTAssertTrue(desk.screen().text.contains("diambil dari laporan"), desk.screen().text)
        desk.press([.enter])
        XCTAssertEqual(desk.app.meeting.shuProposal?.surplus, Rupiah(rupiah: 148_250_000))
    }

    func testAnotherFigureCanBeTypedOverTheOfferedOne() throws {
        var desk = try openedMeeting()
        desk.press([.character("l")])
        desk.type("")
        desk.type("Budi Santoso")
        desk.type("LPJ")
        for _ in 0..<3 { desk.type("") }
        desk.type("Rp148.250.000")
        for _ in 0..<7 { desk.type("") }
        desk.press([.character("b"), .control("u")])
        desk.type("Rp150.000.000")
        XCTAssertEqual(desk.app.meeting.shuProposal?.surplus, Rupiah(rupiah: 150_000_000))
    }

    func testWithoutAReportedSurplusTheFieldStartsEmpty() throws {
        var desk = try openedMeeting()
        desk.press([.character("b")])
        XCTAssertEqual(desk.app.input, "")
        XCTAssertEqual(desk.app.message?.text, "SHU tahun buku setelah pajak, mis. Rp150.000.000,00; rugi ditulis negatif.")
    }
}
