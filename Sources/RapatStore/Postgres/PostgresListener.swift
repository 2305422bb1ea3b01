import Foundation
import NIOConcurrencyHelpers
import PostgresNIO

/// LISTEN on the meeting's channel over a connection of its own, so a desk, `rapat layar` or `rapat siar` hears
/// another desk's commit at once. A notification only says "look": the reader then catches up from the last
/// sequence it saw. While the connection is down nothing is heard, so after every reconnect the news flag is set.
public final class PostgresListener: @unchecked Sendable {
    private let location: PostgresLocation
    private let state = NIOLockedValueBox(State())
    private var thread: Thread?

    private struct State {
        var news = true
        var running = false
        var connected = false
        var onNews: (@Sendable () -> Void)?
    }

    init(location: PostgresLocation) {
        self.location = location
    }

    /// Whether a commit was announced (or may have been missed) since the last `takeNews`.
    public var hasNews: Bool { state.withLockedValue { $0.news } }
    /// Whether the listening connection is up.
    public var isConnected: Bool { state.withLockedValue { $0.connected } }

    /// Called on the listener's thread at each announcement (and after a reconnect).
    public func onNews(_ body: @escaping @Sendable () -> Void) {
        state.withLockedValue { $0.onNews = body }
    }

    func takeNews() { state.withLockedValue { $0.news = false } }

    func start() {
        let already = state.withLockedValue { state -> Bool in
            defer { state.running = true }
            return state.running
        }
        guard !already else { return }
        let thread = Thread { [weak self] in self?.loop() }
        thread.name = "rapat-listen"
        self.thread = thread
        thread.start()
    }

    func stop() {
        state.withLockedValue { $0.running = false }
    }

    private func announce() {
        let body = state.withLockedValue { state -> (@Sendable () -> Void)? in
            state.news = true
            return state.onNews
        }
        body?()
    }

    /// Connects, listens, and on a broken connection tries again every half second until stopped.
    private func loop() {
        while state.withLockedValue({ $0.running }) {
            let link = PostgresLink(location: location, deadline: 3)
            guard let connection = try? link.connect() else {
                Thread.sleep(forTimeInterval: 0.5)
                continue
            }
            let context = connection.addListener(channel: PostgresSchema.notifyChannel) { [weak self] _, _ in
                self?.announce()
            }
            state.withLockedValue { $0.connected = true }
            // Anything committed while we were not listening is caught up by the reader.
            announce()
            while state.withLockedValue({ $0.running }), !connection.isClosed {
                // A cheap round trip keeps a half-open connection (a cut cable) from going unnoticed.
                Thread.sleep(forTimeInterval: 0.5)
                if (try? link.query("SELECT 1")) == nil { break }
            }
            state.withLockedValue { $0.connected = false }
            context.stop()
            link.drop()
        }
    }
}
