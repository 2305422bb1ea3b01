import TerminalUI
import XCTest

final class TextFieldTests: XCTestCase {
    private func field(_ text: String, cursor: Int? = nil) -> TextField { TextField(text, cursor: cursor) }

    private func typed(_ text: String, into field: TextField = TextField()) -> TextField {
        var field = field
        for ch in text { field.handle(.character(ch)) }
        return field
    }

    // MARK: Keys

    func testTypedCharactersGoInAtTheCursor() {
        var f = typed("Sti")
        XCTAssertEqual(f.cursor, 3)
        f.handle(.left)
        f.handle(.left)
        XCTAssertEqual(f.handle(.character("i")), .edited)
        XCTAssertEqual(f.text, "Siti")
        XCTAssertEqual(f.cursor, 2, "the cursor stays after the inserted character")
    }

    func testArrowsMoveOneGraphemeAndStopAtTheEnds() {
        var f = field("ab")
        XCTAssertEqual(f.handle(.right), .ignored, "already at the end")
        XCTAssertEqual(f.handle(.left), .moved)
        XCTAssertEqual(f.handle(.left), .moved)
        XCTAssertEqual(f.cursor, 0)
        XCTAssertEqual(f.handle(.left), .ignored)
        XCTAssertEqual(f.handle(.right), .moved)
        XCTAssertEqual(f.cursor, 1)
    }

    func testHomeEndAndCtrlAE() {
        var f = field("rapat anggota")
        f.handle(.home)
        XCTAssertEqual(f.cursor, 0)
        f.handle(.end)
        XCTAssertEqual(f.cursor, 13)
        f.handle(.control("a"))
        XCTAssertEqual(f.cursor, 0)
        f.handle(.control("e"))
        XCTAssertEqual(f.cursor, 13)
        XCTAssertEqual(f.text, "rapat anggota", "moving never edits")
    }

    func testBackspaceAndDelete() {
        var f = field("abcd", cursor: 2)
        XCTAssertEqual(f.handle(.backspace), .edited)
        XCTAssertEqual(f.text, "acd")
        XCTAssertEqual(f.cursor, 1)
        XCTAssertEqual(f.handle(.delete), .edited)
        XCTAssertEqual(f.text, "ad")
        XCTAssertEqual(f.cursor, 1)
        f.handle(.end)
        XCTAssertEqual(f.handle(.delete), .ignored, "nothing after the cursor")
        f.handle(.home)
        XCTAssertEqual(f.handle(.backspace), .ignored, "nothing before the cursor")
        XCTAssertEqual(f.text, "ad")
    }

    func testCtrlUDeletesToTheStart() {
        var f = field("0012 Siti", cursor: 5)
        XCTAssertEqual(f.handle(.control("u")), .edited)
        XCTAssertEqual(f.text, "Siti")
        XCTAssertEqual(f.cursor, 0)
    }

    func testCtrlWDeletesThePreviousWordAndTheSpacesAfterIt() {
        var f = field("laporan pengurus  diterima")
        XCTAssertEqual(f.handle(.control("w")), .edited)
        XCTAssertEqual(f.text, "laporan pengurus  ")
        f.handle(.control("w"))
        XCTAssertEqual(f.text, "laporan ", "trailing spaces go with the word before them")
        f = field("satu dua tiga", cursor: 8)  // after "dua"
        f.handle(.control("w"))
        XCTAssertEqual(f.text, "satu  tiga")
        XCTAssertEqual(f.cursor, 5)
        f = field("x", cursor: 0)
        XCTAssertEqual(f.handle(.control("w")), .ignored)
    }

    func testOtherKeysAreLeftToTheCaller() {
        var f = field("abc")
        for key: Key in [.enter, .escape, .up, .down, .tab, .function(2), .control("c"), .pageUp] {
            XCTAssertEqual(f.handle(key), .ignored, "\(key)")
        }
        XCTAssertEqual(f, field("abc"))
    }

    func testAssigningTextPutsTheCursorAtTheEnd() {
        var f = field("abc", cursor: 1)
        f.text = "Dinas Koperasi"
        XCTAssertEqual(f.cursor, 14)
        XCTAssertEqual(TextField("abc", cursor: 99).cursor, 3, "clamped")
    }

    // MARK: UTF-8 and wide characters

