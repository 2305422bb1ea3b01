import Foundation
import TextLayout
import RapatCore

/// The daftar hadir (DOMAIN §14): a register to sign. The members present (by member number, by unit with
/// subtotals, or by arrival), those present who do not count, peninjau and undangan apart, every member not present,
/// and a closing certification signed by the sekretaris and the pimpinan rapat.
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
        /// Position in the roster: the tie-break of every order.
        public var position = 0
        /// Jam keluar: the last departure; empty when the member stayed to the end.
        public var left = ""
        /// "terlambat 12 menit", or empty.
        public var late = ""
        /// The rest of the keterangan: office, each departure and return, proxies held, why not counted.
        public var remarks = ""

        /// What the keterangan column prints: lateness first, then the remarks.
        public var keterangan: String {
            late.isEmpty ? remarks : remarks.isEmpty ? late : late + "; " + remarks
        }
    }

    /// Keys of a row, for checking templates when a list is empty.
    public static let listKeys: Set<String> = ["no", "nomor", "nama", "lp", "unit", "status", "datang", "keluar", "interval",
                                               "keterangan", "ada_keterangan", "baris_txt", "baris_md", "baris_html",
                                               "anggota", "subtotal", "baris_subtotal_txt",
                                               "baris_subtotal_md", "baris_subtotal_html", "asal", "peran"]

    /// Every member who attended, in order of first arrival.
    public static func rows(_ state: MeetingState) -> [Row] {
        let zone = state.timeZone
        let lateReference = state.opening?.profile.scheduledStart
            .map { $0.addingTimeInterval(Double(state.rules.lateGraceMinutes) * 60) }
        let records = state.attendance.records.sorted {
            $0.record.firstArrival != $1.record.firstArrival ? $0.record.firstArrival < $1.record.firstArrival : $0.position < $1.position
        }
        let held = Dictionary(grouping: state.proxies, by: \.holder)
        // `LocalTime` gives `IndonesianFormat.clock`'s text without a calendar per call (9.000 members).
        func clock(_ date: Date) -> String { LocalTime(date, zone).clock }
        return records.map { position, record in
            let member = state.roster.members[position]
            let status = member.office.map(\.label) ?? member.status.label
            let intervals = record.intervals
            let intervalText = intervals.map { interval in
                clock(interval.arrived) + "–"
                    + (interval.left.map { clock($0) } ?? (state.closedAt == nil ? "…" : "selesai"))
            }.joined(separator: ", ")
            var late = ""
            if let lateReference, record.firstArrival > lateReference {
                late = "terlambat \(Int(record.firstArrival.timeIntervalSince(lateReference) / 60)) menit"
            }
            var notes: [String] = late.isEmpty ? [] : [late]
            var remarks: [String] = member.office.map { [$0.label] } ?? []
            // Every return after a departure; the last departure is the jam keluar column.
            let returns = zip(intervals, intervals.dropFirst()).compactMap { earlier, later in
                earlier.left.map { "keluar \(clock($0)), kembali \(clock(later.arrived))" }
            }
            remarks += returns
            // Where several desks registered the room, the desk of the latest arrival (issue 14).
            if let desk = state.arrivalDesks[member.number] { remarks.append("meja \(desk)") }
            for grant in held[member.number] ?? [] {
                remarks.append("menerima kuasa dari \(grant.principal)" + (grant.letter.isEmpty ? "" : " (surat \(grant.letter))"))
            }
            let observer = state.isObserver(member)
            if observer {
                notes.append("peninjau, masuk \(IndonesianFormat.isoDateLong(member.joinedOn))")
                remarks.append("peninjau, masuk \(IndonesianFormat.isoDateLong(member.joinedOn))")
            } else if !state.counts(member) {
                notes.append("tidak dihitung dalam kuorum")
                remarks.append((member.office == nil ? member.status.label + ", " : "") + "tidak dihitung dalam kuorum")
            }
            return Row(number: member.number, name: member.name, gender: member.gender.rawValue, unit: member.unit,
                       status: observer ? "peninjau" : status,
                       arrived: clock(record.firstArrival), intervals: intervalText,
                       note: notes.joined(separator: "; "), counts: state.counts(member), observer: observer,
                       position: position, left: intervals.last?.left.map { clock($0) } ?? "",
                       late: late, remarks: remarks.joined(separator: "; "))
        }
    }

    /// The model of the daftar hadir templates, the members present in `order`.
    public static func build(_ state: MeetingState, order: AttendanceOrder = .nomor) -> [String: Any] {
        let profile = state.documentProfile
        let zone = state.timeZone
        let all = rows(state)
        let counted = ordered(all.filter(\.counts), by: order, units: state.roster.units)
        let others = sortedByNumber(all.filter { !$0.counts && !$0.observer }, number: \.number, position: \.position)
        let observers = sortedByNumber(all.filter(\.observer), number: \.number, position: \.position)
        let absent = absentees(state)
        let invited = guests(state)
        let columns = DaftarHadirLines.TextColumns(longestNumber: state.roster.members.lazy.map(\.number.rawValue.count).max() ?? 6)

        // Each field is available to edited templates; the built-in ones print the ready-made rows ("baris_…"), and a
        // record computes only what is printed.
        func entries(_ list: [Row]) -> [Any] { list.enumerated().map { PresentRecord(no: $0.offset + 1, row: $0.element, columns: columns) } }
        let members = entries(counted)

        // By unit (`--urutan-hadir unit`): one group per unit with its subtotal; the templates print `anggota` otherwise, so
        // a 9.000-row list is not walked twice (Markdown escaping visits every value).
        var groups: [[String: Any]] = []
        if order == .unit {
            let registered = Dictionary(state.attendanceStatistics().byUnit.map { ($0.unit, $0.registered) },
                                        uniquingKeysWith: { first, _ in first })
            var start = 0
            while start < counted.count {
                let unit = counted[start].unit
                var end = start
                while end < counted.count, counted[end].unit == unit { end += 1 }
                let line = "Jumlah \(unit): \(IndonesianFormat.integer(end - start)) hadir dari "
                    + "\(IndonesianFormat.integer(registered[unit] ?? end - start)) terdaftar"
                groups.append(["unit": unit, "anggota": Array(members[start..<end]), "subtotal": line,
                               "baris_subtotal_txt": String(repeating: " ", count: 6) + line,
                               "baris_subtotal_md": "|  |  | **\(Markup.markdown(line))** |  |  |  |  |  |  |",
                               "baris_subtotal_html": "<tr class=\"subtotal\"><td colspan=\"9\">\(Markup.escape(line))</td></tr>"])
                start = end
            }
        }

        // Keterangan of the plain text, which has no room for a column: every remark but lateness, which the jam datang
        // column and the reference time already say.
        func textNotes(_ list: [Row]) -> [[String: Any]] {
            list.enumerated().compactMap { index, r in
                r.remarks.isEmpty ? nil : ["baris_txt": DaftarHadirLines.pad(String(index + 1), 5, right: true) + "  \(r.number)  \(r.remarks)"]
            }
        }
        let notes = textNotes(counted), otherNotes = textNotes(others), observerNotes = textNotes(observers)
        let lateReference = state.opening?.profile.scheduledStart
            .map { IndonesianFormat.time($0.addingTimeInterval(Double(state.rules.lateGraceMinutes) * 60), zone: zone) }

        let registered = state.opening?.registered ?? 0
        let absentCounting = absent.filter(\.counts).count
        let proxied = Set(state.proxies.map(\.principal))
        let represented = absent.filter { $0.counts && proxied.contains($0.number) }.count
        func figure(_ n: Int) -> String { "\(IndonesianFormat.integer(n)) (\(Terbilang.words(n)))" }
        var certification = "Daftar hadir ini memuat \(figure(counted.count)) anggota hadir dari \(figure(registered)) anggota "
            + "terdaftar" + (state.rules.registerCutoff.map { " per \(IndonesianFormat.isoDateLong($0))" } ?? "")
            + " (\(IndonesianFormat.percent(counted.count, of: max(1, registered)))); \(figure(absentCounting)) anggota terdaftar "
            + "tidak hadir" + (represented > 0 ? ", \(figure(represented)) di antaranya diwakili dengan surat kuasa" : "") + "."
        var apart: [String] = []
        if !others.isEmpty { apart.append("\(figure(others.count)) anggota yang tidak dihitung dalam kuorum") }
        if !observers.isEmpty { apart.append("\(figure(observers.count)) peninjau") }
        if !apart.isEmpty {
            certification += " Selain itu hadir " + (apart.count == 1 ? apart[0]
                : apart.dropLast().joined(separator: ", ") + " dan " + (apart.last ?? "")) + "."
        }
        // Non-members are never counted; those not recorded as arrived are listed for those who came to sign.
        let arrivedGuests = invited.filter { !$0.arrived.isEmpty }.count
        if arrivedGuests > 0 {
            certification += " Hadir pula \(figure(arrivedGuests)) tamu bukan anggota (undangan, peninjau, karyawan), tidak dihitung dalam kuorum."
        }
        if invited.count > arrivedGuests {
            certification += " Daftar ini juga memuat \(figure(invited.count - arrivedGuests)) undangan (bukan anggota), "
                + "yang menandatangani bila hadir."
        }
        certification += " Seluruh \(figure(state.roster.count)) anggota dalam buku daftar anggota tercantum dalam daftar ini."

        let held = state.meetingOpenedAt ?? state.opening?.at
        let city = profile?.details.city ?? ""
        let placeDate = held.map { (city.isEmpty ? (profile?.place ?? "") : city) + ", " + IndonesianFormat.date($0, zone: zone) } ?? ""
        let secretary = state.presidium?.secretary ?? "", chair = state.presidium?.chair ?? ""
        func signed(_ name: String) -> String { name.isEmpty ? "(" + String(repeating: ".", count: 30) + ")" : "(\(name))" }
        let orderLabel = switch order {
        case .nomor: "menurut nomor anggota"
        case .unit: "menurut unit, lalu nomor anggota"
        case .datang: "menurut jam datang"
        }

        return [
            "koperasi": ["nama": profile?.name ?? state.cooperativeName, "nama_kapital": (profile?.name ?? "").uppercased()] as [String: Any],
            "judul": profile.map { "RAPAT ANGGOTA TAHUNAN (RAT) KE-\($0.ratNumber) TAHUN BUKU \($0.fiscalYear)" } ?? "",
            "tanggal": held.map { IndonesianFormat.longDate($0, zone: zone) } ?? "",
            "tempat": profile?.place ?? "",
            "urutan": orderLabel,
            "anggota": members,
            "kelompok": groups,
            "urutan_unit": order == .unit,
            "kepala_txt": columns.header,
            "garis_txt": columns.rule,
            "keterangan_txt": notes,
            "ada_keterangan_txt": !notes.isEmpty,
            "keterangan_lainnya_txt": otherNotes,
            "ada_keterangan_lainnya_txt": !otherNotes.isEmpty,
            "keterangan_peninjau_txt": observerNotes,
            "ada_keterangan_peninjau_txt": !observerNotes.isEmpty,
            "acuan_terlambat": lateReference ?? "",
            "ada_acuan_terlambat": lateReference != nil,
            "lainnya": entries(others),
            "ada_lainnya": !others.isEmpty,
            "peninjau": entries(observers),
            "ada_peninjau": !observers.isEmpty,
            "tidak_hadir": absent.enumerated().map { AbsentRecord(no: $0.offset + 1, absentee: $0.element, columns: columns) as Any },
            "ada_tidak_hadir": !absent.isEmpty,
            "jumlah_tidak_hadir": IndonesianFormat.countInWords(absent.count),
            "undangan": invited.enumerated().map { index, guest in
                ["no": index + 1, "nama": guest.name, "asal": guest.origin, "peran": guest.role, "datang": guest.arrived,
                 "keterangan": guest.remark,
                 "baris_txt": DaftarHadirLines.guestTxt(index + 1, guest),
                 "baris_md": "| \(index + 1) | \(Markup.markdown(guest.name)) | \(Markup.markdown(guest.remark)) | \(guest.arrived) |  |",
                 "baris_html": "<tr><td class=\"no\">\(index + 1)</td><td>\(Markup.escape(guest.name))</td>"
                    + "<td>\(Markup.escape(guest.remark))</td><td class=\"jam\">\(guest.arrived)</td><td class=\"ttd\"></td></tr>"]
                    as [String: Any]
            },
            "ada_undangan": !invited.isEmpty,
            "batas_buku": state.rules.registerCutoff.map(IndonesianFormat.isoDateLong) ?? "",
            "jumlah_hadir": IndonesianFormat.countInWords(counted.count),
            "terdaftar": IndonesianFormat.countInWords(registered),
            "persentase": IndonesianFormat.percent(counted.count, of: max(1, registered)),
            "pengesahan": certification,
            "kota_tanggal": placeDate,
            "sekretaris": secretary,
            "pimpinan": chair,
            "ttd_sekretaris": signed(secretary),
            "ttd_pimpinan": signed(chair),
            "baris_ttd_txt": DaftarHadirLines.pad("Sekretaris Rapat,", 39) + "Pimpinan Rapat,\n\n\n\n"
                + DaftarHadirLines.pad(signed(secretary), 39) + signed(chair),
        ]
    }
}
