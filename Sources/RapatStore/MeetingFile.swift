import Foundation
import RapatText
import GRDB
import RapatCore
#if canImport(Glibc)
import Glibc
#endif

/// One RAT's SQLite file: the roster versions, the journal of events and its hash chain.
///
/// - Important: every append is one transaction under WAL with `synchronous = FULL`: when `append`
///   returns, the events survive a crash or power cut.
public final class MeetingFile: JournalStorage {
    public static let formatVersion = 5
    static let applicationID: Int32 = 0x5241_5054  // "RAPT"

    /// The path as the user gave it, for messages.
    public let path: String
    /// The canonical path SQLite opened (symlinks and `..` resolved).
    public let resolvedPath: String
    let database: DatabaseQueue
    /// Held for the lifetime of a writable file.
    private let lock: WriterLock?
    public var isWritable: Bool { lock != nil }
    /// Said once when the file was opened, e.g. that recent changes in a `-wal` beside a read-only copy are not seen.
    public internal(set) var openingNotes: [String] = []
    /// Files written before format 4 have no command ids, before format 5 no desks.
    private(set) var hasCommandIDs = true
    private(set) var hasDesks = true
    private var isClosed = false

    /// One SHA-256 context for appends (the durable check-in is the hot path).
    private let hasher = ChainHasher()
    private(set) var lastSequence: Int64 = 0
    private(set) var lastHash: [UInt8] = MeetingFile.genesisHash
    static let genesisHash = [UInt8](repeating: 0, count: 32)

    private init(path: String, resolvedPath: String, database: DatabaseQueue, lock: WriterLock?) {
        self.path = path
        self.resolvedPath = resolvedPath
        self.database = database
        self.lock = lock
    }

    deinit { close() }

