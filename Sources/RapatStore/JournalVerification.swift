import Foundation
import GRDB
import RapatCore

/// The result of recomputing a meeting file's hash chain (`rapat verify`).
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
}

extension MeetingFile {
    /// Recomputes SHA-256(prev ‖ canonical event) for every event and each roster's digest.
    public func verify() throws(StoreError) -> JournalVerification {
        var previous = Self.genesisHash
        var expected: Int64 = 1
        var outcome: JournalVerification?
        do {
            try forEachStoredRow { sequence, row, recorded, storedHash, db in
                guard sequence == expected else {
                    outcome = .sequenceGap(expected: expected, found: sequence)
                    return false
                }
                let computed = Self.chain(previous, row.canonicalText(sequence: sequence, recordedMilliseconds: recorded))
                guard computed.hexString == storedHash else {
                    outcome = .hashMismatch(sequence: sequence, kind: row.kind, at: EventCodec.date(row.atMilliseconds),
                                            stored: storedHash, computed: computed.hexString)
                    return false
                }
                if row.kind == Event.Kind.rosterImported.rawValue, let mismatch = try rosterMismatch(row, sequence: sequence, db: db) {
                    outcome = mismatch
                    return false
                }
                if row.kind == Event.Kind.shuLedgerImported.rawValue, let mismatch = try ledgerMismatch(row, sequence: sequence, db: db) {
                    outcome = mismatch
                    return false
                }
                previous = computed
                expected += 1
                return true
            }
        } catch {
            throw .database(path: path, reason: "\(error)")
        }
        return outcome ?? .intact(events: expected - 1, digest: previous.hexString)
    }

    private func rosterMismatch(_ row: StoredEvent, sequence: Int64, db: Database) throws -> JournalVerification? {
        guard let payload = row.payload,
              let info = try? JSONDecoder().decode(RosterDigestInfo.self, from: Data(payload.utf8))
        else { return .rosterMismatch(sequence: sequence, version: 0, recorded: "?", computed: "?") }
        let members = try loadRoster(version: info.version, db: db)
        let computed = SHA256Hasher.hex(Roster.canonicalText(of: members))
        return computed == info.digest
            ? nil : .rosterMismatch(sequence: sequence, version: info.version, recorded: info.digest, computed: computed)
    }

    private func ledgerMismatch(_ row: StoredEvent, sequence: Int64, db: Database) throws -> JournalVerification? {
        guard let payload = row.payload,
              let info = try? JSONDecoder().decode(RosterDigestInfo.self, from: Data(payload.utf8))
        else { return .ledgerMismatch(sequence: sequence, version: 0, recorded: "?", computed: "?") }
        let computed = try ledgerText(version: info.version, db: db).map(SHA256Hasher.hex) ?? "(hilang)"
        return computed == info.digest
            ? nil : .ledgerMismatch(sequence: sequence, version: info.version, recorded: info.digest, computed: computed)
    }

    private struct RosterDigestInfo: Decodable {
        var version: Int
        var digest: String
    }
}
