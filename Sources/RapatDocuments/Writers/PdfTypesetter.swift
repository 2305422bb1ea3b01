import Foundation

/// What a page shows, positioned in points from the page's top-left (the first pass decides; the second draws).
enum PdfItem: Sendable {
    /// `run` with its top-left at (x, y): all its lines, or only `lines` (a paragraph split across pages).
    case text(PdfRun, x: Double, y: Double, lines: Range<Int>?)
    /// One line of a table row drawn as glyphs: each text from its x, the line's top at y.
    case cells([String], xs: [Double], font: PdfFont, y: Double)
    /// A one-line table row: cells after tabs, placed by the table's tab stops.
    case row(String, markup: Bool, font: PdfFont, tabs: Int, x: Double, y: Double)
    case fill(x: Double, y: Double, width: Double, height: Double, gray: Double)
    /// A thin grey rule (table borders).
    case rule(x1: Double, y1: Double, x2: Double, y2: Double)
    case chart(PrintLayout.Chart, x: Double, y: Double, width: Double, height: Double)
}

/// The page and its text area in points.
struct PdfGeometry: Sendable {
    static let millimetre = 72 / 25.4
    var width: Double
    var height: Double
    var margin = 20 * millimetre
    /// Where the text stops: above the footer, or above the QR seal on a berita acara.
    var bodyBottom: Double

    var textWidth: Double { width - 2 * margin }
    var bodyTop: Double { margin }
    var bodyHeight: Double { bodyBottom - bodyTop }
}

/// The first pass: a document's blocks into pages, measuring text with pango. Rows are never split across pages
/// (only a row taller than a page); a table continues under its repeated header; `keepTogether` blocks move whole to
/// the next page, taking with them the short paragraphs just before them (the closing sentence, the place and date),
/// so "Demikian …" and the signatures stay on one page.
struct PdfTypesetter {
    let engine: PdfTextEngine
    let geometry: PdfGeometry
    private(set) var pages: [[PdfItem]] = []
    private var current: [PdfItem] = []
    private var y: Double

    init(engine: PdfTextEngine, geometry: PdfGeometry) {
        self.engine = engine
        self.geometry = geometry
        y = geometry.bodyTop
    }

    var left: Double { geometry.margin }
    var bottom: Double { geometry.bodyBottom }
    private var atPageTop: Bool { current.isEmpty }

    mutating func finish() -> [[PdfItem]] {
        if !current.isEmpty || pages.isEmpty { pages.append(current) }
        current = []
        return pages
    }

    mutating func newPage() {
        pages.append(current)
        current = []
        y = geometry.bodyTop
    }

    /// Vertical space, dropped at the top of a page.
    private mutating func gap(_ points: Double) {
        if !atPageTop { y += points }
    }

    // MARK: Blocks

    mutating func place(_ blocks: [PrintLayout.Block]) {
        // The last two short paragraphs just placed, each with the state before it.
        var shortBefore: [(state: PdfTypesetter, block: PrintLayout.Block)] = []
        for block in blocks {
            switch block {
            case let .keepTogether(group):
                let start = shortBefore.first?.state ?? self
                place(group)
                if pages.count != start.pages.count {
                    // It straddles a page: start again on a new page with the sentences that lead into it, unless
                    // even a whole page cannot hold them.
                    var retry = start
                    if !retry.atPageTop { retry.newPage() }
                    let pagesAtStart = retry.pages.count
                    retry.place(shortBefore.map(\.block))
                    retry.place(group)
                    if retry.pages.count == pagesAtStart { self = retry }
                }
                shortBefore = []
            case let .paragraph(text, _) where text.count <= 200:
                let state = self
                place(block)
                shortBefore = Array((shortBefore + [(state, block)]).suffix(2))
            default:
                place(block)
                shortBefore = []
            }
        }
    }

