import Foundation
import RapatApp
import RapatDocuments
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Pimpinan rapat, reports, questions, note corrections and the quorum-loss choice entered through forms on the
/// agenda screen (issue 3 items 4–8); each form issues one command only when its last field is accepted.
final class ProceedingsFormTests: XCTestCase {
    /// Three of five present, meeting opened by the Ketua Pengurus.
    private func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        return desk
    }

    func testPresidiumForm() throws {
        var desk = try openedMeeting()
        desk.press([.character("p")])
        XCTAssertTrue(desk.screen().text.contains("Pimpinan rapat"))
        desk.press([.enter])
        XCTAssertEqual(desk.app.message?.text, "Ketua wajib diisi.")
        desk.type("Siti Aminah")
        desk.type("Budi Santoso")
        desk.type("Made Ayu, Yohanes Lake")
        desk.type("4")
        XCTAssertTrue(desk.app.message?.text.contains("Pilih angka 1 sampai 3") == true)
        desk.press([.backspace])
        desk.type("2")
        XCTAssertTrue(desk.app.meeting.presidium == nil, "nothing recorded before the last field")
        // Back to the ketua with ↑ to correct a typo; the later answers stay.
        desk.press([.up, .up, .up, .up])
        XCTAssertEqual(desk.app.input, "Siti Aminah")
        desk.press([.backspace])
        desk.type("h")
        desk.press([.enter, .enter, .enter])
        desk.type("")  // notulis: empty means the sekretaris
        let presidium = try XCTUnwrap(desk.app.meeting.presidium)
        XCTAssertEqual(presidium.chair, "Siti Aminah")
        XCTAssertEqual(presidium.members, ["Made Ayu", "Yohanes Lake"])
        XCTAssertEqual(presidium.selection, .elected)
        XCTAssertEqual(presidium.notetaker, "Budi Santoso")
        XCTAssertEqual(desk.app.mode, .search)
    }

    func testReportFormValidatesRupiahAndDefaultsToTheItemKind() throws {
        var desk = try openedMeeting()
        desk.press([.function(9), .enter, .function(8), .function(9), .enter])  // to the pengurus report
        XCTAssertEqual(desk.app.meeting.currentAgendaItem?.kind, .boardReport)
        desk.press([.character("L")])
        desk.type("")  // kind: Enter takes the item's report (pengurus)
        desk.type("Bendahara Pengurus")
        desk.type("Volume usaha naik 12%; SHU naik")
        desk.type("1,250,000")
        XCTAssertTrue(desk.app.message?.text.contains("ribuan dipisah titik") == true, "English grouping refused")
        desk.press(Array(repeating: .backspace, count: 9))
        desk.type("Rp1.250.000.000,50")
        XCTAssertTrue(desk.screen().text.contains("Total aset: Rp1.250.000.000,50"), desk.screen().text)
        desk.type("-5")
        XCTAssertTrue(desk.app.message?.text.contains("tidak boleh negatif") == true)
        desk.press([.backspace, .backspace])
        desk.type("")                  // modal sendiri: not stated
        desk.type("4.000.000.000")     // volume usaha
        desk.type("-12.500.000")       // SHU may be a loss
        desk.type("500.000.000")       // pendapatan RAPB
        desk.type("475.000.000")       // realisasi
        desk.type("")
        desk.type("")                  // biaya realisasi and two RAPB plan figures: not stated (the third saves)
        desk.type("")
        desk.type("")
        XCTAssertTrue(desk.app.meeting.reports.isEmpty)
        desk.type("")
        let report = try XCTUnwrap(desk.app.meeting.reports.first)
        XCTAssertEqual(report.kind, .board)
        XCTAssertEqual(report.figures.values[.totalAssets], Rupiah(sen: 125_000_000_050))
        XCTAssertEqual(report.figures.values[.surplus], Rupiah(rupiah: -12_500_000))
        XCTAssertNil(report.figures.values[.equity])
        XCTAssertEqual(report.figures.realization(actual: .actualIncome, budgeted: .budgetedIncome), "95,00%")
    }

    func testQuestionFormFindsPresentMembersByNameAndRecordsGuestsApart() throws {
        var desk = try openedMeeting()
        desk.press([.character("t")])
        desk.type("Made", then: nil)
        XCTAssertTrue(desk.screen().text.contains("→ 0004 Made Ayu (Kelompok Tani) — TIDAK"), desk.screen().text)
        desk.press([.enter])
        XCTAssertTrue(desk.app.message?.text.contains("tidak tercatat hadir") == true)
        desk.press(Array(repeating: .backspace, count: 4))
        desk.type("yohanes")
        XCTAssertTrue(desk.screen().text.contains("Penanya: 0003 Yohanes Lake (Unit Toko)"), desk.screen().text)
        assertSnapshot(desk.screen(80, 24), named: "question-form-80x24")
        desk.type("5")  // penyertaan modal dan suku bunga pinjaman
        desk.type("Mengapa bunga pinjaman tidak turun?")
        desk.type("Bendahara")
        desk.type("Bunga mengikuti biaya dana; ditinjau triwulan depan")
        desk.type("2")
        let first = try XCTUnwrap(desk.app.meeting.questions.first)
        XCTAssertEqual(first.speaker, .member(MemberNumber("0003")))
        XCTAssertEqual(first.category, .capitalAndLoanRates)
        XCTAssertEqual(first.status, .followUp)
        XCTAssertEqual(first.round, 1)

        desk.press([.character("n")])
        XCTAssertEqual(desk.app.meeting.questionRound, 2)
        desk.press([.character("t")])
        desk.type("u: Dinas Koperasi Kabupaten")
        desk.type("")
        desk.type("")
        XCTAssertEqual(desk.app.message?.text, "Pertanyaan/tanggapan wajib diisi.")
        desk.type("Laporan agar dikirim ke Dinas paling lambat April")
        for _ in 0..<3 { desk.type("") }
        XCTAssertEqual(desk.app.meeting.questions.count, 2)
        let second = try XCTUnwrap(desk.app.meeting.questions.last)
        XCTAssertEqual(second.speaker, .guest("Dinas Koperasi Kabupaten"))
        XCTAssertEqual(second.round, 2)
        XCTAssertEqual(second.status, .answered)
        XCTAssertTrue(desk.app.message?.text.contains("Pertanyaan 2 (termin 2) tercatat") == true)
    }

    func testAFormIsParkedWhileTheSecretaryHelpsAtTheDesk() throws {
        var desk = try openedMeeting()
        desk.press([.character("t")])
        desk.type("0001")
        desk.type("Pelayanan kasir lambat", then: nil)
        desk.press([.tab])
        XCTAssertEqual(desk.app.screen, .desk)
        desk.type("0004")  // a member arrives meanwhile
        XCTAssertEqual(desk.app.meeting.quorum.present, 4)
        desk.press([.tab])
        XCTAssertEqual(desk.app.input, "Pelayanan kasir lambat", "the form comes back as it was")
        guard case let .form(form) = desk.app.mode else { return XCTFail("form lost") }
        XCTAssertEqual(form.current, 1)
    }

    func testNoteCorrectionKeepsTheOriginal() throws {
        var desk = try openedMeeting()
        desk.press([.character("k")])
        XCTAssertTrue(desk.app.message?.text.contains("Belum ada catatan") == true)
        desk.press([.function(2)])
        desk.type("Sambutan Bupati")
        desk.press([.character("k")])
        desk.type("7")
        desk.type("Sambutan Wakil Bupati")
        desk.type("Salah nama pejabat")
        XCTAssertTrue(desk.app.message?.text.contains("Catatan nomor 7 tidak ada") == true, "the core refuses")
        desk.press([.up, .up])
        desk.press([.backspace])
        desk.type("1")
        desk.press([.enter, .enter])
        XCTAssertEqual(desk.app.meeting.notes.map(\.text), ["Sambutan Bupati", "Sambutan Wakil Bupati"])
        XCTAssertEqual(desk.app.meeting.notes.last?.amends, 1)
        XCTAssertEqual(desk.app.meeting.notes.last?.reason, "Salah nama pejabat")
    }

    func testQuorumLostTheChairRecordsAChoice() throws {
        var desk = try openedMeeting()
        desk.press([.function(9), .enter, .function(8), .function(9), .enter])
        desk.press([.character("h")])
        XCTAssertTrue(desk.app.message?.text.contains("Kuorum tidak hilang") == true)
        desk.press([.tab])
        desk.type("0003", then: .function(3))  // leaves: H 2 < Q 3
        desk.press([.tab])
        XCTAssertTrue(desk.screen().text.contains("KUORUM HILANG (hadir 2, wajib 3)"), desk.screen().text)
        XCTAssertTrue(desk.screen().text.contains("H pilihan pimpinan"), desk.screen().text)
        desk.press([.function(11)])
        desk.type("Laporan diterima")
        desk.press([.character("1")])
        XCTAssertTrue(desk.app.message?.text.contains("KUORUM HILANG") == true)
        XCTAssertTrue(desk.app.meeting.decisions.isEmpty)

        desk.press([.character("h")])
        desk.type("2")
        desk.type("")
        desk.type("")
        XCTAssertEqual(desk.app.meeting.quorumLossResponse?.choice, .continueWithoutDecisions)
        XCTAssertTrue(desk.screen().text.contains("Pimpinan: melanjutkan pembahasan tanpa"), desk.screen().text)

        desk.press([.function(4)])
        XCTAssertTrue(desk.screen().text.contains("Tunda acara yang tersisa"))
        desk.type("Banyak anggota pulang sebelum pengesahan laporan")
        desk.type("2026-04-04")
        let postponement = try XCTUnwrap(desk.app.meeting.postponement)
        XCTAssertEqual(postponement.remainingFromAgendaIndex, 2)
        XCTAssertTrue(desk.app.message?.text.contains("ACARA YANG TERSISA DITUNDA") == true)

        let text = try DocumentTemplates.builtIn.render(.penundaan, .txt, model: XCTUnwrap(ReportModels.penundaan(desk.app.meeting, digest: "abc")).model)
        XCTAssertTrue(text.contains("Acara yang ditunda"), text)
        XCTAssertTrue(text.contains("- 3. Laporan pertanggungjawaban pengurus"), text)
        XCTAssertTrue(text.contains("Tidak ada keputusan yang telah diambil."), text)
    }
}