    func testGraphemesAreEditedWhole() {
        var f = field("Café 王👍🏽")
        XCTAssertEqual(f.count, 7)
        f.handle(.backspace)
        XCTAssertEqual(f.text, "Café 王", "an emoji with its skin tone is one character")
        f.handle(.left)
        f.handle(.backspace)
        XCTAssertEqual(f.text, "Café王")
        f.handle(.home)
        f.handle(.right)
        f.handle(.right)
        f.handle(.right)
        f.handle(.delete)
        XCTAssertEqual(f.text, "Caf王", "e with its accent is one character")
    }

    func testACombiningMarkTypedAfterALetterJoinsIt() {
        var f = typed("Jose")
        f.handle(.character("\u{301}"))
        XCTAssertEqual(f.text, "Jos\u{E9}")
        XCTAssertEqual(f.count, 4)
        XCTAssertEqual(f.cursor, 4)
        f.handle(.character("\u{7}"))
        XCTAssertEqual(f.count, 4, "a control character is not text")
    }

    // MARK: One line, scrolling

    func testShortTextIsDrawnWholeWithTheCursorAfterIt() {
        var buffer = ScreenBuffer(width: 12, height: 1)
        let at = field("Siti").drawLine(x: 2, y: 0, width: 10, on: &buffer)
        XCTAssertEqual(buffer.lines, ["  Siti"])
        XCTAssertEqual(at.x, 6)
        XCTAssertEqual(buffer.cursor?.x, 6)
        XCTAssertEqual(buffer.cursor?.y, 0)
    }

