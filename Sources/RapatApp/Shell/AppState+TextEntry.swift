import TerminalUI

/// Text entry: every prompt, form field and search line is one `TextField` (`inputField`).
extension AppState {
    /// Applies a typed character or an editing key to the input; the search results follow the text, and
    /// survive a cursor move (so ← → do not lose a name chosen with ↑ ↓).
    mutating func edit(_ key: Key) {
        if inputField.handle(key) == .edited { refreshResults() }
    }

    /// Whether the input is a long text (a decision, question, answer, note or reason), typed in a wrapped
    /// entry of several lines; numbers, names to look up and choices stay on one line that scrolls sideways.
    public var inputWraps: Bool {
        switch mode {
        case .voidReason, .recessReason, .withdrawReason, .noteText, .decisionText, .decisionNote: true
        case let .form(form):
            if case .text = form.currentField.kind { true } else { false }
        case .search, .openedBy, .confirm, .decisionOutcome: false
        }
    }
}

/// Draws the prompt and the input of `AppState` on any screen, and puts the terminal cursor in it.
enum InputLine {
    /// The most lines a wrapped entry grows to in a body of `height` rows: 8 at 80×24, room for the prompt and
    /// about 290 characters, so a decision or a question is read whole while it is typed.
    static func maxRows(forHeight height: Int) -> Int { max(1, min(12, height * 2 / 5)) }

    /// When the prompt leaves less than this, the entry starts on the line below it.
    private static let minimumRoom = 10

    /// The rows `draw` uses for `state`'s input after `prompt` in `width` cells.
    static func rows(_ state: AppState, prompt: String, width: Int, maxRows: Int) -> Int {
        let own = ownLine(state, prompt: prompt, width: width, maxRows: maxRows) ? 1 : 0
        guard state.inputWraps else { return 1 + own }
        let indent = own == 1 ? 0 : min(CellWidth.of(prompt), width)
        return own + min(max(1, maxRows - own), state.inputField.lineCount(width: width, firstIndent: indent))
    }

    /// Whether the entry starts on the line below the prompt: when the prompt leaves too little room, or when a
    /// wrapped text is longer than the entry, so the prompt stays in view while the text scrolls under it.
    private static func ownLine(_ state: AppState, prompt: String, width: Int, maxRows: Int) -> Bool {
        let promptWidth = min(CellWidth.of(prompt), width)
        if width - promptWidth < minimumRoom { return true }
        return state.inputWraps && state.inputField.lineCount(width: width, firstIndent: promptWidth) > maxRows
    }

    /// Draws `prompt` then the input from (x, y) in `width` cells: one line that scrolls sideways, or, for long
    /// texts, wrapped lines (at most `maxRows`) that follow the cursor. Returns the rows used.
    @discardableResult
    static func draw(_ state: AppState, prompt: String, promptStyle: Style = .bold, x: Int, y: Int, width: Int,
                     maxRows: Int, on buffer: inout ScreenBuffer) -> Int {
        guard width > 0 else { return 0 }
        let rows = rows(state, prompt: prompt, width: width, maxRows: maxRows)
        let promptWidth = buffer.put(prompt, x: x, y: y, style: promptStyle, maxWidth: width)
        let own = ownLine(state, prompt: prompt, width: width, maxRows: maxRows)
        let top = own ? y + 1 : y, indent = own ? 0 : promptWidth
        if state.inputWraps {
            state.inputField.drawWrapped(in: Rect(x: x, y: top, width: width, height: rows - (own ? 1 : 0)),
                                         firstIndent: indent, on: &buffer)
        } else {
            state.inputField.drawLine(x: x + indent, y: top, width: width - indent, on: &buffer)
        }
        return rows
    }
}
