import Foundation
import RapatText
import RapatApp
import RapatStore

/// `rapat lihat` as a second screen: once a second it looks whether the meeting file (or its WAL) changed, and only
/// then reads and verifies the journal again, read-only, as it did at the start.
final class ReviewRefresh {
    private let path: String
    private var seen: [Int64]

    init(path: String) {
        self.path = path
        seen = Self.signature(path)
    }

    /// Size and modification time of the file and its WAL: a commit by another process changes one of them.
    static func signature(_ path: String) -> [Int64] {
        [path, path + "-wal"].flatMap { file -> [Int64] in
            var info = stat()
            guard stat(file, &info) == 0 else { return [0, 0, 0] }
            return [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
        }
    }

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
