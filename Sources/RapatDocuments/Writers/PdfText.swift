import CPangoCairo
import Foundation

/// The typefaces of a typeset page: DejaVu Serif for reading, DejaVu Sans bold for titles and headings.
enum PdfFont: Int, CaseIterable, Sendable {
    case body, title, heading2, heading3, table, tableHeader, tableSmall, tableHeaderSmall, footer, chart, chartTitle

    var pango: String {
        switch self {
        case .body: "DejaVu Serif 10.5"
        case .title: "DejaVu Sans Bold 13"
        case .heading2: "DejaVu Sans Bold 11.5"
        case .heading3: "DejaVu Sans Bold 10.5"
        case .table: "DejaVu Serif 9"
        case .tableHeader: "DejaVu Serif Bold 9"
        case .tableSmall: "DejaVu Serif Condensed 7.5"
        case .tableHeaderSmall: "DejaVu Serif Condensed Bold 7.5"
        case .footer: "DejaVu Sans 7.5"
        case .chart: "DejaVu Sans 7"
        case .chartTitle: "DejaVu Sans Bold 9"
        }
    }
}

/// A piece of text to lay out: plain text or pango markup, in one font, wrapped at `width` points (nil: one line).
struct PdfRun: Sendable {
    var text: String
    var markup: Bool
    var font: PdfFont
    var width: Double?
    var alignment: PrintLayout.Alignment = .left

