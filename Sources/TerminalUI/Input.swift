/// A key press, decoded by the backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, backspace, delete, tab, escape
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Ctrl + letter, lower-case (e.g. `.control("c")`).
    case control(Character)

    /// How the key is written in help text: "F1", "Enter", "Ctrl-C".
    public var label: String {
        switch self {
        case let .character(c): String(c)
        case .enter: "Enter"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .tab: "Tab"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case let .function(n): "F\(n)"
        case let .control(c): "Ctrl-\(String(c).uppercased())"
        }
    }
}

/// What the backend reports to the run loop.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// No input within the poll interval: a chance to refresh the clock.
    case tick
}

/// A terminal the run loop can draw on and read from; ncurses in production, scripted in tests.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    /// Puts `buffer` on the glass.
    func present(_ buffer: ScreenBuffer)
    /// Waits up to `timeoutMilliseconds` for input; `.tick` when nothing arrived.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent
    /// Rings the bell, or flashes the screen where the terminal has no bell: a refused scan is heard.
    func alert()
}

extension TerminalBackend {
    /// A terminal that cannot ring stays silent.
    public func alert() {}
}
