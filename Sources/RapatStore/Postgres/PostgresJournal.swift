import Foundation
import PostgresNIO
import RapatCore
import RapatText

/// The meeting's journal on a PostgreSQL server, shared by several desks.
///
/// The rows, their canonical bytes and the hash chain are exactly the SQLite file's, so `verify`, the documents and
/// `rapat arsip` treat both alike. Appends from all desks form one chain: each runs in a transaction that first
/// takes one advisory lock, reads what other desks appended since (verifying it link by link), lets the session
/// decide over that state, inserts, notifies and commits. A commit is durable (synchronous_commit on) before any
/// desk's screen says so. Desks learn of others' commits by LISTEN/NOTIFY and catch up from the last sequence they
/// saw, since a notification missed while disconnected is never replayed.
public final class PostgresJournal: JournalStorage {
    public let location: PostgresLocation
    public var path: String { location.display }
    public let isWritable: Bool
    public private(set) var openingNotes: [String] = []
    /// Server time minus this machine's, measured on connecting: every desk stamps with the server's clock.
    public private(set) var serverClockOffset: TimeInterval = 0
    let link: PostgresLink
    /// Told (on another thread) whenever any desk commits; readers use it to refresh at once.
    public let listener: PostgresListener
    private let hasher = ChainHasher()
    private(set) var lastSequence: Int64 = 0
    private(set) var lastHash = MeetingFile.genesisHash
    /// Commits whose answer was lost with the connection, by command id: resolved once the server answers again.
    private var unconfirmed: [String] = []
    /// The desk locks this process holds (0 = the chair's desk), taken again after a reconnect.
    private var heldDeskLocks: [Int] = []
    private var deskHolder = ""
    private var cachedZone: IndonesianTimeZone?
    private var isClosed = false
    /// Tests cut the network here, to lose a COMMIT's answer.
    var beforeCommit: (() -> Void)?

    private init(location: PostgresLocation, writable: Bool, deadline: TimeInterval) {
        self.location = location
        isWritable = writable
        link = PostgresLink(location: location, deadline: deadline)
        listener = PostgresListener(location: location)
        link.onConnect = { [unowned self] link in try self.prepareConnection(link) }
    }

    deinit { close() }

    public var finalDigest: String { lastHash.hexString }
    public var eventCount: Int64 { lastSequence }

    // MARK: Opening

    /// `rapat init --file postgresql://…`: makes the meeting's tables in an empty database, creating the database
    /// first when it does not exist (and the role may). Refuses a database that already holds tables.
    public static func create(at location: PostgresLocation, deadline: TimeInterval = 5) throws(StoreError) -> PostgresJournal {
        let journal = PostgresJournal(location: location, writable: true, deadline: deadline)
        do {
            if try !journal.connectIfDatabaseExists() {
                try createDatabase(location, deadline: deadline)
                try journal.link.connect()
            }
            let tables = try journal.link.query("SELECT count(*)::bigint FROM pg_tables WHERE schemaname = current_schema()")
            if try (tables.first?.decode(Int64.self) ?? 0) > 0 {
                throw StoreError.meetingFileExists(path: location.display)
            }
            try journal.link.execute("BEGIN")
            for statement in PostgresSchema.create { try journal.link.execute(statement) }
            try journal.link.execute("COMMIT")
        } catch {
            journal.close()
            throw journal.describe(error)
        }
        try journal.finishOpening()
        return journal
    }

    /// Opens an existing meeting for writing (a desk) or reading (`verify`, `docs`, `lihat`, `layar`, `arsip`).
    public static func open(at location: PostgresLocation, writable: Bool, deadline: TimeInterval = 5) throws(StoreError)
        -> PostgresJournal {
        let journal = PostgresJournal(location: location, writable: writable, deadline: deadline)
        do {
            try journal.link.connect()
            let marks = try journal.link.query("""
                SELECT (SELECT value FROM rapat_meta WHERE key = 'application'), (SELECT value FROM rapat_meta WHERE key = 'format')
                WHERE to_regclass('rapat_meta') IS NOT NULL
                """)
            guard let mark = marks.first, let (application, format) = try? mark.decode((String?, String?).self),
                  application == "RAPT" else {
                throw StoreError.notAMeetingFile(path: location.display, reason: tr("store.pg.notMeeting"))
            }
            if let version = format.flatMap(Int.init), version > PostgresSchema.formatVersion {
                throw StoreError.newerFormat(path: location.display, version: version)
            }
        } catch {
            journal.close()
            throw journal.describe(error)
        }
        try journal.finishOpening()
        return journal
    }

