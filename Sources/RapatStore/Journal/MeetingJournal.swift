import Foundation
import RapatCore

/// One meeting's journal wherever it is kept: a SQLite file on the secretary's laptop (`MeetingFile`) or a
/// PostgreSQL database shared by several desks (`PostgresJournal`). Both chain the same rows the same way, so a
/// meeting reads, verifies and archives alike; `MeetingSession` drives either.
public protocol MeetingJournal: AnyObject {
    /// Where the meeting is, as the user gave it (a path, or a `postgresql://` URL without its password).
    var path: String { get }
    var isWritable: Bool { get }
    /// Said once when the journal was opened (e.g. a dropped append-only trigger).
    var openingNotes: [String] { get }
    /// The hex digest of the last entry this journal has read or written: the value printed on documents.
    var finalDigest: String { get }
    var eventCount: Int64 { get }
    /// The koperasi's time zone as registered, read without replaying.
    var registeredTimeZone: IndonesianTimeZone? { get }

    /// Reads the whole journal once, folding and verifying (every open; readers and writers alike).
    func scan(keepingEntries: Bool) throws(StoreError) -> JournalScan
    /// Recomputes the chain, roster and ledger digests without decoding events.
    func verify() throws(StoreError) -> JournalVerification
    /// All entries, decoded but not folded.
    func entries() throws(StoreError) -> [JournalEntry]
    /// Where the journal stands against a digest printed on a document (`rapat verify --sidik`).
    func anchor(_ digestPrefix: String, expectedEvents: Int64?) throws(StoreError) -> ChainAnchor
    func loadLedger(version: Int) throws(StoreError) -> ShuLedger

    /// The sequences command `id` recorded; empty when it was never recorded.
    func sequences(ofCommand id: String) throws(StoreError) -> [Int64]
    /// Every stored command id starting with `prefix`, with its first sequence.
    func commands(withIDPrefix prefix: String) throws(StoreError) -> [(id: String, sequence: Int64)]

    /// Appends under the journal's one write lock, so every writer's appends form one chain. `prepare` is called
    /// with the lock held and the entries other writers appended since this journal last read them (verified and
    /// in order: always empty for a file, which has one writer); it decides what to append, or returns nil to write
    /// nothing. Returns the appended entries once they are durable.
    func write(_ prepare: (_ others: [JournalEntry]) throws -> JournalAppend?) throws -> [JournalEntry]
    /// Entries other writers appended since this journal last read, verified against its chain (a desk catching up
    /// after a notification). Empty for a file.
    func catchUp() throws(StoreError) -> [JournalEntry]

    /// Writes the whole meeting, as it stands now, into one new SQLite meeting file at `destination` (a file name,
    /// or a folder), verified before it takes its name; never overwrites (`rapat arsip`, `rapat salin`).
    func archive(to destination: String) throws(StoreError) -> (path: String, verification: JournalVerification)
    /// Server time minus this machine's (0 for a file): desks stamp commands with the server's clock.
    var serverClockOffset: TimeInterval { get }

    /// Whether the store answers now (a file always does; a server's listening connection is up).
    var isReachable: Bool { get }
    /// Whether another writer committed since the last catch-up (always false for a file).
    var hasNews: Bool { get }
    /// Commands whose commit answer was lost with the connection, settled since: recorded or not. Handed over once.
    func takeSettled() -> [(commandID: String, recorded: Bool)]

    /// Ends the journal's connection or file; idempotent.
    func close()
}

/// What one command appends: its events, and what the rows carry beside them.
public struct JournalAppend {
    public var events: [Event]
    public var recordedAt: Date
    public var commandID: String?
    /// The registration desk that recorded the events (`--meja N`), chained with each row.
    public var desk: Int?
    /// The ledger rows an `shu_ledger_imported` event refers to.
    public var ledger: ShuLedger?

    public init(events: [Event], recordedAt: Date, commandID: String? = nil, desk: Int? = nil, ledger: ShuLedger? = nil) {
        self.events = events
        self.recordedAt = recordedAt
        self.commandID = commandID
        self.desk = desk
        self.ledger = ledger
    }
}

extension MeetingJournal {
    public func scan() throws(StoreError) -> JournalScan { try scan(keepingEntries: false) }

    /// Replays the whole journal into a meeting state.
    public func replay() throws(StoreError) -> MeetingState { try scan().state }

    /// The ledger last imported into the meeting `state` replays, if any.
    public func currentLedger(of state: MeetingState) throws(StoreError) -> ShuLedger? {
        guard let imported = state.shuLedger else { return nil }
        return try loadLedger(version: imported.version)
    }
}

/// What reading stored rows needs from the store beside the rows: roster versions and ledger texts.
protocol JournalRowContext {
    func roster(version: Int) throws -> [Member]
    func ledgerText(version: Int) throws -> String?
}

/// The store side of a journal: rows in order from a sequence on, and how its errors read.
protocol JournalStorage: MeetingJournal {
    /// Calls `body` with each stored row after `sequence`, in order, until it returns false.
    func forEachStoredRow(after sequence: Int64, _ body: (JournalRow, any JournalRowContext) throws -> Bool) throws
    /// A store error in the secretary's words for a failure while reading.
    func describe(_ error: any Error) -> StoreError
}
