/// Rows of cells under a header, in columns sized for the width at hand (like ratatui's `Table` with constraints).
///
/// Fixed columns get their width first; `fill` columns share what is left by weight; a column with `hiddenBelow`
/// is dropped when the table is narrower than that, so a narrow terminal loses a column rather than every column's end.
/// Scrolling and selection are a `ListState`, as for `ListView`.
public struct Table: Sendable {
    public enum Width: Sendable, Equatable {
        case fixed(Int)
        /// A share of the width left after the fixed columns (weights are relative).
        case fill(Int)
    }

    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var title: String
        public var width: Width
        public var alignment: Alignment
        /// The table width below which this column is left out.
        public var hiddenBelow: Int

        public init(_ title: String, _ width: Width, alignment: Alignment = .left, hiddenBelow: Int = 0) {
            self.title = title
            self.width = width
            self.alignment = alignment
            self.hiddenBelow = hiddenBelow
        }
    }

    public var columns: [Column]
    /// Cells between columns.
    public var spacing: Int
    public var headerStyle: Style

    public init(_ columns: [Column], spacing: Int = 1, headerStyle: Style = .bold) {
        self.columns = columns
        self.spacing = spacing
        self.headerStyle = headerStyle
    }

    /// Each column's width in cells at a table width of `width`; 0 for a column left out.
    public func widths(for width: Int) -> [Int] {
        let shown = columns.map { width >= $0.hiddenBelow }
        let gaps = max(0, shown.filter { $0 }.count - 1) * spacing
        var widths = columns.indices.map { shown[$0] ? fixedWidth(columns[$0].width) : 0 }
        let rest = max(0, width - gaps - widths.reduce(0, +))
        let weights = columns.indices.map { shown[$0] ? fillWeight(columns[$0].width) : 0 }
        let total = weights.reduce(0, +)
        guard total > 0 else { return widths }
        var given = 0
        for index in columns.indices where weights[index] > 0 {
            widths[index] = rest * weights[index] / total
            given += widths[index]
        }
        // What integer division left over goes to the first fill column, so the row spans the width exactly.
        if let first = columns.indices.first(where: { weights[$0] > 0 }) { widths[first] += rest - given }
        return widths
    }

    /// One row's text: each cell padded or cut to its column, aligned, separated by `spacing` spaces.
    public func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (index, width) in widths.enumerated() where width > 0 {
            let cell = index < cells.count ? cells[index] : ""
            switch columns[index].alignment {
            case .left:
                parts.append(CellWidth.pad(cell, to: width))
            case .right:
                let cut = CellWidth.truncate(cell, to: width)
                parts.append(String(repeating: " ", count: width - CellWidth.of(cut)) + cut)
            }
        }
        return parts.joined(separator: String(repeating: " ", count: spacing))
    }

    /// Draws the header on the rect's first line and rows `state.offset...` of `count` below it, the selected row in
    /// reverse video; `row(index)` gives a row's cells and style. Returns the list state as drawn.
    @discardableResult
    public func draw(count: Int, state: ListState, in rect: Rect, on buffer: inout ScreenBuffer,
                     row: (Int) -> (cells: [String], style: Style)) -> ListState {
        guard rect.height > 0, rect.width > 0 else { return state }
        let widths = widths(for: rect.width)
        buffer.put(line(columns.map(\.title), widths: widths), x: rect.x, y: rect.y, style: headerStyle, maxWidth: rect.width)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        return ListView.draw(count: count, state: state, in: body, on: &buffer) { index, _ in
            let (cells, style) = row(index)
            return (line(cells, widths: widths), style)
        }
    }

    private func fixedWidth(_ width: Width) -> Int {
        if case let .fixed(cells) = width { return max(0, cells) }
        return 0
    }

    private func fillWeight(_ width: Width) -> Int {
        if case let .fill(weight) = width { return max(0, weight) }
        return 0
    }
}
