import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// `rapat lihat` (issue 6 item 5): browse decisions, notulen, attendance and votes, search text; nothing can be written.
final class ReviewModeTests: XCTestCase {
    func testTheReviewBrowsesAndSearchesButCannotWrite() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        let runner = DeskRunner(reviewing: entries, ledger: ledger, verification: "Jurnal utuh: uji")
        let before = runner.state.meeting.eventCount
        XCTAssertTrue(runner.state.readOnly)
        XCTAssertTrue(DeskScreen.render(runner.state, width: 80, height: 24).text.contains("LIHAT (baca saja)"))

        for key: Key in [.function(8), .function(9), .character("u"), .character("v"), .function(2)] {
            runner.send(.key(key))
            runner.send(.key(.escape))
        }
        runner.send(.key(.function(8)))
        XCTAssertEqual(runner.state.message?.text,
                       "Mode lihat (baca saja): F8 tidak tersedia, tidak ada yang dicatat. F1 untuk tombol yang bisa dipakai.")
        runner.send(.key(.character("u")))
        XCTAssertEqual(runner.state.mode, .search, "no motion form opens in the review")
        XCTAssertEqual(runner.state.meeting.eventCount, before, "nothing was recorded")

        runner.send(.key(.character("d")))
        XCTAssertEqual(runner.state.screen, .decisions)
        XCTAssertTrue(DeskScreen.render(runner.state, width: 80, height: 24).text.contains("No. 1"))

        runner.send(.key(.escape))
        runner.send(.key(.character("o")))
        XCTAssertEqual(runner.state.screen, .document)
        runner.send(.key(.character("/")))
        for ch in "Arif Pratama" { runner.send(.key(.character(ch))) }
        runner.send(.key(.enter))
        XCTAssertTrue(runner.state.message?.text.hasPrefix("Ditemukan di baris") == true)
        XCTAssertTrue(runner.state.documentLines[runner.state.documentView.match ?? -1].contains("Arif Pratama"))
        let screen = DeskScreen.render(runner.state, width: 80, height: 24).text
        XCTAssertTrue(screen.contains("Arif Pratama"), screen)
        XCTAssertTrue(runner.state.documentLines.first == "Jurnal utuh: uji", "the verification heads the text")

        runner.send(.key(.function(5)))
        for ch in "0001" { runner.send(.key(.character(ch))) }
        runner.send(.key(.enter))
        XCTAssertEqual(runner.state.message?.text, "Ujang Hidayat (0001) hadir 08.10–11.20 WIB.")
        XCTAssertEqual(runner.state.meeting.eventCount, before)
    }

    /// Issue 13 item 10: the review lists reading keys only and follows the file when another process commits.
    func testTheReviewListsReadingKeysAndFollowsNewEntries() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        let half = Array(entries.prefix(entries.count / 2))
        let runner = DeskRunner(reviewing: half, ledger: ledger, verification: "Jurnal utuh: uji")
        runner.send(.key(.character("?")))
        let help = DeskScreen.render(runner.state, width: 80, height: 24).text
        XCTAssertTrue(help.contains("Daftar keputusan"), help)
        XCTAssertFalse(help.contains("Umumkan kuorum"), "no writing key in the review's help: \(help)")
        runner.send(.key(.escape))
        runner.send(.key(.character("o")))
        XCTAssertEqual(runner.state.screen, .document)
        let before = runner.state.meeting.eventCount
        runner.showReview(DeskRunner.ReviewSnapshot(entries: entries, ledger: ledger, verification: "Jurnal utuh: semua"))
        XCTAssertEqual(runner.state.meeting.eventCount, Int64(entries.count))
        XCTAssertEqual(runner.state.screen, .document, "the screen stays")
        XCTAssertTrue(runner.state.message?.text.hasPrefix("Diperbarui: \(Int64(entries.count) - before) peristiwa baru.") ?? false,
                      runner.state.message?.text ?? "")
        XCTAssertEqual(runner.state.documentLines.first, "Jurnal utuh: semua")
    }
}
