import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// `nama_besar`: the last arrival's name in block letters in the desk's free area, at 80×24 and elsewhere.
final class DeskBigNameTests: XCTestCase {
    private func desk(bigName: Bool) throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members + [
            Fixtures.member("0006", "Siti Aminah Rahayu Kusumawardani", .female, unit: "Unit Toko"),
        ])
        desk.app.bigName = bigName
        return desk
    }

    func testTheLastCheckedInNameIsDrawnInBlockLettersAt80x24() throws {
        var desk = try desk(bigName: true)
        desk.type("0003")
        let screen = desk.screen(80, 24)
        assertSnapshot(screen, named: "desk-big-name-80x24")
        assertSnapshot(desk.screen(120, 40), named: "desk-big-name-120x40")
        assertSnapshot(desk.screen(60, 20), named: "desk-big-name-60x20")
        // "YOHANES LAKE" in blocks: the top row of Y, O, H begins the area below the message.
        let rows = screen.lines.filter { $0.contains("█") }
        XCTAssertEqual(rows.count, BigText.rows, screen.text)
        XCTAssertTrue(screen.text.contains("Catatan terakhir:"), "the recent log stays below")
        XCTAssertTrue(screen.text.contains("Yohanes Lake (0003)"), screen.text)
        let styled = (0..<80).map { screen[$0, rows.isEmpty ? 0 : screen.lines.firstIndex(of: rows[0])!] }.filter { $0.text == "█" }
        XCTAssertTrue(styled.allSatisfy { $0.style == Style(color: .green, bold: true) })
    }

    func testALongNameBecomesTheFirstNameAndInitialsAndANewArrivalReplacesIt() throws {
        var desk = try desk(bigName: true)
        desk.type("0006")
        // At 80×24 the desk's text area is 42 cells wide, from column 2.
        func assertBig(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
            let screen = desk.screen(80, 24)
            let top = try XCTUnwrap(screen.lines.firstIndex { $0.contains("█") }, screen.text, file: file, line: line)
            var expected = ScreenBuffer(width: 80, height: 24)
            BigText(text).draw(x: 2, y: top, maxWidth: 42, on: &expected)
            for y in top..<top + BigText.rows {
                XCTAssertEqual((2..<44).map { screen[$0, y].text }.joined(), (2..<44).map { expected[$0, y].text }.joined(),
                               "row \(y)", file: file, line: line)
            }
        }
        XCTAssertEqual(BigText.fitting(name: "Siti Aminah Rahayu Kusumawardani", width: 42).text, "SITI A. R. K.")
        try assertBig("SITI A. R. K.")
        desk.type("0004")
        XCTAssertEqual(BigText.fitting(name: "Made Ayu", width: 42).text, "MADE AYU")
        try assertBig("MADE AYU")
    }

    func testOffByDefaultAndHiddenWhileSearching() throws {
        var off = try desk(bigName: false)
        off.type("0003")
        XCTAssertFalse(off.screen().text.contains("█"))
        var on = try desk(bigName: true)
        on.type("0003")
        on.type("Siti", then: nil)
        XCTAssertFalse(on.screen().text.contains("█"), "the search results need the room")
        XCTAssertTrue(on.screen(120, 40).text.contains("cocok"))
    }

    func testNoRoomNoBigNameAtSmallSizes() throws {
        var desk = try desk(bigName: true)
        desk.type("0003")
        let small = desk.screen(60, 12)
        XCTAssertFalse(small.text.contains("█"), small.text)
        XCTAssertTrue(desk.screen(120, 40).text.contains("█"))
    }
}
