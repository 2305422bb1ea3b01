import Foundation
import RapatText
import RapatCore

/// The meaning of each column of a roster CSV, found from its header, and the rules for each field.
struct RosterColumns {
    enum Field: String, CaseIterable {
        case number = "nomor_anggota", name = "nama", gender = "jenis_kelamin", unit = "unit"
        case status = "status", joined = "tanggal_masuk", office = "peran", votingRight = "hak_suara"
        case arrears = "tunggakan"

        /// Header spellings accepted, compared after removing everything but letters and digits.
        var aliases: [String] {
            switch self {
            case .number: ["nomoranggota", "noanggota", "nomor", "no", "nia", "nomorinduk", "idanggota", "nomoranggotakoperasi"]
            case .name: ["nama", "namaanggota", "namalengkap"]
            case .gender: ["jeniskelamin", "jk", "lp", "kelamin", "gender"]
            case .unit: ["unit", "kelompok", "unitkelompok", "unitataukelompok", "wilayah", "opd"]
            case .status: ["status", "statusanggota", "jenisanggota", "statuskeanggotaan"]
            case .joined: ["tanggalmasuk", "tglmasuk", "tanggalbergabung", "tanggalmasukanggota"]
            case .office: ["peran", "jabatan", "peranjabatan", "peranorganisasi"]
            case .votingRight: ["haksuara"]
            case .arrears: ["tunggakan", "menunggak", "tunggakansimpanan"]
            }
        }

        var isRequired: Bool { ![.office, .votingRight, .arrears].contains(self) }
    }

    let index: [Field: Int]
    let columnCount: Int
    let titles: [String]

