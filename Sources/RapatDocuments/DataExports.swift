import Foundation
import RapatCore
import TextLayout

/// The data files of a meeting (issue 12 item 7): CSV for Indonesian spreadsheets and JSON for programs, one public
/// function per file so `rapat docs` and the single-document commands print the same bytes. Schema, units and the
/// reasons for each representation: docs/data-dokumen.md.
///
/// - Important: Pure functions of the state (and the SHU ledger): same journal, same bytes. Every output has already
///   passed `Markup.printable`.
public enum DataExports {
    /// Every data file for `rapat docs --format csv` or `json`: daftar-hadir, statistik, rekap-suara and, when the SHU
    /// is proposed and a ledger is imported, shu-anggota.
    public static func files(_ state: MeetingState, ledger: ShuLedger?, format: Format) -> [(name: String, text: String)] {
        var files: [(String, String)]
        switch format {
        case .csv:
            files = [("daftar-hadir.csv", attendanceCSV(state)), ("statistik.csv", statisticsCSV(state)),
                     ("rekap-suara.csv", votesCSV(state))]
            if let ledger, let shu = shuMembersCSV(state, ledger: ledger) { files.append(("shu-anggota.csv", shu)) }
        case .json:
            files = [("daftar-hadir.json", attendanceJSON(state)), ("statistik.json", statisticsJSON(state)),
                     ("rekap-suara.json", votesJSON(state))]
            if let ledger, let shu = shuMembersJSON(state, ledger: ledger) { files.append(("shu-anggota.json", shu)) }
        }
        return files
    }

    public enum Format: String, CaseIterable, Sendable {
        case csv, json
    }

    /// The schema version a JSON file names in `"skema"`: `rapat-<file>/1`. Bumped only for changes that break readers.
    static let schemaVersion = 1

    /// Who, when and where, at the top of every JSON file.
    static func meeting(_ state: MeetingState, schema: String) -> [(String, JSONValue)] {
        let profile = state.opening?.profile
        let zone = state.timeZone
        let opened = state.meetingOpenedAt ?? state.opening?.at
        return [
            ("skema", .string("rapat-\(schema)/\(schemaVersion)")),
            ("rapat", .object([
                ("koperasi", .string(profile?.name ?? state.cooperativeName)),
                ("rat_ke", profile.map { .int($0.ratNumber) } ?? .null),
                ("tahun_buku", profile.map { .int($0.fiscalYear) } ?? .null),
                ("tempat", .string(profile?.place ?? "")),
                ("tanggal", opened.map { .string(String(IndonesianFormat.iso8601($0, zone: zone).prefix(10))) } ?? .null),
                ("dibuka", opened.map { .string(IndonesianFormat.iso8601($0, zone: zone)) } ?? .null),
                ("ditutup", state.closedAt.map { .string(IndonesianFormat.iso8601($0, zone: zone)) } ?? .null),
                ("zona_waktu", .string(zone.rawValue)),
            ])),
        ]
    }

    // MARK: - Values

    /// A moment as JSON: ISO 8601 with the zone offset.
    static func instant(_ date: Date?, _ state: MeetingState) -> JSONValue {
        date.map { .string(LocalTime($0, state.timeZone).iso8601) } ?? .null
    }

    /// A moment as the local clock, "08.10", for JSON beside `instant`.
    static func clockValue(_ date: Date?, _ state: MeetingState) -> JSONValue {
        date.map { .string(LocalTime($0, state.timeZone).clock) } ?? .null
    }

    /// A time in a CSV cell: "08.10 WIB". The zone makes it text in every spreadsheet (bare "08.10" is 8,1 in an
    /// English-locale LibreOffice and a time value in Indonesian Excel) and is how Indonesian documents write a time.
    static func clockCell(_ date: Date?, _ state: MeetingState) -> String {
        date.map { "\(LocalTime($0, state.timeZone).clock) \(state.timeZone.rawValue)" } ?? ""
    }

    /// part/whole in hundredths of a percent, half-up from integers (as `IndonesianFormat.percent`): 91/133 → 6842.
    static func percentHundredths(_ part: Int, of whole: Int) -> Int64 {
        guard whole > 0 else { return 0 }
        return (Int64(part) * 20_000 + Int64(whole)) / (2 * Int64(whole))
    }

    /// A percentage in a CSV cell with the decimal comma: "68,42" (the header says it is a percent).
    static func percentCell(_ part: Int, of whole: Int) -> String { decimalComma(percentHundredths(part, of: whole)) }

    /// An amount in a CSV cell: rupiah with two decimals and a decimal comma, no thousands separator: "1250000,00".
    static func rupiahCell(_ amount: Rupiah) -> String { decimalComma(amount.sen) }

    /// hundredths → "1250000,00".
    static func decimalComma(_ hundredths: Int64) -> String {
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        return (hundredths < 0 ? "-" : "") + "\(magnitude / 100)," + (cents < 10 ? "0" : "") + "\(cents)"
    }

    static func yesNo(_ value: Bool) -> String { value ? "ya" : "tidak" }

    /// A member's name and number, "Arif Pratama (0009)", for a cell that lists several members.
    static func named(_ number: MemberNumber, _ state: MeetingState) -> String {
        state.roster.member(number).map { "\($0.name) (\($0.number))" } ?? number.rawValue
    }
}

/// A moment's calendar fields in a koperasi's zone (a fixed offset), by integer arithmetic: the same text as
/// `IndonesianFormat.clock` and `.iso8601` without a `Calendar` per call, for files with one row per member.
struct LocalTime {
    let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    let offsetHours: Int

    init(_ date: Date, _ zone: IndonesianTimeZone) {
        offsetHours = zone.hoursFromUTC
        let seconds = Int((date.timeIntervalSince1970).rounded(.down)) + offsetHours * 3600
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        (hour, minute, second) = (inDay / 3600, inDay % 3600 / 60, inDay % 60)
        // Days since 1970-01-01 to a civil date (Howard Hinnant's days_from_civil, inverted).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// "08.10".
    var clock: String { Self.two(hour) + "." + Self.two(minute) }

    /// "2026-03-21T08:10:00+07:00".
    var iso8601: String {
        "\(year)-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))+\(Self.two(offsetHours)):00"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