    /// Connects; false when the database does not exist yet (SQLSTATE 3D000).
    private func connectIfDatabaseExists() throws -> Bool {
        do {
            try link.connect()
            return true
        } catch {
            if case let .server(state, _) = error, state == "3D000" { return false }
            throw error
        }
    }

    private static func createDatabase(_ location: PostgresLocation, deadline: TimeInterval) throws(PostgresLink.Failure) {
        let admin = PostgresLink(location: location.with(database: "postgres"), deadline: deadline)
        defer { admin.drop() }
        let name = "\"" + location.database.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try admin.execute("CREATE DATABASE \(name) ENCODING 'UTF8' TEMPLATE template0")
    }

    /// The tip, the triggers and the listener, once the meeting is known to be one.
    private func finishOpening() throws(StoreError) {
        do {
            let tip = try link.query("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")
            if let row = tip.first {
                let (sequence, hash) = try row.decode((Int64, String).self)
                lastSequence = sequence
                lastHash = [UInt8](hex: hash) ?? MeetingFile.genesisHash
            }
            let present = try link.query("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal").map { try $0.decode(String.self) }
            let missing = PostgresSchema.triggers.filter { !present.contains($0) }
            if !missing.isEmpty {
                openingNotes.append(tr("store.note.triggersRemoved", ["path": path, "triggers": missing.joined(separator: ", ")]))
            }
        } catch {
            close()
            throw describe(error)
        }
        listener.start()
    }

    /// Every new connection: fail fast instead of waiting on a lock or a dead transaction, durable commits, the
    /// server's clock, and the desk locks this process held before the connection broke.
    private func prepareConnection(_ link: PostgresLink) throws {
        let milliseconds = Int(link.deadline * 1000)
        for setting in ["synchronous_commit = on", "lock_timeout = '\(milliseconds)ms'",
                        "idle_in_transaction_session_timeout = '\(milliseconds)ms'", "application_name = 'rapat'"] {
            try link.execute("SET " + setting)
        }
        let before = Date()
        let rows = try link.query("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")
        let after = Date()
        if let server = try rows.first?.decode(Int64.self) {
            let local = (before.timeIntervalSince1970 + after.timeIntervalSince1970) / 2
            serverClockOffset = Double(server) / 1000 - local
        }
        for lock in heldDeskLocks where try !tryDeskLock(lock, link: link) {
            throw StoreError.deskTaken(path: path, desk: lock, holder: tr("store.pg.anotherDesk"))
        }
    }

    // MARK: Desks

    /// Takes desk `number` (and the chair's desk for the chair) for this process, refusing a number or a chair's
    /// desk another live process holds. The locks go with the connection: a killed desk frees its number at once.
    public func claim(_ desk: DeskAssignment, holder: String) throws(StoreError) {
        let locks = desk.role == .chair ? [desk.number, 0] : [desk.number]
        do {
            for lock in locks {
                guard try tryDeskLock(lock, link: link) else {
                    let rows = try link.query("SELECT holder FROM desk_holder WHERE desk = \(lock)")
                    let who = (try? rows.first?.decode(String.self)) ?? tr("store.pg.anotherDesk")
                    for held in heldDeskLocks { _ = try? link.query("SELECT pg_advisory_unlock(\(PostgresSchema.deskLockClass), \(held))") }
                    heldDeskLocks = []
                    if lock == 0 { throw StoreError.deskTaken(path: path, desk: 0, holder: tr("store.pg.chairHeld", ["holder": who])) }
                    throw StoreError.deskTaken(path: path, desk: lock, holder: who)
                }
                heldDeskLocks.append(lock)
                try link.query("""
                    INSERT INTO desk_holder (desk, holder) VALUES (\(lock), \(holder))
                    ON CONFLICT (desk) DO UPDATE SET holder = EXCLUDED.holder, since = now()
                    """)
            }
        } catch {
            throw describe(error)
        }
    }

    private func tryDeskLock(_ lock: Int, link: PostgresLink) throws -> Bool {
        let rows = try link.query("SELECT pg_try_advisory_lock(\(PostgresSchema.deskLockClass), \(Int32(lock)))")
        return try rows.first?.decode(Bool.self) ?? false
    }

    // MARK: Reading

