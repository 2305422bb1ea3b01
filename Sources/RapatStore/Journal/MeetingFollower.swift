import Foundation
import RapatCore
#if canImport(Glibc)
import Glibc
#endif

/// Follows a meeting without ever writing (`rapat layar`, `rapat siar`): the state folded so far, refreshed when
/// the journal changed. A file is read again when it or its WAL changed; a server meeting keeps its connection and
/// folds only what desks committed since, as its notification says.
public final class MeetingFollower {
    public let location: String
    public private(set) var state: MeetingState
    public private(set) var eventCount: Int64
    public private(set) var finalDigest: String
    /// The server journal kept open (nil for a file, which is reopened on change).
    private let server: PostgresJournal?
    private var signature: [Int64]

    public init(location: String, purpose: String) throws(StoreError) {
        self.location = location
        let journal = try MeetingStore.open(location, writable: false, purpose: purpose)
        let scan = try journal.scan(keepingEntries: false)
        state = scan.state
        eventCount = scan.eventCount
        finalDigest = scan.finalDigest
        if let server = journal as? PostgresJournal {
            self.server = server
        } else {
            server = nil
            journal.close()
        }
        signature = Self.signature(location)
    }

    deinit { server?.close() }

    /// Called on another thread when a desk commits (server meetings only): a reader may refresh at once.
    public func onNews(_ body: @escaping @Sendable () -> Void) { server?.listener.onNews(body) }

    /// Reads what changed; true when the state moved on. A read that fails leaves the state as it was (the next
    /// refresh tries again).
    @discardableResult
    public func refresh() -> Bool {
        if let server {
            guard server.hasNews, let entries = try? server.catchUp(), !entries.isEmpty else { return false }
            for entry in entries { state.evolve(entry) }
            eventCount = server.eventCount
            finalDigest = server.finalDigest
            return true
        }
        let now = Self.signature(location)
        guard now != signature, let file = try? MeetingFile.open(at: location, writable: false, purpose: "rapat"),
              let scan = try? file.scan(keepingEntries: false) else { return false }
        file.close()
        signature = now
        let moved = scan.eventCount != eventCount || scan.finalDigest != finalDigest
        state = scan.state
        eventCount = scan.eventCount
        finalDigest = scan.finalDigest
        return moved
    }

    /// Size and modification time of the file and its WAL: what changes when a writer commits (`rapat lihat` too).
    public static func signature(_ path: String) -> [Int64] {
        [path, path + "-wal"].flatMap { name -> [Int64] in
            var info = stat()
            guard stat(name, &info) == 0 else { return [-1, -1] }
            return [Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)]
        }
    }
}
