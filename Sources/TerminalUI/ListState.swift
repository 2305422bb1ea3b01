/// The selection and scroll position of a list of `count` rows shown `visibleRows` at a time, as ratatui's
/// ListState: the list's content lives with its owner; this only says which row is selected and which is on top.
public struct ListState: Hashable, Sendable {
    /// The selected row, 0 when the list is empty.
    public private(set) var selected = 0
    /// The first row drawn.
    public private(set) var offset = 0

    public init() {}

    /// Moves the selection by `delta` rows (negative is up), clamped to the list.
    public mutating func move(by delta: Int, count: Int) {
        select(selected + delta, count: count)
    }

    public mutating func select(_ row: Int, count: Int) {
        selected = max(0, min(row, count - 1))
    }

    /// Back to the top (e.g. when the rows were filtered again).
    public mutating func reset() {
        selected = 0
        offset = 0
    }

    /// Keeps the selection within the list after the rows changed, and the offset such that the selection is
    /// shown in `visibleRows` rows without leaving empty rows below the last one.
    public mutating func clamp(count: Int, visibleRows: Int) {
        selected = max(0, min(selected, count - 1))
        let rows = max(1, visibleRows)
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        offset = max(0, min(offset, count - rows))
    }

    /// The state as it is drawn in `visibleRows` rows of a `count`-row list.
    public func clamped(count: Int, visibleRows: Int) -> ListState {
        var copy = self
        copy.clamp(count: count, visibleRows: visibleRows)
        return copy
    }
}

/// Draws a list: one row per line from the state's offset, the selected row in reverse video, and a scroll
/// indicator ("12–31 dari 12.022") left to the caller, which knows its words.
public enum ListView {
    /// Draws rows `state.offset...` of `count` into `rect`; `row(index, width)` gives the text and style of one row.
    /// Returns the state as drawn (offset adjusted so the selection is visible).
    @discardableResult
    public static func draw(count: Int, state: ListState, in rect: Rect, on buffer: inout ScreenBuffer,
                            row: (Int, Int) -> (text: String, style: Style)) -> ListState {
        let shown = state.clamped(count: count, visibleRows: rect.height)
        guard rect.height > 0, rect.width > 0, count > 0 else { return shown }
        for line in 0..<rect.height {
            let index = shown.offset + line
            guard index < count else { break }
            var (text, style) = row(index, rect.width)
            if index == shown.selected { style = Style(color: style.color, bold: style.bold, reverse: true) }
            buffer.put(CellWidth.pad(text, to: rect.width), x: rect.x, y: rect.y + line, style: style, maxWidth: rect.width)
        }
        return shown
    }
}