    mutating func place(_ block: PrintLayout.Block) {
        let width = geometry.textWidth
        switch block {
        case let .title(text):
            gap(4)
            let run = PdfRun.inline(text, font: .title, width: width, alignment: .center)
            keepRoom(for: run, then: 3 * engine.lineHeight(.body))
            flow(run, x: left)
            y += 8
        case let .heading(level, text):
            gap(level == 2 ? 10 : 7)
            let run = PdfRun.inline(text, font: level == 2 ? .heading2 : .heading3, width: width)
            keepRoom(for: run, then: 3 * engine.lineHeight(.body))
            flow(run, x: left)
            y += 4
        case let .paragraph(text, centred):
            flow(PdfRun.inline(text, font: .body, width: width, alignment: centred ? .center : .left), x: left)
            y += 5
        case let .list(items):
            list(items)
            y += 5
        case let .table(table):
            gap(2)
            self.table(table)
            y += 8
        case let .keepTogether(blocks):
            place(blocks)
        case .pageBreak:
            if !atPageTop { newPage() }
        case let .chart(chart):
            gap(4)
            let height = 60 * PdfGeometry.millimetre, chartWidth = min(width, 160 * PdfGeometry.millimetre)
            if y + height > bottom, !atPageTop { newPage() }
            current.append(.chart(chart, x: left + (width - chartWidth) / 2, y: y, width: chartWidth, height: height))
            y += height + 8
        }
    }

    /// A new page unless `run` and `next` points after it fit (a heading is never the last line of a page).
    private mutating func keepRoom(for run: PdfRun, then next: Double) {
        let height = engine.lines(run).last?.bottom ?? 0
        if !atPageTop, y + height + next > bottom { newPage() }
    }

    /// Places `run` at `x`, splitting it between lines across pages (never one line alone at a page's foot or head);
    /// returns the y of its first line.
    @discardableResult
    mutating func flow(_ run: PdfRun, x: Double) -> Double {
        let lines = engine.lines(run)
        let total = lines.last?.bottom ?? 0
        if y + total <= bottom || (atPageTop && lines.count == 1) {
            current.append(.text(run, x: x, y: y, lines: nil))
            defer { y += total }
            return y
        }
        var first: Double?
        var index = 0
        while index < lines.count {
            let available = bottom - y
            var end = index
            while end < lines.count, lines[end].bottom - lines[index].top <= available { end += 1 }
            if end == index, atPageTop { end = index + 1 }
            // Keep two lines together at the foot and at the head of a page.
            if index == 0, end == 1, lines.count > 1, !atPageTop { end = 0 }
            if end == lines.count - 1, end - index >= 2 { end -= 1 }
            if end <= index {
                newPage()
                continue
            }
            if first == nil { first = y }
            current.append(.text(run, x: x, y: y, lines: index..<end))
            y += lines[end - 1].bottom - lines[index].top
            index = end
            if index < lines.count { newPage() }
        }
        return first ?? y
    }

    /// Plain left-aligned text broken and drawn as glyphs, a line at a time across pages; nil (nothing placed) when it
    /// has markup or characters pango must draw. Returns the y of its first line.
    private mutating func flowAsGlyphs(_ run: PdfRun, x: Double) -> Double? {
        guard !run.markup, run.alignment == .left, let width = run.width,
              let lines = engine.glyphs?.wrap(run.text, font: run.font, width: width) else { return nil }
        let height = engine.lineHeight(run.font)
        if !atPageTop, y + Double(min(2, lines.count)) * height > bottom { newPage() }
        let first = y
        for line in lines {
            if !atPageTop, y + height > bottom { newPage() }
            if !line.isEmpty { current.append(.cells([line], xs: [x], font: run.font, y: y)) }
            y += height
        }
        return first
    }

