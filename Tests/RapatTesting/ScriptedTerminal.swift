import TerminalUI

/// The one test terminal: plays scripted input to the run loop, keeps every frame it was shown and every bell.
/// When the script runs out it sends F10 (quit), so a run loop always ends.
public final class ScriptedTerminal: TerminalBackend {
    public var events: [InputEvent]
    public private(set) var frames: [ScreenBuffer] = []
    /// Every bell, as the number of frames shown before it.
    public private(set) var alerts: [Int] = []
    public var size: (width: Int, height: Int)

    public init(_ events: [InputEvent] = [], size: (Int, Int) = (80, 24)) {
        self.events = events
        self.size = size
    }

    public func present(_ buffer: ScreenBuffer) { frames.append(buffer) }

    public func alert() { alerts.append(frames.count) }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent {
        events.isEmpty ? .key(.function(10)) : events.removeFirst()
    }
}