    func testLongTextScrollsSoTheEndAndTheCursorStayVisible() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let f = field("abcdefghijklmnop")  // 16 cells, cursor at the end
        f.drawLine(x: 0, y: 0, width: 10, on: &buffer)
        XCTAssertEqual(buffer.lines, ["…ijklmnop"], "the marker, the last 8 letters and a cell for the cursor")
        XCTAssertEqual(buffer.cursor?.x, 9)
    }

    func testMovingLeftShowsTheTextBeforeTheCursorAndMarksTheRest() {
        var f = field("abcdefghijklmnop")
        f.handle(.home)
        var buffer = ScreenBuffer(width: 10, height: 1)
        f.drawLine(x: 0, y: 0, width: 10, on: &buffer)
        XCTAssertEqual(buffer.lines, ["abcdefghi…"])
        XCTAssertEqual(buffer.cursor?.x, 0)
        for _ in 0..<12 { f.handle(.right) }  // before "m"
        buffer = ScreenBuffer(width: 10, height: 1)
        f.drawLine(x: 0, y: 0, width: 10, on: &buffer)
        XCTAssertEqual(buffer.lines, ["…fghijklm…"])
        XCTAssertEqual(buffer[buffer.cursor!.x, 0].text, "m", "the cursor is on the character after it")
    }

    func testWideCharactersScrollByCellsAndAreNeverSplit() {
        let f = field("王小明王小明")  // 12 cells
        var buffer = ScreenBuffer(width: 8, height: 1)
        f.drawLine(x: 0, y: 0, width: 8, on: &buffer)
        // "…" + three wide characters = 7 cells, the eighth is the cursor's.
        XCTAssertEqual(buffer.lines, ["…王小明"])
        XCTAssertEqual(buffer.cursor?.x, 7)
        var g = f
        g.handle(.home)
        g.handle(.right)
        buffer = ScreenBuffer(width: 8, height: 1)
        g.drawLine(x: 0, y: 0, width: 8, on: &buffer)
        XCTAssertEqual(buffer.lines, ["王小明 …"], "a wide character that does not fit leaves a blank, not half of it")
        XCTAssertEqual(buffer.cursor?.x, 2)
        XCTAssertEqual(buffer[2, 0].text, "小")
    }

    func testTheLineViewIsDrawnWithItsStyles() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        let typing = Style(color: .yellow, bold: true)
        field("0012 Siti Aminah").drawLine(x: 0, y: 0, width: 8, style: typing, markerStyle: Style(color: .cyan), on: &buffer)
        XCTAssertEqual(buffer.lines, ["…Aminah"])
        XCTAssertEqual(buffer[0, 0], Cell("…", style: Style(color: .cyan)))
        for x in 1..<7 { XCTAssertEqual(buffer[x, 0].style, typing, "cell \(x)") }
        XCTAssertEqual(buffer[1, 0], Cell("A", style: typing))
        XCTAssertEqual(buffer[7, 0], Cell.blank, "the cursor's cell is left blank")
        XCTAssertEqual(buffer.cursor?.x, 7)
    }

    // MARK: Wrapped

    func testWrapsAtWordsAndPutsTheCursorAtTheEnd() {
        let f = field("Laporan pengurus diterima dengan catatan")
        XCTAssertEqual(f.wrappedLines(width: 12).map { String(f.text.dropFirst($0.lowerBound).prefix($0.count)) },
                       ["Laporan ", "pengurus ", "diterima ", "dengan ", "catatan"])
        var buffer = ScreenBuffer(width: 12, height: 5)
        f.drawWrapped(in: Rect(x: 0, y: 0, width: 12, height: 5), on: &buffer)
        XCTAssertEqual(buffer.lines, ["Laporan", "pengurus", "diterima", "dengan", "catatan"])
        XCTAssertEqual(buffer.cursor?.x, 7)
        XCTAssertEqual(buffer.cursor?.y, 4)
    }

    func testAWordLongerThanTheLineIsCutAndAFullLastLineLeavesRoomForTheCursor() {
        let f = field("abcdefghij")
        XCTAssertEqual(f.wrappedLines(width: 5), [0..<5, 5..<10, 10..<10])
        XCTAssertEqual(f.lineCount(width: 5), 3)
        XCTAssertEqual(f.wrappedCursor(width: 5).line, 2)
        XCTAssertEqual(f.wrappedCursor(width: 5).column, 0)
    }

    func testTheFirstLineLeavesRoomForAPrompt() {
        let f = field("satu dua tiga empat")
        var buffer = ScreenBuffer(width: 14, height: 3)
        buffer.put("Catatan: ", x: 0, y: 0)
        f.drawWrapped(in: Rect(x: 0, y: 0, width: 14, height: 3), firstIndent: 9, on: &buffer)
        XCTAssertEqual(buffer.lines, ["Catatan: satu", "dua tiga empat", ""])
        XCTAssertEqual(buffer.cursor?.x, 0, "the full second line leaves the cursor at the start of the third")
        XCTAssertEqual(buffer.cursor?.y, 2)
    }

    func testWideCharactersWrapByCells() {
        let f = field("王小明 王小明")
        XCTAssertEqual(f.wrappedLines(width: 7), [0..<4, 4..<7])
        var g = f
        g.handle(.home)
        g.handle(.right)
        XCTAssertEqual(g.wrappedCursor(width: 7).column, 2, "after one wide character")
    }

    func testTheViewFollowsTheCursorAndMarksHiddenLines() {
        var f = field("satu dua tiga empat lima enam tujuh")
        var buffer = ScreenBuffer(width: 6, height: 2)
        f.drawWrapped(in: Rect(x: 0, y: 0, width: 6, height: 2), on: &buffer)
        // Lines: "satu ", "dua ", "tiga ", "empat ", "lima ", "enam ", "tujuh": the last two show.
        XCTAssertEqual(buffer.lines, ["enam …", "tujuh"])
        XCTAssertEqual(buffer[5, 0].style, Style(color: .cyan))
        XCTAssertEqual(buffer.cursor?.y, 1)
        XCTAssertEqual(buffer.cursor?.x, 5)
        f.handle(.home)
        buffer = ScreenBuffer(width: 6, height: 2)
        f.drawWrapped(in: Rect(x: 0, y: 0, width: 6, height: 2), on: &buffer)
        XCTAssertEqual(buffer.lines, ["satu", "dua  …"])
        XCTAssertEqual(buffer.cursor?.y, 0)
        XCTAssertEqual(buffer.cursor?.x, 0)
    }

    func testWrappedBufferCharactersAndStyles() {
        var buffer = ScreenBuffer(width: 10, height: 3)
        let typing = Style(bold: true)
        let f = field("Rapat 👍 ok")
        f.drawWrapped(in: Rect(x: 1, y: 1, width: 8, height: 2), style: typing, on: &buffer)
        // "Rapat 👍" would fill the 8 cells, but the space after it does not fit: the line breaks after "Rapat ".
        XCTAssertEqual(buffer.lines, ["", " Rapat", " 👍 ok"])
        XCTAssertEqual(buffer[1, 1], Cell("R", style: typing))
        XCTAssertEqual(buffer[6, 1], Cell(" ", style: typing), "the space kept at the end of the line")
        XCTAssertEqual(buffer[1, 2], Cell("👍", style: typing))
        XCTAssertEqual(buffer[2, 2].text, "", "the emoji's second cell is a continuation")
        XCTAssertEqual(buffer[4, 2], Cell("o", style: typing))
        XCTAssertEqual(buffer[0, 1], Cell.blank, "nothing is drawn outside the rect")
        XCTAssertEqual(buffer[9, 2], Cell.blank)
        XCTAssertEqual(buffer.cursor?.x, 6)
        XCTAssertEqual(buffer.cursor?.y, 2)
    }
}
