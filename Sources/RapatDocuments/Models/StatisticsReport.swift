import Foundation
import RapatCore

/// `rapat stats` output: a printable text report and a JSON document with the same figures.
public enum StatisticsReport {
    public static func text(_ s: AttendanceStatistics, profile: CooperativeProfile?) -> String {
        let zone = s.timeZone
        var out: [String] = []
        if let profile { out += ["STATISTIK KEHADIRAN — \(profile.name)", profile.meetingTitle, ""] }
        let q = s.quorum
        out.append("Anggota terdaftar (N)     : \(IndonesianFormat.countInWords(s.registered))")
        out.append("Pernah hadir              : \(IndonesianFormat.countInWords(s.attended)) "
            + "(\(IndonesianFormat.percent(s.attended, of: s.registered)))")
        out.append("Hadir saat ini (H)        : \(IndonesianFormat.countInWords(s.presentNow)) "
            + "(\(IndonesianFormat.percent(s.presentNow, of: s.registered)))")
        out.append("Kuorum (Q)                : \(q.required) — \(q.formula); selisih \(IndonesianFormat.signed(q.margin)); \(q.verdict)")
        out.append("")
        out.append("Menurut jenis kelamin            terdaftar   hadir   hadir kini   % hadir")
        for row in s.byGender {
            let label = row.gender == .male ? "Laki-laki (L)" : "Perempuan (P)"
            out.append(pad(label, 31) + num(row.registered, 11) + num(row.attended, 8) + num(row.presentNow, 13)
                + num(IndonesianFormat.percent(row.attended, of: row.registered), 10))
        }
        out.append("")
        out.append("Menurut unit/kelompok            terdaftar   hadir   tidak hadir  % hadir")
        for row in s.byUnit {
            out.append(pad(row.unit, 31) + num(row.registered, 11) + num(row.attended, 8) + num(row.absent, 13)
                + num(IndonesianFormat.percent(row.attended, of: row.registered), 10))
        }
        out.append("")
        out.append("Kedatangan per 15 menit (kedatangan pertama):")
        if s.arrivalsPer15Minutes.isEmpty { out.append("  (belum ada)") }
        let widest = s.arrivalsPer15Minutes.map(\.count).max() ?? 1
        for bucket in s.arrivalsPer15Minutes {
            let end = bucket.start.addingTimeInterval(15 * 60)
            let bar = String(repeating: "█", count: max(1, bucket.count * 40 / max(widest, 1)))
            out.append("  \(IndonesianFormat.clock(bucket.start, zone: zone))–\(IndonesianFormat.clock(end, zone: zone)) "
                + num(bucket.count, 5) + "  " + bar)
        }
        out.append("")
        if let reference = s.lateReference {
            out.append("Terlambat (datang setelah \(IndonesianFormat.time(reference, zone: zone))): \(s.lateArrivals.count) orang")
            for late in s.lateArrivals.prefix(200) {
                out.append("  \(pad(late.member.number.rawValue, 10)) \(pad(late.member.name, 30)) "
                    + "\(IndonesianFormat.clock(late.arrived, zone: zone)) (\(late.minutesLate) menit)")
            }
        } else {
            out.append("Terlambat: jadwal mulai belum diisi di pengaturan ([rapat] pukul_mulai).")
        }
        out.append("")
        out.append("Meninggalkan ruangan: \(s.departures.count) kali")
        for d in s.departures {
            let back = d.returned.map { "kembali \(IndonesianFormat.clock($0, zone: zone))" } ?? "belum kembali"
            out.append("  \(pad(d.member.number.rawValue, 10)) \(pad(d.member.name, 30)) "
                + "keluar \(IndonesianFormat.clock(d.left, zone: zone)), \(back)")
        }
        if !s.notCounting.isEmpty {
            out.append("")
            out.append("Hadir tetapi tidak dihitung dalam kuorum: \(s.notCounting.count) orang")
            for m in s.notCounting { out.append("  \(pad(m.number.rawValue, 10)) \(m.name) (\(m.status.label))") }
        }
        if s.voidedCheckIns > 0 { out += ["", "Kehadiran dibatalkan (salah catat): \(s.voidedCheckIns)"] }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ s: AttendanceStatistics) -> String {
        let zone = s.timeZone
        func time(_ date: Date) -> String { IndonesianFormat.iso8601(date, zone: zone) }
        let object: [String: Any] = [
            "registered": s.registered, "attended": s.attended, "present_now": s.presentNow,
            "attended_percent": IndonesianFormat.percent(s.attended, of: s.registered),
            "quorum": ["required": s.quorum.required, "rule": s.quorum.rule.settingValue, "formula": s.quorum.formula,
                       "margin": s.quorum.margin, "met": s.quorum.isMet],
            "by_gender": s.byGender.map { ["gender": $0.gender.rawValue, "registered": $0.registered,
                                           "attended": $0.attended, "present_now": $0.presentNow] },
            "by_unit": s.byUnit.map { ["unit": $0.unit, "registered": $0.registered, "attended": $0.attended,
                                       "present_now": $0.presentNow, "absent": $0.absent,
                                       "attended_percent": IndonesianFormat.percent($0.attended, of: $0.registered)] },
            "arrivals_per_15_minutes": s.arrivalsPer15Minutes.map { ["from": time($0.start), "count": $0.count] },
            "late_reference": s.lateReference.map(time) as Any? ?? NSNull(),
            "late_arrivals": s.lateArrivals.map { ["member": $0.member.number.rawValue, "name": $0.member.name,
                                                   "arrived": time($0.arrived), "minutes_late": $0.minutesLate] },
            "departures": s.departures.map { ["member": $0.member.number.rawValue, "name": $0.member.name,
                                              "left": time($0.left), "returned": $0.returned.map(time) as Any? ?? NSNull()] as [String: Any] },
            "not_counting": s.notCounting.map { ["member": $0.number.rawValue, "name": $0.name, "status": $0.status.rawValue] },
            "voided_check_ins": s.voidedCheckIns,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width - 1)) + " " : text + String(repeating: " ", count: width - text.count)
    }

    private static func num(_ value: Int, _ width: Int) -> String { num(IndonesianFormat.integer(value), width) }
    private static func num(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
