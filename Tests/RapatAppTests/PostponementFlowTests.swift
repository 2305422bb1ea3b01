import Foundation
import RapatApp
import RapatDocuments
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

final class PostponementFlowTests: XCTestCase {
    func testTheChairWaitsRecountsAndPostponesFromTheAgendaScreen() throws {
        var desk = try DeskHarness(members: DeskFixtures.members, rules: MeetingRules(quorumWaitMinutes: 30))
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter])  // to the quorum check
        desk.press([.function(8)])           // 0 of 3: unmet
        XCTAssertTrue(desk.screen().text.contains("Menunggu kuorum s.d. 09.04 (sisa 30 menit)"), desk.screen().text)
        desk.press([.function(4)])
        desk.type("Kuorum tidak tercapai")
        XCTAssertTrue(desk.screen().text.contains("Tanggal rapat berikutnya:"), "second field of the form")
        desk.press([.enter])
        XCTAssertEqual(desk.app.message?.kind, .error, "the wait is not over")
        XCTAssertTrue(desk.app.message?.text.contains("Waktu tunggu kuorum belum habis") == true)
        desk.press([.function(8)], after: 31)  // recount after the wait
        XCTAssertTrue(desk.screen().text.contains("Waktu tunggu habis"), desk.screen().text)
        desk.press([.function(4)])
        desk.type("Kuorum tidak tercapai setelah menunggu 30 menit")
        desk.type("28-03-2026")
        XCTAssertTrue(desk.app.message?.text.contains("tulis seperti 2026-04-04") == true, "a bad date is refused in the form")
        desk.press(Array(repeating: .backspace, count: 10))
        desk.press([.enter])  // new date not known yet
        XCTAssertEqual(desk.app.meeting.phase, .postponed)
        let at = try XCTUnwrap(desk.app.meeting.postponement?.at)
        XCTAssertTrue(desk.screen().text.contains("RAPAT DITUNDA \(IndonesianFormat.time(at, zone: .wib))"), desk.screen().text)

        let text = try DocumentTemplates.builtIn.render(.penundaan, .txt, model: XCTUnwrap(ReportModels.penundaan(desk.app.meeting, digest: "abc123")).model)
        let prose = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        XCTAssertTrue(text.contains("BERITA ACARA PENUNDAAN"))
        XCTAssertTrue(prose.contains("Pada hari ini Sabtu, tanggal dua puluh satu bulan Maret tahun dua ribu dua puluh enam"))
        XCTAssertTrue(prose.contains("Pemeriksaan kuorum pukul 08.34 WIB: hadir 0 (nol) orang."), prose)
        XCTAssertEqual(text.split(separator: "\n").filter { $0.count > 78 }, [], "fits a printed page")
        XCTAssertTrue(prose.contains("Jumlah anggota terdaftar: 5 (lima) orang."), prose)
        XCTAssertTrue(prose.contains("Jumlah anggota yang hadir: 0 (nol) orang, atau 0,00 persen."), prose)
        XCTAssertTrue(prose.contains("Kuorum menurut Anggaran Dasar: lebih dari setengah dari 5 anggota, yaitu 3 (tiga) orang."), prose)
        XCTAssertFalse(prose.contains("⌊"), "no arithmetic in the berita acara")
        XCTAssertTrue(prose.contains("Alasan penundaan: Kuorum tidak tercapai setelah menunggu 30 menit"), prose)
        XCTAssertTrue(text.contains("akan diumumkan kemudian"))
        XCTAssertTrue(text.contains("Sidik akhir jurnal rapat (SHA-256): abc123"))

        // The desk refuses check-ins after the postponement.
        desk.press([.tab])
        desk.type("0001")
        XCTAssertTrue(desk.app.message?.text.contains("sudah DITUNDA") == true)
    }
}
