import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 13 item 3: "Siap berita acara?" lists what the berita acara still lacks in the desk's keys, and its
/// identity fields are filled from the TUI as one correction event, before and after closing.
final class ReadinessTests: XCTestCase {
    func testTheChecklistNamesWhatIsMissingAndTheKeyThatFillsIt() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.press([.function(6), .character("a")])
        XCTAssertEqual(desk.app.screen, .readiness)
        let text = desk.screen().text
        XCTAssertTrue(text.contains("Siap berita acara?"), text)
        XCTAssertTrue(text.contains("Belum lengkap"), text)
        XCTAssertTrue(text.contains("✗ Nomor badan hukum"), text)
        XCTAssertTrue(text.contains("✓ Tempat rapat: Balai Pertemuan"), text)
        XCTAssertTrue(text.contains("✗ Pukul dibuka: F7 pada layar acara"), text)
        XCTAssertTrue(text.contains("✗ Pimpinan rapat: P pada layar acara"), text)
        // Every line of the 80×24 screen ends inside it: wrapped, not cut.
        for line in desk.screen().lines { XCTAssertLessThanOrEqual(CellWidth.of(line), 80) }
        desk.press([.escape])
        XCTAssertEqual(desk.app.screen, .agenda)
    }

    func testTheIdentityFormRecordsOnlyWhatChanged() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.press([.function(6), .character("a"), .enter])
        guard case let .form(form) = desk.app.mode else { return XCTFail("the identity form opens: \(desk.app.mode)") }
        XCTAssertEqual(form.title, "Identitas berita acara")
        XCTAssertEqual(desk.app.input, "", "no legal entity number in the settings yet")
        desk.type("518/BH/2015")
        desk.type("12 Januari 2015")
        XCTAssertEqual(desk.app.input, "Balai Pertemuan", "the place of the settings is offered to keep")
        desk.press([.enter])  // tempat kept
        desk.type("Bogor")  // kota
        for _ in 0..<3 { desk.press([.enter]) }  // alamat, rat_ke kept; cara hadir: luring (Enter = default)
        desk.type("Ani Lestari; 0003")  // saksi
        for _ in 0..<9 { desk.press([.enter]) }  // the rest kept; the last Enter asks, the harness confirms
        XCTAssertEqual(desk.app.mode, .search)
        XCTAssertEqual(desk.app.screen, .readiness, "back to the checklist")
        let profile = try XCTUnwrap(desk.app.meeting.documentProfile)
        XCTAssertEqual(profile.legalEntityNumber, "518/BH/2015")
        XCTAssertEqual(profile.details.legalEntityDate, "12 Januari 2015")
        XCTAssertEqual(profile.details.city, "Bogor")
        XCTAssertEqual(profile.details.witnesses, ["Ani Lestari", "0003"])
        XCTAssertEqual(profile.place, "Balai Pertemuan")
        XCTAssertEqual(desk.app.meeting.documentAmendments.count, 1)
        XCTAssertEqual(Set(desk.app.meeting.documentAmendments[0].fields.keys),
                       ["nomor_badan_hukum", "tanggal_badan_hukum", "kota", "saksi"], "only what changed is recorded")
        let text = desk.screen().text
        XCTAssertTrue(text.contains("✓ Nomor badan hukum: 518/BH/2015"), text)
        XCTAssertTrue(text.contains("Identitas berita acara dikoreksi"), text)

        // Nothing changed: nothing recorded.
        desk.press([.enter])
        for _ in 0..<17 { desk.press([.enter]) }
        XCTAssertEqual(desk.app.meeting.documentAmendments.count, 1)
        XCTAssertTrue(desk.app.message?.text.contains("Tidak ada isian yang diubah") ?? false)
    }

    func testTheIdentityFormAsksBeforeRecording() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.autoConfirm = false
        desk.press([.function(6), .character("a"), .enter])
        desk.type("518/BH/2015")
        for _ in 0..<16 { desk.press([.enter]) }
        guard case let .confirm(question) = desk.app.mode else { return XCTFail("asks first: \(desk.app.mode)") }
        XCTAssertTrue(question.contains("nomor badan hukum"), question)
        desk.press([.character("x")])
        XCTAssertTrue(desk.app.meeting.documentAmendments.isEmpty, "any other key cancels")
    }

    /// Closing with gaps puts the checklist on screen while the chair decides; after the closing it is still
    /// reachable, and the identity can still be corrected (a correction is not a meeting event).
    func testClosingShowsTheChecklistAndItStaysReachableAfterwards() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.type("0003")
        desk.type("0004")
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.autoConfirm = false
        for _ in 0..<10 where desk.app.meeting.closedAt == nil {
            desk.press([.function(9)])
            if case let .confirm(question) = desk.app.mode, question.contains("Tutup rapat") {
                XCTAssertEqual(desk.app.screen, .readiness, "the checklist is shown with the closing question")
                XCTAssertTrue(desk.screen().text.contains("sekarang (PENUTUPAN)?"), desk.screen().text)
            }
            desk.press([.enter])
            if desk.app.meeting.currentAgendaIndex == 1, desk.app.meeting.quorumDeclarations.isEmpty {
                desk.press([.function(8), .enter])
            }
        }
        XCTAssertNotNil(desk.app.meeting.closedAt)
        desk.press([.function(6), .character("a")])
        XCTAssertEqual(desk.app.screen, .readiness)
        XCTAssertTrue(desk.screen().text.contains("✓ Pukul ditutup"), desk.screen().text)
        desk.autoConfirm = true
        desk.press([.enter])
        desk.type("518/BH/2015")
        for _ in 0..<16 { desk.press([.enter]) }
        XCTAssertEqual(desk.app.meeting.documentProfile?.legalEntityNumber, "518/BH/2015", "corrected after closing")
    }
}
