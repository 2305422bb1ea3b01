import Foundation
import RapatCore
import TextLayout

/// The A4 page of a DOCX, in twips (1/1440 inch): portrait or landscape, with the text width tables are fitted to.
struct DocxPage: Equatable {
    var landscape: Bool
    static let short = 11906, long = 16838
    static let top = 1134, bottom = 1247, left = 1247, right = 1021
    var width: Int { landscape ? Self.long : Self.short }
    var height: Int { landscape ? Self.short : Self.long }
    var textWidth: Int { width - Self.left - Self.right }

    static func twips(millimetres: Double) -> Int { Int((millimetres * 1440 / 25.4).rounded()) }
}

/// The `w:num` instances the body's lists use, for `numbering.xml`: numId 1 is the shared bullet list; each ordered
/// run of numbers gets its own instance starting at its first number, so Word shows the numbers the template wrote.
struct DocxNumbering {
    static let bulletId = 1
    /// numId (from 2) → (level, first number) of an ordered instance.
    var ordered: [(level: Int, start: Int)] = []
}

/// `word/document.xml` of a laid-out document. Built by appending into one string that starts with the document's
/// head and is closed by `finished()`: a 12.000-row SHU list is ~35 MB of XML, so no intermediate trees and no
/// second copy of the body.
struct DocxBody {
    let page: DocxPage
    private(set) var xml = ""
    private(set) var numbering = DocxNumbering()
    private var fill: DocxPageFill

    init(page: DocxPage, expectedBytes: Int = 1 << 16) {
        self.page = page
        fill = DocxPageFill(page: page)
        // Reserved once, generously: a large reservation is mapped, not touched, so unused room costs no memory,
        // while growing by doubling would copy 16 MB into 32 MB on the way to a long table's 19 MB.
        xml.reserveCapacity(expectedBytes)
        xml += DocxParts.documentHead
    }