    private mutating func list(_ items: [PrintLayout.ListItem]) {
        let markerFont = PdfFont.body
        // One hanging indent per list: the widest marker ("10.") and a space.
        let box = items.map { (engine.estimatedWidth($0.marker, font: markerFont) ?? 12) }.max().map { max(12, $0 + 5) } ?? 12
        for (number, item) in items.enumerated() {
            if number > 0 { y += 2 }
            let indent = Double(item.level) * 16
            let textX = left + indent + box
            let width = geometry.textWidth - indent - box
            let run = PdfRun.inline(item.text, font: .body, width: width)
            // A long list (thousands of late arrivals in a statistik) as glyph lines, like table cells; a short one
            // through pango, with its kerning.
            let top = items.count > 40 ? flowAsGlyphs(run, x: textX) ?? flow(run, x: textX) : flow(run, x: textX)
            let marker = PdfRun(text: item.marker, markup: false, font: markerFont, width: box - 5, alignment: .right)
            if items.count > 40, let markerWidth = engine.glyphs?.width(item.marker, font: markerFont) {
                current.append(.cells([item.marker], xs: [left + indent + box - 5 - markerWidth], font: markerFont, y: top))
            } else {
                current.append(.text(marker, x: left + indent, y: top, lines: nil))
            }
            for line in item.continuation {
                y += 1
                flow(PdfRun.inline(line, font: .body, width: width), x: textX)
            }
        }
    }

    // MARK: Tables

