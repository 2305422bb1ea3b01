import Foundation
import Hummingbird

/// The latest snapshot of the room's screen (the RoomView JSON) and everyone waiting for the next one.
///
/// `publish` may be called from any thread. Each publish bumps the version, encodes the Server-Sent Events frame
/// once, and wakes every listener: the cost of a publish is one wake per connected client, never anything
/// proportional to the history. A listener that falls behind is not queued a backlog: it is woken (at most one
/// pending wake each) and sends whatever snapshot is the latest when it runs, so a slow phone skips to the present.
public final class RoomBroadcast: @unchecked Sendable {
    /// One published snapshot: its version (the SSE `id:`), the JSON, and the SSE frame ready to write.
    public struct Snapshot: Sendable {
        public let version: UInt64
        public let json: Data
        let frame: ByteBuffer
    }

    /// Why a listener is woken.
    enum Wake: Sendable { case update, keepAlive }

    private let lock = NSLock()
    private var current: Snapshot?
    private var listeners: [UInt64: AsyncStream<Wake>.Continuation] = [:]
    private var nextListener: UInt64 = 0
    /// Called (outside the lock) with the number of listeners whenever one comes or goes; for tests and the bench.
    private var listenerObserver: (@Sendable (Int) -> Void)?

    /// A broadcast with `initial` as version 1, or with nothing yet (clients then wait for the first publish).
    public init(initial: Data? = nil) {
        if let initial { current = Self.snapshot(version: 1, json: initial) }
    }

    /// The latest snapshot, if any was published.
    public var latest: Snapshot? { lock.withLock { current } }

    /// Clients connected to `/peristiwa` now.
    public var clientCount: Int { lock.withLock { listeners.count } }

    /// Makes `json` the latest snapshot and wakes every client. The same bytes as the latest are not sent again
    /// (a caller polling a file may publish what it already had). Returns the version now current.
    @discardableResult
    public func publish(_ json: Data) -> UInt64 {
        let wakes: [AsyncStream<Wake>.Continuation]
        let version: UInt64
        lock.lock()
        if let current, current.json == json {
            version = current.version
            lock.unlock()
            return version
        }
        version = (current?.version ?? 0) + 1
        current = Self.snapshot(version: version, json: json)
        wakes = Array(listeners.values)
        lock.unlock()
        for continuation in wakes { continuation.yield(.update) }
        return version
    }

    /// Wakes every client to send a keep-alive comment if it has nothing new.
    func keepAlive() {
        let wakes = lock.withLock { Array(listeners.values) }
        for continuation in wakes { continuation.yield(.keepAlive) }
    }

    /// Calls `observer` with the client count each time a client connects or is dropped.
    public func observeClients(_ observer: (@Sendable (Int) -> Void)?) {
        lock.withLock { listenerObserver = observer }
    }

    /// Ends every client's stream (the server is stopping).
    func finishAll() {
        let all = lock.withLock { Array(listeners.values) }
        for continuation in all { continuation.finish() }
    }

    /// A new listener: its wakes, and its id for `remove`. At most one wake waits (the newest), so a slow client
    /// never accumulates a queue.
    func subscribe() -> (id: UInt64, wakes: AsyncStream<Wake>) {
        let (stream, continuation) = AsyncStream<Wake>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let (id, count, observer) = lock.withLock {
            nextListener += 1
            listeners[nextListener] = continuation
            return (nextListener, listeners.count, listenerObserver)
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        observer?(count)
        return (id, stream)
    }

    func remove(_ id: UInt64) {
        let (removed, count, observer) = lock.withLock {
            (listeners.removeValue(forKey: id), listeners.count, listenerObserver)
        }
        guard let removed else { return }
        removed.finish()
        observer?(count)
    }

    /// The SSE frame of one snapshot: `id:` the version, one `data:` line per line of the JSON.
    static func snapshot(version: UInt64, json: Data) -> Snapshot {
        var text = "id: \(version)\n"
        let body = String(decoding: json, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            text += "data: \(line)\n"
        }
        text += "\n"
        return Snapshot(version: version, json: json, frame: ByteBuffer(string: text))
    }
}
