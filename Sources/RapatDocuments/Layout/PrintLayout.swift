import Foundation

/// A document as it is laid out on paper: the blocks of its Markdown render (the template the cooperative may edit),
/// read back with a few layout marks in HTML comments, so the PDF and the DOCX follow the same template as the
/// Markdown and HTML. Marks (each alone on its line, invisible in rendered Markdown):
///
/// - `<!-- rapat: mendatar -->` landscape pages (wide tables, e.g. SHU per anggota);
/// - `<!-- rapat: halaman-baru -->` a page break;
/// - `<!-- rapat: satukan -->` … `<!-- rapat: /satukan -->` blocks kept on one page (the closing sentence and the
///   signatures);
/// - `<!-- rapat: tanda-tangan -->` … `<!-- rapat: /tanda-tangan -->` a signature block: its tables have no borders and
///   it is kept together;
/// - `<!-- rapat: tengah -->` the next paragraph is centred;
/// - `<!-- rapat: tinggi-baris 8 -->` the next table's rows are at least 8 mm high (room to sign);
/// - `<!-- rapat: bagan batang "Judul" 0;08.00;12 1;08.15;30 -->` a bar chart, and
///   `<!-- rapat: bagan tangga "Judul" kuorum=67 0;08.00;0 900;08.15;12 -->` a step chart (H(t) with the quorum
///   line): each point is `x;label;value` (x a position on the axis, label without spaces, value an integer).
///
/// A pipe table's column widths follow the dashes of its separator row (`|--|------|---:|` gives 2:6:3), as in
/// Pandoc; a separator of equal short runs (`|---|---|`) leaves the widths to the writer (`Table.widths` nil).
public struct PrintLayout: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, right, center }

    public struct Table: Sendable, Equatable {
        public var header: [String]
        public var alignments: [Alignment]
        /// Fractions of the text width, summing to 1; nil: the writer chooses from the content.
        public var widths: [Double]?
        public var rows: [[String]]
        /// At least this many millimetres per body row (0: as high as the text).
        public var minimumRowHeight: Double = 0
        /// A signature block's table: no borders, no header rule.
        public var borderless = false

        /// `widths`, or widths from the longest cell of each column (header and the first 300 rows), each at least
        /// half the mean, so a column of short numbers does not squeeze a column of names.
        public var resolvedWidths: [Double] {
            if let widths, widths.count == header.count { return widths }
            let count = max(1, header.count)
            var longest = header.map { Double(max(3, $0.count)) }
            for row in rows.prefix(300) {
                for (index, cell) in row.enumerated() where index < count {
                    longest[index] = max(longest[index], Double(min(cell.count, 60)))
                }
            }
            let mean = longest.reduce(0, +) / Double(count)
            let clamped = longest.map { max($0, mean / 2) }
            let total = clamped.reduce(0, +)
            return clamped.map { $0 / total }
        }
    }

    public struct ListItem: Sendable, Equatable {
        /// "1." for a numbered item, "•" for a bullet.
        public var marker: String
        public var text: String
        /// 0 for the outer list.
        public var level: Int
        /// Indented lines under the item (e.g. "Catatan: …"), each its own paragraph.
        public var continuation: [String] = []
        public var ordered: Bool { marker != "•" }
    }

    public struct Chart: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable { case bars = "batang", steps = "tangga" }
        public struct Point: Sendable, Equatable {
            public var x: Double
            public var label: String
            public var value: Int
        }
        public var kind: Kind
        public var title: String
        public var points: [Point]
        /// The quorum line of a step chart.
        public var quorum: Int?

        /// The mark's words after `bagan`: kind, quoted title, options and points; nil when malformed.
        static func parse(_ text: Substring) -> Chart? {
            var rest = text.drop { $0 == " " }
            let kindWord = rest.prefix { $0 != " " }
            guard let kind = Kind(rawValue: String(kindWord)) else { return nil }
            rest = rest.dropFirst(kindWord.count).drop { $0 == " " }
            guard rest.first == "\"" else { return nil }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: "\"") else { return nil }
            let title = String(rest[..<close])
            var chart = Chart(kind: kind, title: title, points: [])
            for word in rest[rest.index(after: close)...].split(separator: " ") {
                if word.hasPrefix("kuorum=") { chart.quorum = Int(word.dropFirst(7)); continue }
                let parts = word.split(separator: ";", omittingEmptySubsequences: false)
                guard parts.count == 3, let x = Double(parts[0]), let value = Int(parts[2]) else { return nil }
                chart.points.append(Point(x: x, label: String(parts[1]), value: value))
            }
            return chart
        }
    }

    public indirect enum Block: Sendable, Equatable {
        /// `# ` lines: centred, bold.
        case title(String)
        /// `## ` (level 2) and `### ` (level 3).
        case heading(level: Int, text: String)
        /// Inline Markdown (`**bold**`, `` `code` ``, `\|` escapes); "\n" where the line ended with two spaces.
        case paragraph(String, centred: Bool)
        case list([ListItem])
        case table(Table)
        case keepTogether([Block])
        case pageBreak
        case chart(Chart)
    }

    public var landscape = false
    public var blocks: [Block] = []

    /// One styled run of inline text.
    public struct Span: Sendable, Equatable {
        public var text: String
        public var bold = false
        public var code = false
    }

    /// The runs of inline Markdown: `**bold**`, `` `code` ``, a backslash-escaped punctuation character as itself,
    /// `<br>` as a line break.
    public static func spans(_ text: String) -> [Span] {
        var out: [Span] = []
        var bold = false, code = false
        var buffer = ""
        func flush() {
            guard !buffer.isEmpty else { return }
            out.append(Span(text: buffer, bold: bold, code: code))
            buffer = ""
        }
        var chars = Substring(text)
        while let c = chars.first {
            if c == "\\", let next = chars.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                buffer.append(next)
                chars = chars.dropFirst(2)
            } else if c == "<", chars.hasPrefix("<br>") {
                buffer.append("\n")
                chars = chars.dropFirst(4)
            } else if c == "*", chars.dropFirst().first == "*", !code {
                flush()
                bold.toggle()
                chars = chars.dropFirst(2)
            } else if c == "`" {
                flush()
                code.toggle()
                chars = chars.dropFirst()
            } else {
                buffer.append(c)
                chars = chars.dropFirst()
            }
        }
        flush()
        return out
    }

    /// The text of inline Markdown without its marks.
    public static func plain(_ text: String) -> String { spans(text).map(\.text).joined() }

    /// The cells of a Markdown table row: split at each `|` that is not escaped (`\|` stays in its cell, escaped).
    public static func tableCells(_ row: Substring) -> [String] {
        // On UTF-8 bytes: the bar and the backslash are ASCII and never part of another character's encoding.
        let bytes = Array(row.utf8)
        var cells: [String] = []
        var start = bytes.first == UInt8(ascii: "|") ? 1 : 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                index += 2
            } else if byte == UInt8(ascii: "|") {
                cells.append(cell(bytes[start..<index]))
                index += 1
                start = index
            } else {
                index += 1
            }
        }
        let rest = cell(bytes[min(start, bytes.count)...])
        if !rest.isEmpty { cells.append(rest) }
        return cells
    }

    /// A cell's bytes as text without the spaces around it: ASCII spaces and tabs cut on the bytes, Foundation's
    /// trimming only when a non-ASCII character (which may be a Unicode space) is at an end.
    private static func cell(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice = slice.dropLast() }
        let text = String(decoding: slice, as: UTF8.self)
        if let first = slice.first, let last = slice.last, first >= 0x80 || last >= 0x80 { return trimmed(text) }
        return text
    }

    /// `text` without the spaces and tabs around it; Foundation's trimming only when there is something to trim (a
    /// 10,000-row daftar hadir has 100,000 cells).
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.first, let last = text.last, first.isWhitespace || last.isWhitespace else { return String(text) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Reads the Markdown render of a document template.
    public static func parse(markdown: String) -> PrintLayout {
        var parser = Parser()
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) { parser.line(raw) }
        return parser.finish()
    }

    private struct Parser {
        var layout = PrintLayout()
        /// Open `satukan`/`tanda-tangan` groups: the blocks collected so far and whether tables are borderless.
        var groups: [(blocks: [Block], borderless: Bool)] = []
        var paragraph: [String] = []
        var centreNext = false
        var rowHeightNext = 0.0
        var items: [ListItem] = []
        var tableLines: [Substring] = []

        mutating func emit(_ block: Block) {
            if groups.isEmpty { layout.blocks.append(block) } else { groups[groups.count - 1].blocks.append(block) }
        }

        mutating func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            var text = ""
            for (index, line) in paragraph.enumerated() {
                let hardBreak = line.hasSuffix("  ")
                text += PrintLayout.trimmed(line)
                if index < paragraph.count - 1 { text += hardBreak ? "\n" : " " }
            }
            emit(.paragraph(text, centred: centreNext))
            centreNext = false
            paragraph = []
        }

        mutating func flushList() {
            guard !items.isEmpty else { return }
            emit(.list(items))
            items = []
        }

        mutating func flushTable() {
            guard !tableLines.isEmpty else { return }
            defer { tableLines = [] }
            var rows = tableLines.map { PrintLayout.tableCells($0) }
            var alignments: [Alignment] = []
            var widths: [Double]?
            if rows.count >= 2, let separator = rows.dropFirst().first, isSeparator(separator) {
                rows.remove(at: 1)
                alignments = separator.map { cell in
                    cell.hasSuffix(":") && cell.hasPrefix(":") ? .center : cell.hasSuffix(":") ? .right : .left
                }
                let dashes = separator.map { Double(max(1, $0.filter { $0 == "-" }.count)) }
                if Set(dashes).count > 1 {
                    let total = dashes.reduce(0, +)
                    widths = dashes.map { $0 / total }
                }
            }
            let header = rows.first ?? []
            let columns = rows.map(\.count).max() ?? 0
            if alignments.count < columns { alignments += Array(repeating: .left, count: columns - alignments.count) }
            let body = rows.dropFirst().map { $0.count < columns ? $0 + Array(repeating: "", count: columns - $0.count) : $0 }
            let padded = header.count < columns ? header + Array(repeating: "", count: columns - header.count) : header
            var table = Table(header: padded, alignments: alignments, widths: widths, rows: Array(body))
            table.minimumRowHeight = rowHeightNext
            table.borderless = groups.last?.borderless ?? false
            rowHeightNext = 0
            emit(.table(table))
        }

        func isSeparator(_ cells: [String]) -> Bool {
            !cells.isEmpty && cells.allSatisfy { !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } && $0.contains("-") }
        }

        mutating func flushAll() {
            flushParagraph()
            flushList()
            flushTable()
        }

        mutating func mark(_ name: Substring) {
            let words = name.split(separator: " ")
            switch words.first ?? "" {
            case "mendatar": layout.landscape = true
            case "halaman-baru": flushAll(); emit(.pageBreak)
            case "tengah": flushAll(); centreNext = true
            case "tinggi-baris": flushAll(); rowHeightNext = words.dropFirst().first.flatMap { Double($0) } ?? 0
            case "bagan":
                flushAll()
                if let chart = Chart.parse(name.dropFirst(5)) { emit(.chart(chart)) }
            case "satukan", "tanda-tangan":
                flushAll()
                groups.append(([], words.first == "tanda-tangan"))
            case "/satukan", "/tanda-tangan":
                flushAll()
                if let group = groups.popLast() { emit(.keepTogether(group.blocks)) }
            default: break
            }
        }

        mutating func line(_ raw: Substring) {
            let trimmed = PrintLayout.trimmed(raw)
            if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") {
                let inner = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespaces)
                if inner.hasPrefix("rapat:") { mark(inner.dropFirst(6).drop { $0 == " " }[...]) }
                return
            }
            if trimmed.hasPrefix("|") {
                flushParagraph()
                flushList()
                tableLines.append(Substring(trimmed))
                return
            }
            flushTable()
            if trimmed.isEmpty {
                flushParagraph()
                return
            }
            let indent = raw.prefix { $0 == " " }.count
            if let level = ["### ": 3, "## ": 2, "# ": 1].first(where: { trimmed.hasPrefix($0.key) }) {
                flushAll()
                let text = String(trimmed.dropFirst(level.key.count))
                emit(level.value == 1 ? .title(text) : .heading(level: level.value, text: text))
                return
            }
            if let (marker, text) = listMarker(trimmed) {
                flushParagraph()
                items.append(ListItem(marker: marker, text: text, level: min(3, indent / 2)))
                return
            }
            if indent >= 2, !items.isEmpty, paragraph.isEmpty {
                items[items.count - 1].continuation.append(trimmed)
                return
            }
            flushList()
            paragraph.append(String(raw))
        }

        /// "- text" → ("•", "text"); "12. text" → ("12.", "text").
        func listMarker(_ line: String) -> (String, String)? {
            if line.hasPrefix("- ") || line.hasPrefix("* ") { return ("•", String(line.dropFirst(2))) }
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            let rest = line.dropFirst(digits.count)
            guard rest.hasPrefix(". ") else { return nil }
            return (digits + ".", String(rest.dropFirst(2)))
        }

        mutating func finish() -> PrintLayout {
            flushAll()
            while let group = groups.popLast() { emit(.keepTogether(group.blocks)) }
            return layout
        }
    }
}