    private mutating func table(_ table: PrintLayout.Table) {
        let columns = table.header.count
        guard columns > 0 else { return }
        let padding = 3.0, vertical = 2.2
        let totalWidth = geometry.textWidth
        // Smaller type when the longest words do not fit side by side (many amounts in a row).
        var fonts = (body: PdfFont.table, header: PdfFont.tableHeader)
        var widths = columnWidths(table, total: totalWidth, padding: padding, fonts: fonts)
        if widths.isEmpty {
            fonts = (.tableSmall, .tableHeaderSmall)
            widths = columnWidths(table, total: totalWidth, padding: padding, fonts: fonts, force: true)
        }
        var xs = [left]
        for width in widths { xs.append(xs[xs.count - 1] + width) }
        func alignment(_ column: Int) -> PrintLayout.Alignment {
            column < table.alignments.count ? table.alignments[column] : .left
        }
        func inner(_ column: Int) -> Double { max(4, widths[column] - 2 * padding) }

        let hasHeader = table.header.contains { !$0.isEmpty }
        let headerRuns = table.header.enumerated().map { column, text in
            PdfRun.inline(text, font: fonts.header, width: inner(column), alignment: alignment(column))
        }
        let headerHeight = hasHeader ? (headerRuns.map { engine.lines($0).last?.bottom ?? 0 }.max() ?? 0) + 2 * vertical : 0
        let x0 = left
        let tabs = engine.register(tabs: (0..<columns).map { column in
            switch alignment(column) {
            case .left: (xs[column] - x0 + padding, .left)
            case .right: (xs[column + 1] - x0 - padding, .right)
            case .center: ((xs[column] + xs[column + 1]) / 2 - x0, .center)
            }
        })
        let minimum = table.minimumRowHeight * PdfGeometry.millimetre
        let oneLine = engine.lineHeight(fonts.body) + 2 * vertical
        let borders = !table.borderless
        var segmentTop = y
        var rowsInSegment = 0

        func startSegment(_ setter: inout PdfTypesetter) {
            segmentTop = setter.y
            rowsInSegment = 0
            guard hasHeader else { return }
            if borders {
                setter.current.append(.fill(x: x0, y: setter.y, width: totalWidth, height: headerHeight, gray: 0.9))
            }
            for (column, run) in headerRuns.enumerated() {
                setter.current.append(.text(run, x: xs[column] + padding, y: setter.y + vertical, lines: nil))
            }
            setter.y += headerHeight
            if borders { setter.current.append(.rule(x1: x0, y1: setter.y, x2: x0 + totalWidth, y2: setter.y)) }
        }
        func endSegment(_ setter: inout PdfTypesetter) {
            guard borders, setter.y > segmentTop else { return }
            setter.current.append(.rule(x1: x0, y1: segmentTop, x2: x0 + totalWidth, y2: segmentTop))
            for x in xs { setter.current.append(.rule(x1: x, y1: segmentTop, x2: x, y2: setter.y)) }
        }
        func restart(_ setter: inout PdfTypesetter) {
            endSegment(&setter)
            setter.newPage()
            startSegment(&setter)
        }

        // The header never stands alone at a page's foot.
        if !atPageTop, y + headerHeight + max(oneLine, minimum) > bottom { newPage() }
        startSegment(&self)
        for row in table.rows {
            let runs = (0..<columns).map { column in
                PdfRun.inline(column < row.count ? row[column] : "", font: fonts.body, width: inner(column), alignment: alignment(column))
            }
            // Plain cells (nearly all) as text lines: a row of n lines is drawn as n one-line layouts with tab stops.
            let plain = runs.allSatisfy { !$0.markup }
            let textLines: [[String]] = plain ? runs.map { run in
                let width = run.width ?? totalWidth
                // Measured and broken as glyphs (drawn the same way); pango only for what glyphs cannot draw.
                if let glyphs = engine.glyphs, let natural = glyphs.width(run.text, font: run.font) {
                    if natural <= width { return [run.text] }
                    if let lines = glyphs.wrap(run.text, font: run.font, width: width) { return lines }
                }
                return engine.fitsOnOneLine(run) ? [run.text]
                    : engine.wrappedLines(run.text, font: run.font, width: width, alignment: run.alignment)
            } : []
            let lineCount = textLines.map(\.count).max() ?? 1
            let cellLines = plain ? [] : runs.map { engine.lines($0) }
            let content = plain ? Double(lineCount) * engine.lineHeight(fonts.body) : (cellLines.map { $0.last?.bottom ?? 0 }.max() ?? 0)
            let height = max(content + 2 * vertical, minimum)
            if y + height > bottom {
                let freshPage = segmentTop <= geometry.bodyTop && rowsInSegment == 0
                // A row that fits on a page goes whole to the next; a taller one starts here unless little room is left.
                if !freshPage, height <= geometry.bodyHeight - headerHeight || bottom - y < 3 * oneLine { restart(&self) }
            }
            rowsInSegment += 1
            if y + height > bottom {
                splitRow(runs, cellLines.isEmpty ? runs.map { engine.lines($0) } : cellLines, xs: xs, padding: padding,
                         vertical: vertical, restart: restart)
            } else if plain {
                let line = engine.lineHeight(fonts.body)
                for index in 0..<lineCount {
                    let top = y + vertical + Double(index) * line
                    var texts: [String] = [], starts: [Double] = []
                    var asGlyphs = engine.glyphs != nil
                    for (column, lines) in textLines.enumerated() where index < lines.count && !lines[index].isEmpty {
                        guard asGlyphs, let width = engine.glyphs?.width(lines[index], font: fonts.body) else {
                            asGlyphs = false
                            break
                        }
                        texts.append(lines[index])
                        switch alignment(column) {
                        case .left: starts.append(xs[column] + padding)
                        case .right: starts.append(xs[column + 1] - padding - width)
                        case .center: starts.append((xs[column] + xs[column + 1] - width) / 2)
                        }
                    }
                    if asGlyphs {
                        if !texts.isEmpty { current.append(.cells(texts, xs: starts, font: fonts.body, y: top)) }
                        continue
                    }
                    var text = ""
                    for lines in textLines { text += "\t" + (index < lines.count ? lines[index] : "") }
                    current.append(.row(text, markup: false, font: fonts.body, tabs: tabs, x: x0, y: top))
                }
                y += height
            } else {
                for (column, run) in runs.enumerated() where !run.text.isEmpty {
                    current.append(.text(run, x: xs[column] + padding, y: y + vertical, lines: nil))
                }
                y += height
            }
            if borders { current.append(.rule(x1: x0, y1: y, x2: x0 + totalWidth, y2: y)) }
        }
        endSegment(&self)
    }

