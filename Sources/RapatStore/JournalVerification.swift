import Foundation
import RapatText
import GRDB
import RapatCore

/// The result of recomputing a meeting file's hash chain (`rapat verify`, and every open).
public enum JournalVerification: Equatable, Sendable {
    /// Every event and roster matches; `digest` is the final hash.
    case intact(events: Int64, digest: String)
    /// Event `sequence` does not hash to what is stored: it, or something before it, was altered.
    case hashMismatch(sequence: Int64, kind: String, at: Date, stored: String, computed: String)
    /// The journal skips or repeats a position (a row was removed or inserted).
    case sequenceGap(expected: Int64, found: Int64)
    /// Roster version `version` no longer matches the digest recorded in event `sequence`.
    case rosterMismatch(sequence: Int64, version: Int, recorded: String, computed: String)
    /// The SHU ledger `version` no longer matches the digest recorded in event `sequence`.
    case ledgerMismatch(sequence: Int64, version: Int, recorded: String, computed: String)

    public var isIntact: Bool {
        if case .intact = self { return true }
        return false
    }

    /// The first bad event, in one sentence (for refusals and warnings).
    public func problem(zone: IndonesianTimeZone) -> String? {
        switch self {
        case .intact: nil
        case let .hashMismatch(sequence, kind, at, _, _):
            tr("store.journal.hashMismatch", ["seq": sequence, "kind": kind,
                                               "when": RefusalFormat.date(at, zone: zone) + " " + RefusalFormat.time(at, zone: zone)])
        case let .sequenceGap(expected, found):
            tr("store.journal.sequenceGap", ["previous": expected - 1, "found": found])
        case let .rosterMismatch(sequence, version, _, _):
            tr("store.journal.rosterChanged", ["version": version, "seq": sequence])
        case let .ledgerMismatch(sequence, version, _, _):
            tr("store.journal.ledgerChanged", ["version": version, "seq": sequence])
        }
    }
}

/// One stored journal row with everything the chain covers.
struct JournalRow {
    var sequence: Int64
    var stored: StoredEvent
    var recordedMilliseconds: Int64
    var hash: String
    var commandID: String?
    /// The desk that recorded the row (format 5), chained only when present so earlier rows keep their hashes.
    var desk: Int?
}

/// Recomputes the chain row by row: SHA-256(prev ‖ canonical row), gap-free sequences, roster and ledger digests.
struct ChainCheck {
    private(set) var previous = MeetingFile.genesisHash
    private(set) var expected: Int64 = 1
    /// The first problem met; later rows are still hashed so readers can show everything.
    private(set) var failure: JournalVerification?
    private let hasher = ChainHasher()

    init() {}

    /// Goes on from a tip already verified (a desk catching up with what other desks appended).
    init(after sequence: Int64, hash: [UInt8]) {
        previous = hash
        expected = sequence + 1
    }

    var outcome: JournalVerification { failure ?? .intact(events: expected - 1, digest: previous.hexString) }

    /// Checks `row`; returns false once the chain is broken (the caller decides whether to go on reading).
    /// `roster` is the members of a roster import already read by the caller, so they are not read twice.
    mutating func check(_ row: JournalRow, context: any JournalRowContext, roster: [Member]? = nil) throws -> Bool {
        guard failure == nil else { return false }
        guard row.sequence == expected else {
            failure = .sequenceGap(expected: expected, found: row.sequence)
            return false
        }
        let computed = hasher.hash(after: previous, row)
        guard ChainHasher.matches(computed, hex: row.hash) else {
            failure = .hashMismatch(sequence: row.sequence, kind: row.stored.kind,
                                    at: EventCodec.date(row.stored.atMilliseconds), stored: row.hash,
                                    computed: computed.hexString)
            return false
        }
        if row.stored.kind == Event.Kind.rosterImported.rawValue,
           let mismatch = try Self.rosterMismatch(row.stored, sequence: row.sequence, context: context, members: roster) {
            failure = mismatch
            return false
        }
        if row.stored.kind == Event.Kind.shuLedgerImported.rawValue,
           let mismatch = try Self.ledgerMismatch(row.stored, sequence: row.sequence, context: context) {
            failure = mismatch
            return false
        }
        previous = computed
        expected += 1
        return true
    }

