import Foundation
import RapatApp
import RapatCore
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// O during the meeting (issue 13 item 4): the notulen and rekap suara so far, wrapped, searchable.
final class LiveDocumentTests: XCTestCase {
    private let decision = "Menerima dan mengesahkan laporan pertanggungjawaban pengurus tahun buku 2025 beserta "
        + "neraca dan perhitungan hasil usaha yang telah diperiksa pengawas"

    /// A real meeting file driven through the runner: registration, three check-ins, the opening, one decision.
    private func meetingWithADecision(at path: String) throws -> (DeskRunner, MeetingSession) {
        let members = DeskFixtures.members
        let session = try MeetingSession(file: MeetingFile.create(at: path))
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                          at: Fixtures.opening))
        let settings = CooperativeSettings(profile: Fixtures.profile, rules: .defaults, city: "")
        var minutes = 0.0
        let runner = DeskRunner(session: session, settings: settings, agenda: DeskFixtures.agenda, clock: {
            minutes += 0.5
            return Fixtures.time("2026-03-21 08:30").addingTimeInterval(minutes * 60)
        })
        func press(_ keys: [Key]) {
            for key in keys {
                runner.send(.tick(Fixtures.time("2026-03-21 08:30").addingTimeInterval(minutes * 60)))
                runner.send(.key(key))
                if case .confirm = runner.state.mode { runner.send(.key(.enter)) }
            }
        }
        func type(_ text: String) { press(text.map { Key.character($0) } + [.enter]) }
        press([.function(2)])
        for number in ["0001", "0002", "0003"] { type(number) }
        press([.function(6), .function(7)])
        type("Ketua Pengurus")
        press([.function(11)])
        type(decision)
        press([.character("1")])
        XCTAssertEqual(session.state.decisions.count, 1, runner.state.message?.text ?? "")
        return (runner, session)
    }

    func testTheDocumentScreenShowsTheNotulenSoFarWrappedAt80Columns() throws {
        let path = NSTemporaryDirectory() + "rapat-live-\(UUID().uuidString).rapat"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (runner, _) = try meetingWithADecision(at: path)
        XCTAssertTrue(runner.state.documentLines.isEmpty, "nothing is rendered before O")
        runner.send(.key(.character("o")))
        XCTAssertEqual(runner.state.screen, .document)
        let text = runner.state.documentLines.joined(separator: "\n")
        XCTAssertTrue(text.hasPrefix("NOTULEN"), text)
        XCTAssertTrue(text.contains("KEPUTUSAN NOMOR 1"), text)
        XCTAssertTrue(text.contains("rapat dibuka oleh Ketua Pengurus"), text)

        // Scroll the decision to the top and read it off the glass: whole, wrapped inside the frame, no "…".
        let first = try XCTUnwrap(runner.state.documentLines.firstIndex { $0.contains("KEPUTUSAN NOMOR 1") })
        for _ in 0..<first { runner.send(.key(.down)) }
        let screen = DeskScreen.render(runner.state, width: 80, height: 24)
        let body = Array(screen.lines[2..<23])
        XCTAssertFalse(body.contains { $0.contains("…") }, screen.text)
        for line in screen.lines { XCTAssertLessThanOrEqual(CellWidth.of(line), 80) }
        let shown = body.map { $0.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        XCTAssertTrue(shown.contains("KEPUTUSAN NOMOR 1: " + decision.prefix(30)), screen.text)
        XCTAssertTrue(shown.contains("diperiksa pengawas — DITERIMA"), "the end of the decision is on screen: \(screen.text)")
        XCTAssertTrue(screen.text.contains("Notulen dan rekap suara"))

        // Narrower, the lines wrap; still nothing is cut.
        let narrow = DeskScreen.render(runner.state, width: 60, height: 20)
        let narrowBody = narrow.lines[3..<19]
        XCTAssertFalse(narrowBody.contains { $0.contains("…") }, narrow.text)
        let narrowText = narrowBody.map { $0.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        XCTAssertTrue(narrowText.contains("diperiksa pengawas — DITERIMA"), narrow.text)
        let source = try XCTUnwrap(runner.state.documentLines.first { $0.contains("diperiksa pengawas") })
        XCTAssertGreaterThan(CellWidth.of(source), 58, "the line is wider than the narrow screen: it had to wrap")
        XCTAssertFalse(narrowBody.contains { $0.contains(source.trimmingCharacters(in: .whitespaces)) }, "not on one row")
    }

    func testSearchJumpsToTheMatchAndHighlightsIt() throws {
        let path = NSTemporaryDirectory() + "rapat-live-\(UUID().uuidString).rapat"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (runner, _) = try meetingWithADecision(at: path)
        runner.send(.key(.character("o")))
        runner.send(.key(.character("n")))
        XCTAssertEqual(runner.state.message?.text, "Tekan / lalu ketik kata yang dicari.", "n without a term only guides")
        runner.send(.key(.character("/")))
        XCTAssertTrue(runner.state.documentView.searching)
        for ch in "keputusan nomor" { runner.send(.key(.character(ch))) }
        let match = try XCTUnwrap(runner.state.documentView.match, "found as typed")
        XCTAssertTrue(runner.state.documentLines[match].contains("KEPUTUSAN NOMOR 1"))
        runner.send(.key(.enter))
        XCTAssertFalse(runner.state.documentView.searching)
        XCTAssertEqual(runner.state.message?.text.hasPrefix("Ditemukan di baris \(match + 1)"), true)

        let screen = DeskScreen.render(runner.state, width: 80, height: 24)
        let row = try XCTUnwrap(screen.lines.firstIndex { $0.contains("KEPUTUSAN NOMOR 1") }, screen.text)
        XCTAssertTrue(screen[2, row].style.reverse, "the matched line is highlighted")
        XCTAssertTrue(screen[77, row].style.reverse, "across the width")
        XCTAssertFalse(screen[2, row - 1].style.reverse)
        XCTAssertFalse(screen[4, row + 1].style.reverse, "only the matched line: \(screen.text)")

        // The only other line with the term (the rekap suara has none): n wraps back to the same match.
        let matches = runner.state.documentLines.indices.filter {
            runner.state.documentLines[$0].lowercased().contains("keputusan nomor")
        }
        runner.send(.key(.character("n")))
        XCTAssertEqual(runner.state.documentView.match, matches.count > 1 ? matches[1] : match)
        runner.send(.key(.character("N")))
        XCTAssertEqual(runner.state.documentView.match, match)

        var help = runner.state
        help.showingHelp = true
        let lines = DeskScreen.render(help, width: 80, height: 24).lines
        XCTAssertTrue(lines.contains { $0.hasPrefix("│ n ") && $0.contains("Hasil pencarian berikutnya") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("│ N ") && $0.contains("Hasil pencarian sebelumnya") }, "n and N are two keys")

        runner.send(.key(.escape))
        XCTAssertEqual(runner.state.screen, .document, "Esc first leaves the search")
        XCTAssertNil(runner.state.documentView.match)
        XCTAssertEqual(runner.state.documentView.term, "")
        runner.send(.key(.escape))
        XCTAssertEqual(runner.state.screen, .agenda)
    }

    func testATermNotInTheTextSaysSo() throws {
        let path = NSTemporaryDirectory() + "rapat-live-\(UUID().uuidString).rapat"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (runner, _) = try meetingWithADecision(at: path)
        runner.send(.key(.character("o")))
        for key: Key in [.character("/"), .character("q"), .character("z"), .character("q"), .enter] { runner.send(.key(key)) }
        XCTAssertNil(runner.state.documentView.match)
        XCTAssertEqual(runner.state.message?.text, "\"qzq\" tidak ditemukan.")
    }

    func testLongLinesWrapWithoutLosingText() {
        let line = "- pukul 09.45 WIB: KEPUTUSAN NOMOR 1: Mengesahkan susunan acara dan tata tertib rapat"
        let rows = DocumentScreen.wrap(line, width: 40)
        XCTAssertEqual(rows, ["- pukul 09.45 WIB: KEPUTUSAN NOMOR 1:", "Mengesahkan susunan acara dan tata", "tertib rapat"])
        XCTAssertEqual(DocumentScreen.wrap("  (tujuh puluh) orang dan seterusnya", width: 20), ["  (tujuh puluh)", "  orang dan", "  seterusnya"])
        XCTAssertEqual(DocumentScreen.wrap("x " + String(repeating: "a", count: 45), width: 20),
                       ["x", String(repeating: "a", count: 20), String(repeating: "a", count: 20), String(repeating: "a", count: 5)],
                       "a word longer than a row is broken, not cut")
        XCTAssertEqual(DocumentScreen.wrap(String(repeating: "=", count: 78), width: 20), [String(repeating: "=", count: 20)],
                       "a rule shrinks to the width")
        XCTAssertEqual(DocumentScreen.wrap("pendek", width: 20), ["pendek"])
        XCTAssertEqual(DocumentScreen.wrap("", width: 20), [""])
    }
}
