import TerminalUI
import XCTest

final class BigTextTests: XCTestCase {
    func testLettersAreFiveRowsOfBlocksWithAGapBetweenGlyphs() {
        var buffer = ScreenBuffer(width: 12, height: 5)
        let used = BigText("hi").draw(x: 1, y: 0, maxWidth: 11, style: .bold, on: &buffer)
        XCTAssertEqual(used, 7, "H (3) + gap + I (3)")
        XCTAssertEqual(buffer.lines, [
            " █ █ ███",
            " █ █  █",
            " ███  █",
            " █ █  █",
            " █ █ ███",
        ])
        XCTAssertEqual(buffer[1, 0].style, .bold)
        XCTAssertEqual(BigText("hi").text, "HI", "the font has capitals only")
    }

    func testDigitsAndPunctuationHaveGlyphsAndOtherCharactersAreDrawnAsTextOnTheMiddleRow() {
        XCTAssertTrue("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-'/()!?:& ".allSatisfy(BigText.hasGlyph))
        var buffer = ScreenBuffer(width: 10, height: 5)
        BigText("1é").draw(x: 0, y: 0, maxWidth: 10, on: &buffer)
        XCTAssertEqual(buffer.lines[2], " █  É", "É has no glyph: it stays readable as text")
        XCTAssertEqual(buffer.lines[4], "███")
        XCTAssertEqual(BigText("1é").width, 5)
    }

    func testDrawingStopsAtTheLastWholeGlyphThatFits() {
        var buffer = ScreenBuffer(width: 20, height: 5)
        let used = BigText("MAMA").draw(x: 0, y: 0, maxWidth: 10, on: &buffer)
        XCTAssertEqual(used, 9, "M (5) + gap + A (3); the next M would not fit")
        XCTAssertEqual(buffer.lines[0], "█   █  █")
    }

    func testLongNamesBecomeTheFirstNameAndInitials() {
        XCTAssertEqual(BigText.fitting(name: "Siti Aminah", width: 46).text, "SITI AMINAH")
        XCTAssertEqual(BigText.fitting(name: "Siti Aminah Rahayu Kusumawardani", width: 46).text, "SITI A. R. K.")
        XCTAssertEqual(BigText.fitting(name: "Siti Aminah Rahayu Kusumawardani", width: 36).text, "SITI A R K")
        XCTAssertEqual(BigText.fitting(name: "Siti Aminah Rahayu Kusumawardani", width: 26).text, "SITI")
        XCTAssertEqual(BigText.fitting(name: "Bambang Sutrisno Wibowo", width: 30).text, "BAMBANG")
        XCTAssertEqual(BigText.fitting(name: "Bambang", width: 10).text, "BA", "as much of the first name as fits")
        XCTAssertLessThanOrEqual(BigText.fitting(name: "Siti Aminah Rahayu Kusumawardani", width: 26).width, 26)
        XCTAssertEqual(BigText.fitting(name: "  ", width: 10).text, "")
    }
}
