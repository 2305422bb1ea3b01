import TerminalUI
import XCTest

final class ScreenBufferTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndAreClippedWhole() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        let used = buffer.put("王小明x", x: 0, y: 0)
        XCTAssertEqual(used, 6)
        XCTAssertEqual(buffer.lines, ["王小明"])
        var narrow = ScreenBuffer(width: 5, height: 1)
        narrow.put("王小明", x: 0, y: 0)
        XCTAssertEqual(narrow.lines, ["王小"], "a wide character that does not fit is not split")
    }

    func testWidthAndTruncationCountCellsNotCharacters() {
        XCTAssertEqual(CellWidth.of("Siti"), 4)
        XCTAssertEqual(CellWidth.of("王"), 2)
        XCTAssertEqual(CellWidth.of("e\u{301}"), 1, "combining accent adds no width")
        XCTAssertEqual(CellWidth.truncate("Kelompok Tani Sumber Rejeki", to: 10), "Kelompok …")
        XCTAssertEqual(CellWidth.pad("12", to: 5, alignRight: true), "   12")
        XCTAssertEqual(CellWidth.pad("王小明", to: 5), "王小…")
    }

    func testDrawingOutsideTheBufferIsClippedSilently() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        buffer.put("abcdef", x: -2, y: 0)
        buffer.put("zz", x: 3, y: 1)
        buffer.put("never", x: 0, y: 5)
        buffer.frame(Rect(x: 0, y: 0, width: 10, height: 10))
        XCTAssertEqual(buffer.lines.count, 2)
        XCTAssertEqual(buffer.lines[1].count, 4)
        XCTAssertEqual(ScreenBuffer(width: 0, height: 0).lines, [])
    }

    func testFrameDrawsTitleAndBorders() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        buffer.frame(Rect(x: 0, y: 0, width: 12, height: 3), title: "Kuorum")
        XCTAssertEqual(buffer.lines, ["┌ Kuorum ──┐", "│          │", "└──────────┘"])
    }
}