    /// Column widths in points. Widths from the separator's dashes are kept, each column only widened to its longest
    /// word at the expense of the columns with room to spare, so no word ("Nomor", "0001") is broken inside a cell.
    /// Without them, as a browser lays out an automatic table: every column gets its longest word, and the rest of
    /// the width goes to the columns whose text would wrap, in proportion to how much more they need (header and the
    /// first 300 rows measured).
    /// Empty when the longest words do not fit side by side, unless `force` (then they are scaled to fit).
    private func columnWidths(_ table: PrintLayout.Table, total: Double, padding: Double,
                              fonts: (body: PdfFont, header: PdfFont), force: Bool = false) -> [Double] {
        func width(_ text: String, _ font: PdfFont) -> Double {
            engine.estimatedWidth(text, font: font) ?? {
                engine.load(PdfRun(text: text, markup: false, font: font, width: nil))
                return engine.logicalSize().width
            }()
        }
        func measure(_ text: String, _ font: PdfFont) -> (word: Double, line: Double) {
            let plain = PrintLayout.plain(text)
            var word = 0.0, line = 0.0
            for part in plain.split(separator: "\n") { line = max(line, width(String(part), font)) }
            for part in plain.split(whereSeparator: { $0 == " " || $0 == "\n" }) { word = max(word, width(String(part), font)) }
            return (word, line)
        }
        var minimums = [Double](repeating: 0, count: table.header.count), naturals = minimums
        func take(_ row: [String], _ font: PdfFont) {
            for (column, cell) in row.enumerated() where column < minimums.count && !cell.isEmpty {
                let size = measure(cell, font)
                minimums[column] = max(minimums[column], size.word)
                naturals[column] = max(naturals[column], size.line)
            }
        }
        take(table.header, fonts.header)
        for row in table.rows.prefix(300) { take(row, fonts.body) }
        // A long unbreakable word (a digest) may still wrap: no column claims more than 40% for it.
        minimums = minimums.map { min($0 + 2 * padding + 1, total * 0.4) }
        naturals = zip(naturals, minimums).map { max($0 + 2 * padding + 1, $1) }
        let needed = minimums.reduce(0, +)
        if needed >= total { return force ? minimums.map { $0 * total / needed } : [] }
        guard table.widths != nil else {
            let natural = naturals.reduce(0, +)
            if natural <= total { return naturals.map { $0 * total / natural } }
            let wanted = natural - needed
            return zip(minimums, naturals).map { $0 + (total - needed) * ($1 - $0) / wanted }
        }
        var widths = table.resolvedWidths.map { $0 * total }
        let deficit = zip(widths, minimums).reduce(0) { $0 + max(0, $1.1 - $1.0) }
        guard deficit > 0 else { return widths }
        let slack = zip(widths, minimums).reduce(0) { $0 + max(0, $1.0 - $1.1) }
        for column in widths.indices {
            if widths[column] < minimums[column] {
                widths[column] = minimums[column]
            } else {
                widths[column] -= deficit * (widths[column] - minimums[column]) / slack
            }
        }
        return widths
    }

    /// A row taller than a page: each cell's lines as far as the page goes, the rest on the next pages.
    private mutating func splitRow(_ runs: [PdfRun], _ cellLines: [[PdfLine]], xs: [Double], padding: Double, vertical: Double,
                                   restart: (inout PdfTypesetter) -> Void) {
        var consumed = [Int](repeating: 0, count: runs.count)
        while true {
            let available = bottom - y - 2 * vertical
            var used = 0.0
            var done = true
            for (column, lines) in cellLines.enumerated() {
                let first = consumed[column]
                guard first < lines.count else { continue }
                var end = first
                while end < lines.count, lines[end].bottom - lines[first].top <= available { end += 1 }
                if end == first { end = first + 1 }
                current.append(.text(runs[column], x: xs[column] + padding, y: y + vertical, lines: first..<end))
                used = max(used, lines[end - 1].bottom - lines[first].top)
                consumed[column] = end
                if end < lines.count { done = false }
            }
            y += used + 2 * vertical
            if done { return }
            restart(&self)
        }
    }
}