    init(header: [String], line: Int = 1, source: String, notes: inout [String]) throws(RosterCSV.Failure) {
        var index: [Field: Int] = [:]
        var ignored: [String] = []
        var duplicates: [RosterCSV.Problem] = []
        for (position, title) in header.enumerated() {
            let key = String(title.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
            if let field = Field.allCases.first(where: { $0.aliases.contains(key) }) {
                if let earlier = index[field] {
                    // Which of the two is the register's column cannot be guessed: refuse, naming both.
                    duplicates.append(RosterCSV.Problem(
                        source: source, line: line,
                        problem: tr("store.csv.sameColumn", ["first": header[earlier], "i": earlier + 1, "second": title,
                                                             "j": position + 1, "field": field.rawValue]),
                        fix: tr("store.csv.sameColumn.fix")))
                } else {
                    index[field] = position
                }
            } else if !title.isEmpty {
                ignored.append(title)
            }
        }
        guard duplicates.isEmpty else { throw RosterCSV.Failure(problems: duplicates) }
        let missing = Field.allCases.filter { $0.isRequired && index[$0] == nil }
        guard missing.isEmpty else {
            throw RosterCSV.Failure(problems: [RosterCSV.Problem(
                source: source, line: line,
                problem: tr("store.csv.missingColumns", ["columns": missing.map(\.rawValue).joined(separator: ", ")]),
                fix: tr("store.csv.missingColumns.fix"))])
        }
        if !ignored.isEmpty { notes.append(tr("store.csv.ignored", ["columns": ignored.joined(separator: ", ")])) }
        self.index = index
        columnCount = header.count
        titles = header
    }

    func member(from row: [String], line: Int, source: String) -> Result<Member, Failures> {
        var problems: [RosterCSV.Problem] = []
        func problem(_ what: String, _ fix: String) {
            problems.append(RosterCSV.Problem(source: source, line: line, problem: what, fix: fix))
        }
        if row.count != columnCount {
            let quoteHint = row.contains { $0.contains("\n") } ? tr("store.csv.quoteHint") : ""
            problem(tr("store.csv.columnCount", ["n": row.count, "header": columnCount]),
                    tr("store.csv.columnCount.fix", ["hint": quoteHint]))
            return .failure(Failures(problems))
        }
        func value(_ field: Field) -> String { index[field].map { row[$0] } ?? "" }
        for (position, field) in row.enumerated() {
            let title = titles[position].isEmpty ? tr("store.csv.columnN", ["n": position + 1]) : titles[position]
            if field.count > RosterCSV.maxFieldLength {
                problem(tr("store.csv.tooLong", ["title": title, "n": field.count]),
                        tr("store.csv.tooLong.fix", ["max": RosterCSV.maxFieldLength]))
            } else if let c1 = field.unicodeScalars.first(where: { (0x80...0x9F).contains($0.value) }) {
                problem(tr("store.csv.fieldControl", ["title": title, "code": String(format: "U+%04X", c1.value)]),
                        tr("store.csv.fieldControl.fix"))
            }
        }
        guard problems.isEmpty else { return .failure(Failures(problems)) }

        // Rapat's own daftar-hadir.csv keeps numbers as text with a leading WORD JOINER (U+2060): read it back as the number.
        let number = MemberNumber(String(value(.number).drop { $0 == "\u{2060}" }))
        if number.isEmpty {
            problem(tr("store.csv.numberEmpty"), tr("store.csv.numberEmpty.fix"))
        } else if number.rawValue.contains(where: { $0.isWhitespace }) {
            problem(tr("store.csv.numberSpace", ["value": value(.number)]), tr("store.csv.numberSpace.fix"))
        }
        let name = value(.name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if name.isEmpty { problem(tr("store.csv.nameEmpty"), tr("store.csv.nameEmpty.fix")) }
        let gender = Self.gender(value(.gender))
        if gender == nil {
            problem(tr("store.csv.gender", ["value": value(.gender)]), tr("store.csv.gender.fix"))
        }
        let unit = value(.unit)
        if unit.isEmpty { problem(tr("store.csv.unitEmpty"), tr("store.csv.unitEmpty.fix")) }
        let status = Self.status(value(.status))
        if status == nil {
            problem(tr("store.csv.status", ["value": value(.status)]), tr("store.csv.status.fix"))
        }
        let joined = Self.isoDate(value(.joined))
        if joined == nil {
            problem(value(.joined).isEmpty ? tr("store.csv.joinedEmpty") : tr("store.csv.joined", ["value": value(.joined)]),
                    tr("store.csv.joined.fix"))
        }
        var office: Office?
        if let officeText = index[.office].map({ row[$0] }) {
            switch Self.office(officeText) {
            case let .some(parsed): office = parsed
            case .none:
                problem(tr("store.csv.office", ["value": officeText]), tr("store.csv.office.fix"))
            }
        }
        var votingRight = true
        if let text = index[.votingRight].map({ row[$0] }) {
            switch text.lowercased() {
            case "", "ya", "y", "1", "true": votingRight = true
            case "tidak", "t", "0", "false", "ditangguhkan": votingRight = false
            default: problem(tr("store.csv.votingRight", ["value": text]), tr("store.csv.yesOrNo"))
            }
        }
        var arrears = false
        if let text = index[.arrears].map({ row[$0] }) {
            switch text.lowercased() {
            case "", "tidak", "t", "0", "false": arrears = false
            case "ya", "y", "1", "true": arrears = true
            default: problem(tr("store.csv.arrears", ["value": text]), tr("store.csv.yesOrNo"))
            }
        }
        guard problems.isEmpty, let gender, let status, let joined else { return .failure(Failures(problems)) }
        return .success(Member(number: number, name: name, gender: gender, unit: unit, status: status,
                               joinedOn: joined, office: office ?? nil, hasVotingRight: votingRight, inArrears: arrears))
    }

    struct Failures: Error {
        var problems: [RosterCSV.Problem]
        init(_ problems: [RosterCSV.Problem]) { self.problems = problems }
    }

    static func gender(_ text: String) -> Gender? {
        switch text.lowercased().filter({ $0.isLetter }) {
        case "l", "lakilaki", "laki", "pria": .male
        case "p", "perempuan", "wanita": .female
        default: nil
        }
    }

    static func status(_ text: String) -> MembershipStatus? {
        let key = text.lowercased().filter { $0.isLetter }
        switch key {
        case "biasa", "anggotabiasa", "anggota", "b": return .regular
        case "luarbiasa", "anggotaluarbiasa", "lb": return .associate
        case "calon", "calonanggota": return .candidate
        default: return nil
        }
    }

    /// nil for an unknown role; `.some(nil)` for "no office".
    static func office(_ text: String) -> Office?? {
        let words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.isEmpty || text == "-" { return .some(nil) }
        let lowered = words.map { $0.lowercased() }
        for body in OfficeBody.allCases {
            guard let at = lowered.firstIndex(of: body.rawValue) else { continue }
            var titleWords = words
            titleWords.remove(at: at)
            return .some(Office(body: body, title: titleWords.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
                                    .joined(separator: " ")))
        }
        return nil
    }

    /// `yyyy-mm-dd`, `dd-mm-yyyy` or `dd/mm/yyyy` → `yyyy-mm-dd`, checking the day exists.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        let (y, m, d): (Int?, Int?, Int?) = parts[0].count == 4
            ? (Int(parts[0]), Int(parts[1]), Int(parts[2])) : (Int(parts[2]), Int(parts[1]), Int(parts[0]))
        guard let y, let m, let d, (1900...2100).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        let daysInMonth = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= daysInMonth[m - 1] else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