    static func rosterMismatch(_ row: StoredEvent, sequence: Int64, context: any JournalRowContext, members: [Member]? = nil)
        throws -> JournalVerification? {
        guard let payload = row.payload,
              let info = try? JSONDecoder().decode(DigestInfo.self, from: Data(payload.utf8))
        else { return .rosterMismatch(sequence: sequence, version: 0, recorded: "?", computed: "?") }
        let members = try members ?? context.roster(version: info.version)
        let computed = SHA256Hasher.hex(Roster.canonicalText(of: members))
        return computed == info.digest
            ? nil : .rosterMismatch(sequence: sequence, version: info.version, recorded: info.digest, computed: computed)
    }

    static func ledgerMismatch(_ row: StoredEvent, sequence: Int64, context: any JournalRowContext) throws -> JournalVerification? {
        guard let payload = row.payload,
              let info = try? JSONDecoder().decode(DigestInfo.self, from: Data(payload.utf8))
        else { return .ledgerMismatch(sequence: sequence, version: 0, recorded: "?", computed: "?") }
        let computed = try context.ledgerText(version: info.version).map(SHA256Hasher.hex) ?? "(hilang)"
        return computed == info.digest
            ? nil : .ledgerMismatch(sequence: sequence, version: info.version, recorded: info.digest, computed: computed)
    }

    private struct DigestInfo: Decodable {
        var version: Int
        var digest: String
    }
}

/// A meeting read in one pass: its state folded from the journal, and whether the chain held.
public struct JournalScan {
    public var state: MeetingState
    /// Every decoded entry, when asked for (documents and the review need them; a writer does not).
    public var entries: [JournalEntry]
    public var verification: JournalVerification
    public var eventCount: Int64
    public var finalDigest: String

    /// The koperasi's time zone for messages: from the registration's profile, WIB before it.
    public var zone: IndonesianTimeZone { state.opening?.profile.timeZone ?? .wib }
}

/// The reading both stores share: one pass over the rows for scanning, verifying, decoding and anchoring.
extension JournalStorage {
    /// Reads the whole journal once: folds every event into the state and recomputes the chain as it goes,
    /// so verifying on every open costs one hash per row rather than a second pass.
    func scanRows(keepingEntries: Bool) throws(StoreError) -> JournalScan {
        var state = MeetingState()
        var entries: [JournalEntry] = []
        var chain = ChainCheck()
        var undecodable: UndecodableEvent?
        do {
            // Folding stops at the first row the chain or the decoder rejects: what follows cannot be trusted (and a
            // hand-made event need not even be foldable), so readers show the meeting up to there with a warning.
            try forEachStoredRow(after: 0) { row, context in
                let event: Event
                do {
                    event = try EventCodec.decode(row.stored, sequence: row.sequence) { try context.roster(version: $0) }
                } catch let error as UndecodableEvent {
                    undecodable = error
                    _ = try chain.check(row, context: context)
                    return false
                }
                var roster: [Member]?
                if case let .rosterImported(imported) = event { roster = imported.roster.members }
                guard try chain.check(row, context: context, roster: roster) else { return false }
                state.evolve(event, desk: row.desk)
                if keepingEntries { entries.append(JournalEntry(sequence: row.sequence, event: event, desk: row.desk)) }
                return true
            }
        } catch {
            throw describe(error)
        }
        if let undecodable, chain.outcome.isIntact {
            // The chain holds, so nobody edited the row: it was written by another version of Rapat.
            throw .notAMeetingFile(path: path, reason: tr("store.journal.undecodable", ["seq": undecodable.sequence, "reason": undecodable.reason]))
        }
        return JournalScan(state: state, entries: entries, verification: chain.outcome, eventCount: eventCount,
                           finalDigest: finalDigest)
    }

