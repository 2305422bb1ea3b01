import Foundation
import RapatCore

/// A meeting open for writing: the state, and the file its events go to.
///
/// `execute` is the single path every command takes, from the TUI, `rapat apply` and the tests:
/// decide → append durably → evolve. The state changes only after the write has returned.
public final class MeetingSession {
    public let file: MeetingFile
    public private(set) var state: MeetingState

    public init(file: MeetingFile) throws(StoreError) {
        self.file = file
        state = try file.replay()
    }

    /// Opens `path` for writing, taking the writer lock, and replays the journal.
    public static func open(path: String, purpose: String) throws(StoreError) -> MeetingSession {
        try MeetingSession(file: MeetingFile.open(at: path, writable: true, purpose: purpose))
    }

    /// Runs one command to completion. Refusals (`RapatError`) write nothing.
    @discardableResult
    public func execute(_ command: Command, recordedAt: Date = Date()) throws -> [JournalEntry] {
        let events = try state.decide(command, now: recordedAt)
        let entries = try file.append(events, recordedAt: recordedAt)
        for event in events { state.evolve(event) }
        return entries
    }
}

extension Roster {
    /// The SHA-256 digest that `Command.importRoster` expects for `members`.
    public static func digest(of members: [Member]) -> String {
        SHA256Hasher.hex(canonicalText(of: members))
    }
}

extension MeetingSession {
    /// `rapat shu import`: the ledger and its event in one durable transaction.
    @discardableResult
    public func importLedger(_ ledger: ShuLedger, source: String, at: Date) throws -> ShuLedgerImport {
        let imported = ShuLedgerImport(version: (state.shuLedger?.version ?? 0) + 1,
                                       digest: SHA256Hasher.hex(ledger.canonicalText), source: source,
                                       members: ledger.members.count, at: at)
        let events = try state.decide(.importShuLedger(imported))
        try file.append(events, ledger: ledger)
        for event in events { state.evolve(event) }
        return imported
    }
}
