import Foundation
import GRDB
import RapatCore
import RapatText
#if canImport(Glibc)
import Glibc
#endif

/// `rapat arsip`: a shared meeting written into one SQLite meeting file, row for row. The rows keep their stored
/// bytes, hashes, command ids and desks, so the archive's chain, final digest and documents are the server's.
enum MeetingArchive {
    static func write(from source: some JournalStorage, to destination: String) throws(StoreError)
        -> (path: String, verification: JournalVerification) {
        var target = destination
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory), isDirectory.boolValue {
            target = (destination as NSString).appendingPathComponent("rat.rapat")
        }
        if FileManager.default.fileExists(atPath: target) {
            throw .copyFailed(path: target, reason: tr("store.copy.targetExists"))
        }
        let directory = (target as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/." + (target as NSString).lastPathComponent + ".arsip-\(getpid())"
        unlink(temporary)
        // One snapshot of the source: the rows up to its tip now, with the rosters and ledgers they name.
        var rows: [JournalRow] = []
        var rosters: [Int: [Member]] = [:]
        var ledgers: [Int: String] = [:]
        do {
            try source.forEachStoredRow(after: 0) { row, context in
                if let version = Self.version(in: row, kind: .rosterImported) { rosters[version] = try context.roster(version: version) }
                if let version = Self.version(in: row, kind: .shuLedgerImported), let text = try context.ledgerText(version: version) {
                    ledgers[version] = text
                }
                rows.append(row)
                return true
            }
        } catch {
            throw source.describe(error)
        }
        do {
            let file = try MeetingFile.create(at: temporary, purpose: "rapat arsip")
            try file.insertVerbatim(rows: rows, rosters: rosters, ledgers: ledgers)
            file.close()
        } catch {
            unlink(temporary)
            throw .copyFailed(path: target, reason: (error as? StoreError)?.message ?? SystemErrorText.sentence(for: error))
        }
        let verification: JournalVerification
        do {
            let written = try MeetingFile.open(at: temporary, writable: false, purpose: "rapat arsip")
            verification = try written.verify()
            written.close()
        } catch {
            unlink(temporary)
            throw .copyFailed(path: target, reason: tr("store.copy.unreadable", ["reason": SystemErrorText.sentence(for: error)]))
        }
        guard link(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw .copyFailed(path: target, reason: code == EEXIST ? tr("store.copy.exists") : MeetingFileLocation.systemReason(code))
        }
        unlink(temporary)
        return (target, verification)
    }

    private static func version(in row: JournalRow, kind: Event.Kind) -> Int? {
        guard row.stored.kind == kind.rawValue, let payload = row.stored.payload else { return nil }
        struct Version: Decodable { var version: Int }
        return (try? JSONDecoder().decode(Version.self, from: Data(payload.utf8)))?.version
    }
}

extension MeetingFile {
    /// Stores rows exactly as another store holds them (the archive), in one durable transaction.
    func insertVerbatim(rows: [JournalRow], rosters: [Int: [Member]], ledgers: [Int: String]) throws {
        try database.write { db in
            for (version, members) in rosters.sorted(by: { $0.key < $1.key }) {
                try Self.insertRoster(Roster(version: version, members: members, digest: ""), db: db)
            }
            for (version, text) in ledgers.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT INTO shu_ledger (version, canonical) VALUES (?, ?)", arguments: [version, text])
            }
            let insert = try db.makeStatement(sql: """
                INSERT INTO journal (seq, at_ms, recorded_ms, kind, member, payload, hash, command_id, desk)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for row in rows {
                try insert.execute(arguments: [row.sequence, row.stored.atMilliseconds, row.recordedMilliseconds, row.stored.kind,
                                               row.stored.member, row.stored.payload, row.hash, row.commandID, row.desk])
            }
        }
    }
}
