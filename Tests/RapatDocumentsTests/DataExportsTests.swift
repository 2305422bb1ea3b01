import Foundation
import RapatCore
@testable import RapatDocuments
import RapatTesting
import XCTest
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// CSV and JSON for spreadsheets and programs (issue 12 item 7, docs/data-dokumen.md): golden files of the demo RAT,
/// the shape of every CSV, JSON that parses with numbers as numbers, and LibreOffice's reading of the CSVs.
final class DataExportsTests: XCTestCase {
    private static let names = ["daftar-hadir", "statistik", "rekap-suara", "shu-anggota"]

    private func demoOutput() throws -> (state: MeetingState, ledger: ShuLedger, files: [String: String]) {
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["csv", "json"],
                                            digest: "d1g3st", meetingFile: "rat.rapat")
        return (MeetingState.replaying(entries.map(\.event)), ledger,
                Dictionary(output.files.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first }))
    }

    func testGoldenDataFilesOfTheScriptedRAT() throws {
        let (state, ledger, files) = try demoOutput()
        XCTAssertEqual(Set(files.keys), Set(Self.names.flatMap { ["\($0).csv", "\($0).json"] }), "keputusan.* became rekap-suara.*")
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            if name.hasSuffix(".csv") {
                XCTAssertTrue(text.hasPrefix("\u{FEFF}"), "\(name) starts with the UTF-8 BOM")
                // Foundation drops a BOM when the golden file is read back.
                assertTextSnapshot(String(text.unicodeScalars.dropFirst()), named: name)
            } else {
                assertTextSnapshot(text, named: name)
            }
        }
        let (entries, _) = try DemoMeeting.scripted()
        let again = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["csv", "json"],
                                           digest: "d1g3st", meetingFile: "rat.rapat")
        XCTAssertEqual(Dictionary(again.files.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a }), files, "same journal, same bytes")

        // The single-document functions give the bytes `rapat docs` writes.
        XCTAssertEqual(DataExports.attendanceCSV(state), files["daftar-hadir.csv"])
        XCTAssertEqual(DataExports.attendanceJSON(state), files["daftar-hadir.json"])
        XCTAssertEqual(DataExports.statisticsCSV(state), files["statistik.csv"])
        XCTAssertEqual(DataExports.statisticsJSON(state), files["statistik.json"])
        XCTAssertEqual(DataExports.votesCSV(state), files["rekap-suara.csv"])
        XCTAssertEqual(DataExports.votesJSON(state), files["rekap-suara.json"])
        XCTAssertEqual(DataExports.shuMembersCSV(state, ledger: ledger), files["shu-anggota.csv"])
        XCTAssertEqual(DataExports.shuMembersJSON(state, ledger: ledger), files["shu-anggota.json"])
    }

    /// RFC 4180 with `;`: a BOM, LF after every record, every field quoted, as many fields as the header; member
    /// numbers marked as text; times with the zone; amounts and percentages with a decimal comma.
    func testEveryCSVHasOneShape() throws {
        let (_, _, files) = try demoOutput()
        for (name, text) in files where name.hasSuffix(".csv") {
            XCTAssertTrue(text.hasSuffix("\"\n") && !text.contains("\r"), name)
            let records = try Self.parseCSV(String(text.unicodeScalars.dropFirst()))
            let header = try XCTUnwrap(records.first)
            XCTAssertTrue(header.allSatisfy { $0.range(of: "^[a-z0-9_]+$", options: .regularExpression) != nil }, "\(name): \(header)")
            for record in records { XCTAssertEqual(record.count, header.count, "\(name): \(record)") }
            if let column = header.firstIndex(of: "nomor_anggota") {
                for record in records.dropFirst() {
                    XCTAssertTrue(record[column].hasPrefix("\u{2060}"), "\(name): \(record[column]) is marked as text")
                }
            }
        }
        let attendance = try Self.parseCSV(String(try XCTUnwrap(files["daftar-hadir.csv"]).unicodeScalars.dropFirst()))
        XCTAssertEqual(attendance.count - 1, 133, "every member of the register, present or not (N = 130 and 3 luar biasa)")
        XCTAssertEqual(attendance[1], ["1", "\u{2060}0001", "Ujang Hidayat", "L", "Kelompok Nelayan Bahari", "biasa", "Ketua Pengurus",
                                       attendance[1][7], "ya", "hadir", "08.10 WIB", "11.20 WIB", "08.10–11.20", "", ""])
        XCTAssertEqual(attendance.filter { $0[9] == "tidak_hadir" }.count, 63)
        let statistics = try Self.parseCSV(String(try XCTUnwrap(files["statistik.csv"]).unicodeScalars.dropFirst()))
        XCTAssertEqual(statistics[1], ["semua", "semua", "130", "70", "60", "53,85", statistics[1][6]])
        let shu = try Self.parseCSV(String(try XCTUnwrap(files["shu-anggota.csv"]).unicodeScalars.dropFirst()))
        XCTAssertTrue(shu.dropFirst().allSatisfy { row in (3...7).allSatisfy { row[$0].range(of: "^[0-9]+,[0-9]{2}$", options: .regularExpression) != nil } },
                      "amounts in rupiah with two decimals and a decimal comma")
    }

    /// Every JSON file parses, names its schema, has snake_case keys, and every percent and count is a number.
    func testJSONParsesWithNumbersAsNumbers() throws {
        let (_, _, files) = try demoOutput()
        for base in Self.names {
            let text = try XCTUnwrap(files["\(base).json"])
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], base)
            XCTAssertEqual(object["skema"] as? String, "rapat-\(base)/1")
            var percents = 0
            Self.walk(object) { key, value in
                XCTAssertNotNil(key.range(of: "^[a-z0-9_]+$", options: .regularExpression), "\(base): key \(key)")
                if key.hasPrefix("persen") {
                    percents += 1
                    XCTAssertTrue(value is NSNumber && !(value is Bool), "\(base): \(key) = \(value) is a number")
                }
                if ["hadir", "terdaftar", "jumlah", "setuju", "nomor", "putaran"].contains(key), !(value is NSNull) {
                    XCTAssertTrue(value is NSNumber, "\(base): \(key) = \(value) is a number")
                }
                if key.hasSuffix("_sen") { XCTAssertTrue(value is NSNumber, "\(base): \(key) = \(value) is integer sen") }
                if ["datang", "keluar", "dibuka", "ditutup", "waktu"].contains(key), let time = value as? String {
                    XCTAssertNotNil(time.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[789]:00$"#, options: .regularExpression), time)
                }
            }
            if base == "statistik" || base == "daftar-hadir" { XCTAssertGreaterThan(percents, 0, base) }
        }
        let statistics = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(files["statistik.json"]).utf8))
            as? [String: Any])
        XCTAssertEqual((statistics["persen_hadir"] as? NSNumber)?.doubleValue, 53.85)
        XCTAssertTrue(try XCTUnwrap(files["statistik.json"]).contains("\"persen_hadir\": 53.85,"), "two decimals as written")
    }

    /// DOMAIN §14: the whole register with each member's presence; a peninjau, a luar biasa member, a member who left
    /// and came back, one who left for good, and one never seen.
    func testTheRegisterWithPresenceTimesAndIntervals() throws {
        var members = Fixtures.members(5)
        members[3].joinedOn = "2026-03-21"
        members.append(Fixtures.member("10", "Luar Biasa", status: .associate))
        var state = try Fixtures.openedMeeting(members, rules: MeetingRules(registerCutoff: "2026-03-20"))
        for (left, number, time) in [(false, "0001", "08:10"), (false, "0004", "08:40"), (false, "10", "08:45"), (false, "0002", "09:20"),
                                     (true, "0001", "10:00"), (false, "0001", "10:30"), (true, "0002", "11:05")] {
            let at = Fixtures.time("2026-03-21 \(time)")
            try state.apply(left ? .markLeft(MemberNumber(number), at: at) : .checkIn(MemberNumber(number), at: at))
        }
        let rows = try Self.parseCSV(String(DataExports.attendanceCSV(state).unicodeScalars.dropFirst()))
        let columns = ["nomor_anggota", "dihitung_kuorum", "kehadiran", "jam_datang", "jam_keluar", "interval", "terlambat_menit"]
        let indices = columns.compactMap { rows[0].firstIndex(of: $0) }
        XCTAssertEqual(indices.count, columns.count)
        let picked = rows.map { row in indices.map { row[$0] } }
        XCTAssertEqual(Array(picked.dropFirst()), [
            ["\u{2060}0001", "ya", "hadir", "08.10 WIB", "", "08.10–10.00, 10.30–…", ""],
            ["\u{2060}0002", "ya", "hadir", "09.20 WIB", "11.05 WIB", "09.20–11.05", "20"],
            ["\u{2060}0003", "ya", "tidak_hadir", "", "", "", ""],
            ["\u{2060}0004", "tidak", "peninjau", "08.40 WIB", "", "08.40–…", ""],
            ["\u{2060}0005", "ya", "tidak_hadir", "", "", "", ""],
            ["\u{2060}10", "tidak", "hadir_tidak_dihitung", "08.45 WIB", "", "08.45–…", ""],
        ], "ordered by member number, 10 after 0005")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(DataExports.attendanceJSON(state).utf8)) as? [String: Any])
        let first = try XCTUnwrap((object["anggota"] as? [[String: Any]])?.first)
        let intervals = try XCTUnwrap(first["interval"] as? [[String: Any]])
        XCTAssertEqual(intervals.count, 2)
        XCTAssertEqual(intervals[0]["keluar"] as? String, "2026-03-21T10:00:00+07:00")
        XCTAssertTrue(intervals[1]["keluar"] is NSNull, "still present")
        let summary = try XCTUnwrap(object["ringkasan"] as? [String: Any])
        XCTAssertEqual(summary["hadir"] as? Int, 2)
        XCTAssertEqual(summary["terdaftar_n"] as? Int, 4)
        XCTAssertEqual((summary["persen_hadir"] as? NSNumber)?.doubleValue, 50)
        XCTAssertEqual(object["batas_buku"] as? String, "2026-03-20")
    }

    /// Hostile names stay data: no formula in a CSV cell, valid JSON strings, no control character.
    static let hostileNames = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)", "\tTab", "Baris\nBaru", "Siti \u{202E}hanimA",
                               "a;b\"c"]

    static func hostileMeeting() throws -> MeetingState {
        let members = hostileNames.enumerated().map { Fixtures.member(String(format: "%04d", $0.offset + 1), $0.element) }
            + [Fixtures.member("=1+1", "Nomor Jahat")]
        var state = try Fixtures.openedMeeting(members)
        try state.apply(.checkIn(MemberNumber("0001"), at: Fixtures.time("2026-03-21 08:10")))
        return state
    }

    func testHostileNamesAreDataInCSVAndJSON() throws {
        let state = try Self.hostileMeeting()
        let memberCount = Self.hostileNames.count + 1
        let csv = DataExports.attendanceCSV(state)
        let records = try Self.parseCSV(String(csv.unicodeScalars.dropFirst()))
        XCTAssertEqual(records.count, memberCount + 1)
        for record in records.dropFirst() {
            for field in record { XCTAssertFalse(field.first.map { "=+-@\t".contains($0) } ?? false, "neutralised: \(field)") }
        }
        XCTAssertTrue(records.contains { $0[1] == "\u{2060}'=1+1" }, "a number that looks like a formula keeps its mark")
        XCTAssertTrue(records.contains { $0[2] == "a;b\"c" })
        XCTAssertTrue(records.contains { $0[2] == "Siti \u{FFFD}hanimA" })
        let json = DataExports.attendanceJSON(state)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let listed = try XCTUnwrap(object["anggota"] as? [[String: Any]]).compactMap { $0["nama"] as? String }
        XCTAssertTrue(listed.contains("=HYPERLINK(\"http://x\",\"y\")") && listed.contains("Baris\nBaru") && listed.contains("\tTab"))
        XCTAssertFalse(json.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control characters escaped")
    }

    /// What LibreOffice Calc reads (docs/data-dokumen.md): member numbers and times stay text under the dialog's first-use
    /// defaults and under the documented options, in an English and an Indonesian locale; amounts and percentages are
    /// numbers with the Indonesian locale; no cell becomes a formula even with formula evaluation on.
    /// Runs with `RAPAT_LIBREOFFICE=1` (CI installs libreoffice-calc).
    func testLibreOfficeKeepsMemberNumbersAndTimesAsText() throws {
        guard ProcessInfo.processInfo.environment["RAPAT_LIBREOFFICE"] == "1" else {
            throw XCTSkip("RAPAT_LIBREOFFICE=1 menjalankan uji impor LibreOffice")
        }
        let soffice = try ExternalTool("soffice", package: "libreoffice-calc")
        let (_, _, files) = try demoOutput()
        let dir = TemporaryDirectory()
        for name in ["daftar-hadir.csv", "statistik.csv", "shu-anggota.csv"] { _ = dir.write(name, try XCTUnwrap(files[name])) }
        _ = dir.write("hostil.csv", DataExports.attendanceCSV(try Self.hostileMeeting()))
        let options = [
            // The Text Import dialog's defaults on a first use (officecfg CSVImport): separators , ; and tab, no
            // "quoted field as text", no special numbers, no formula evaluation; system language.
            "dialog-en": "CSV:44/59/9,34,76,1,,1033,false,false,false,false,false,-1,false",
            "dialog-id": "CSV:44/59/9,34,76,1,,1057,false,false,false,false,false,-1,false",
            // `;` only, with the filter's own defaults (special numbers detected, formulas evaluated).
            "filter-id": "CSV:59,34,76,1,,1057",
            "filter-en": "CSV:59,34,76,1,,1033",
        ]
        for (label, filter) in options.sorted(by: { $0.key < $1.key }) {
            let out = dir.file(label)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let run = try soffice.run(["--headless", "-env:UserInstallation=file://\(dir.path)/profile", "--infilter=\(filter)",
                                       "--convert-to", "ods", "--outdir", out, dir.file("daftar-hadir.csv"), dir.file("statistik.csv"),
                                       dir.file("shu-anggota.csv"), dir.file("hostil.csv")], in: dir.path)
            XCTAssertEqual(run.status, 0, run.output)
            let indonesian = label.hasSuffix("-id")

            let hostile = try Self.cells(ods: out + "/hostil.ods")
            XCTAssertFalse(hostile.contains { $0.contains { $0.formula } }, "\(label): no formula from a hostile name")
            XCTAssertTrue(hostile.contains { $0.count > 2 && $0[2].text == "'=HYPERLINK(\"http://x\",\"y\")" && $0[2].type == "string" },
                          "\(label): the hostile name is text with its visible '")
            XCTAssertTrue(hostile.contains { $0.count > 2 && $0[1].text == "\u{2060}'=1+1" }, "\(label): a hostile number stays text")

            let attendance = try Self.cells(ods: out + "/daftar-hadir.ods")
            XCTAssertFalse(attendance.contains { $0.contains { $0.formula } }, "\(label): no formula")
            XCTAssertEqual(attendance[0][1].text, "nomor_anggota", label)
            XCTAssertEqual(attendance.count, 134, "\(label): one row per member")
            let twelve = try XCTUnwrap(attendance.first { $0[1].text.hasSuffix("0012") }, label)
            XCTAssertEqual(twelve[1].type, "string", "\(label): 0012 is text")
            XCTAssertEqual(twelve[1].text, "\u{2060}0012", "\(label): shown as 0012 (the word joiner is invisible)")
            XCTAssertEqual(twelve[10].type, "string", "\(label): 08.21 WIB is text")
            XCTAssertEqual(twelve[10].text, "08.21 WIB", label)
            XCTAssertEqual(twelve[12].type, "string", "\(label): the interval is text")
            XCTAssertEqual(twelve[0].type, "float", "\(label): No is a number")

            let statistics = try Self.cells(ods: out + "/statistik.ods")
            XCTAssertEqual(statistics[1][2].value, "130", "\(label): counts are numbers")
            let shu = try Self.cells(ods: out + "/shu-anggota.ods")
            XCTAssertEqual(shu[1][0].type, "string", "\(label): the member number is text")
            XCTAssertEqual(shu[1][0].text, "\u{2060}0001", label)
            if indonesian {
                XCTAssertEqual(statistics[1][5].type, "float", "\(label): the percent is a number")
                XCTAssertEqual(statistics[1][5].value, "53.85", label)
                XCTAssertEqual(shu[1][7].type, "float", "\(label): the amount is a number")
                XCTAssertEqual(shu[1][7].value, "253951", "\(label): 253951,00 read as 253951")
            } else {
                // An English locale has no decimal comma: the value stays as written, as text, never a wrong number.
                XCTAssertEqual(statistics[1][5].type, "string", label)
                XCTAssertEqual(statistics[1][5].text, "53,85", label)
                XCTAssertEqual(shu[1][7].text, "253951,00", label)
            }
        }
    }

    /// The integer calendar of the data files writes what `IndonesianFormat` writes, in every zone, across years.
    func testLocalTimeWritesWhatIndonesianFormatWrites() {
        var seconds = -86_400.0 * 3 - 1
        while seconds < 4_200_000_000 {
            let date = Date(timeIntervalSince1970: seconds + 0.75)
            for zone in IndonesianTimeZone.allCases {
                let local = LocalTime(date, zone)
                XCTAssertEqual(local.iso8601, IndonesianFormat.iso8601(date, zone: zone), "\(seconds) \(zone)")
                XCTAssertEqual(local.clock, IndonesianFormat.clock(date, zone: zone), "\(seconds) \(zone)")
            }
            seconds += 86_400 * 37 + 3_607
        }
    }

    // MARK: - Helpers

    /// RFC 4180 records of `text` (`;` separator, every field quoted, LF); throws on anything else.
    static func parseCSV(_ text: String) throws -> [[String]] {
        struct Malformed: Error { let at: String }
        var records: [[String]] = []
        var record: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            guard rest.first == "\"" else { throw Malformed(at: String(rest.prefix(40))) }
            rest = rest.dropFirst()
            var field = ""
            while true {
                guard let c = rest.first else { throw Malformed(at: "end inside a quoted field") }
                rest = rest.dropFirst()
                if c == "\"" {
                    if rest.first == "\"" { field.append("\""); rest = rest.dropFirst(); continue }
                    break
                }
                field.append(c)
            }
            record.append(field)
            if rest.first == ";" {
                rest = rest.dropFirst()
            } else if rest.first == "\n" {
                rest = rest.dropFirst()
                records.append(record)
                record = []
            } else {
                throw Malformed(at: String(rest.prefix(40)))
            }
        }
        return records
    }

    static func walk(_ value: Any, _ visit: (String, Any) -> Void) {
        if let object = value as? [String: Any] {
            for (key, child) in object {
                visit(key, child)
                // Roll-call ballots are keyed by member number.
                if key != "suara_per_nama" { walk(child, visit) }
            }
        } else if let array = value as? [Any] {
            for child in array { walk(child, visit) }
        }
    }

    struct Cell { var type = "", value = "", text = "", formula = false }

    /// The first sheet of an ODS file as rows of cells (repeated cells expanded, up to 40 columns).
    static func cells(ods path: String) throws -> [[Cell]] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entry = try XCTUnwrap(archive["content.xml"], "no content.xml in \(path)")
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let reader = ODSReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "content.xml of \(path) parses")
        return reader.rows
    }

    final class ODSReader: NSObject, XMLParserDelegate {
        var rows: [[Cell]] = []
        private var cell: Cell?
        private var repeats = 1
        private var paragraph = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch qualifiedName ?? name {
            case "table:table-row": rows.append([])
            case "table:table-cell", "table:covered-table-cell":
                cell = Cell(type: attributes["office:value-type"] ?? "", value: attributes["office:value"] ?? "",
                            formula: attributes["table:formula"] != nil)
                repeats = min(40, Int(attributes["table:number-columns-repeated"] ?? "1") ?? 1)
            case "text:p":
                if paragraph > 0 { cell?.text.append("\n") }
                paragraph += 1
            case "text:s": cell?.text.append(" ")
            case "text:tab": cell?.text.append("\t")
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { cell?.text.append(string) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if ["table:table-cell", "table:covered-table-cell"].contains(qualifiedName ?? name), let cell, !rows.isEmpty {
                rows[rows.count - 1] += Array(repeating: cell, count: repeats)
                self.cell = nil
                paragraph = 0
            }
        }
    }
}
