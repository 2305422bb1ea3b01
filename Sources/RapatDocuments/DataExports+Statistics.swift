import Foundation
import RapatCore

extension DataExports {
    static let statisticsColumns = ["menurut", "kelompok", "terdaftar", "hadir", "tidak_hadir", "persen_hadir", "hadir_akhir"]

    /// statistik.csv: one table of attendance by group (DOMAIN §15): the whole meeting, each gender, each unit
    /// (units ordered by attendance, highest first). Names of late arrivals are in daftar-hadir.csv (`terlambat_menit`).
    public static func statisticsCSV(_ state: MeetingState) -> String {
        let s = state.attendanceStatistics()
        var table = CSVTable(statisticsColumns)
        func row(_ by: String, _ group: String, registered: Int, attended: Int, presentAtEnd: Int) {
            table.append([by, group, String(registered), String(attended), String(registered - attended),
                          percentCell(attended, of: registered), String(presentAtEnd)])
        }
        row("semua", "semua", registered: s.registered, attended: s.attended, presentAtEnd: s.presentNow)
        for g in s.byGender { row("jenis_kelamin", g.gender.rawValue, registered: g.registered, attended: g.attended, presentAtEnd: g.presentNow) }
        for u in s.byUnit { row("unit", u.unit, registered: u.registered, attended: u.attended, presentAtEnd: u.presentNow) }
        return table.text
    }

    /// statistik.json: the figures of statistik.csv, the quorum, arrivals per 15 minutes, late arrivals, departures
    /// and attendees who do not count. Also what `rapat stats --json` prints.
    public static func statisticsJSON(_ state: MeetingState) -> String {
        let s = state.attendanceStatistics()
        func group(_ key: String, _ value: String, registered: Int, attended: Int, presentAtEnd: Int) -> JSONValue {
            .object([(key, .string(value)), ("terdaftar", .int(registered)), ("hadir", .int(attended)),
                     ("tidak_hadir", .int(registered - attended)),
                     ("persen_hadir", .hundredths(percentHundredths(attended, of: registered))), ("hadir_akhir", .int(presentAtEnd))])
        }
        let q = s.quorum
        let endOfRecord = state.closedAt ?? state.postponement.map(\.at) ?? state.timelineLastAt
        let body: [(String, JSONValue)] = [
            ("terdaftar", .int(s.registered)), ("hadir", .int(s.attended)), ("tidak_hadir", .int(s.registered - s.attended)),
            ("persen_hadir", .hundredths(percentHundredths(s.attended, of: s.registered))),
            ("hadir_akhir", .int(s.presentNow)),
            ("persen_hadir_akhir", .hundredths(percentHundredths(s.presentNow, of: s.registered))),
            ("waktu_hadir_akhir", instant(endOfRecord, state)),
            ("kuorum", .object([("wajib", .int(q.required)), ("aturan", .string(q.rule.settingValue)), ("rumus", .string(q.formula)),
                                ("selisih", .int(q.margin)), ("terpenuhi", .bool(q.isMet))])),
            ("menurut_jenis_kelamin", .array(s.byGender.map {
                group("jenis_kelamin", $0.gender.rawValue, registered: $0.registered, attended: $0.attended, presentAtEnd: $0.presentNow)
            })),
            ("menurut_unit", .array(s.byUnit.map {
                group("unit", $0.unit, registered: $0.registered, attended: $0.attended, presentAtEnd: $0.presentNow)
            })),
            ("kedatangan_per_15_menit", .array(s.arrivalsPer15Minutes.map { bucket in
                let end = bucket.start.addingTimeInterval(15 * 60)
                return .object([("mulai", instant(bucket.start, state)), ("jam_mulai", clockValue(bucket.start, state)),
                                ("jam_sampai", clockValue(end, state)), ("jumlah", .int(bucket.count))])
            })),
            ("acuan_terlambat", instant(s.lateReference, state)),
            ("jumlah_terlambat", .int(s.lateArrivals.count)),
            ("terlambat", .array(s.lateArrivals.map {
                .object([("nomor_anggota", .string($0.member.number.rawValue)), ("nama", .string($0.member.name)),
                         ("datang", instant($0.arrived, state)), ("jam_datang", clockValue($0.arrived, state)),
                         ("terlambat_menit", .int($0.minutesLate))])
            })),
            ("keluar", .array(s.departures.map {
                .object([("nomor_anggota", .string($0.member.number.rawValue)), ("nama", .string($0.member.name)),
                         ("keluar", instant($0.left, state)), ("jam_keluar", clockValue($0.left, state)),
                         ("kembali", instant($0.returned, state)), ("jam_kembali", clockValue($0.returned, state))])
            })),
            ("tidak_dihitung", .array(s.notCounting.map {
                .object([("nomor_anggota", .string($0.number.rawValue)), ("nama", .string($0.name)),
                         ("keanggotaan", .string($0.status.rawValue)), ("peninjau", .bool(state.isObserver($0)))])
            })),
            ("kehadiran_dibatalkan", .int(s.voidedCheckIns)),
        ]
        return JSONValue.object(meeting(state, schema: "statistik") + body).document
    }
}
