/// A block of text wrapped at word boundaries to a width in cells (like ratatui's `Paragraph` with `Wrap`).
///
/// Widths are terminal cells (`CellWidth`), so wide characters wrap correctly. A word longer than the width is split
/// across lines rather than cut, and explicit line breaks are kept: every character of the text is on some line.
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// The lines of `text` at `width` cells.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // Leading spaces indent every line of their paragraph ("  ⌊5/2⌋+1 = 3" stays under its label).
            let spaces = paragraph.prefix { $0 == " " }.count
            let indent = spaces < width / 2 ? String(repeating: " ", count: spaces) : ""
            let width = width - indent.count
            var current = indent, used = 0
            for word in paragraph.split(separator: " ") {
                let wordWidth = CellWidth.of(String(word))
                if used > 0, used + 1 + wordWidth <= width {
                    current += " " + word
                    used += 1 + wordWidth
                    continue
                }
                if used > 0 { lines.append(current) }
                current = indent
                used = 0
                // A word wider than the line is split at cell boundaries (a wide character is never split).
                for character in word {
                    let w = CellWidth.of(character)
                    if used + w > width, used > 0 {
                        lines.append(current)
                        current = indent
                        used = 0
                    }
                    current.append(character)
                    used += w
                }
            }
            lines.append(used > 0 ? current : "")
        }
        // A trailing empty line (text ending in "\n", or empty text) shows nothing.
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The lines this paragraph takes at `width`.
    public func lines(width: Int) -> [String] { Self.wrap(text, width: width) }

    /// How many rows the paragraph needs at `width`.
    public func height(width: Int) -> Int { lines(width: width).count }

    /// Draws the paragraph into `rect` from its top; returns the rows used.
    ///
    /// When the text needs more rows than `rect` has, the rows that fit are drawn and the last one shows `overflow`
    /// instead (e.g. where the rest can be read), so the reader knows something is missing.
    @discardableResult
    public func render(in rect: Rect, on buffer: inout ScreenBuffer, overflow: String? = nil,
                       overflowStyle: Style? = nil) -> Int {
        guard rect.height > 0, rect.width > 0 else { return 0 }
        var lines = lines(width: rect.width)
        var note: String?
        if lines.count > rect.height {
            lines = Array(lines.prefix(overflow == nil ? rect.height : rect.height - 1))
            note = overflow.map { CellWidth.truncate($0, to: rect.width) }
        }
        for (offset, line) in lines.enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + offset, style: style, maxWidth: rect.width)
        }
        if let note {
            buffer.put(note, x: rect.x, y: rect.y + lines.count, style: overflowStyle ?? style, maxWidth: rect.width)
            return lines.count + 1
        }
        return lines.count
    }
}
