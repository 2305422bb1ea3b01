import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Every text the secretary types goes through `TextField`: long texts stay readable at 80×24 and the cursor
/// never leaves the screen.
final class TextEntryTests: XCTestCase {
    static let question = "Kenapa sisa hasil usaha tahun 2025 menurun dibandingkan tahun lalu, padahal volume pinjaman naik "
        + "dan jumlah anggota bertambah; apakah ada piutang macet yang belum dihapus dan apa rencana penagihannya?"
    static let decision = "Menerima dan mengesahkan laporan pertanggungjawaban pengurus tahun buku 2025 dengan catatan agar "
        + "piutang macet ditagih setiap triwulan dan hasilnya dilaporkan kepada pengawas dan anggota pada RAT 2027"

    private func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        return desk
    }

    /// The question form at "Pertanyaan/tanggapan", with `text` typed and not yet submitted.
    private func typingQuestion(_ text: String) throws -> DeskHarness {
        var desk = try openedMeeting()
        desk.press([.character("t")])
        desk.type("yohanes")
        desk.type("")  // kategori: the default
        desk.type(text, then: nil)
        return desk
    }

    /// The text on screen rows `rows` inside the agenda frame (x 2 … 43 at 80×24), joined with spaces.
    private func bodyText(_ screen: ScreenBuffer, rows: ClosedRange<Int>) -> String {
        rows.map { y in
            (2..<44).map { screen[$0, y].text }.joined().trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    /// The cursor is inside the body (the agenda or desk frame, left of the quorum panel) and on the screen.
    private func assertCursorInBody(_ screen: ScreenBuffer, file: StaticString = #filePath, line: UInt = #line) throws {
        let cursor = try XCTUnwrap(screen.cursor, file: file, line: line)
        XCTAssertTrue((2..<44).contains(cursor.x), "cursor x \(cursor.x)", file: file, line: line)
        XCTAssertTrue((2..<22).contains(cursor.y), "cursor y \(cursor.y)", file: file, line: line)
    }

    func testA200CharacterQuestionShowsItsEndAndTheCursorInsideTheScreen() throws {
        XCTAssertEqual(Self.question.count, 200)
        let desk = try typingQuestion(Self.question)
        XCTAssertEqual(desk.app.input, Self.question)
        let screen = desk.screen(80, 24)
        try assertCursorInBody(screen)
        let cursor = try XCTUnwrap(screen.cursor)
        // The cursor is right after the text's end.
        let row = (2..<cursor.x).map { screen[$0, cursor.y].text }.joined()
        XCTAssertTrue(row.hasSuffix("penagihannya?"), row)
        XCTAssertEqual(screen[cursor.x, cursor.y].text, " ")
        // The whole question is readable after its label, wrapped at words over the growing entry.
        let label = try XCTUnwrap((2...cursor.y).last { bodyText(screen, rows: $0...$0).hasPrefix("Pertanyaan/tanggapan: ") })
        XCTAssertEqual(cursor.y - label, 5, "six rows at 80×24")
        XCTAssertEqual(bodyText(screen, rows: label...cursor.y), "Pertanyaan/tanggapan: " + Self.question)
        XCTAssertTrue(screen.text.contains("│ Status:"), "the later fields are still listed")
    }

    func testA200CharacterDecisionWrapsAndTheCursorFollows() throws {
        XCTAssertEqual(Self.decision.count, 200)
        var desk = try openedMeeting()
        desk.press([.function(11)])
        desk.type(Self.decision, then: nil)
        var screen = desk.screen(80, 24)
        try assertCursorInBody(screen)
        var cursor = try XCTUnwrap(screen.cursor)
        let row = (2..<cursor.x).map { screen[$0, cursor.y].text }.joined()
        XCTAssertTrue(row.hasSuffix("pada RAT 2027"), row)
        let prompt = try XCTUnwrap((2...cursor.y).last { bodyText(screen, rows: $0...$0).hasPrefix("Keputusan: ") })
        XCTAssertEqual(bodyText(screen, rows: prompt...cursor.y), "Keputusan: " + Self.decision)

        // Home: the cursor on the first letter, after the prompt.
        desk.press([.home])
        screen = desk.screen(80, 24)
        cursor = try XCTUnwrap(screen.cursor)
        XCTAssertEqual(cursor.y, prompt)
        XCTAssertEqual(cursor.x, 2 + 11)
        XCTAssertEqual(screen[cursor.x, cursor.y].text, "M")

        // Edited in the middle, the decision is recorded as typed.
        desk.press([.control("e")] + Array(repeating: .left, count: 5))
        desk.press([.control("w")])
        desk.type("RAT tahun", then: nil)
        XCTAssertTrue(desk.app.input.hasSuffix("pada RAT tahun 2027"), desk.app.input)
        desk.press([.enter, .character("1")])
        XCTAssertEqual(desk.app.meeting.decisions.last?.text, String(Self.decision.dropLast(8)) + "RAT tahun 2027")
    }

    func testANoteLongerThanTheEntryScrollsUnderItsPrompt() throws {
        var desk = try openedMeeting()
        desk.press([.function(2)])
        let note = Array(repeating: Self.question, count: 2).joined(separator: " ") + " Selesai."
        desk.type(note, then: nil)
        let screen = desk.screen(80, 24)
        try assertCursorInBody(screen)
        let cursor = try XCTUnwrap(screen.cursor)
        let row = (2..<cursor.x).map { screen[$0, cursor.y].text }.joined()
        XCTAssertTrue(row.hasSuffix("penagihannya? Selesai."), row)
        // The prompt keeps its own line; the seven lines under it show the text's end, "…" marks what is above.
        let prompt = try XCTUnwrap((2...cursor.y).last { bodyText(screen, rows: $0...$0) == "Catatan:" })
        XCTAssertEqual(cursor.y - prompt, 7)
        XCTAssertEqual(screen[43, prompt + 1], Cell("…", style: Style(color: .cyan)))
        XCTAssertTrue(note.hasSuffix(bodyText(screen, rows: prompt + 2...cursor.y)))
        desk.press([.enter])
        XCTAssertEqual(desk.app.meeting.notes.last?.text, note, "recorded whole")
    }

    func testALongQuestionAtOtherSizesKeepsItsEndAndTheCursorOnScreen() throws {
        let desk = try typingQuestion(Self.question + " " + Self.question)
        for (width, height) in [(60, 20), (120, 40), (100, 30)] {
            let screen = desk.screen(width, height)
            let cursor = try XCTUnwrap(screen.cursor, "\(width)×\(height)")
            XCTAssertTrue((0..<width).contains(cursor.x) && (0..<height - 1).contains(cursor.y), "\(width)×\(height): \(cursor)")
            var row = (0..<cursor.x).map { screen[$0, cursor.y].text }.joined()
            if row.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")).isEmpty {
                // A full last line: the cursor starts the next one, as at 100×30.
                row = (0..<width).map { screen[$0, cursor.y - 1].text }.joined()
            }
            XCTAssertTrue(row.contains("penagihannya? ") || row.hasSuffix("penagihannya?"),
                          "\(width)×\(height): \(row)\n\(screen.text)")
            XCTAssertTrue(screen.text.contains("Pertanyaan/tanggapan:"), "\(width)×\(height): the label stays")
        }
    }

    func testDeskSearchCursorMovementAndCtrlW() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("Siti Rahma", then: nil)
        XCTAssertEqual(desk.app.results.positions.count, 1)
        desk.press([.control("w")])
        XCTAssertEqual(desk.app.input, "Siti ")
        XCTAssertEqual(desk.app.results.positions.count, 2, "both Sitis match again")
        desk.press([.down])
        XCTAssertEqual(desk.app.searchSelection.row, 1)
        // ← → Home End move in the text and keep the name chosen with ↓.
        desk.press([.left, .left, .home, .right])
        XCTAssertEqual(desk.app.inputField.cursor, 1)
        XCTAssertEqual(desk.app.searchSelection.row, 1)
        var screen = desk.screen(80, 24)
        // "│ Nomor / nama: Siti": the cursor sits on the "i" after "S".
        let cursor = try XCTUnwrap(screen.cursor)
        XCTAssertEqual(screen[cursor.x, cursor.y].text, "i")
        XCTAssertEqual(screen[cursor.x - 1, cursor.y].text, "S")
        let chosen = desk.app.results.positions[1]
        desk.press([.enter])
        XCTAssertEqual(desk.app.meeting.attendance.record(at: chosen)?.isPresent, true, "the Siti chosen with ↓")
        XCTAssertEqual(desk.app.meeting.quorum.present, 1)

        // Typed in the middle, Delete and Ctrl-U.
        desk.type("0003", then: nil)
        desk.press([.home, .delete, .delete, .end])
        XCTAssertEqual(desk.app.input, "03")
        desk.press([.left])
        desk.type("0", then: nil)
        XCTAssertEqual(desk.app.input, "003")
        desk.press([.control("u")])
        XCTAssertEqual(desk.app.input, "3")
        XCTAssertEqual(desk.app.inputField.cursor, 0)
        desk.press([.control("a"), .character("0"), .character("0"), .character("0"), .enter])
        XCTAssertEqual(desk.app.meeting.attendance.record(at: 2)?.isPresent, true, "0003 checked in")

        // A long search line scrolls: its end and the cursor stay inside the frame.
        desk.type(String(repeating: "Siti Aminah ", count: 6) + "akhir", then: nil)
        screen = desk.screen(80, 24)
        let line = try XCTUnwrap(screen.lines.first { $0.contains("Nomor / nama:") })
        XCTAssertTrue(line.contains("Nomor / nama: …"), line)
        XCTAssertTrue(line.contains("Aminah akhir  │"), line)
        let at = try XCTUnwrap(screen.cursor)
        XCTAssertEqual(at.x, 43, "the last cell of the line inside the frame")
    }

    func testFormKeysKeepTheirMeaning() throws {
        var desk = try typingQuestion("Apa rencana")
        desk.press([.left, .left])
        XCTAssertEqual(desk.app.inputField.cursor, 9)
        desk.press([.up])
        guard case let .form(form) = desk.app.mode else { return XCTFail("the form stays open") }
        XCTAssertEqual(form.current, 1, "↑ still goes back to the previous field")
        // On the agenda without a prompt the editing keys do nothing.
        desk.press([.escape, .left, .backspace, .control("w")])
        XCTAssertEqual(desk.app.mode, .search)
        XCTAssertEqual(desk.app.input, "")
    }

    func testTheHelpListsTheEditingKeys() throws {
        for screen in [AppScreen.desk, .agenda] {
            var desk = try DeskHarness(members: DeskFixtures.members)
            if screen == .agenda { desk.press([.function(6)]) }
            desk.press([.function(1)])
            // Every page of the help at 80×24.
            var help = desk.screen(80, 24).text
            for _ in 0..<12 {
                desk.press([.pageDown])
                help += desk.screen(80, 24).text
            }
            for line in ["← / →              Geser kursor dalam teks yang diketik", "HOME / CTRL-A      Kursor ke awal teks",
                         "END / CTRL-E       Kursor ke akhir teks", "BACKSPACE / DEL    Hapus huruf sebelum / sesudah kursor",
                         "CTRL-W             Hapus kata sebelum kursor", "CTRL-U             Hapus dari awal teks sampai kursor"] {
                XCTAssertTrue(help.contains(line), "\(screen): \(line)\n\(help)")
            }
        }
        XCTAssertEqual(KeyMap.intent(for: .control("w"), on: .desk, typing: true, inputIsEmpty: false), .editText)
        XCTAssertEqual(KeyMap.intent(for: .left, on: .agenda, typing: true, inputIsEmpty: false), .editText)
    }

    func testSnapshotOfTheQuestionFormWithALongText() throws {
        let desk = try typingQuestion(Self.question)
        let screen = desk.screen(80, 24)
        assertSnapshot(screen, named: "question-long-text-80x24")
        // Styles: the field's label reversed and bold, the typed text plain.
        let cursor = try XCTUnwrap(screen.cursor)
        let labelRow = try XCTUnwrap((0..<24).first { y in (2..<24).map { screen[$0, y].text }.joined().hasPrefix("Pertanyaan/") })
        XCTAssertLessThanOrEqual(labelRow, cursor.y)
        XCTAssertEqual(screen[2, labelRow], Cell("P", style: Style(bold: true, reverse: true)))
        XCTAssertEqual(screen[2, cursor.y].style, .plain)
        XCTAssertEqual(screen[cursor.x - 1, cursor.y], Cell("?", style: .plain))
    }
}
