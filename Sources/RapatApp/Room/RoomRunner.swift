import RapatDocuments
import TerminalUI

/// The run loop of `rapat layar`: draws the room's screen and asks `source` for a newer view four times a second
/// (so another process's commit shows within a second), until q, Esc, F10 or Ctrl-C. It has no way to write: the
/// source is a closure returning a view, and the keys do nothing else.
///
/// The source says nil when nothing changed (a SQLite file: its size and time; a server: no notification).
public final class RoomRunner {
    public private(set) var view: RoomView
    private let source: () -> RoomView?
    /// How long to wait for a key before asking the source again.
    public var pollMilliseconds = 250

    public init(view: RoomView, source: @escaping () -> RoomView?) {
        self.view = view
        self.source = source
    }

    /// Whether `key` ends the room's screen; every other key is ignored.
    public static func quits(_ key: Key) -> Bool {
        switch key {
        case .character("q"), .character("Q"), .escape, .function(10), .control("c"): true
        default: false
        }
    }

    /// Runs until a quit key. Returns normally; the caller restores the terminal.
    public func run(on terminal: TerminalBackend) {
        var drawn: (view: RoomView, width: Int, height: Int)?
        while true {
            let size = terminal.size
            if drawn.map({ $0.view != view || $0.width != size.width || $0.height != size.height }) ?? true {
                terminal.present(RoomScreen.render(view, width: size.width, height: size.height))
                drawn = (view, size.width, size.height)
            }
            switch terminal.nextEvent(timeoutMilliseconds: pollMilliseconds) {
            case let .key(key) where Self.quits(key):
                return
            case .tick, .resize, .key:
                if let newer = source() { view = newer }
            }
        }
    }
}
