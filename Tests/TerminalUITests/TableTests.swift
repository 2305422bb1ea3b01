import TerminalUI
import XCTest

final class TableTests: XCTestCase {
    private let table = Table([
        Table.Column("No", .fixed(4)),
        Table.Column("Nama", .fill(2)),
        Table.Column("Unit", .fill(1), hiddenBelow: 30),
        Table.Column("Jumlah", .fixed(6), alignment: .right),
    ])

    func testFixedColumnsFirstThenFillByWeightSpanningTheWidthExactly() {
        let widths = table.widths(for: 40)
        XCTAssertEqual(widths[0], 4)
        XCTAssertEqual(widths[3], 6)
        XCTAssertEqual(widths.reduce(0, +) + 3, 40, "cells plus three gaps fill the row")
        XCTAssertGreaterThan(widths[1], widths[2], "weight 2 over weight 1")
        XCTAssertEqual(CellWidth.of(table.line(["0001", "Siti Aminah", "Toko", "12"], widths: widths)), 40)
    }

    func testANarrowTableDropsTheOptionalColumnNotTheEnds() {
        let widths = table.widths(for: 24)
        XCTAssertEqual(widths[2], 0)
        let line = table.line(["0001", "Siti Aminah Wulandari", "Unit Simpan Pinjam", "123"], widths: widths)
        XCTAssertEqual(CellWidth.of(line), 24)
        XCTAssertTrue(line.hasSuffix("   123"), "right-aligned numbers keep their last digit: \(line)")
        XCTAssertFalse(line.contains("Unit"))
    }

    func testWideCharactersArePaddedByCells() {
        let widths = table.widths(for: 40)
        let line = table.line(["0002", "李小龍", "Toko", "7"], widths: widths)
        XCTAssertEqual(CellWidth.of(line), 40)
    }

    func testDrawShowsTheHeaderAndReversesTheSelectedRowWithItsStyle() {
        var buffer = ScreenBuffer(width: 40, height: 4)
        var state = ListState()
        state.move(by: 1, count: 5)
        let drawn = table.draw(count: 5, state: state, in: Rect(x: 0, y: 0, width: 40, height: 4), on: &buffer) { index in
            (["000\(index + 1)", "Anggota \(index + 1)", "Toko", "\(index)"], index == 0 ? Style(color: .green) : .plain)
        }
        let lines = buffer.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("No   Nama"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("0001 Anggota 1"))
        XCTAssertEqual(drawn.selected, 1)
        XCTAssertEqual(buffer[0, 0].style.bold, true, "the header is bold")
        XCTAssertEqual(buffer[0, 1].style.color, .green, "a row keeps its style")
        XCTAssertEqual(buffer[0, 2].style.reverse, true, "the selected row is reversed")
        XCTAssertEqual(buffer[0, 3].style.reverse, false)
    }
}
