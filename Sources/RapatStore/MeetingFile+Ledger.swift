import Foundation
import RapatText
import GRDB
import RapatCore

extension MeetingFile {
    /// The SHU ledger stored as `version`, parsed back from its canonical text.
    public func loadLedger(version: Int) throws(StoreError) -> ShuLedger {
        let text: String?
        do {
            text = try database.read { db in
                try String.fetchOne(db, sql: "SELECT canonical FROM shu_ledger WHERE version = ?", arguments: [version])
            }
        } catch {
            throw .database(path: path, reason: SystemErrorText.sentence(for: error))
        }
        guard let text, let ledger = Self.parseLedger(text) else {
            throw .database(path: path, reason: tr("store.reason.ledgerMissing", ["version": version]))
        }
        return ledger
    }

    func ledgerText(version: Int, db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT canonical FROM shu_ledger WHERE version = ?", arguments: [version])
    }

    /// The inverse of `ShuLedger.canonicalText`.
    static func parseLedger(_ text: String) -> ShuLedger? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let header = lines.first else { return nil }
        let parts = header.split(separator: "\t", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].hasPrefix("simpanan:"), parts[1].hasPrefix("transaksi:") else { return nil }
        func columns(_ part: Substring, _ prefix: String) -> [String] {
            part.dropFirst(prefix.count).split(separator: ",").map(String.init)
        }
        let savingsColumns = columns(parts[0], "simpanan:"), transactionColumns = columns(parts[1], "transaksi:")
        var members: [MemberNumber] = [], savings: [Int64] = [], transactions: [Int64] = []
        members.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 1 + savingsColumns.count + transactionColumns.count else { return nil }
            members.append(MemberNumber(String(fields[0])))
            for field in fields.dropFirst().prefix(savingsColumns.count) {
                guard let value = Int64(field) else { return nil }
                savings.append(value)
            }
            for field in fields.dropFirst(1 + savingsColumns.count) {
                guard let value = Int64(field) else { return nil }
                transactions.append(value)
            }
        }
        return ShuLedger(members: members, savingsColumns: savingsColumns, transactionColumns: transactionColumns,
                         savings: savings, transactions: transactions)
    }
}
