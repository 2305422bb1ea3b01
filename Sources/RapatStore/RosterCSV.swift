import RapatText
import CSV
import Foundation
import RapatCore

/// Reads a buku daftar anggota from CSV: UTF-8 with or without BOM, `,` `;` or tab separators (or the one an
/// Excel `sep=X` first line names), quoted fields. UTF-16 (with or without BOM), NUL and other control
/// characters, and fields over `maxFieldLength` characters are refused with their line.
///
/// All-or-nothing: any bad row makes the whole file fail, listing every problem as `file:line: what: fix`.
public enum RosterCSV {
    /// One problem in the file, at a physical line (1-based; quoted fields may span lines).
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public var source: String
        public var line: Int
        public var problem: String
        public var fix: String
        public var description: String { "\(source):\(line): \(problem): \(fix)" }
    }

    /// The file could not be imported; nothing was written.
    public struct Failure: Error, Sendable {
        public var problems: [Problem]
        /// Every problem on its own line, at most `limit` shown.
        public func report(limit: Int = 50, nothing: String = tr("store.csv.nothingImported")) -> String {
            var lines = problems.prefix(limit).map(\.description)
            if problems.count > limit { lines.append(tr("store.csv.moreProblems", ["n": problems.count - limit])) }
            lines.append(problems.count == 1 ? tr("store.csv.fixOne", ["nothing": nothing])
                : tr("store.csv.fixMany", ["nothing": nothing, "n": problems.count]))
            return lines.joined(separator: "\n")
        }
    }

    /// The longest field accepted, in characters: longer names are almost always a broken file or pasted text.
    public static let maxFieldLength = 200

    public struct Result: Sendable {
        public var members: [Member]
        /// Notes that do not block the import (ignored columns, delimiter used).
        public var notes: [String]
    }

    /// Reads and validates `path`. `progress(rowsRead, estimatedRows)` is called every few thousand rows.
    public static func read(path: String, progress: (Int, Int) -> Void = { _, _ in }) throws(Failure) -> Result {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(problems: [Problem(source: path, line: 0, problem: tr("store.csv.unreadable"),
                                             fix: tr("store.csv.unreadable.fix"))])
        }
        return try parse(data, source: path, progress: progress)
    }

    public static func parse(_ data: Data, source: String, progress: (Int, Int) -> Void = { _, _ in }) throws(Failure) -> Result {
        var csv = try CSVSource(data: data, source: source)
        var notes: [String] = []
        guard let (headerLine, headerRow) = csv.next() else {
            throw Failure(problems: [Problem(source: source, line: 1, problem: tr("store.csv.empty"),
                                             fix: tr("store.csv.empty.fix"))])
        }
        let header = try RosterColumns(header: headerRow, line: headerLine, source: source, notes: &notes)

        var problems: [Problem] = []
        var members: [Member] = []
        members.reserveCapacity(csv.estimatedRows)
        var numbers = RosterNumberRegister()
        var rowsRead = 0
        while let (rowLine, row) = csv.next() {
            rowsRead += 1
            if rowsRead % 5000 == 0 { progress(rowsRead, csv.estimatedRows) }
            if row.allSatisfy(\.isEmpty) { continue }
            switch header.member(from: row, line: rowLine, source: source) {
            case let .failure(rowProblems):
                problems.append(contentsOf: rowProblems.problems)
            case let .success(member):
                if let duplicate = numbers.register(member.number, line: rowLine, source: source) {
                    problems.append(duplicate)
                } else {
                    members.append(member)
                }
            }
        }
        progress(rowsRead, rowsRead)
        if members.isEmpty, problems.isEmpty {
            problems.append(Problem(source: source, line: csv.line, problem: tr("store.csv.noRows"),
                                    fix: tr("store.csv.noRows.fix")))
        }
        guard problems.isEmpty else { throw Failure(problems: problems) }
        if csv.delimiter != "," || csv.separatorLine {
            notes.append(tr("store.csv.delimiter", ["delimiter": csv.delimiter == "\t" ? "tab" : String(csv.delimiter)]))
        }
        return Result(members: members, notes: notes)
    }

    /// The text without a UTF-8 BOM; UTF-16 files, control characters and invalid bytes are refused with the line
    /// to look at.
    static func decodeUTF8(_ data: Data, source: String) throws(Failure) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(bytes) {
            throw Failure(problems: [Problem(source: source, line: 1, problem: tr("store.csv.utf16"),
                                             fix: tr("store.csv.saveAsUTF8"))])
        }
        var controls: [Problem] = []
        var controlLine = 1
        var reported = false
        for byte in bytes {
            if byte == 0x0A {
                controlLine += 1
                reported = false
            } else if !reported, byte < 0x20 && byte != 0x09 && byte != 0x0D || byte == 0x7F {
                reported = true
                let name = byte == 0 ? "NUL" : String(format: "U+%04X", byte)
                controls.append(Problem(source: source, line: controlLine, problem: tr("store.csv.control", ["code": name]),
                                        fix: tr("store.csv.control.fix")))
            }
        }
        guard controls.isEmpty else { throw Failure(problems: controls) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var lineNumber = 1
        for lineBytes in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: lineBytes, as: UTF8.self) == nil { break }
            lineNumber += 1
        }
        throw Failure(problems: [Problem(source: source, line: lineNumber, problem: tr("store.csv.notUTF8"),
                                         fix: tr("store.csv.saveAsUTF8"))])
    }

    /// UTF-16 without a BOM: ASCII text in UTF-16 has a NUL in every other byte (odd positions little-endian,
    /// even positions big-endian); UTF-8 text has none.
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(1024)
        guard sample.count >= 4 else { return false }
        var even = 0, odd = 0
        for (offset, byte) in sample.enumerated() where byte == 0 {
            if offset % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let pairs = sample.count / 2
        return (odd * 3 >= pairs && even * 4 <= odd) || (even * 3 >= pairs && odd * 4 <= even)
    }

    /// An Excel `sep=X` first line: the separator it names and the text after that line.
    static func separatorLine(_ text: Substring) -> (UnicodeScalar, Substring)? {
        let end = text.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) ?? text.endIndex
        let first = text[..<end].trimmingCharacters(in: CharacterSet(charactersIn: "\r \""))
        guard first.lowercased().hasPrefix("sep=") else { return nil }
        let rest = first.unicodeScalars.dropFirst(4)
        guard rest.count == 1, let scalar = rest.first else { return nil }
        return (scalar, end < text.endIndex ? text[text.index(after: end)...] : "")
    }

    /// The separator used in the first non-empty line: the most frequent of `;`, `,` and tab outside quotes.
    static func detectDelimiter(_ text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [";": 0, ",": 0, "\t": 0]
        var inQuotes = false
        var sawContent = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, scalar == "\n" || scalar == "\r" {
                if sawContent { break } else { continue }
            }
            sawContent = true
            if !inQuotes, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key == "," }
        guard let best, best.value > 0 else { return "," }
        return best.key
    }

    static func newlineCount(_ row: [String]) -> Int {
        var count = 0
        for field in row where field.utf8.contains(0x0A) || field.utf8.contains(0x0D) {
            var previousCR = false
            for byte in field.utf8 {
                if byte == 0x0A { if !previousCR { count += 1 } } else if byte == 0x0D { count += 1 }
                previousCR = byte == 0x0D
            }
        }
        return count
    }
}

