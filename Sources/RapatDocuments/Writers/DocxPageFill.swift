import Foundation

/// A rough running estimate of how much of the current page the DOCX body has filled, in twips. Only long tables
/// use it: LibreOffice's DOCX import slows down with the square of a table's rows (a 9,000-row daftar hadir took
/// over 15 minutes as one table, 1,000 rows 10 s of CPU, 2,000 rows 3.5 times that), so a long table is written as
/// one table per page, each with its header row, cut where the estimate says the page is ~92 % full and followed
/// by a page break. Should a page hold less than estimated, the header row still repeats on the next page and no
/// row splits (`w:tblHeader`, `w:cantSplit`); only the page fill changes.
struct DocxPageFill {
    let textHeight: Int
    private(set) var used = 0

    init(page: DocxPage) { textHeight = page.height - DocxPage.top - DocxPage.bottom }

    /// Advances by `height`, wrapping onto the next page.
    mutating func add(_ height: Int) {
        used += height
        if used > textHeight { used %= textHeight }
    }

    mutating func newPage() { used = 0 }

    /// What is left of the page, with 8 % held back for the estimate's error.
    var room: Int { textHeight * 92 / 100 - used }

    /// The number of lines `text` takes in `width` twips at `charWidth` twips a character (proportional fonts:
    /// an average, generous for capitals), wrapped word by word as the word processor does.
    static func lines(_ text: String, width: Int, charWidth: Int) -> Int {
        let capacity = max(1, width / max(1, charWidth))
        var lines = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var count = 1, used = 0
            for word in line.split(separator: " ") {
                let length = word.count
                if used > 0, used + 1 + length > capacity {
                    count += 1
                    used = 0
                }
                if length > capacity {
                    count += (used + length - 1) / capacity
                    used = (used + length - 1) % capacity + 1
                } else {
                    used += (used > 0 ? 1 : 0) + length
                }
            }
            lines += count
        }
        return max(1, lines)
    }

    /// A body paragraph of 11 pt text with its spacing.
    mutating func paragraph(_ text: String, width: Int, lineHeight: Int = 290, after: Int = 120) {
        add(Self.lines(text, width: width, charWidth: 125) * lineHeight + after)
    }

    /// A table row of 9 pt cells: its tallest cell, at least `minimum`.
    static func row(_ cells: [String], widths: [Int], minimum: Int, bold: Bool) -> Int {
        var tallest = 1
        for (index, cell) in cells.enumerated() where index < widths.count {
            tallest = max(tallest, lines(cell, width: widths[index] - 114, charWidth: bold ? 115 : 98))
        }
        return max(minimum, tallest * 210 + 50)
    }
}