    /// A generous bound on the XML of `blocks`: about 260 bytes per table cell (its properties and runs) and eight per
    /// character of text.
    static func expectedBytes(_ blocks: [PrintLayout.Block]) -> Int {
        blocks.reduce(1 << 16) { total, block in
            switch block {
            case let .table(table): total + (table.rows.count + 1) * table.header.count * 260
                + table.rows.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } } * 8
            case let .keepTogether(inner): total + expectedBytes(inner)
            case let .title(text), let .heading(_, text), let .paragraph(text, _): total + 400 + text.utf8.count * 8
            case let .list(items): total + items.count * 600
            case .pageBreak, .chart: total + 4_096
            }
        }
    }

    /// The whole `word/document.xml`: the body so far and the section that closes it.
    /// The body is left empty, so the caller holds the only reference (closing it did not copy 19 MB).
    mutating func finished() -> String {
        xml += DocxParts.documentTail(page: page)
        defer { xml = "" }
        return xml
    }

    /// How a paragraph is kept: inside a `satukan`/`tanda-tangan` group every paragraph keeps its lines together and
    /// stays with the next, except the group's very last one.
    struct Keep {
        var lines = false
        var next = false
        static let none = Keep()
        static let together = Keep(lines: true, next: true)
        var properties: String { (next ? "<w:keepNext/>" : "") + (lines ? "<w:keepLines/>" : "") }
    }

    mutating func append(_ blocks: [PrintLayout.Block], keep: Keep = .none, lastKeep: Keep = .none) {
        for (index, block) in blocks.enumerated() {
            append(block, keep: index == blocks.count - 1 ? lastKeep : keep, lastKeep: lastKeep)
        }
    }

    mutating func append(_ block: PrintLayout.Block, keep: Keep, lastKeep: Keep) {
        switch block {
        case .title(let text):
            paragraph(text, style: "Title", keep: Keep(lines: keep.lines, next: true), alignment: .center)
            fill.paragraph(PrintLayout.plain(text), width: page.textWidth * 7 / 10, lineHeight: 330, after: 240)
        case .heading(let level, let text):
            paragraph(text, style: "Heading\(min(3, max(2, level)))", keep: Keep(lines: keep.lines, next: true))
            fill.paragraph(PrintLayout.plain(text), width: page.textWidth * 8 / 10, after: 360)
        case .paragraph(let text, let centred):
            paragraph(text, keep: keep, alignment: centred ? .center : nil)
            fill.paragraph(PrintLayout.plain(text), width: page.textWidth)
        case .list(let items):
            list(items, keep: keep)
        case .table(let table):
            self.table(table, keep: keep)
        case .keepTogether(let blocks):
            // The group's last paragraph keeps its lines and, if the group itself is kept with what follows, the next.
            append(blocks, keep: .together, lastKeep: Keep(lines: true, next: keep.next))
        case .pageBreak:
            xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            fill.newPage()
        case .chart(let chart):
            self.chart(chart, keep: keep)
        }
    }

    // MARK: Paragraphs

    mutating func paragraph(_ text: String, style: String? = nil, keep: Keep = .none, numbering: (id: Int, level: Int)? = nil,
                            indent: Int? = nil, alignment: PrintLayout.Alignment? = nil) {
        xml += "<w:p>"
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        properties += keep.properties
        if let numbering {
            properties += "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        if let indent { properties += "<w:ind w:left=\"\(indent)\"/>" }
        if let alignment { properties += Self.justification(alignment) }
        if !properties.isEmpty { xml += "<w:pPr>" + properties + "</w:pPr>" }
        runs(text)
        xml += "</w:p>"
    }

    static func justification(_ alignment: PrintLayout.Alignment) -> String {
        switch alignment {
        case .left: return ""
        case .right: return "<w:jc w:val=\"right\"/>"
        case .center: return "<w:jc w:val=\"center\"/>"
        }
    }

    /// The runs of inline Markdown (`PrintLayout.spans`), "\n" as a line break; `bold` makes every run bold.
    mutating func runs(_ text: String, bold: Bool = false) {
        for span in PrintLayout.spans(text) {
            var properties = ""
            if span.code { properties += "<w:rStyle w:val=\"Kode\"/>" }
            if span.bold || bold { properties += "<w:b/>" }
            let open = properties.isEmpty ? "<w:r>" : "<w:r><w:rPr>" + properties + "</w:rPr>"
            var first = true
            for line in span.text.split(separator: "\n", omittingEmptySubsequences: false) {
                xml += open
                if !first { xml += "<w:br/>" }
                first = false
                if !line.isEmpty { xml += "<w:t xml:space=\"preserve\">" + Markup.escape(String(line)) + "</w:t>" }
                xml += "</w:r>"
            }
        }
    }

    // MARK: Lists

    static func indent(level: Int) -> Int { 425 * (level + 1) }

    /// Real Word lists: bullets on the shared instance, ordered items on an instance that starts at the item's own
    /// number whenever the template's numbering does not simply count on (decision numbers may skip).
    mutating func list(_ items: [PrintLayout.ListItem], keep: Keep) {
        var current: Int?
        var expected: [Int] = [1, 1, 1, 1]
        for (index, item) in items.enumerated() {
            let level = min(3, max(0, item.level))
            let last = index == items.count - 1
            // Inside a group (`keep.lines`) every item but the last stays with the next.
            let itemKeep = last ? keep : Keep(lines: keep.lines, next: keep.lines || keep.next)
            let id: Int
            if item.ordered {
                let number = Int(item.marker.dropLast()) ?? expected[level]
                if current == nil || number != expected[level] {
                    numbering.ordered.append((level, number))
                    current = DocxNumbering.bulletId + numbering.ordered.count
                    expected = [1, 1, 1, 1]
                }
                expected[level] = number + 1
                for deeper in (level + 1)..<4 { expected[deeper] = 1 }
                id = current ?? DocxNumbering.bulletId
            } else {
                id = DocxNumbering.bulletId
            }
            fill.paragraph(PrintLayout.plain(item.text), width: page.textWidth - Self.indent(level: level), after: 60)
            paragraph(item.text, style: "Daftar", keep: item.continuation.isEmpty ? itemKeep : Keep(lines: keep.lines, next: true),
                      numbering: (id, level))
            for (line, text) in item.continuation.enumerated() {
                fill.paragraph(PrintLayout.plain(text), width: page.textWidth - Self.indent(level: level), after: 60)
                let tail = line == item.continuation.count - 1
                paragraph(text, style: "Daftar", keep: tail ? itemKeep : Keep(lines: keep.lines, next: true),
                          indent: Self.indent(level: level))
            }
        }
    }

    // MARK: Tables

    /// Column widths in twips from the table's fractions, summing exactly to the text width.
    static func columnWidths(_ fractions: [Double], total: Int) -> [Int] {
        guard !fractions.isEmpty else { return [] }
        var widths = fractions.map { Int(($0 * Double(total)).rounded(.down)) }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// `resolvedWidths` × the text width, widened where a column would break its longest word (a member number,
    /// a time, an amount: up to 16 characters) and taken back from the columns with room to spare.
    static func columnWidths(_ table: PrintLayout.Table, total: Int) -> [Int] {
        var widths = columnWidths(table.resolvedWidths, total: total)
        var longest = Array(repeating: 0, count: widths.count)
        for (number, row) in ([table.header] + table.rows.prefix(300)).enumerated() {
            for (column, cell) in row.enumerated() where column < widths.count {
                let word = PrintLayout.plain(cell).split { $0 == " " || $0 == "\n" }.map(\.count).max() ?? 0
                longest[column] = max(longest[column], min(16, word) * (number == 0 ? 135 : 110))
            }
        }
        let minimum = longest.map { $0 + 114 + 30 }
        let short = widths.indices.filter { widths[$0] < minimum[$0] }
        let needed = short.reduce(0) { $0 + minimum[$1] - widths[$1] }
        let spare = widths.indices.filter { !short.contains($0) }.reduce(0) { $0 + max(0, widths[$1] - minimum[$1]) }
        guard needed > 0, spare > 0 else { return widths }
        // When the words do not all fit, each short column gets the same share of what there is.
        let given = min(needed, spare)
        for column in widths.indices {
            if short.contains(column) {
                widths[column] += (minimum[column] - widths[column]) * given / needed
            } else {
                widths[column] -= max(0, widths[column] - minimum[column]) * given / spare
            }
        }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// Tables longer than this many rows are written one table per estimated page (see `DocxPageFill`).
    static let longTable = 300

    mutating func table(_ table: PrintLayout.Table, keep: Keep) {
        let columns = table.header.count
        guard columns > 0 else { return }
        let widths = Self.columnWidths(table, total: page.textWidth)
        let border = table.borderless ? "w:val=\"nil\"" : "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        var start = "<w:tbl><w:tblPr><w:tblW w:w=\"\(page.textWidth)\" w:type=\"dxa\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { start += "<w:\(side) \(border)/>" }
        start += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>"
        for width in widths { start += "<w:gridCol w:w=\"\(width)\"/>" }
        start += "</w:tblGrid>"
        let cells = widths.enumerated().map { column, width in
            (open: "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Sel\"/>",
             justification: Self.justification(column < table.alignments.count ? table.alignments[column] : .left))
        }
        let minimum = table.minimumRowHeight > 0 ? DocxPage.twips(millimetres: table.minimumRowHeight) : 0
        let height = minimum > 0 ? "<w:trHeight w:val=\"\(minimum)\" w:hRule=\"atLeast\"/>" : ""
        // A signature block's first row is its first line of names, not a header to repeat or to set in bold.
        let hasHeader = !table.borderless
        let spacer = "<w:p><w:pPr><w:pStyle w:val=\"SesudahTabel\"/>" + (keep.next ? "<w:keepNext/>" : "") + "</w:pPr></w:p>"

        func row(_ cellTexts: [String], header: Bool, keep rowKeep: Keep) {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : height) + "</w:trPr>"
            for column in 0..<columns {
                xml += cells[column].open + rowKeep.properties + cells[column].justification + "</w:pPr>"
                if column < cellTexts.count { runs(cellTexts[column], bold: header) }
                xml += "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }

        guard hasHeader, table.rows.count > Self.longTable, !keep.lines else {
            let rows = [table.header] + table.rows
            xml += start
            for (index, cellTexts) in rows.enumerated() {
                let header = index == 0 && hasHeader
                // Inside a group (`keep.lines`) every row but the last stays with the next.
                let rowKeep = index == rows.count - 1 ? keep : Keep(lines: keep.lines, next: keep.lines || keep.next || header)
                row(cellTexts, header: header, keep: rowKeep)
                fill.add(DocxPageFill.row(cellTexts.map(PrintLayout.plain), widths: widths, minimum: header ? 0 : minimum, bold: header))
            }
            // Word needs a paragraph between two tables, or it joins them into one.
            xml += "</w:tbl>" + spacer
            fill.add(140)
            return
        }
        // A long table: one table per page, each with its header row, then a page break.
        let headerHeight = DocxPageFill.row(table.header.map(PrintLayout.plain), widths: widths, minimum: 0, bold: true)
        // The next page's table starts after a hairline paragraph that begins a page: unlike a page-break run, it
        // adds no empty page when the table before it filled its page to the last line.
        let pageBreak = "<w:p><w:pPr><w:pStyle w:val=\"Pemisah\"/><w:pageBreakBefore/></w:pPr></w:p>"
        if fill.room - headerHeight < 3 * max(minimum, 300) {
            xml += pageBreak
            fill.newPage()
        }
        var index = 0
        while index < table.rows.count {
            xml += start
            row(table.header, header: true, keep: Keep(lines: false, next: true))
            var room = fill.room - headerHeight
            var first = true
            while index < table.rows.count {
                let rowHeight = DocxPageFill.row(table.rows[index].map(PrintLayout.plain), widths: widths, minimum: minimum, bold: false)
                if !first && rowHeight > room { break }
                room -= rowHeight
                first = false
                row(table.rows[index], header: false, keep: index == table.rows.count - 1 ? keep : .none)
                index += 1
            }
            xml += "</w:tbl>"
            if index < table.rows.count {
                xml += pageBreak
                fill.newPage()
            } else {
                xml += spacer
                fill.add(fill.textHeight * 92 / 100 - room + 140 - fill.used)
            }
        }
    }

    // MARK: Charts

    /// A chart as the small table of its values under its title (the PDF draws it; a DOCX chart part is not needed).
    mutating func chart(_ chart: PrintLayout.Chart, keep: Keep) {
        paragraph("**" + chart.title + "**", keep: Keep(lines: true, next: true))
        let header = chart.kind == .steps ? ["Pukul", "Jumlah hadir"] : ["Kelompok", "Jumlah"]
        var rows = chart.points.map { [$0.label, IndonesianFormat.integer($0.value)] }
        if let quorum = chart.quorum { rows.append(["Kuorum", IndonesianFormat.integer(quorum)]) }
        table(PrintLayout.Table(header: header, alignments: [.left, .right], widths: [0.5, 0.5], rows: rows), keep: keep)
    }
}