    /// Inline Markdown (`**bold**`, `` `code` ``, `\|`, `<br>`) as a run: plain text when it has no marks, so most
    /// table cells skip pango's markup parser.
    static func inline(_ markdown: String, font: PdfFont, width: Double?, alignment: PrintLayout.Alignment = .left) -> PdfRun {
        if !markdown.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`")
            || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\t") }) {
            return PdfRun(text: markdown, markup: false, font: font, width: width, alignment: alignment)
        }
        let spans = PrintLayout.spans(markdown.replacingOccurrences(of: "\t", with: " "))
        guard spans.contains(where: { $0.bold || $0.code }) else {
            return PdfRun(text: spans.map(\.text).joined(), markup: false, font: font, width: width, alignment: alignment)
        }
        var markup = ""
        for span in spans {
            var piece = escape(span.text)
            // Code (a digest, a command) in the monospaced face, slightly smaller, as in print.
            if span.code { piece = "<span font_family=\"DejaVu Sans Mono\" size=\"smaller\">\(piece)</span>" }
            if span.bold { piece = "<b>\(piece)</b>" }
            markup += piece
        }
        return PdfRun(text: markup, markup: true, font: font, width: width, alignment: alignment)
    }

    /// Text made safe for pango markup.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) else {
            return text
        }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// One line of a laid-out run, in points from the run's top.
struct PdfLine: Sendable {
    var top: Double
    var bottom: Double
}

/// One pango layout reused for every measurement and every drawing (creating a layout per cell dominated the time of
/// a 9,600-row daftar hadir), with its settings changed only when they differ.
final class PdfTextEngine {
    let cr: OpaquePointer?
    let layout: OpaquePointer?
    private var fonts: [OpaquePointer?] = []
    private var currentFont: PdfFont?
    private var currentWidth: Int32 = -2
    private var currentAlignment: PangoAlignment?
    private var currentTabs: Int?
    /// Markup leaves its attribute list on the layout: plain text set after it must drop it.
    private var hasAttributes = false
    private var tabArrays: [OpaquePointer?] = []
    /// Glyph advances to tell without shaping that a cell fits on one line, and to draw one-line cells.
    private(set) var glyphs: PdfGlyphs?
    /// The height of one line per font.
    private(set) var lineHeights: [Double] = []

    init(cr: OpaquePointer?) {
        self.cr = cr
        layout = PdfWriter.makeLayout(cr)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        fonts = PdfFont.allCases.map { pango_font_description_from_string($0.pango) }
        var baselines: [Double] = []
        for font in PdfFont.allCases {
            set(font: font, width: nil, alignment: .left)
            pango_layout_set_text(layout, "Ag", -1)
            lineHeights.append(logicalSize().height)
            baselines.append(Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE))
        }
        glyphs = PdfGlyphs(cr: cr, context: pango_layout_get_context(layout), descriptions: fonts, baselines: baselines)
    }

    deinit {
        for font in fonts { pango_font_description_free(font) }
        for tabs in tabArrays { pango_tab_array_free(tabs) }
        PdfWriter.release(layout)
    }

    func lineHeight(_ font: PdfFont) -> Double { lineHeights[font.rawValue] }

    /// An upper bound of a plain text's one-line width (glyph advances summed, a little slack for shaping), or nil
    /// when it has characters that pango must measure.
    func estimatedWidth(_ text: String, font: PdfFont) -> Double? {
        glyphs?.width(text, font: font).map { $0 * 1.02 + 0.5 }
    }

    func set(font: PdfFont, width: Double?, alignment: PrintLayout.Alignment) {
        if currentFont != font {
            pango_layout_set_font_description(layout, fonts[font.rawValue])
            currentFont = font
        }
        let pangoWidth = width.map { Int32($0 * Double(PANGO_SCALE)) } ?? -1
        if currentWidth != pangoWidth {
            pango_layout_set_width(layout, pangoWidth)
            currentWidth = pangoWidth
        }
        let pangoAlignment: PangoAlignment = switch alignment {
        case .left: PANGO_ALIGN_LEFT
        case .right: PANGO_ALIGN_RIGHT
        case .center: PANGO_ALIGN_CENTER
        }
        if currentAlignment != pangoAlignment {
            pango_layout_set_alignment(layout, pangoAlignment)
            currentAlignment = pangoAlignment
        }
        if currentTabs != nil {
            pango_layout_set_tabs(layout, nil)
            currentTabs = nil
        }
    }

    /// Loads `run` into the layout.
    func load(_ run: PdfRun) {
        set(font: run.font, width: run.width, alignment: run.alignment)
        setText(run.text, markup: run.markup)
    }

    private func setText(_ text: String, markup: Bool) {
        if markup {
            pango_layout_set_markup(layout, text, -1)
            hasAttributes = true
        } else {
            if hasAttributes {
                pango_layout_set_attributes(layout, nil)
                hasAttributes = false
            }
            pango_layout_set_text(layout, text, -1)
        }
    }

    func logicalSize() -> (width: Double, height: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return (Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
    }

    /// The lines of `run`, as laid out at its width.
    func lines(_ run: PdfRun) -> [PdfLine] {
        load(run)
        if pango_layout_get_line_count(layout) <= 1 { return [PdfLine(top: 0, bottom: max(logicalSize().height, lineHeight(run.font)))] }
        var lines: [PdfLine] = []
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let top = Double(logical.y) / Double(PANGO_SCALE)
            lines.append(PdfLine(top: top, bottom: top + Double(logical.height) / Double(PANGO_SCALE)))
        } while pango_layout_iter_next_line(iter) != 0
        return lines
    }

    private struct WrapKey: Hashable {
        var text: String
        var font: PdfFont
        var width: Int32
    }
    /// Wrapped cells of long tables repeat (units, statuses): each is broken once.
    private var wrapCache: [WrapKey: [String]] = [:]

    /// The lines of plain `text` wrapped at `width` as pango breaks them (a hyphen where it breaks inside a word),
    /// so a wrapped table row can be drawn line by line like a one-line row.
    func wrappedLines(_ text: String, font: PdfFont, width: Double, alignment: PrintLayout.Alignment) -> [String] {
        let key = WrapKey(text: text, font: font, width: Int32(width * Double(PANGO_SCALE)))
        if let lines = wrapCache[key] { return lines }
        load(PdfRun(text: text, markup: false, font: font, width: width, alignment: alignment))
        let bytes = Array(text.utf8)
        var lines: [String] = []
        for index in 0..<pango_layout_get_line_count(layout) {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            let start = Int(line.pointee.start_index), end = min(bytes.count, start + Int(line.pointee.length))
            var piece = bytes[start..<end]
            while piece.last == UInt8(ascii: " ") || piece.last == UInt8(ascii: "\n") { piece = piece.dropLast() }
            var string = String(decoding: piece, as: UTF8.self)
            if end < bytes.count, let last = piece.last, last != UInt8(ascii: "-"), end == start + Int(line.pointee.length),
               bytes[end] != UInt8(ascii: " "), bytes[end] != UInt8(ascii: "\n"), bytes[end - 1] != UInt8(ascii: " "),
               String(decoding: [last], as: UTF8.self).first?.isLetter == true {
                string += "-"
            }
            lines.append(string)
        }
        if wrapCache.count > 20_000 { wrapCache.removeAll(keepingCapacity: true) }
        wrapCache[key] = lines
        return lines
    }

    /// Whether `run` (plain, wrapped at its width) stays on one line: by the advance estimate when it is ASCII, else
    /// by pango.
    func fitsOnOneLine(_ run: PdfRun) -> Bool {
        guard let width = run.width else { return true }
        if run.markup || run.text.utf8.contains(UInt8(ascii: "\n")) { return false }
        if let estimate = estimatedWidth(run.text, font: run.font) { if estimate <= width { return true } }
        load(run)
        return pango_layout_get_line_count(layout) <= 1 && logicalSize().width <= width
    }

    /// Draws `run` with its top-left at (x, y); only lines `range` when given, the first of them at y.
    func draw(_ run: PdfRun, x: Double, y: Double, lines range: Range<Int>? = nil) {
        load(run)
        guard let range else {
            cairo_move_to(cr, x, y)
            pango_cairo_show_layout(cr, layout)
            return
        }
        let iter = pango_layout_get_iter(layout)
        defer { pango_layout_iter_free(iter) }
        var index = 0
        var firstTop: Double?
        repeat {
            if range.contains(index) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iter, nil, &logical)
                let top = Double(logical.y) / Double(PANGO_SCALE)
                if firstTop == nil { firstTop = top }
                let baseline = Double(pango_layout_iter_get_baseline(iter)) / Double(PANGO_SCALE)
                cairo_move_to(cr, x + Double(logical.x) / Double(PANGO_SCALE), y + baseline - (firstTop ?? top))
                pango_cairo_show_layout_line(cr, pango_layout_iter_get_line_readonly(iter))
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iter) != 0
    }

    /// Draws a one-line table row: cells separated by tabs, the tab stops (`tabs`, registered with `register`) placing
    /// each cell in its column with its alignment.
    func drawRow(_ text: String, markup: Bool, font: PdfFont, tabs: Int, x: Double, y: Double) {
        set(font: font, width: nil, alignment: .left)
        if currentTabs != tabs {
            pango_layout_set_tabs(layout, tabArrays[tabs])
            currentTabs = tabs
        }
        setText(text, markup: markup)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }

    /// A tab array for `drawRow`: (position in points from the row's left, alignment) per cell; returns its number.
    func register(tabs: [(position: Double, alignment: PrintLayout.Alignment)]) -> Int {
        let array = pango_tab_array_new(Int32(tabs.count), 0)
        for (index, tab) in tabs.enumerated() {
            let kind: PangoTabAlign = switch tab.alignment {
            case .left: PANGO_TAB_LEFT
            case .right: PANGO_TAB_RIGHT
            case .center: PANGO_TAB_CENTER
            }
            pango_tab_array_set_tab(array, Int32(index), kind, Int32((tab.position * Double(PANGO_SCALE)).rounded()))
        }
        tabArrays.append(array)
        return tabArrays.count - 1
    }
}
