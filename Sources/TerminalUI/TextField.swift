/// An editable line of text with a cursor, as a value (the state of a stateful widget, like tui-textarea):
/// the app keeps it in its state, feeds it keys with `handle(_:)` and draws it with `drawLine` (one line,
/// scrolling sideways) or `drawWrapped` (several lines, wrapped at words). Positions count grapheme clusters,
/// widths count terminal cells (`CellWidth`), so accents, CJK and emoji edit and draw as one character each.
public struct TextField: Equatable, Sendable {
    /// The text as grapheme clusters, so the cursor can never land inside one.
    private var characters: [Character]
    /// The cursor, in grapheme clusters from the start: 0 … `count`; it sits before `characters[cursor]`.
    public private(set) var cursor: Int

    /// A field holding `text`, with the cursor at the end (or at `cursor`, clamped).
    public init(_ text: String = "", cursor: Int? = nil) {
        characters = Array(text)
        self.cursor = min(max(0, cursor ?? characters.count), characters.count)
    }

    /// The text; assigning it puts the cursor at the end.
    public var text: String {
        get { String(characters) }
        set { self = TextField(newValue) }
    }

    public var count: Int { characters.count }
    public var isEmpty: Bool { characters.isEmpty }

    // MARK: Editing

    /// What `handle(_:)` did with a key.
    public enum Outcome: Equatable, Sendable {
        /// The text changed (the cursor may have moved too).
        case edited
        /// Only the cursor moved.
        case moved
        /// Not an editing key, or nothing to do (e.g. Backspace at the start): the caller may use the key.
        case ignored
    }

