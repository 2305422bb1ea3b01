import CNcursesw
import Foundation
import TerminalUI

/// Why the terminal could not be used, in words for the secretary.
public enum TerminalError: Error, CustomStringConvertible {
    case notATerminal
    case unknownTerminal(String)
    case noCursorAddressing(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "Layar penuh memerlukan terminal (stdin/stdout bukan tty). Untuk skrip, gunakan `rapat apply`."
        case let .unknownTerminal(term):
            "Jenis terminal \"\(term)\" tidak dikenal: setel TERM, mis. TERM=xterm-256color."
        case let .noCursorAddressing(term):
            "Terminal \"\(term)\" tidak bisa memindahkan kursor: gunakan terminal lain (mis. TERM=xterm-256color)."
        }
    }
}

/// The only place that talks to ncurses. Always restores the terminal: on `close`, on deinit, at exit and,
/// through the shim's handlers, on signals.
public final class CursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?

    /// Starts curses mode, or explains why it cannot start.
    public init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        _ = rapat_setup_locale()
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard let screen = rapat_newterm() else { throw TerminalError.unknownTerminal(term) }
        self.screen = screen
        guard rapat_has_cursor_addressing() != 0 else {
            close()
            throw TerminalError.noCursorAddressing(term)
        }
        rapat_configure(1000)
        // Only now: until raw mode, the keyboard's signals are ignored (`holdStartupSignals`).
        rapat_install_signal_handlers()
        Self.defineEditingKeys()
    }

    /// Called first thing in a full-screen command, before the meeting is opened: Ctrl-C, Ctrl-\ and Ctrl-Z typed
    /// while it starts are ignored instead of killing it half-way into curses mode, and the terminal's settings are
    /// saved so every way out (exit, SIGTERM, SIGHUP, crash) puts them back.
    public static func holdStartupSignals() { rapat_hold_startup_signals() }

    /// The keyboard's signals as usual again, after `close` or when the full screen never started.
    public static func releaseSignals() { rapat_release_signals() }

    /// Home, End and Delete as terminals send them whatever TERM says (tmux and the Linux console send
    /// ESC [ 1 ~ for Home where xterm's entry expects ESC O H): unknown, they would arrive as Esc plus letters,
    /// cancelling the text being typed.
    private static func defineEditingKeys() {
        for sequence in ["\u{1B}[1~", "\u{1B}[7~", "\u{1B}[H", "\u{1B}OH"] { define_key(sequence, KEY_HOME) }
        for sequence in ["\u{1B}[4~", "\u{1B}[8~", "\u{1B}[F", "\u{1B}OF"] { define_key(sequence, KEY_END) }
        define_key("\u{1B}[3~", KEY_DC)
    }

    deinit { close() }

    /// Leaves curses mode; safe to call more than once.
    public func close() {
        guard let screen else { return }
        rapat_curses_end()
        delscreen(screen)
        self.screen = nil
        Self.releaseSignals()
    }

    public var size: (width: Int, height: Int) { (Int(rapat_cols()), Int(rapat_lines())) }

    public func present(_ buffer: ScreenBuffer) {
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                var run = ""
                let start = x
                while x < buffer.width, buffer[x, y].style == style {
                    run += buffer[x, y].text
                    x += 1
                }
                rapat_set_style(Self.pair(style.color), style.bold ? 1 : 0, style.reverse ? 1 : 0)
                // Writing the last cell of the last line would scroll some terminals: stop one short there.
                if y == buffer.height - 1, x == buffer.width, !run.isEmpty { run.removeLast() }
                rapat_put(Int32(y), Int32(start), run)
            }
        }
        rapat_set_style(0, 0, 0)
        if let cursor = buffer.cursor {
            curs_set(1)
            rapat_move(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        rapat_refresh()
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        rapat_set_timeout(Int32(timeoutMilliseconds))
        var ch: wint_t = 0
        let result = rapat_get_wch(&ch)
        if result == ERR { return .tick }
        if result == KEY_CODE_YES { return Self.decodeKeyCode(Int32(ch), size: size) }
        return Self.decodeCharacter(UInt32(ch))
    }

    public func alert() { rapat_alert() }

    private static func pair(_ color: Color) -> Int32 {
        switch color {
        case .normal: 0
        case .green: 1
        case .red: 2
        case .yellow: 3
        case .cyan: 4
        case .statusBar: 5
        }
    }

    static func decodeCharacter(_ value: UInt32) -> InputEvent {
        switch value {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(value + 96) ?? "?")))
        // Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_ (and NUL) in raw mode: no meaning here, and never text for the search field.
        case 0, 28...31: return .tick
        default:
            guard let scalar = Unicode.Scalar(value) else { return .tick }
            return .key(.character(Character(scalar)))
        }
    }

    static func decodeKeyCode(_ code: Int32, size: (width: Int, height: Int)) -> InputEvent {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        default:
            for n in 1...12 where code == rapat_key_f(Int32(n)) { return .key(.function(n)) }
            return .tick
        }
    }
}
