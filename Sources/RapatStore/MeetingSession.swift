import Foundation
import RapatCore

/// A meeting open for writing: the state, and the journal its events go to.
///
/// `execute` is the single path every command takes, from the TUI, `rapat apply` and the tests:
/// decide → append durably → evolve. The state changes only after the write has returned. With several desks on one
/// PostgreSQL meeting, `decide` runs under the journal's write lock over a state caught up with every other desk, so
/// a command another desk made impossible is refused here in the core's words.
public final class MeetingSession {
    public let journal: any MeetingJournal
    public private(set) var state: MeetingState
    /// The registration desk this session is (`--meja N`), or nil for the single laptop and unmarked scripts.
    public let desk: DeskAssignment?
    /// Told of entries other desks appended, after the state has folded them (screens, the live notulen).
    public var onOthersRecorded: ([JournalEntry]) -> Void = { _ in }

    /// Replays the journal, verifying it on the way: a writer never appends to a broken chain.
    public init(journal: any MeetingJournal, desk: DeskAssignment? = nil) throws(StoreError) {
        self.journal = journal
        self.desk = desk
        let scan = try journal.scan(keepingEntries: false)
        if let problem = scan.verification.problem(zone: scan.zone) {
            throw .brokenJournal(path: journal.path, problem: problem)
        }
        state = scan.state
    }

    public convenience init(file: MeetingFile) throws(StoreError) {
        try self.init(journal: file)
    }

    /// Opens `path` (a file or a server URL) for writing, taking the writer lock, and replays the journal.
    public static func open(path: String, purpose: String) throws(StoreError) -> MeetingSession {
        try open(path, purpose: purpose)
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
    public func execute(_ command: Command, liveClock: Bool = false, recordedAt: Date = Date()) throws -> [JournalEntry] {
        guard case let .recorded(entries) = try run(command, commandID: nil, recordedAt: recordedAt, liveClock: liveClock,
                                                    earlier: nil) else { return [] }
        return entries
    }

    /// Runs a command carrying an id exactly once: a command whose id the journal already holds is answered with
    /// the sequences it recorded then, before the core is asked (so a resend is never refused as "sudah hadir").
    /// `fresh` says the id was just made (the desk's UUIDs), so the journal need not be asked for it first.
    /// `liveClock` says the command's time is the desk's clock just now: when another desk's event committed a moment
    /// later in the lock order carries a later time, the command is stamped just after it rather than refused.
    public func execute(_ command: Command, commandID: String, fresh: Bool = false, liveClock: Bool = false,
                        recordedAt: Date = Date()) throws -> Outcome {
        let journal = journal
        return try run(command, commandID: commandID, recordedAt: recordedAt, liveClock: liveClock,
                       earlier: fresh ? nil : {
                           let earlier = try journal.sequences(ofCommand: commandID)
                           return earlier.isEmpty ? nil : earlier
                       })
    }

    /// Like `execute(_:commandID:)` for an id chosen by the sender, stored with a `fingerprint` of the command's
    /// content: the same id with the same content is a resend; the same id with other content is refused, so a reused
    /// id never silently drops a command.
    public func execute(_ command: Command, senderID: String, fingerprint: String, liveClock: Bool = false,
                        recordedAt: Date = Date()) throws -> Outcome {
        // U+001E cannot occur in an id (control characters are refused), so no other id shares this prefix.
        let stored = senderID + "\u{1E}" + fingerprint
        let journal = journal
        return try run(command, commandID: stored, recordedAt: recordedAt, liveClock: liveClock, earlier: {
            guard let earlier = try journal.commands(withIDPrefix: senderID + "\u{1E}").first else { return nil }
            guard earlier.id == stored else {
                throw StoreError.commandIDReused(path: journal.path, id: String(senderID.drop { $0 != ":" }.dropFirst()),
                                                 sequence: earlier.sequence)
            }
            return try journal.sequences(ofCommand: stored)
        })
    }

    /// The one path: role check, then under the journal's lock catch up, look for an earlier run, decide, append.
    private func run(_ command: Command, commandID: String?, recordedAt: Date, liveClock: Bool = false,
                     ledger: ShuLedger? = nil, earlier: (() throws -> [Int64]?)?) throws -> Outcome {
        try desk?.permit(command, path: journal.path)
        // On a server, "now" is the server's clock (as every desk's stamps), whatever this laptop's clock says.
        let recordedAt = recordedAt.addingTimeInterval(journal.serverClockOffset)
        var repeated: [Int64]?
        var others: [JournalEntry] = []
        defer { if !others.isEmpty { onOthersRecorded(others) } }
        let entries = try journal.write { appended in
            for entry in appended { state.evolve(entry) }
            others = appended
            if let earlier, let sequences = try earlier() {
                repeated = sequences
                return nil
            }
            var command = command
            if liveClock, let last = state.timelineLastAt { command = command.stamped(notBefore: last) }
            let events = try state.decide(command, now: recordedAt)
            return JournalAppend(events: events, recordedAt: recordedAt, commandID: commandID, desk: desk?.number,
                                 ledger: ledger)
        }
        if let repeated { return .repeated(sequences: repeated) }
        for entry in entries { state.evolve(entry) }
        return .recorded(entries)
    }

    /// Folds what other desks appended since the last command (after a notification, or on the desk's tick).
    /// Returns the new entries; empty for a file.
    @discardableResult
    public func catchUp() throws(StoreError) -> [JournalEntry] {
        let others = try journal.catchUp()
        guard !others.isEmpty else { return [] }
        for entry in others { state.evolve(entry) }
        onOthersRecorded(others)
        return others
    }

    /// Closes the journal (a file checkpoints its WAL into itself) and releases the writer lock.
    public func close() { journal.close() }
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
        var imported: ShuLedgerImport?
        let journal = journal
        _ = try journal.write { appended in
            for entry in appended { state.evolve(entry) }
            let made = ShuLedgerImport(version: (state.shuLedger?.version ?? 0) + 1,
                                       digest: SHA256Hasher.hex(ledger.canonicalText), source: source,
                                       members: ledger.members.count, at: at)
            imported = made
            return JournalAppend(events: try state.decide(.importShuLedger(made)), recordedAt: Date(), ledger: ledger)
        }.forEach { state.evolve($0) }
        // `write` either appended (and `imported` is set) or threw.
        return imported!
    }
}