    /// Decodes and verifies the rows after the tip `sequence`/`hash`: what other writers appended since.
    /// A row that breaks the chain is refused: a desk never folds what it cannot verify.
    func entriesVerified(after sequence: Int64, hash: [UInt8]) throws(StoreError) -> (entries: [JournalEntry], hash: [UInt8]) {
        var chain = ChainCheck(after: sequence, hash: hash)
        var entries: [JournalEntry] = []
        do {
            try forEachStoredRow(after: sequence) { row, context in
                let event = try EventCodec.decode(row.stored, sequence: row.sequence) { try context.roster(version: $0) }
                var roster: [Member]?
                if case let .rosterImported(imported) = event { roster = imported.roster.members }
                guard try chain.check(row, context: context, roster: roster) else { return false }
                entries.append(JournalEntry(sequence: row.sequence, event: event, desk: row.desk))
                return true
            }
        } catch let error as UndecodableEvent {
            throw .notAMeetingFile(path: path, reason: tr("store.journal.undecodable", ["seq": error.sequence, "reason": error.reason]))
        } catch {
            throw describe(error)
        }
        if let problem = chain.outcome.problem(zone: registeredTimeZone ?? .wib) {
            throw .brokenJournal(path: path, problem: problem)
        }
        return (entries, chain.previous)
    }

    /// Recomputes SHA-256(prev ‖ canonical event) for every event and each roster's digest, without decoding events.
    func verifyRows() throws(StoreError) -> JournalVerification {
        var chain = ChainCheck()
        do {
            try forEachStoredRow(after: 0) { row, context in try chain.check(row, context: context) }
        } catch {
            throw describe(error)
        }
        return chain.outcome
    }

    /// All journal entries, decoded but not folded (for export and tests).
    func decodedEntries() throws(StoreError) -> [JournalEntry] {
        var entries: [JournalEntry] = []
        do {
            try forEachStoredRow(after: 0) { row, context in
                let event = try EventCodec.decode(row.stored, sequence: row.sequence) { try context.roster(version: $0) }
                entries.append(JournalEntry(sequence: row.sequence, event: event, desk: row.desk))
                return true
            }
        } catch let error as UndecodableEvent {
            throw .notAMeetingFile(path: path, reason: "peristiwa #\(error.sequence): \(error.reason)")
        } catch {
            throw describe(error)
        }
        return entries
    }

    /// Where the journal stands against a final digest printed on a document (`rapat verify --sidik`).
    func anchorRows(_ digestPrefix: String, expectedEvents: Int64?) throws(StoreError) -> ChainAnchor {
        let prefix = digestPrefix.lowercased()
        var matched: Int64?
        var hashAtExpected: String?
        var last: Int64 = 0
        var lastDigest = MeetingFile.genesisHash.hexString
        var previous = MeetingFile.genesisHash
        let hasher = ChainHasher()
        do {
            // The digests are recomputed, never read: a stored hash can be overwritten with the printed one.
            try forEachStoredRow(after: 0) { row, _ in
                previous = hasher.hash(after: previous, row)
                let computed = previous.hexString
                if matched == nil, computed.hasPrefix(prefix) { matched = row.sequence }
                if row.sequence == expectedEvents { hashAtExpected = computed }
                last = row.sequence
                lastDigest = computed
                return true
            }
        } catch {
            throw describe(error)
        }
        if let matched {
            return matched == last ? .endsAtDigest(events: last) : .longer(matchedAt: matched, following: last - matched)
        }
        if let expectedEvents, last < expectedEvents {
            return .shorter(events: last, missing: expectedEvents - last, lastDigest: lastDigest)
        }
        return .differs(events: last, lastDigest: lastDigest, digestAtExpected: hashAtExpected, expectedEvents: expectedEvents)
    }
}

/// How the journal compares with the final digest printed on the berita acara.
public enum ChainAnchor: Equatable, Sendable {
    /// The journal ends exactly at the digest.
    case endsAtDigest(events: Int64)
    /// The digest is event `matchedAt`'s, and `following` events were appended after it.
    case longer(matchedAt: Int64, following: Int64)
    /// The journal stops `missing` events before the count printed with the digest.
    case shorter(events: Int64, missing: Int64, lastDigest: String)
    /// No event has the digest: the journal was changed and its chain recomputed (or the digest is mistyped).
    case differs(events: Int64, lastDigest: String, digestAtExpected: String?, expectedEvents: Int64?)

    public var matches: Bool {
        if case .endsAtDigest = self { return true }
        return false
    }
}