    /// Applies an editing key: typed characters, ← → Home End, Ctrl-A / Ctrl-E, Backspace, Delete, Ctrl-U, Ctrl-W.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome {
        let before = self
        switch key {
        case let .character(ch): insert(ch)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return .ignored }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return .ignored }
            characters.remove(at: cursor)
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("w"):
            // As readline's unix-word-rubout: the spaces before the cursor, then the word before them.
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return .ignored
        }
        if characters != before.characters { return .edited }
        return cursor != before.cursor ? .moved : .ignored
    }

    /// Inserts `character` at the cursor. A combining mark typed after a letter joins it (one grapheme), as in
    /// the String; control characters are not text and are dropped.
    public mutating func insert(_ character: Character) {
        guard !character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) else { return }
        let head = String(characters[..<cursor]) + String(character)
        let joined = Array(head + String(characters[cursor...]))
        cursor = min(Array(head).count, joined.count)
        characters = joined
    }

    // MARK: One line, scrolling sideways

    /// What a one-line field of `width` cells shows: the first grapheme drawn and whether text is hidden on
    /// either side. The view is the leftmost one that still shows the cursor, so typing at the end keeps the
    /// end in view and the text before it scrolls off to the left behind a "…".
    public func lineView(width: Int) -> (first: Int, hiddenLeft: Bool, hiddenRight: Bool) {
        let widths = characters.map(CellWidth.of)
        let cursorCell = cursor < widths.count ? max(1, widths[cursor]) : 1
        let total = widths.reduce(0, +) + (cursor == widths.count ? 1 : 0)
        guard total > width else { return (0, false, false) }
        // A "…" on the right is kept in reserve when text follows the cursor.
        let rightMarker = cursor < widths.count ? 1 : 0
        var first = 0
        var used = widths[0..<cursor].reduce(0, +) + cursorCell + rightMarker
        while first < cursor, used + (first > 0 ? 1 : 0) > width {
            used -= widths[first]
            first += 1
        }
        let shown = widths[first...].reduce(0, +) + (first > 0 ? 1 : 0) + (cursor == widths.count ? 1 : 0)
        return (first, first > 0, shown > width)
    }

    /// Draws the field on one line from (x, y), at most `width` cells, and sets `buffer.cursor` to the
    /// cursor. Returns the cursor's position.
    @discardableResult
    public func drawLine(x: Int, y: Int, width: Int, style: Style = .plain, markerStyle: Style = Style(color: .cyan),
                         on buffer: inout ScreenBuffer) -> (x: Int, y: Int) {
        guard width > 0 else { return (x, y) }
        let view = lineView(width: width)
        var column = x
        if view.hiddenLeft { column += buffer.put("…", x: column, y: y, style: markerStyle) }
        let limit = x + width - (view.hiddenRight ? 1 : 0)
        var cursorAt = (x: column, y: y)
        var index = view.first
        while index < characters.count {
            let w = CellWidth.of(characters[index])
            if column + w > limit { break }
            if index == cursor { cursorAt = (column, y) }
            column += buffer.put(String(characters[index]), x: column, y: y, style: style)
            index += 1
        }
        if cursor >= index { cursorAt = (min(column, x + width - 1), y) }
        if view.hiddenRight { buffer.put("…", x: x + width - 1, y: y, style: markerStyle) }
        buffer.cursor = cursorAt
        return cursorAt
    }

    // MARK: Several lines, wrapped at words

    /// The lines of the text wrapped to `width` cells (the first line `firstIndent` cells shorter, for a
    /// prompt before it), as ranges of graphemes. A line breaks after the last space that fits; a word longer
    /// than a line is cut. When the last line is full, an empty line follows for the cursor at the end.
    public func wrappedLines(width: Int, firstIndent: Int = 0) -> [Range<Int>] {
        let capacity = { (line: Int) in max(1, width - (line == 0 ? firstIndent : 0)) }
        var lines: [Range<Int>] = []
        var start = 0, used = 0, lastBreak: Int? = nil
        var index = 0
        while index < characters.count {
            let w = CellWidth.of(characters[index])
            if used + w > capacity(lines.count), index > start {
                let end = lastBreak ?? index
                lines.append(start..<end)
                start = end
                used = characters[start..<index].reduce(0) { $0 + CellWidth.of($1) }
                lastBreak = nil
                continue
            }
            used += w
            if characters[index] == " " { lastBreak = index + 1 }
            index += 1
        }
        lines.append(start..<characters.count)
        if used >= capacity(lines.count - 1), !characters.isEmpty { lines.append(characters.count..<characters.count) }
        return lines
    }

    /// How many lines `drawWrapped` needs to show the whole text (and the cursor) in `width` cells.
    public func lineCount(width: Int, firstIndent: Int = 0) -> Int {
        wrappedLines(width: width, firstIndent: firstIndent).count
    }

    /// The line and cell column of the cursor in the wrapped layout.
    public func wrappedCursor(width: Int, firstIndent: Int = 0) -> (line: Int, column: Int) {
        let lines = wrappedLines(width: width, firstIndent: firstIndent)
        let line = lines.firstIndex { $0.contains(cursor) } ?? lines.count - 1
        let column = characters[lines[line].lowerBound..<cursor].reduce(0) { $0 + CellWidth.of($1) }
        return (line, column + (line == 0 ? firstIndent : 0))
    }

    /// Draws the wrapped text in `rect` (the first line starting `firstIndent` cells in), showing the rows
    /// around the cursor when the text is longer than the rect, and sets `buffer.cursor`. A "…" in the
    /// last cell of the first or last row says lines are hidden above or below. Lines after the first use the
    /// whole width, so a prompt in the indent is drawn over once the first line scrolls out of view: put the
    /// prompt on its own line when the text can be longer than the rect. Returns the cursor's position.
    @discardableResult
    public func drawWrapped(in rect: Rect, firstIndent: Int = 0, style: Style = .plain,
                            markerStyle: Style = Style(color: .cyan), on buffer: inout ScreenBuffer) -> (x: Int, y: Int) {
        guard rect.width > 0, rect.height > 0 else { return (rect.x, rect.y) }
        let lines = wrappedLines(width: rect.width, firstIndent: firstIndent)
        let (cursorLine, cursorColumn) = wrappedCursor(width: rect.width, firstIndent: firstIndent)
        let first = max(0, min(cursorLine - rect.height + 1, lines.count - rect.height))
        for (row, range) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            let indent = first + row == 0 ? firstIndent : 0
            buffer.put(String(characters[range]), x: rect.x + indent, y: rect.y + row, style: style,
                       maxWidth: rect.width - indent)
        }
        if first > 0 { buffer.put("…", x: rect.maxX - 1, y: rect.y, style: markerStyle) }
        if first + rect.height < lines.count { buffer.put("…", x: rect.maxX - 1, y: rect.maxY - 1, style: markerStyle) }
        let at = (x: rect.x + min(cursorColumn, rect.width - 1), y: rect.y + cursorLine - first)
        buffer.cursor = at
        return at
    }
}
