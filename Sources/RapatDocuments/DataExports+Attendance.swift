import Foundation
import RapatCore

extension DataExports {
    /// One member of the register as the data files list them (DOMAIN §14): present or not, counted or not.
    struct AttendanceRow {
        var member: Member
        var record: MemberAttendance?
        var counts: Bool
        var observer: Bool
        var minutesLate: Int?

        /// hadir, hadir_tidak_dihitung, peninjau or tidak_hadir.
        var presence: String {
            guard record != nil else { return "tidak_hadir" }
            return observer ? "peninjau" : counts ? "hadir" : "hadir_tidak_dihitung"
        }

        /// The last departure, when the member left and did not come back.
        var finalDeparture: Date? { record?.isPresent == false ? record?.lastLeft : nil }
    }

    /// Every member of the register, ordered by member number (natural order: 2 before 10), then by roster position.
    static func attendanceRows(_ state: MeetingState) -> [AttendanceRow] {
        let late = Dictionary(state.attendanceStatistics().lateArrivals.map { ($0.member.number, $0.minutesLate) },
                              uniquingKeysWith: { first, _ in first })
        let order = state.roster.members.indices.sorted {
            let a = state.roster.members[$0].number, b = state.roster.members[$1].number
            return a != b ? a < b : $0 < $1
        }
        return order.map { position in
            let member = state.roster.members[position]
            let record = state.attendance.record(at: position)
            return AttendanceRow(member: member, record: record, counts: state.counts(member), observer: state.isObserver(member),
                                 minutesLate: record == nil ? nil : late[member.number])
        }
    }

    /// Why a member does not count, in words; empty when they do.
    static func attendanceNote(_ row: AttendanceRow, _ state: MeetingState) -> String {
        if row.observer {
            let cutoff = state.rules.registerCutoff.map(IndonesianFormat.isoDateLong) ?? ""
            return "masuk \(IndonesianFormat.isoDateLong(row.member.joinedOn)), sesudah batas buku daftar anggota \(cutoff)"
        }
        guard !row.counts else { return "" }
        if row.member.status != .regular { return "\(row.member.status.label): tidak dihitung dalam kuorum" }
        if !row.member.hasVotingRight { return "tanpa hak suara: tidak dihitung dalam kuorum" }
        return "hak suara ditangguhkan (tunggakan): tidak dihitung dalam kuorum"
    }

    /// "08.10–11.20, 13.05–selesai": every stretch of presence; "…" while the meeting is not closed.
    static func intervalsCell(_ record: MemberAttendance?, _ state: MeetingState) -> String {
        guard let record else { return "" }
        let zone = state.timeZone
        return record.intervals.map { interval in
            LocalTime(interval.arrived, zone).clock + "–"
                + (interval.left.map { LocalTime($0, zone).clock } ?? (state.closedAt == nil ? "…" : "selesai"))
        }.joined(separator: ", ")
    }

    static let attendanceColumns = ["no", "nomor_anggota", "nama", "jenis_kelamin", "unit", "keanggotaan", "jabatan",
                                    "tanggal_masuk", "dihitung_kuorum", "kehadiran", "jam_datang", "jam_keluar", "interval",
                                    "terlambat_menit", "keterangan"]

    /// daftar-hadir.csv: the whole register, one row per member, with presence, times and intervals.
    public static func attendanceCSV(_ state: MeetingState) -> String {
        var table = CSVTable(attendanceColumns)
        for (index, row) in attendanceRows(state).enumerated() {
            let m = row.member
            table.append([String(index + 1), CSVTable.identifier(m.number.rawValue), m.name, m.gender.rawValue, m.unit,
                          m.status.rawValue, m.office?.label ?? "", m.joinedOn, yesNo(row.counts), row.presence,
                          clockCell(row.record?.firstArrival, state), clockCell(row.finalDeparture, state),
                          intervalsCell(row.record, state), row.minutesLate.map(String.init) ?? "", attendanceNote(row, state)])
        }
        return table.text
    }

    /// daftar-hadir.json: the same rows, with each interval as ISO 8601 moments and local clocks.
    public static func attendanceJSON(_ state: MeetingState) -> String {
        let rows = attendanceRows(state)
        let members: [JSONValue] = rows.enumerated().map { index, row in
            let m = row.member
            let intervals: [JSONValue] = (row.record?.intervals ?? []).map { interval in
                .object([("datang", instant(interval.arrived, state)), ("jam_datang", clockValue(interval.arrived, state)),
                         ("keluar", instant(interval.left, state)), ("jam_keluar", clockValue(interval.left, state))])
            }
            return .object([
                ("no", .int(index + 1)), ("nomor_anggota", .string(m.number.rawValue)), ("nama", .string(m.name)),
                ("jenis_kelamin", .string(m.gender.rawValue)), ("unit", .string(m.unit)),
                ("keanggotaan", .string(m.status.rawValue)), ("jabatan", .string(m.office?.label ?? "")),
                ("tanggal_masuk", m.joinedOn.isEmpty ? .null : .string(m.joinedOn)), ("dihitung_kuorum", .bool(row.counts)),
                ("kehadiran", .string(row.presence)),
                ("datang", instant(row.record?.firstArrival, state)), ("jam_datang", clockValue(row.record?.firstArrival, state)),
                ("keluar", instant(row.finalDeparture, state)), ("jam_keluar", clockValue(row.finalDeparture, state)),
                ("interval", .array(intervals)), ("terlambat_menit", row.minutesLate.map { .int($0) } ?? .null),
                ("keterangan", .string(attendanceNote(row, state))),
            ])
        }
        func count(_ presence: String) -> Int { rows.filter { $0.presence == presence }.count }
        let summary: JSONValue = .object([
            ("anggota_dalam_buku", .int(rows.count)), ("terdaftar_n", .int(state.quorum.registered)),
            ("hadir", .int(count("hadir"))), ("hadir_tidak_dihitung", .int(count("hadir_tidak_dihitung"))),
            ("peninjau", .int(count("peninjau"))), ("tidak_hadir", .int(count("tidak_hadir"))),
            ("persen_hadir", .hundredths(percentHundredths(count("hadir"), of: state.quorum.registered))),
        ])
        let cutoff: JSONValue = state.rules.registerCutoff.map { .string($0) } ?? .null
        return JSONValue.object(meeting(state, schema: "daftar-hadir")
            + [("batas_buku", cutoff), ("ringkasan", summary), ("anggota", .array(members))]).document
    }
}
