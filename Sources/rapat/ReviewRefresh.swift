import Foundation
import RapatText
import RapatApp
import RapatStore

/// `rapat lihat` as a second screen: once a second it looks whether the meeting file (or its WAL) changed, and only
/// then reads and verifies the journal again, read-only, as it did at the start.
final class ReviewRefresh {
    private let path: String
    private var seen: [Int64]
    /// A server meeting stays connected: its notification says when to read again.
    private let server: (any MeetingJournal)?

    init(path: String) {
        self.path = path
        seen = Self.signature(path)
        server = MeetingStore.isServer(path) ? try? MeetingStore.open(path, writable: false, purpose: "rapat lihat") : nil
    }

    deinit { server?.close() }

    /// Size and modification time of the file and its WAL: a commit by another process changes one of them.
    static func signature(_ path: String) -> [Int64] { MeetingFollower.signature(path) }

    /// What the review says about the journal it shows.
    static func verificationText(_ scan: JournalScan, path: String) -> String {
        switch scan.verification {
        case let .intact(events, digest):
            tr("cli.review.intact", ["events": events, "digest": String(digest.prefix(16))])
        default:
            tr("cli.review.broken", ["problem": scan.verification.problem(zone: scan.zone) ?? "", "path": path])
        }
    }

    func snapshotIfChanged() -> DeskRunner.ReviewSnapshot? {
        if let server {
            guard server.hasNews, (try? server.catchUp()) != nil, let scan = try? server.scan(keepingEntries: true) else { return nil }
            return DeskRunner.ReviewSnapshot(entries: scan.entries, ledger: (try? server.currentLedger(of: scan.state)) ?? nil,
                                             verification: Self.verificationText(scan, path: path), digest: scan.finalDigest)
        }
        let now = Self.signature(path)
        guard now != seen else { return nil }
        seen = now
        guard let file = try? MeetingFile.open(at: path, writable: false, purpose: "rapat lihat"),
              let scan = try? file.scan(keepingEntries: true) else { return nil }
        defer { file.close() }
        let verification = Self.verificationText(scan, path: path)
        let ledger = try? file.currentLedger(of: scan.state)
        return DeskRunner.ReviewSnapshot(entries: scan.entries, ledger: ledger ?? nil, verification: verification,
                                         digest: file.finalDigest)
    }
}