    func forEachStoredRow(after sequence: Int64, _ body: (JournalRow, any JournalRowContext) throws -> Bool) throws {
        let rows = try link.query("""
            SELECT seq, at_ms, recorded_ms, kind, member, payload, hash, command_id, desk FROM journal
            WHERE seq > \(sequence) ORDER BY seq
            """)
        let context = PostgresRowContext(link: link)
        for row in rows {
            let (seq, at, recorded, kind, member, payload, hash, commandID, desk) =
                try row.decode((Int64, Int64, Int64, String, String?, String?, String, String?, Int?).self)
            let journalRow = JournalRow(sequence: seq, stored: StoredEvent(kind: kind, atMilliseconds: at, member: member, payload: payload),
                                        recordedMilliseconds: recorded, hash: hash, commandID: commandID, desk: desk)
            guard try body(journalRow, context) else { break }
        }
    }

    public func scan(keepingEntries: Bool = false) throws(StoreError) -> JournalScan {
        var scan = try scanRows(keepingEntries: keepingEntries)
        // The scan read one snapshot, possibly past the tip read on opening: the tip is what it folded.
        if case let .intact(events, digest) = scan.verification {
            lastSequence = events
            lastHash = [UInt8](hex: digest) ?? lastHash
        }
        scan.eventCount = lastSequence
        scan.finalDigest = finalDigest
        if let zone = scan.state.opening?.profile.timeZone { cachedZone = zone }
        return scan
    }

    public func verify() throws(StoreError) -> JournalVerification { try verifyRows() }
    public func entries() throws(StoreError) -> [JournalEntry] { try decodedEntries() }
    public func anchor(_ digestPrefix: String, expectedEvents: Int64?) throws(StoreError) -> ChainAnchor {
        try anchorRows(digestPrefix, expectedEvents: expectedEvents)
    }

    public func archive(to destination: String) throws(StoreError) -> (path: String, verification: JournalVerification) {
        try MeetingArchive.write(from: self, to: destination)
    }

    public var registeredTimeZone: IndonesianTimeZone? {
        if let cachedZone { return cachedZone }
        guard let rows = try? link.query("SELECT payload FROM journal WHERE kind = 'registration_opened' ORDER BY seq LIMIT 1"),
              let text = try? rows.first?.decode(String?.self) else { return nil }
        cachedZone = MeetingFile.timeZone(ofOpeningPayload: text)
        return cachedZone
    }

    public func loadLedger(version: Int) throws(StoreError) -> ShuLedger {
        let text: String?
        do {
            text = try PostgresRowContext(link: link).ledgerText(version: version)
        } catch {
            throw describe(error)
        }
        guard let text, let ledger = MeetingFile.parseLedger(text) else {
            throw .database(path: path, reason: tr("store.reason.ledgerMissing", ["version": version]))
        }
        return ledger
    }

    public func sequences(ofCommand id: String) throws(StoreError) -> [Int64] {
        do {
            return try link.query("SELECT seq FROM journal WHERE command_id = \(id) ORDER BY seq").map { try $0.decode(Int64.self) }
        } catch {
            throw describe(error)
        }
    }

