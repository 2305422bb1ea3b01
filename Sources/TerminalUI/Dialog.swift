/// A framed box over the screen that asks one question: a title, the question wrapped to the box, and the keys that
/// answer it on the last line ("Enter Ya, catat · tombol lain Batal"). Drawn centred in the area it is given, as
/// wide as the text needs up to that area; the text under it is cleared so nothing shows through.
public struct Dialog: Sendable {
    public var title: String
    public var body: String
    /// Key and what it does, e.g. ("Enter", "Ya, catat").
    public var keys: [(key: String, label: String)]
    public var style: Style

    public init(title: String, body: String, keys: [(key: String, label: String)], style: Style = Style(color: .yellow, bold: true)) {
        self.title = title
        self.body = body
        self.keys = keys
        self.style = style
    }

    /// The line of answering keys.
    public var keyLine: String { keys.map { "\($0.key) \($0.label)" }.joined(separator: " · ") }

    /// The box for `area`: wide enough for the longest of title, key line and (up to 60 cells of) body, the body wrapped
    /// inside; never larger than the area. Lines that do not fit the area's height are left out from the end.
    public func rect(in area: Rect) -> Rect {
        let widest = max(CellWidth.of(title) + 4, CellWidth.of(keyLine), min(CellWidth.of(body), 60))
        let width = min(area.width, widest + 4)
        let lines = Paragraph.wrap(body, width: max(1, width - 4)).count
        let height = min(area.height, lines + 4)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
    }

    /// Draws the dialog; returns where it went.
    @discardableResult
    public func draw(in area: Rect, on buffer: inout ScreenBuffer) -> Rect {
        let box = rect(in: area)
        guard box.width >= 4, box.height >= 3 else { return box }
        buffer.fill(box)
        buffer.frame(box, title: title, style: style)
        let inner = box.inset(1)
        let text = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height)
        let room = max(0, inner.height - 2)
        for (index, line) in Paragraph.wrap(body, width: text.width).prefix(room).enumerated() {
            buffer.put(line, x: text.x, y: inner.y + index, maxWidth: text.width)
        }
        buffer.put(CellWidth.truncate(keyLine, to: text.width), x: text.x, y: inner.maxY - 1, style: style, maxWidth: text.width)
        return box
    }
}