    /// Creates a new, empty meeting file with mode 0600. Refuses to overwrite.
    public static func create(at path: String, purpose: String = "rapat init") throws(StoreError) -> MeetingFile {
        let fd = Glibc.open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .meetingFileExists(path: path) }
            throw .unreadableFile(path: path, reason: MeetingFileLocation.systemReason(errno))
        }
        Glibc.close(fd)
        let resolved = try MeetingFileLocation.resolve(path)
        return try openFile(path, resolved: resolved, writable: true, purpose: purpose)
    }

    /// Opens an existing meeting file, for writing (takes the writer lock) or for reading only.
    ///
    /// Only `create` makes a meeting: an empty or foreign file is refused with what it is. A reader works on a
    /// read-only file or medium; a writer is refused at once when it could not append.
    public static func open(at path: String, writable: Bool, purpose: String) throws(StoreError) -> MeetingFile {
        var resolved = try MeetingFileLocation.resolve(path)
        try MeetingFileLocation.checkContents(resolved, displayPath: path)
        if writable { try MeetingFileLocation.checkWritable(resolved, displayPath: path) }
        if !writable, let writerPath = WriterLock.activeWriterPath(for: resolved) { resolved = writerPath }
        return try openFile(path, resolved: resolved, writable: writable, purpose: purpose)
    }

    private static func openFile(_ path: String, resolved: String, writable: Bool, purpose: String)
        throws(StoreError) -> MeetingFile {
        let lock = writable ? try WriterLock(resolvedPath: resolved, displayPath: path, purpose: purpose,
                                             zone: { Self.peekTimeZone(WriterLock.activeWriterPath(for: resolved) ?? resolved) ?? .wib })
            : nil
        do {
            return try connect(path, resolved: resolved, lock: lock, immutable: false)
        } catch let error as DatabaseError where !writable && Self.isReadOnlyMediumError(error) {
            // A WAL-mode archive on read-only media: SQLite cannot create its -shm, so read it as immutable.
            do {
                let file = try connect(path, resolved: resolved, lock: nil, immutable: true)
                let wal = resolved + "-wal"
                if let size = (try? FileManager.default.attributesOfItem(atPath: wal))?[.size] as? Int, size > 0 {
                    file.openingNotes.append(tr("store.note.walUnreadable", ["path": path]))
                }
                return file
            } catch {
                throw describeOpenFailure(error, path: path)
            }
        } catch {
            lock?.release()
            throw describeOpenFailure(error, path: path)
        }
    }

    private static func connect(_ path: String, resolved: String, lock: WriterLock?, immutable: Bool) throws -> MeetingFile {
        let writable = lock != nil
        var config = Configuration()
        config.label = "rapat"
        config.readonly = !writable
        config.prepareDatabase { db in
            if writable {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                // Durability before speed: a commit returns only after the WAL is fsync'd.
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        }
        let location = immutable ? "file:" + Self.uriEscaped(resolved) + "?immutable=1" : resolved
        let database = try DatabaseQueue(path: location, configuration: config)
        let file = MeetingFile(path: path, resolvedPath: resolved, database: database, lock: lock)
        try file.prepareSchema(writable: writable)
        try file.loadChainTip()
        return file
    }

    /// The koperasi's zone from the registration event, read without replaying (for messages before a scan).
    static func peekTimeZone(_ resolved: String) -> IndonesianTimeZone? {
        var config = Configuration()
        config.readonly = true
        guard let queue = try? DatabaseQueue(path: resolved, configuration: config) else { return nil }
        defer { try? queue.close() }
        let payload = try? queue.read { db in
            try String.fetchOne(db, sql: "SELECT payload FROM journal WHERE kind = 'registration_opened' ORDER BY seq LIMIT 1")
        }
        guard let text = payload ?? nil else { return nil }
        return timeZone(ofOpeningPayload: text)
    }

    /// The zone in a stored `registration_opened` payload.
    static func timeZone(ofOpeningPayload text: String) -> IndonesianTimeZone? {
        struct Opening: Decodable {
            struct Profile: Decodable { var timeZone: String }
            var profile: Profile
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let opening = try? decoder.decode(Opening.self, from: Data(text.utf8)) else { return nil }
        return IndonesianTimeZone(rawValue: opening.profile.timeZone)
    }

    private static func isReadOnlyMediumError(_ error: DatabaseError) -> Bool {
        [.SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_IOERR].contains(error.resultCode)
    }

    private static func uriEscaped(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    static func describeOpenFailure(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return .notAMeetingFile(path: path, reason: tr("store.reason.notSQLite"))
            case .SQLITE_CORRUPT: return .notAMeetingFile(path: path, reason: tr("store.reason.corrupt"))
            case .SQLITE_CANTOPEN, .SQLITE_READONLY:
                return .unreadableFile(path: path, reason: tr("store.reason.cannotOpen"))
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .database(path: path, reason: tr("store.reason.busy"))
            case .SQLITE_FULL: return .database(path: path, reason: tr("store.reason.diskFull"))
            default: return .database(path: path, reason: SystemErrorText.reason(sqlite: error.resultCode, subject: tr("store.reason.thisFile")))
            }
        }
        return .database(path: path, reason: SystemErrorText.sentence(for: error))
    }

    /// Closes the file. A writer first checkpoints the WAL into the main file and leaves it in rollback mode, so
    /// a copy made afterwards is complete and the file reads on read-only media. Idempotent.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        if isWritable {
            // Both fail harmlessly while a reader (`rapat lihat`) still has the file open.
            try? database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
                try db.execute(sql: "PRAGMA journal_mode = DELETE")
            }
        }
        try? database.close()
        lock?.release()
    }

    private func prepareSchema(writable: Bool) throws {
        let (applicationID, isEmpty) = try database.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") == 0)
        }
        if applicationID != Self.applicationID, !isEmpty {
            throw StoreError.notAMeetingFile(path: path, reason: tr("store.reason.wrongMark"))
        }
        if isEmpty, !writable {
            throw StoreError.notAMeetingFile(path: path, reason: tr("store.reason.emptyFile"))
        }
        let version = try database.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
        if version > Self.formatVersion { throw StoreError.newerFormat(path: path, version: version) }
        if writable { try Self.migrator.migrate(database) }
        let columns = try database.read { db in Set(try db.columns(in: "journal").map(\.name)) }
        hasCommandIDs = columns.contains("command_id")
        hasDesks = columns.contains("desk")
        try checkAppendOnlyTriggers()
    }

    /// The triggers the migrations create to make each table append-only.
    private static let appendOnlyTriggers: [(table: String, name: String)] = [
        ("journal", "journal_append_only_update"), ("journal", "journal_append_only_delete"),
        ("roster_member", "roster_append_only_update"), ("roster_member", "roster_append_only_delete"),
        ("shu_ledger", "shu_ledger_append_only_update"), ("shu_ledger", "shu_ledger_append_only_delete"),
    ]

    /// A dropped append-only trigger is evidence of editing outside Rapat: it is said on every opening and left as
    /// found (putting it back would erase the evidence; the chain itself still tells whether rows were changed).
    private func checkAppendOnlyTriggers() throws {
        let missing = try database.read { db in
            let triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            return Self.appendOnlyTriggers.filter { tables.contains($0.table) && !triggers.contains($0.name) }
        }
        guard !missing.isEmpty else { return }
        openingNotes.append(tr("store.note.triggersRemoved", ["path": path, "triggers": missing.map(\.name).joined(separator: ", ")]))
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-journal-and-roster") { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                CREATE TABLE journal (
                    seq INTEGER PRIMARY KEY,
                    at_ms INTEGER NOT NULL,
                    recorded_ms INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    member TEXT,
                    payload TEXT,
                    hash TEXT NOT NULL
                );
                CREATE TABLE roster_member (
                    version INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    number TEXT NOT NULL,
                    name TEXT NOT NULL,
                    gender TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    status TEXT NOT NULL,
                    joined_on TEXT NOT NULL,
                    office_body TEXT,
                    office_title TEXT NOT NULL,
                    voting_right INTEGER NOT NULL,
                    PRIMARY KEY (version, position)
                );
                CREATE TRIGGER journal_append_only_update BEFORE UPDATE ON journal
                    BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
                CREATE TRIGGER journal_append_only_delete BEFORE DELETE ON journal
                    BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
                CREATE TRIGGER roster_append_only_update BEFORE UPDATE ON roster_member
                    BEGIN SELECT RAISE(ABORT, 'roster versions are immutable'); END;
                CREATE TRIGGER roster_append_only_delete BEFORE DELETE ON roster_member
                    BEGIN SELECT RAISE(ABORT, 'roster versions are immutable'); END;
                """)
        }
        // Version 2: the register may mark members in arrears (tunggakan, DOMAIN §8.7).
        migrator.registerMigration("v2-member-arrears") { db in
            try db.execute(sql: """
                ALTER TABLE roster_member ADD COLUMN in_arrears INTEGER NOT NULL DEFAULT 0;
                PRAGMA user_version = 2;
                """)
        }
        // Version 3: SHU ledgers, stored as their canonical text (digest recorded in the journal).
        migrator.registerMigration("v3-shu-ledger") { db in
            try db.execute(sql: """
                CREATE TABLE shu_ledger (version INTEGER PRIMARY KEY, canonical TEXT NOT NULL);
                CREATE TRIGGER shu_ledger_append_only_update BEFORE UPDATE ON shu_ledger
                    BEGIN SELECT RAISE(ABORT, 'ledger versions are immutable'); END;
                CREATE TRIGGER shu_ledger_append_only_delete BEFORE DELETE ON shu_ledger
                    BEGIN SELECT RAISE(ABORT, 'ledger versions are immutable'); END;
                PRAGMA user_version = 3;
                """)
        }
        // Version 4: the id of the command each event came from, so a resent line is answered, never recorded twice.
        migrator.registerMigration("v4-command-id") { db in
            try db.execute(sql: """
                ALTER TABLE journal ADD COLUMN command_id TEXT;
                CREATE INDEX journal_command_id ON journal (command_id) WHERE command_id IS NOT NULL;
                PRAGMA user_version = 4;
                """)
        }
        // Version 5: the registration desk that recorded each row, when several desks share a meeting (issue 14).
        migrator.registerMigration("v5-desk") { db in
            try db.execute(sql: """
                ALTER TABLE journal ADD COLUMN desk INTEGER;
                PRAGMA user_version = 5;
                """)
        }
        return migrator
    }

    private func loadChainTip() throws {
        let tip = try database.read { db in
            try Row.fetchOne(db, sql: "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
        }
        if let tip {
            lastSequence = tip["seq"]
            lastHash = [UInt8](hex: tip["hash"] as String) ?? Self.genesisHash
        }
    }

    /// The current synchronous level (2 = FULL), for tests and diagnostics.
    public func synchronousLevel() throws -> Int {
        try database.read { try Int.fetchOne($0, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The hex digest of the last journal entry: the value printed on documents.
    public var finalDigest: String { lastHash.hexString }
    public var eventCount: Int64 { lastSequence }
}

// MARK: - Journal

extension MeetingFile {
    /// Appends `events` in one durable transaction, chaining their hashes. Returns their journal entries.
    @discardableResult
    public func append(_ events: [Event], recordedAt: Date = Date(), ledger: ShuLedger? = nil, commandID: String? = nil,
                       desk: Int? = nil) throws(StoreError) -> [JournalEntry] {
        precondition(isWritable, "append on a read-only meeting file")
        guard !events.isEmpty else { return [] }
        let recorded = EventCodec.milliseconds(recordedAt)
        var sequence = lastSequence
        var hash = lastHash
        do {
            try database.write { db in
                for event in events {
                    if case let .rosterImported(imported) = event {
                        try Self.insertRoster(imported.roster, db: db)
                    }
                    if case let .shuLedgerImported(imported) = event, let ledger {
                        try db.execute(sql: "INSERT INTO shu_ledger (version, canonical) VALUES (?, ?)",
                                       arguments: [imported.version, ledger.canonicalText])
                    }
                    sequence += 1
                    let row = EventCodec.encode(event)
                    // The same hasher `verify` uses, so writing and checking cannot disagree on the bytes.
                    hash = hasher.hash(after: hash, JournalRow(sequence: sequence, stored: row, recordedMilliseconds: recorded,
                                                               hash: "", commandID: commandID, desk: desk))
                    // A cached statement: the durable check-in is the hot path, compile its INSERT once.
                    let insert = try db.cachedStatement(sql: """
                        INSERT INTO journal (seq, at_ms, recorded_ms, kind, member, payload, hash, command_id, desk)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    try insert.execute(arguments: [sequence, row.atMilliseconds, recorded, row.kind, row.member,
                                                   row.payload, hash.hexString, commandID, desk])
                }
            }
        } catch {
            throw Self.describeOpenFailure(error, path: path)
        }
        let first = lastSequence + 1
        lastSequence = sequence
        lastHash = hash
        return events.enumerated().map { JournalEntry(sequence: first + Int64($0.offset), event: $0.element, desk: desk) }
    }

    /// One writer holds the file (the writer lock), so nobody else has appended: `prepare` sees no other entries.
    public func write(_ prepare: (_ others: [JournalEntry]) throws -> JournalAppend?) throws -> [JournalEntry] {
        guard let append = try prepare([]) else { return [] }
        return try self.append(append.events, recordedAt: append.recordedAt, ledger: append.ledger,
                               commandID: append.commandID, desk: append.desk)
    }

    /// A file has one writer: there is nothing to catch up with.
    public func catchUp() throws(StoreError) -> [JournalEntry] { [] }

    /// One bare row insert in its own durable transaction, with no decide, hashing or state: the SQLite floor
    /// `rapat bench` compares the durable check-in with. Writes a row `verify` would reject; benchmark files only.
    public func appendRawForBenchmark(sequence: Int64) throws {
        try database.write { db in
            try db.cachedStatement(sql: """
                INSERT INTO journal (seq, at_ms, recorded_ms, kind, member, payload, hash) VALUES (?, 0, 0, 'bench', '0001', NULL, '')
                """).execute(arguments: [sequence])
        }
    }

    static func chain(_ previous: [UInt8], _ canonical: String) -> [UInt8] {
        let hasher = SHA256Hasher()
        hasher.update(previous)
        hasher.update(canonical)
        return hasher.finalize()
    }

    static func insertRoster(_ roster: Roster, db: Database) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO roster_member (version, position, number, name, gender, unit, status, joined_on,
                                       office_body, office_title, voting_right, in_arrears)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, m) in roster.members.enumerated() {
            try statement.execute(arguments: [
                roster.version, position, m.number.rawValue, m.name, m.gender.rawValue, m.unit, m.status.rawValue,
                m.joinedOn, m.office?.body.rawValue, m.office?.title ?? "", m.hasVotingRight, m.inArrears,
            ])
        }
    }

    /// Members of roster `version`, in their recorded order.
    ///
    /// Units and titles repeat across thousands of members: equal values share one string, which keeps a
    /// 100,000-member roster within the memory target.
    func loadRoster(version: Int, db: Database) throws -> [Member] {
        var members: [Member] = []
        members.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM roster_member WHERE version = ?",
                                                 arguments: [version]) ?? 0)
        var shared: [String: String] = [:]
        func interned(_ text: String) -> String {
            if let existing = shared[text] { return existing }
            shared[text] = text
            return text
        }
        // A version-1 file opened read-only has no arrears column yet.
        let arrears = try db.columns(in: "roster_member").contains { $0.name == "in_arrears" } ? "in_arrears" : "0"
        let rows = try Row.fetchCursor(db, sql: """
            SELECT number, name, gender, unit, status, joined_on, office_body, office_title, voting_right, \(arrears)
            FROM roster_member WHERE version = ? ORDER BY position
            """, arguments: [version])
        while let row = try rows.next() {
            let body: String? = row[6]
            members.append(Member(
                number: MemberNumber(row[0] as String), name: row[1],
                gender: Gender(rawValue: row[2] as String) ?? .male, unit: interned(row[3]),
                status: MembershipStatus(rawValue: row[4] as String) ?? .regular, joinedOn: row[5],
                office: body.flatMap(OfficeBody.init(rawValue:)).map { Office(body: $0, title: interned(row[7])) },
                hasVotingRight: row[8], inArrears: row[9]))
        }
        return members
    }

    /// Every stored row after `sequence` in order; `body` returns false to stop early.
    func forEachStoredRow(after sequence: Int64, _ body: (JournalRow, any JournalRowContext) throws -> Bool) throws {
        let commandID = hasCommandIDs ? "command_id" : "NULL"
        let desk = hasDesks ? "desk" : "NULL"
        try database.read { db in
            let context = SQLiteRowContext(file: self, db: db)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT seq, at_ms, recorded_ms, kind, member, payload, hash, \(commandID), \(desk) FROM journal
                WHERE seq > ? ORDER BY seq
                """, arguments: [sequence])
            while let row = try rows.next() {
                let stored = StoredEvent(kind: row[3], atMilliseconds: row[1], member: row[4], payload: row[5])
                let journalRow = JournalRow(sequence: row[0], stored: stored, recordedMilliseconds: row[2], hash: row[6],
                                            commandID: row[7], desk: row[8])
                guard try body(journalRow, context) else { break }
            }
        }
    }

    func describe(_ error: any Error) -> StoreError { Self.describeOpenFailure(error, path: path) }

    // The reading every store shares (JournalVerification.swift).
    public func scan(keepingEntries: Bool = false) throws(StoreError) -> JournalScan { try scanRows(keepingEntries: keepingEntries) }
    public func verify() throws(StoreError) -> JournalVerification { try verifyRows() }
    public func entries() throws(StoreError) -> [JournalEntry] { try decodedEntries() }
    public func anchor(_ digestPrefix: String, expectedEvents: Int64?) throws(StoreError) -> ChainAnchor {
        try anchorRows(digestPrefix, expectedEvents: expectedEvents)
    }

    public func archive(to destination: String) throws(StoreError) -> (path: String, verification: JournalVerification) {
        try copy(to: destination)
    }

    public var serverClockOffset: TimeInterval { 0 }
    public var isReachable: Bool { true }
    public var hasNews: Bool { false }
    public func takeSettled() -> [(commandID: String, recorded: Bool)] { [] }

    /// The koperasi's time zone as registered, read without replaying the journal.
    public var registeredTimeZone: IndonesianTimeZone? { Self.peekTimeZone(resolvedPath) }

    /// Every stored command id that starts with `prefix`, with its first sequence (an index range scan).
    public func commands(withIDPrefix prefix: String) throws(StoreError) -> [(id: String, sequence: Int64)] {
        guard hasCommandIDs, let last = prefix.unicodeScalars.last,
              let next = Unicode.Scalar(last.value + 1) else { return [] }
        let upper = String(prefix.unicodeScalars.dropLast()) + String(next)
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT command_id, min(seq) AS first FROM journal WHERE command_id >= ? AND command_id < ?
                    GROUP BY command_id
                    """, arguments: [prefix, upper]).map { ($0["command_id"], $0["first"]) }
            }
        } catch {
            throw Self.describeOpenFailure(error, path: path)
        }
    }

    /// The sequences of the events command `id` recorded, empty when it was never recorded.
    public func sequences(ofCommand id: String) throws(StoreError) -> [Int64] {
        guard hasCommandIDs else { return [] }
        do {
            return try database.read { db in
                try Int64.fetchAll(db, sql: "SELECT seq FROM journal WHERE command_id = ? ORDER BY seq", arguments: [id])
            }
        } catch {
            throw Self.describeOpenFailure(error, path: path)
        }
    }

}

/// Roster versions and ledgers read in the same SQLite transaction as the rows.
struct SQLiteRowContext: JournalRowContext {
    let file: MeetingFile
    let db: Database

    func roster(version: Int) throws -> [Member] { try file.loadRoster(version: version, db: db) }
    func ledgerText(version: Int) throws -> String? { try file.ledgerText(version: version, db: db) }
}