    public func commands(withIDPrefix prefix: String) throws(StoreError) -> [(id: String, sequence: Int64)] {
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return [] }
        let upper = String(prefix.unicodeScalars.dropLast()) + String(next)
        do {
            return try link.query("""
                SELECT command_id, min(seq) FROM journal WHERE command_id >= \(prefix) AND command_id < \(upper)
                GROUP BY command_id
                """).map { try $0.decode((String, Int64).self) }
        } catch {
            throw describe(error)
        }
    }

    public func catchUp() throws(StoreError) -> [JournalEntry] {
        listener.takeNews()
        do {
            return try catchUpOnce()
        } catch .serverUnreachable {
            // The first request after an outage may meet a connection the outage killed: one retry on a new one.
            link.drop()
            return try catchUpOnce()
        }
    }

    private func catchUpOnce() throws(StoreError) -> [JournalEntry] {
        try confirmUnconfirmed()
        let (entries, hash) = try entriesVerified(after: lastSequence, hash: lastHash)
        if let last = entries.last {
            lastSequence = last.sequence
            lastHash = hash
        }
        return entries
    }

    /// Whether another desk committed since the last catch-up (or the listener reconnected and may have missed one).
    public var hasNews: Bool { listener.hasNews || !unconfirmed.isEmpty }
    /// The listening connection is up: the server answers (checked twice a second).
    public var isReachable: Bool { listener.isConnected }

    // MARK: Writing

    /// The stage a write reached, which decides what a broken connection means.
    private enum Stage { case beforeCommit, committing }

    public func write(_ prepare: (_ others: [JournalEntry]) throws -> JournalAppend?) throws -> [JournalEntry] {
        precondition(isWritable, "write on a read-only meeting")
        var attempts = 0
        while true {
            attempts += 1
            var stage = Stage.beforeCommit
            var pending: (id: String, rows: [(Int64, [UInt8])], append: JournalAppend)?
            do {
                return try writeOnce(prepare, stage: &stage, pending: &pending)
            } catch let failure as PostgresLink.Failure {
                if stage == .committing, let pending {
                    return try settle(pending.id, rows: pending.rows, append: pending.append, failure: failure)
                }
                _ = try? link.execute("ROLLBACK")
                switch failure {
                case .unreachable where attempts < 2:
                    continue  // nothing was committed: one quick retry on a new connection (a restarted server)
                case let .server(state, _) where ["40001", "40P01", "55P03", "23505"].contains(state) && attempts < 5:
                    continue  // serialisation, deadlock, lock timeout, a sequence taken: the next attempt re-reads
                default:
                    throw describe(failure)
                }
            } catch {
                // A refusal (the core's, or a reused command id): nothing was written.
                _ = try? link.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func writeOnce(_ prepare: ([JournalEntry]) throws -> JournalAppend?, stage: inout Stage,
                           pending: inout (id: String, rows: [(Int64, [UInt8])], append: JournalAppend)?) throws -> [JournalEntry] {
        try link.execute("BEGIN")
        try link.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.appendLock))")
        // What other desks appended, verified against this desk's chain before the session folds it.
        let (others, othersHash) = try entriesVerified(after: lastSequence, hash: lastHash)
        if let last = others.last {
            lastSequence = last.sequence
            lastHash = othersHash
        }
        guard var append = try prepare(others), !append.events.isEmpty else {
            try link.execute("COMMIT")
            return []
        }
        // Every row carries a command id on a shared server, so a commit whose answer was lost can be found again.
        let commandID = append.commandID ?? "rapat:" + UUID().uuidString
        append.commandID = commandID
        let recorded = EventCodec.milliseconds(append.recordedAt)
        var sequence = lastSequence
        var hash = lastHash
        var written: [(Int64, [UInt8])] = []
        for event in append.events {
            if case let .rosterImported(imported) = event { try insertRoster(imported.roster) }
            if case let .shuLedgerImported(imported) = event, let ledger = append.ledger {
                try link.query("INSERT INTO shu_ledger (version, canonical) VALUES (\(imported.version), \(ledger.canonicalText))")
            }
            sequence += 1
            let row = EventCodec.encode(event)
            hash = hasher.hash(after: hash, JournalRow(sequence: sequence, stored: row, recordedMilliseconds: recorded, hash: "",
                                                       commandID: commandID, desk: append.desk))
            try link.query("""
                INSERT INTO journal (seq, at_ms, recorded_ms, kind, member, payload, hash, command_id, desk)
                VALUES (\(sequence), \(row.atMilliseconds), \(recorded), \(row.kind), \(row.member), \(row.payload),
                        \(hash.hexString), \(commandID), \(append.desk))
                """)
            written.append((sequence, hash))
        }
        try link.query("SELECT pg_notify(\(PostgresSchema.notifyChannel), \(String(sequence)))")
        pending = (commandID, written, append)
        stage = .committing
        beforeCommit?()
        try link.execute("COMMIT")
        return advance(to: written, append: append)
    }

    private func advance(to written: [(Int64, [UInt8])], append: JournalAppend) -> [JournalEntry] {
        guard let last = written.last else { return [] }
        lastSequence = last.0
        lastHash = last.1
        return zip(written, append.events).map { JournalEntry(sequence: $0.0, event: $1, desk: append.desk) }
    }

    /// The connection broke while committing: ask the server (once it answers, and after the dead transaction has
    /// ended, which taking the append lock waits for) whether the rows are there.
    private func settle(_ commandID: String, rows written: [(Int64, [UInt8])], append: JournalAppend,
                        failure: PostgresLink.Failure) throws -> [JournalEntry] {
        link.drop()
        do {
            if try committed(commandID) {
                return advance(to: written, append: append)
            }
        } catch {
            unconfirmed.append(commandID)
            throw StoreError.outcomeUnknown(path: path, reason: Self.reason(failure))
        }
        throw StoreError.serverUnreachable(path: path, reason: Self.reason(failure))
    }

    /// Whether command `id`'s rows are in the journal, asked under the append lock so an unfinished commit is done.
    private func committed(_ id: String) throws -> Bool {
        try link.execute("BEGIN")
        defer { _ = try? link.execute("COMMIT") }
        try link.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.appendLock))")
        return try !link.query("SELECT 1 FROM journal WHERE command_id = \(id) LIMIT 1").isEmpty
    }

    /// Commands left unconfirmed by a lost connection, now settled: their rows (if any) arrive with the catch-up.
    public private(set) var settled: [(commandID: String, recorded: Bool)] = []

    private func confirmUnconfirmed() throws(StoreError) {
        guard !unconfirmed.isEmpty else { return }
        do {
            for id in unconfirmed { settled.append((id, try committed(id))) }
            unconfirmed = []
        } catch {
            throw describe(error)
        }
    }

    /// Hands over the settled commands once (the desk says what became of each).
    public func takeSettled() -> [(commandID: String, recorded: Bool)] {
        defer { settled = [] }
        return settled
    }

    private func insertRoster(_ roster: Roster) throws {
        // Batches keep a 12,000-member roster to a few round trips (at most 65,535 parameters per statement).
        for start in stride(from: 0, to: roster.members.count, by: 2000) {
            var sql = """
                INSERT INTO roster_member (version, position, number, name, gender, unit, status, joined_on,
                                           office_body, office_title, voting_right, in_arrears) VALUES
                """
            var bindings = PostgresBindings()
            for (offset, m) in roster.members[start..<min(start + 2000, roster.members.count)].enumerated() {
                let base = offset * 12
                sql += (offset == 0 ? " " : ", ") + "(" + (1...12).map { "$\(base + $0)" }.joined(separator: ", ") + ")"
                bindings.append(roster.version)
                bindings.append(start + offset)
                bindings.append(m.number.rawValue)
                bindings.append(m.name)
                bindings.append(m.gender.rawValue)
                bindings.append(m.unit)
                bindings.append(m.status.rawValue)
                bindings.append(m.joinedOn)
                bindings.append(m.office?.body.rawValue)
                bindings.append(m.office?.title ?? "")
                bindings.append(m.hasVotingRight ? 1 : 0)
                bindings.append(m.inArrears ? 1 : 0)
            }
            try link.query(PostgresQuery(unsafeSQL: sql, binds: bindings))
        }
    }

    // MARK: Errors and closing

    func describe(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let failure = error as? PostgresLink.Failure else {
            return .database(path: path, reason: SystemErrorText.sentence(for: error))
        }
        switch failure {
        case let .unreachable(reason):
            return .serverUnreachable(path: path, reason: reason)
        case let .server(state, message):
            switch state {
            case "3D000": return .meetingFileNotFound(path: path)
            case "28P01", "28000": return .unreadableFile(path: path, reason: tr("store.pg.authFailed", ["user": location.user]))
            case "42501": return .readOnlyMeetingFile(path: path, reason: tr("store.pg.permission"))
            case "42P01": return .notAMeetingFile(path: path, reason: tr("store.pg.notMeeting"))
            case "55P03", "40001", "40P01": return .database(path: path, reason: tr("store.reason.busy"))
            case "53100": return .database(path: path, reason: tr("store.reason.diskFull"))
            case "P0001" where message.contains("append-only"):
                return .database(path: path, reason: tr("store.pg.appendOnly"))
            default: return .database(path: path, reason: tr("store.pg.serverError", ["state": state]))
            }
        }
    }

    static func reason(_ failure: PostgresLink.Failure) -> String {
        switch failure {
        case let .unreachable(reason): reason
        case let .server(state, _): tr("store.pg.serverError", ["state": state])
        }
    }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        listener.stop()
        link.drop()
    }
}

