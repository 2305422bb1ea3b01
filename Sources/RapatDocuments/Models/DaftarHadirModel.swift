import Foundation
import TextLayout
import RapatCore

/// The daftar hadir (DOMAIN §14): one row per member who attended, in order of arrival, with every interval.
public enum DaftarHadirModel {
    public struct Row: Sendable {
        public var number: MemberNumber
        public var name: String
        public var gender: String
        public var unit: String
        public var status: String
        public var arrived: String
        public var intervals: String
        public var note: String
        public var counts: Bool
        /// Joined after the register cut-off: a peninjau, listed apart (DOMAIN §14, P5).
        public var observer: Bool
    }

    /// Keys of a row, for checking templates when a list is empty.
    public static let listKeys: Set<String> = ["no", "nomor", "nama", "lp", "unit", "status", "datang", "interval", "keterangan",
                                               "ada_keterangan", "baris_txt", "baris_md", "baris_html"]

    public static func rows(_ state: MeetingState) -> [Row] {
        let zone = state.timeZone
        let lateReference = state.opening?.profile.scheduledStart
            .map { $0.addingTimeInterval(Double(state.rules.lateGraceMinutes) * 60) }
        let records = state.attendance.records.sorted {
            $0.record.firstArrival != $1.record.firstArrival ? $0.record.firstArrival < $1.record.firstArrival : $0.position < $1.position
        }
        return records.map { position, record in
            let member = state.roster.members[position]
            let status = member.office.map(\.label) ?? member.status.label
            let intervals = record.intervals.map { interval in
                IndonesianFormat.clock(interval.arrived, zone: zone) + "–"
                    + (interval.left.map { IndonesianFormat.clock($0, zone: zone) } ?? (state.closedAt == nil ? "…" : "selesai"))
            }.joined(separator: ", ")
            var notes: [String] = []
            if let lateReference, record.firstArrival > lateReference {
                notes.append("terlambat \(Int(record.firstArrival.timeIntervalSince(lateReference) / 60)) menit")
            }
            let observer = state.isObserver(member)
            if observer {
                notes.append("peninjau, masuk \(IndonesianFormat.isoDateLong(member.joinedOn))")
            } else if !state.counts(member) {
                notes.append("tidak dihitung dalam kuorum")
            }
            return Row(number: member.number, name: member.name, gender: member.gender.rawValue, unit: member.unit,
                       status: observer ? "peninjau" : status,
                       arrived: IndonesianFormat.clock(record.firstArrival, zone: zone), intervals: intervals,
                       note: notes.joined(separator: "; "), counts: state.counts(member), observer: observer)
        }
    }

    public static func build(_ state: MeetingState) -> [String: Any] {
        let profile = state.documentProfile
        let all = rows(state)
        func entries(_ list: [Row]) -> [[String: Any]] {
            list.enumerated().map { index, r in
                // Each field is available to edited templates; the built-in ones print the ready-made rows ("baris_…"),
                // one lookup per member instead of nine, which keeps a 10.000-member daftar hadir fast.
                let extra = r.note.isEmpty ? "" : " · " + r.note
                return ["no": index + 1, "nomor": r.number.rawValue, "nama": r.name, "lp": r.gender, "unit": r.unit,
                        "status": r.status, "datang": r.arrived, "interval": r.intervals, "keterangan": r.note,
                        "ada_keterangan": !r.note.isEmpty,
                        "baris_txt": "\(index + 1). \(r.number)  \(r.name) — \(r.unit)\n     \(r.gender) · \(r.status) · datang "
                            + "\(r.arrived) · hadir \(r.intervals)\(extra)",
                        "baris_md": "| \(index + 1) | \(Markup.markdown(r.number.rawValue)) | \(Markup.markdown(r.name)) | \(r.gender) | "
                            + "\(Markup.markdown(r.unit)) | \(Markup.markdown(r.status)) | \(r.arrived) | \(r.intervals) | "
                            + "\(Markup.markdown(r.note)) |",
                        "baris_html": "<tr><td class=\"no\">\(index + 1)</td><td>\(Markup.escape(r.number.rawValue))</td><td>\(Markup.escape(r.name))</td>"
                            + "<td>\(r.gender)</td><td>\(Markup.escape(r.unit))</td><td>\(Markup.escape(r.status))</td><td>\(r.arrived)</td>"
                            + "<td>\(r.intervals)</td><td>\(Markup.escape(r.note))</td></tr>"] as [String: Any]
            }
        }
        let counted = all.filter(\.counts), others = all.filter { !$0.counts && !$0.observer }
        let observers = all.filter(\.observer)
        let registered = state.opening?.registered ?? 0
        return [
            "koperasi": ["nama": profile?.name ?? state.cooperativeName, "nama_kapital": (profile?.name ?? "").uppercased()] as [String: Any],
            "judul": profile.map { "RAPAT ANGGOTA TAHUNAN (RAT) KE-\($0.ratNumber) TAHUN BUKU \($0.fiscalYear)" } ?? "",
            "tanggal": state.opening.map { IndonesianFormat.longDate($0.at, zone: state.timeZone) } ?? "",
            "tempat": profile?.place ?? "",
            "anggota": entries(counted),
            "lainnya": entries(others),
            "ada_lainnya": !others.isEmpty,
            "peninjau": entries(observers),
            "ada_peninjau": !observers.isEmpty,
            "batas_buku": state.rules.registerCutoff.map(IndonesianFormat.isoDateLong) ?? "",
            "jumlah_hadir": IndonesianFormat.countInWords(counted.count),
            "terdaftar": IndonesianFormat.countInWords(registered),
            "persentase": IndonesianFormat.percent(counted.count, of: max(1, registered)),
        ]
    }

    /// CSV for spreadsheets (`;`, Indonesian Excel), one row per attendee.
    public static func csv(_ state: MeetingState) -> String {
        var out = [Markup.byteOrderMark + Markup.csvLine(["No", "Nomor anggota", "Nama", "L/P", "Unit", "Status", "Jam datang",
                                                            "Hadir (datang–keluar)", "Dihitung kuorum", "Keterangan"])]
        for (index, r) in rows(state).enumerated() {
            let fields = [String(index + 1), r.number.rawValue, r.name, r.gender, r.unit, r.status, r.arrived, r.intervals,
                          r.counts ? "ya" : "tidak", r.note]
            out.append(Markup.csvLine(fields))
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func json(_ state: MeetingState) -> String {
        let list: [[String: Any]] = rows(state).map {
            ["nomor": $0.number.rawValue, "nama": $0.name, "lp": $0.gender, "unit": $0.unit, "status": $0.status,
             "datang": $0.arrived, "interval": $0.intervals, "dihitung_kuorum": $0.counts, "keterangan": $0.note]
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["daftar_hadir": list], options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return Markup.printable(String(decoding: data, as: UTF8.self)) + "\n"
    }
}
