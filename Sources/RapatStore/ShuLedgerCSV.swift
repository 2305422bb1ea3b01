import Foundation
import RapatText
import RapatCore

/// Reads the SHU ledger: one row per member with `simpanan_<jenis>` and `transaksi_<unit>` columns in Rupiah.
/// Same rules as the roster import: BOM, `;` `,` or tab, quoted fields, every bad line reported, all-or-nothing;
/// members not in the roster are errors (issue 5 item 4).
public enum ShuLedgerCSV {
    public struct Result: Sendable {
        public var ledger: ShuLedger
        public var notes: [String]
    }

    public static func read(path: String, roster: Roster) throws(RosterCSV.Failure) -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RosterCSV.Failure(problems: [RosterCSV.Problem(source: path, line: 0, problem: tr("store.csv.unreadable"),
                                                                 fix: tr("store.csv.unreadable.fix"))])
        }
        return try parse(data, source: path, roster: roster)
    }

    public static func parse(_ data: Data, source: String, roster: Roster) throws(RosterCSV.Failure) -> Result {
        typealias Problem = RosterCSV.Problem
        var csv = try CSVSource(data: data, source: source)
        guard let (_, header) = csv.next() else {
            throw RosterCSV.Failure(problems: [Problem(source: source, line: 1, problem: tr("store.csv.empty"),
                                                       fix: tr("store.ledger.empty.fix"))])
        }
        func folded(_ text: String) -> String {
            text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }.reduce("") { $0 + String($1) }
        }
        var numberColumn: Int?
        var savings: [(index: Int, name: String)] = [], transactions: [(index: Int, name: String)] = []
        var notes: [String] = []
        for (index, title) in header.enumerated() {
            let key = folded(title)
            if ["nomor_anggota", "no_anggota", "nomor", "no", "nia"].contains(key) {
                numberColumn = index
            } else if key.hasPrefix("simpanan_"), key.count > 9 {
                savings.append((index, String(key.dropFirst(9))))
            } else if key.hasPrefix("transaksi_"), key.count > 10 {
                transactions.append((index, String(key.dropFirst(10))))
            } else if !key.isEmpty {
                notes.append(tr("store.ledger.ignored", ["column": title]))
            }
        }
        guard let numberColumn else {
            throw RosterCSV.Failure(problems: [Problem(source: source, line: 1, problem: tr("store.ledger.noNumberColumn"),
                                                       fix: tr("store.ledger.noNumberColumn.fix"))])
        }
        guard !savings.isEmpty || !transactions.isEmpty else {
            throw RosterCSV.Failure(problems: [Problem(source: source, line: 1, problem: tr("store.ledger.noAmountColumns"),
                                                       fix: tr("store.ledger.noAmountColumns.fix"))])
        }
        var problems: [Problem] = []
        var members: [MemberNumber] = []
        var savingsValues: [Int64] = [], transactionValues: [Int64] = []
        var firstLine: [MemberNumber: Int] = [:]
        while let (line, row) = csv.next() {
            if row.allSatisfy(\.isEmpty) { continue }
            func field(_ index: Int) -> String { index < row.count ? row[index] : "" }
            // As the roster writes it: Excel drops leading zeros, and "1" must not stand beside "0001".
            let typed = MemberNumber(field(numberColumn))
            let number = roster.registeredNumber(typed) ?? typed
            var ok = true
            if number.isEmpty {
                problems.append(Problem(source: source, line: line, problem: tr("store.csv.numberEmpty"), fix: tr("store.ledger.numberEmpty.fix")))
                ok = false
            } else if roster.position(of: number) == nil {
                problems.append(Problem(source: source, line: line, problem: tr("store.ledger.notInRoster", ["n": number]),
                                        fix: tr("store.ledger.notInRoster.fix")))
                ok = false
            } else if let earlier = firstLine[number] {
                problems.append(Problem(source: source, line: line, problem: tr("store.ledger.duplicate", ["n": number, "line": earlier]),
                                        fix: tr("store.ledger.duplicate.fix")))
                ok = false
            }
            func amount(_ column: (index: Int, name: String), _ kind: String) -> Int64 {
                let text = field(column.index)
                guard !text.isEmpty else { return 0 }
                do {
                    let value = try Rupiah.parse(text)
                    if value.isNegative {
                        problems.append(Problem(source: source, line: line, problem: tr("store.ledger.negative", ["kind": kind, "column": column.name, "value": text]),
                                                fix: tr("store.settings.zeroOrMore")))
                        ok = false
                    }
                    return value.sen
                } catch {
                    problems.append(Problem(source: source, line: line, problem: "\(kind) \(column.name): \(error.message)",
                                            fix: tr("core.rupiah.example")))
                    ok = false
                    return 0
                }
            }
            let s = savings.map { amount($0, "simpanan") }
            let t = transactions.map { amount($0, "transaksi") }
            guard ok else { continue }
            firstLine[number] = line
            members.append(number)
            savingsValues += s
            transactionValues += t
        }
        if members.isEmpty, problems.isEmpty {
            problems.append(Problem(source: source, line: csv.line, problem: tr("store.csv.noRows"),
                                    fix: tr("store.csv.noRows.fix")))
        }
        guard problems.isEmpty else { throw RosterCSV.Failure(problems: problems) }
        let ledger = ShuLedger(members: members, savingsColumns: savings.map(\.name),
                               transactionColumns: transactions.map(\.name), savings: savingsValues,
                               transactions: transactionValues)
        return Result(ledger: ledger, notes: notes)
    }
}
