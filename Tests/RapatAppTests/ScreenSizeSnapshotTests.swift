import Foundation
@testable import RapatApp
import RapatCore
import RapatDocuments
import RapatTesting
import TerminalUI
import XCTest

/// Every screen at the secretary's laptop (80×24), a large terminal (120×40) and a small one (60×20), characters
/// and styles (issue 13: "Snapshots at 80×24, 120×40 and 60×20 for every screen").
final class ScreenSizeSnapshotTests: XCTestCase {
    static let sizes = [(80, 24), (120, 40), (60, 20)]

    /// A small meeting in progress: three of five counted members present, the meeting opened, the SHU proposed and
    /// approved by mufakat (decision 1), a note on the agenda; the ledger imported for the SHU screen.
    private func meetingInProgress() throws -> (desk: DeskHarness, events: [Event]) {
        let desk = try DeskHarness(members: DeskFixtures.members)
        desk.app.draftAgenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .surplusDistribution),
                                              AgendaItem(kind: .closing)])
        desk.app.shuLedger = ShuLedger(
            members: ["0001", "0002", "0003"].map(MemberNumber.init), savingsColumns: ["pokok", "wajib"],
            transactionColumns: ["toko"], savings: [10_000_000, 110_000_000, 10_000_000, 50_000_000, 0, 0],
            transactions: [250_000_000, 0, 100_000_000])
        func press(_ keys: [Key]) { desk.press(keys) }
        func type(_ text: String) { press(text.map { Key.character($0) } + [.enter]) }
        for n in ["0001", "0002", "0003"] { type(n) }
        press([.function(6), .function(7)])
        type("Ketua Pengurus")
        press([.function(9)])
        press([.character("b")])
        type("Rp150.000.000")
        press([.character("u")])
        type("Menetapkan pembagian SHU 2025")
        type("")
        press([.function(11), .character("1")])
        press([.function(2)])
        type("Anggota Siti Aminah menanyakan jasa usaha unit toko; dijawab bendahara.")
        XCTAssertEqual(desk.app.meeting.decisions.count, 1, "\(String(describing: desk.app.message))")
        XCTAssertEqual(desk.app.meeting.notes.count, 1, "\(String(describing: desk.app.message))")
        XCTAssertEqual(desk.app.screen, .agenda)
        return (desk, try desk.journal())
    }

    private func assertAtEverySize(_ desk: DeskHarness, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for (width, height) in Self.sizes {
            var app = desk.app
            app.presence.visibleRows = PresenceScreen.listRows(width: width, height: height)
            let screen = DeskScreen.render(app, width: width, height: height)
            assertStyledSnapshot(screen, named: "size-\(name)-\(width)x\(height)", file: file, line: line)
        }
    }

    func testDesk() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.function(5)])
        desk.type("Siti", then: nil)
        XCTAssertEqual(desk.app.screen, .desk)
        assertAtEverySize(desk, "desk")
    }

    func testAgenda() throws {
        let (desk, _) = try meetingInProgress()
        assertAtEverySize(desk, "agenda")
    }

    func testDecisions() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.character("d")])
        XCTAssertEqual(desk.app.screen, .decisions)
        assertAtEverySize(desk, "decisions")
    }

    func testShu() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.character("i")])
        desk.type("0001")
        XCTAssertEqual(desk.app.screen, .shu)
        assertAtEverySize(desk, "shu")
    }

    func testDocument() throws {
        var (desk, events) = try meetingInProgress()
        desk.press([.character("o")])
        XCTAssertEqual(desk.app.screen, .document)
        // What the runner's live document hands the screen on O (the harness runs no effects but commands).
        let entries = events.enumerated().map { JournalEntry(sequence: Int64($0.offset + 1), event: $0.element) }
        var lines: [String] = []
        for kind in [DocumentKind.notulen, .rekapSuara] {
            let data = try XCTUnwrap(DocumentSet.single(kind, format: "txt", entries: entries, ledger: nil, templates: .builtIn,
                                              digest: "uji", meetingFile: "", state: desk.app.meeting))
            lines += String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        }
        desk.app.showDocument(lines: lines)
        desk.press([.character("/")])
        desk.type("SHU")
        XCTAssertNotNil(desk.app.documentView.match, "the search finds the SHU decision")
        assertAtEverySize(desk, "document")
    }

    func testReadiness() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.character("a")])
        XCTAssertEqual(desk.app.screen, .readiness)
        assertAtEverySize(desk, "readiness")
    }

    func testMessages() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.function(12)])
        XCTAssertEqual(desk.app.screen, .messages)
        assertAtEverySize(desk, "messages")
    }

    func testPresence() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.control("k"), .down, .down])
        XCTAssertEqual(desk.app.screen, .presence)
        assertAtEverySize(desk, "presence")
    }

    func testHelpOnTheDesk() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.function(5), .function(1)])
        XCTAssertTrue(desk.app.showingHelp)
        assertAtEverySize(desk, "help-desk")
    }

    func testHelpOnTheAgenda() throws {
        var (desk, _) = try meetingInProgress()
        desk.press([.function(1)])
        XCTAssertTrue(desk.app.showingHelp)
        assertAtEverySize(desk, "help-agenda")
    }

    /// A roll-call vote with two votes in, its running tally, and then the question that closes it, in its dialog
    /// naming who has not voted.
    func testRollCallAndClosingItsVote() throws {
        var (desk, _) = try meetingInProgress()
        desk.openRollCallVote()
        XCTAssertNotNil(desk.app.meeting.openVote)
        desk.type("0001 s")
        desk.type("0002 t")
        assertAtEverySize(desk, "roll-call")
        desk.autoConfirm = false
        desk.press([.escape, .character("x")])
        guard case .confirm = desk.app.mode else { return XCTFail("X asks first: \(String(describing: desk.app.message))") }
        XCTAssertTrue(desk.screen().text.contains("Konfirmasi"))
        assertAtEverySize(desk, "close-vote-dialog")
        desk.press([.character("q")])
        XCTAssertNotNil(desk.app.meeting.openVote, "any other key cancels")
    }
}
