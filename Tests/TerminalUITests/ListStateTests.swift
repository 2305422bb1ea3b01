import TerminalUI
import XCTest

final class ListStateTests: XCTestCase {
    func testMovingClampsToTheListAndScrollsTheSelectionIntoView() {
        var state = ListState()
        state.move(by: -1, count: 10)
        XCTAssertEqual(state.selected, 0)
        state.move(by: 4, count: 10)
        state.clamp(count: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 4)
        XCTAssertEqual(state.offset, 2, "the selection sits on the last visible row")
        state.move(by: -1, count: 10)
        state.clamp(count: 10, visibleRows: 3)
        XCTAssertEqual(state.offset, 2, "moving up inside the view does not scroll")
        state.move(by: -3, count: 10)
        state.clamp(count: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 0)
        XCTAssertEqual(state.offset, 0)
        state.move(by: 100, count: 10)
        state.clamp(count: 10, visibleRows: 3)
        XCTAssertEqual(state.selected, 9)
        XCTAssertEqual(state.offset, 7)
    }

    func testShrinkingTheListKeepsTheSelectionInsideAndNoEmptyRowsBelow() {
        var state = ListState()
        state.move(by: 50, count: 100)
        state.clamp(count: 100, visibleRows: 10)
        XCTAssertEqual(state.offset, 41)
        state.clamp(count: 5, visibleRows: 10)
        XCTAssertEqual(state.selected, 4)
        XCTAssertEqual(state.offset, 0)
        state.clamp(count: 0, visibleRows: 10)
        XCTAssertEqual(state.selected, 0)
        XCTAssertEqual(state.offset, 0)
    }

    func testTheViewDrawsTheVisibleRowsWithTheSelectionReversed() {
        var buffer = ScreenBuffer(width: 12, height: 4)
        var state = ListState()
        state.move(by: 5, count: 8)
        let drawn = ListView.draw(count: 8, state: state, in: Rect(x: 1, y: 1, width: 10, height: 3), on: &buffer) { index, _ in
            ("row \(index)", .plain)
        }
        XCTAssertEqual(drawn.offset, 3)
        XCTAssertEqual(buffer.lines, ["", " row 3", " row 4", " row 5"])
        XCTAssertTrue(buffer[1, 3].style.reverse, "the selected row is reversed")
        XCTAssertTrue(buffer[10, 3].style.reverse, "to the end of the row")
        XCTAssertFalse(buffer[1, 2].style.reverse)
    }

    func testAnEmptyListDrawsNothing() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        ListView.draw(count: 0, state: ListState(), in: Rect(x: 0, y: 0, width: 5, height: 2), on: &buffer) { _, _ in
            XCTFail("no row to draw")
            return ("", .plain)
        }
        XCTAssertEqual(buffer.lines, ["", ""])
    }
}