/// Rows of a CSV file with the physical line each starts on: UTF-8 (BOM allowed), separator detected.
struct CSVSource {
    let delimiter: UnicodeScalar
    /// Whether an Excel `sep=X` first line named the separator.
    let separatorLine: Bool
    let estimatedRows: Int
    /// The physical line the next row starts on.
    private(set) var line = 1
    private let reader: CSVReader

    init(data: Data, source: String) throws(RosterCSV.Failure) {
        var text = try RosterCSV.decodeUTF8(data, source: source)
        if let (named, rest) = RosterCSV.separatorLine(text[...]) {
            delimiter = named
            separatorLine = true
            text = String(rest)
            line = 2
        } else {
            delimiter = RosterCSV.detectDelimiter(text)
            separatorLine = false
        }
        estimatedRows = data.reduce(into: 0) { if $1 == 0x0A { $0 += 1 } }
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true, delimiter: delimiter)
        } catch {
            throw RosterCSV.Failure(problems: [RosterCSV.Problem(source: source, line: 1, problem: tr("store.csv.unparsable"),
                                                                 fix: tr("store.csv.unparsable.fix"))])
        }
    }

    mutating func next() -> (line: Int, fields: [String])? {
        guard let row = reader.next() else { return nil }
        let start = line
        line += RosterCSV.newlineCount(row) + 1
        return (start, row)
    }
}