/// Rosters and ledgers read on the journal's connection.
struct PostgresRowContext: JournalRowContext {
    let link: PostgresLink

    func roster(version: Int) throws -> [Member] {
        var shared: [String: String] = [:]
        func interned(_ text: String) -> String {
            if let existing = shared[text] { return existing }
            shared[text] = text
            return text
        }
        return try link.query("""
            SELECT number, name, gender, unit, status, joined_on, office_body, office_title, voting_right, in_arrears
            FROM roster_member WHERE version = \(version) ORDER BY position
            """).map { row in
            let (number, name, gender, unit, status, joined, body, title, voting, arrears) =
                try row.decode((String, String, String, String, String, String, String?, String, Int, Int).self)
            return Member(number: MemberNumber(number), name: name, gender: Gender(rawValue: gender) ?? .male, unit: interned(unit),
                          status: MembershipStatus(rawValue: status) ?? .regular, joinedOn: joined,
                          office: body.flatMap(OfficeBody.init(rawValue:)).map { Office(body: $0, title: interned(title)) },
                          hasVotingRight: voting != 0, inArrears: arrears != 0)
        }
    }

    func ledgerText(version: Int) throws -> String? {
        try link.query("SELECT canonical FROM shu_ledger WHERE version = \(version)").first?.decode(String.self)
    }
}
