import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// The SHU on screen (issue 5): the proposal's allocation table at once, an amendment with a reason, approval by
/// mufakat, and a member's share looked up by number.
final class ShuFlowTests: XCTestCase {
    func testProposeAmendApproveAndLookUpAShare() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.app.draftAgenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .surplusDistribution),
                                              AgendaItem(kind: .closing)])
        desk.app.shuLedger = ShuLedger(
            members: ["0001", "0002", "0003"].map(MemberNumber.init), savingsColumns: ["pokok", "wajib"],
            transactionColumns: ["toko"], savings: [10_000_000, 110_000_000, 10_000_000, 50_000_000, 0, 0],
            transactions: [250_000_000, 0, 100_000_000])
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter])
        desk.press([.character("b")])
        desk.type("")
        XCTAssertEqual(desk.app.message?.text, "SHU tahun buku setelah pajak wajib diisi, mis. Rp150.000.000,00.")
        desk.type("Rp150.000.000")
        let screen = desk.screen().text
        XCTAssertTrue(screen.contains("USULAN PEMBAGIAN SHU"), screen)
        XCTAssertTrue(screen.contains("Dana pendidikan"), screen)
        XCTAssertTrue(screen.contains("2,5%  Rp3.750.000,00"), screen)
        XCTAssertTrue(screen.contains("100%  Rp150.000.000,00"), screen)
        assertSnapshot(desk.screen(80, 24), named: "shu-allocation-80x24")

        desk.press([.character("b")])
        XCTAssertEqual(desk.app.input, "40", "the amendment starts from the percentages in force")
        desk.press([.backspace, .backspace])
        desk.type("45")
        for _ in 0..<8 { desk.type("") }
        desk.type("Dana cadangan dinaikkan")
        XCTAssertTrue(desk.app.message?.text.contains("berjumlah 105%, harus tepat 100%") == true, "\(desk.app.message!)")
        for _ in 0..<9 { desk.press([.up]) }
        desk.press([.backspace, .backspace])
        desk.type("35")
        desk.type("")
        desk.press([.backspace, .backspace])
        desk.type("30")  // jasa usaha
        for _ in 0..<6 { desk.type("") }
        desk.type("Jasa usaha dinaikkan atas usul anggota")
        XCTAssertEqual(desk.app.meeting.shuAmendments.count, 1, "\(String(describing: desk.app.message))")
        XCTAssertTrue(desk.screen().text.contains("30%  Rp45.000.000,00"), desk.screen().text)

        desk.press([.character("u")])
        desk.type("Menetapkan pembagian SHU 2025 dengan perubahan")
        desk.type("")  // kind: SHU, from the agenda item
        desk.press([.function(11), .character("1")])
        XCTAssertEqual(desk.app.meeting.shuApproval?.decision, 1)
        XCTAssertTrue(desk.app.message?.text.contains("Pembagian SHU DISAHKAN") == true)

        desk.press([.character("i")])
        XCTAssertEqual(desk.app.screen, .shu)
        desk.type("0001")
        let lookup = desk.screen().text
        XCTAssertTrue(lookup.contains("Siti Aminah (0001)"), lookup)
        // JM = 30 juta × 1,2 / 1,8 juta = 20 juta; JU = 45 juta × 2,5 / 3,5 juta, floored = 32.142.857.
        XCTAssertTrue(lookup.contains("SHU: Rp52.142.857,00"), lookup)
        assertSnapshot(desk.screen(80, 24), named: "shu-member-80x24")
        desk.type("0004")
        XCTAssertTrue(desk.screen().text.contains("Tidak tercatat di buku simpanan/transaksi"), desk.screen().text)
        desk.press([.escape])
        XCTAssertEqual(desk.app.screen, .agenda)
    }
}
