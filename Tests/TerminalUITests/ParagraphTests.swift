import TerminalUI
import XCTest

final class ParagraphTests: XCTestCase {
    func testWrapsAtWordBoundariesWithinTheWidth() {
        let text = "Kuorum belum tercapai (hadir 2, wajib 3): tunggu lalu hitung ulang, atau tunda rapat."
        let lines = Paragraph.wrap(text, width: 20)
        XCTAssertEqual(lines, [
            "Kuorum belum", "tercapai (hadir 2,", "wajib 3): tunggu", "lalu hitung ulang,", "atau tunda rapat.",
        ])
        XCTAssertTrue(lines.allSatisfy { CellWidth.of($0) <= 20 })
        XCTAssertEqual(lines.joined(separator: " "), text, "no word lost, none cut")
    }

    func testWideCharactersCountTwoCells() {
        let lines = Paragraph.wrap("王小明 (0007) 王小明 tidak hadir", width: 10)
        XCTAssertEqual(lines, ["王小明", "(0007)", "王小明", "tidak", "hadir"])
        XCTAssertEqual(Paragraph.wrap("王小明 王", width: 9), ["王小明 王"], "6 + 1 + 2 cells")
        XCTAssertEqual(Paragraph.wrap("王小明 王", width: 8), ["王小明", "王"])
    }

    func testAWordWiderThanTheLineIsSplitNotCut() {
        XCTAssertEqual(Paragraph.wrap("a abcdefghij b", width: 4), ["a", "abcd", "efgh", "ij b"])
        // A wide character is never split across lines.
        XCTAssertEqual(Paragraph.wrap("王小明王", width: 3), ["王", "小", "明", "王"])
    }

    func testLeadingSpacesIndentEveryLineOfTheirParagraph() {
        XCTAssertEqual(Paragraph.wrap("  ⌊5/2⌋+1 = 3", width: 30), ["  ⌊5/2⌋+1 = 3"])
        XCTAssertEqual(Paragraph.wrap("Aturan:\n  satu dua tiga", width: 10), ["Aturan:", "  satu dua", "  tiga"])
    }

    func testKeepsLineBreaksAndIgnoresExtraSpaces() {
        XCTAssertEqual(Paragraph.wrap("satu  dua\n\ntiga\n", width: 20), ["satu dua", "", "tiga"])
        XCTAssertEqual(Paragraph.wrap("", width: 20), [])
        XCTAssertEqual(Paragraph.wrap("apa", width: 0), [])
    }

    func testRenderDrawsInsideTheRectWithItsStyle() {
        var buffer = ScreenBuffer(width: 12, height: 4)
        let used = Paragraph("satu dua tiga empat", style: .bold).render(in: Rect(x: 1, y: 1, width: 10, height: 3), on: &buffer)
        XCTAssertEqual(used, 2)
        XCTAssertEqual(buffer.lines, ["", " satu dua", " tiga empat", ""])
        XCTAssertEqual(buffer[1, 1].style, .bold)
        XCTAssertEqual(buffer[11, 1].style, .plain, "nothing drawn outside the rect")
    }

    func testTooLongTextShowsWhatFitsAndTheOverflowNote() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        let note = Style(color: .cyan)
        let used = Paragraph("satu dua tiga empat lima enam tujuh").render(
            in: Rect(x: 0, y: 0, width: 10, height: 3), on: &buffer, overflow: "… F12 Pesan selengkapnya", overflowStyle: note)
        XCTAssertEqual(used, 3)
        XCTAssertEqual(buffer.lines, ["satu dua", "tiga empat", "… F12 Pes…"])
        XCTAssertEqual(buffer[0, 2].style, note)
        // Without a note the rows that fit are drawn.
        var plain = ScreenBuffer(width: 10, height: 2)
        XCTAssertEqual(Paragraph("satu dua tiga empat lima").render(in: Rect(x: 0, y: 0, width: 10, height: 2), on: &plain), 2)
        XCTAssertEqual(plain.lines, ["satu dua", "tiga empat"])
        XCTAssertEqual(Paragraph("satu").height(width: 10), 1)
    }
}
