import RapatDocuments
import XCTest

/// The Markdown render read back as blocks for the PDF and DOCX writers.
final class PrintLayoutTests: XCTestCase {
    func testMarksTablesListsAndGroupsAreReadBack() {
        let layout = PrintLayout.parse(markdown: """
            <!-- rapat: mendatar -->
            # JUDUL

            ## I. Bagian

            1. Satu
               Catatan: lanjutan.
              - Anak
            2. Dua

            <!-- rapat: tinggi-baris 8 -->
            | No. | Nama | Tanda tangan |
            |--:|------|---|
            | 1 | Budi \\| Santoso |  |

            <!-- rapat: halaman-baru -->
            <!-- rapat: tengah -->
            Demikian **berita acara** ini.

            <!-- rapat: tanda-tangan -->
            | Ketua | Sekretaris |
            |---|---|
            | <br>( A ) | <br>( B ) |
            <!-- rapat: /tanda-tangan -->
            <!-- rapat: bagan tangga "H(t)" kuorum=67 0;08.00;0 900;08.15;12 -->

            """)
        XCTAssertTrue(layout.landscape)
        guard layout.blocks.count == 8 else { return XCTFail("\(layout.blocks)") }
        XCTAssertEqual(layout.blocks[0], .title("JUDUL"))
        XCTAssertEqual(layout.blocks[1], .heading(level: 2, text: "I. Bagian"))
        guard case let .list(items) = layout.blocks[2] else { return XCTFail("\(layout.blocks[2])") }
        XCTAssertEqual(items.map(\.marker), ["1.", "•", "2."])
        XCTAssertEqual(items.map(\.level), [0, 1, 0])
        XCTAssertEqual(items[0].continuation, ["Catatan: lanjutan."])
        guard case let .table(table) = layout.blocks[3] else { return XCTFail("\(layout.blocks[3])") }
        XCTAssertEqual(table.header, ["No.", "Nama", "Tanda tangan"])
        XCTAssertEqual(table.alignments, [.right, .left, .left])
        XCTAssertEqual(table.widths, [2.0 / 11, 6.0 / 11, 3.0 / 11])
        XCTAssertEqual(table.rows, [["1", "Budi \\| Santoso", ""]])
        XCTAssertEqual(PrintLayout.plain(table.rows[0][1]), "Budi | Santoso")
        XCTAssertEqual(table.minimumRowHeight, 8)
        XCTAssertFalse(table.borderless)
        XCTAssertEqual(layout.blocks[4], .pageBreak)
        XCTAssertEqual(layout.blocks[5], .paragraph("Demikian **berita acara** ini.", centred: true))
        guard case let .keepTogether(group) = layout.blocks[6], case let .table(signatures) = group.first else {
            return XCTFail("\(layout.blocks[6])")
        }
        XCTAssertTrue(signatures.borderless)
        XCTAssertNil(signatures.widths)
        XCTAssertEqual(PrintLayout.spans(signatures.rows[0][0]).map(\.text), ["\n( A )"])
        guard case let .chart(chart) = layout.blocks[7] else { return XCTFail("\(layout.blocks[7])") }
        XCTAssertEqual(chart.kind, .steps)
        XCTAssertEqual(chart.quorum, 67)
        XCTAssertEqual(chart.points.map(\.label), ["08.00", "08.15"])
    }

    func testSpansSplitBoldAndCode() {
        XCTAssertEqual(PrintLayout.spans("a **b** `c*d` \\*").map { "\($0.text)|\($0.bold)|\($0.code)" },
                       ["a |false|false", "b|true|false", " |false|false", "c*d|false|true", " *|false|false"])
    }
}
