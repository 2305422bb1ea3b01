import Foundation
import RapatCore

/// A meeting open for writing: the state, and the file its events go to.
///
/// `execute` is the single path every command takes, from the TUI, `rapat apply` and the tests:
/// decide → append durably → evolve. The state changes only after the write has returned.
public final class MeetingSession {
    public let file: MeetingFile
    public private(set) var state: MeetingState

    /// Replays the journal, verifying it on the way: a writer never appends to a broken chain.
    public init(file: MeetingFile) throws(StoreError) {
        self.file = file
        let scan = try file.scan()
        if let problem = scan.verification.problem(zone: scan.zone) {
            throw .brokenJournal(path: file.path, problem: problem)
        }
        state = scan.state
    }

    /// Opens `path` for writing, taking the writer lock, and replays the journal.
    public static func open(path: String, purpose: String) throws(StoreError) -> MeetingSession {
        try MeetingSession(file: MeetingFile.open(at: path, writable: true, purpose: purpose))
    }

    /// What became of a command: recorded now, or recorded before under the same id (a resent line).
    public enum Outcome: Equatable, Sendable {
        case recorded([JournalEntry])
        /// The command's id is already in the journal: its events were not recorded again.
        case repeated(sequences: [Int64])

        public var sequences: [Int64] {
            switch self {
            case let .recorded(entries): entries.map(\.sequence)
            case let .repeated(sequences): sequences
            }
        }
    }

    /// Runs one command to completion. Refusals (`RapatError`) write nothing.
    @discardableResult
    public func execute(_ command: Command, recordedAt: Date = Date()) throws -> [JournalEntry] {
        let events = try state.decide(command, now: recordedAt)
        let entries = try file.append(events, recordedAt: recordedAt)
        for event in events { state.evolve(event) }
        return entries
    }

    /// Runs a command carrying an id exactly once: a command whose id the journal already holds is answered with
    /// the sequences it recorded then, before the core is asked (so a resend is never refused as "sudah hadir").
    /// `fresh` says the id was just made (the desk's UUIDs), so the journal need not be asked for it first.
    public func execute(_ command: Command, commandID: String, fresh: Bool = false, recordedAt: Date = Date()) throws
        -> Outcome {
        if !fresh {
            let earlier = try file.sequences(ofCommand: commandID)
            if !earlier.isEmpty { return .repeated(sequences: earlier) }
        }
        let events = try state.decide(command, now: recordedAt)
        let entries = try file.append(events, recordedAt: recordedAt, commandID: commandID)
        for event in events { state.evolve(event) }
        return .recorded(entries)
    }

    /// Like `execute(_:commandID:)` for an id chosen by the sender, stored with a `fingerprint` of the command's
    /// content: the same id with the same content is a resend; the same id with other content is refused, so a reused
    /// id never silently drops a command.
    public func execute(_ command: Command, senderID: String, fingerprint: String, recordedAt: Date = Date()) throws
        -> Outcome {
        // U+001E cannot occur in an id (control characters are refused), so no other id shares this prefix.
        let stored = senderID + "\u{1E}" + fingerprint
        if let earlier = try file.commands(withIDPrefix: senderID + "\u{1E}").first {
            guard earlier.id == stored else {
                throw StoreError.commandIDReused(path: file.path, id: String(senderID.drop { $0 != ":" }.dropFirst()),
                                                 sequence: earlier.sequence)
            }
            return .repeated(sequences: try file.sequences(ofCommand: stored))
        }
        return try execute(command, commandID: stored, recordedAt: recordedAt)
    }

    /// Closes the file (checkpointing the WAL into it) and releases the writer lock.
    public func close() { file.close() }
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
