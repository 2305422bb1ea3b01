import Foundation
import TextLayout
import RapatCore

extension DaftarHadirModel {
    /// A member of the register who did not attend: listed so the whole buku daftar anggota is accounted for.
    public struct Absentee: Sendable {
        public var number: MemberNumber
        public var name: String
        public var unit: String
        /// Status in the register (anggota biasa, Ketua Pengurus, peninjau, …) and a proxy if one was given.
        public var status: String
        public var counts: Bool
        public var position: Int
    }

    /// Members of the roster with no attendance record, in natural member-number order.
    public static func absentees(_ state: MeetingState) -> [Absentee] {
        let proxies = Dictionary(state.proxies.map { ($0.principal, $0) }, uniquingKeysWith: { _, last in last })
        var out: [Absentee] = []
        for (position, member) in state.roster.members.enumerated() where state.attendance.record(at: position) == nil {
            var status = state.isObserver(member) ? "peninjau" : member.office.map(\.label) ?? member.status.label
            if let grant = proxies[member.number] { status += "; diwakili kuasa oleh \(grant.holder)" }
            out.append(Absentee(number: member.number, name: member.name, unit: member.unit, status: status,
                                counts: state.counts(member), position: position))
        }
        return sortedByNumber(out, number: \.number, position: \.position)
    }

    /// A non-member on the daftar hadir: recorded at the desk (with origin, role and arrival), or named in the
    /// settings or as a speaker and not recorded (listed to sign if they came).
    public struct Guest: Sendable, Equatable {
        public var name: String
        public var origin: String
        /// undangan, peninjau or karyawan.
        public var role: String
        /// "09.12", or empty when not recorded as arrived.
        public var arrived: String

        /// The keterangan column: role and origin.
        public var remark: String { origin.isEmpty ? role : "\(role), \(origin)" }
    }

    /// Non-members to sign: those recorded at the desk in order of arrival, then the invited guests of the settings
    /// (`tamu_undangan`, correctable with `ba_details`) and any guest speaker of the pandangan umum not already there,
    /// each once ("Dinas Koperasi" asking a question is the "Dinas Koperasi dan UKM Kabupaten Bogor" of the invitations,
    /// and an invited instansi is there when someone from it was recorded).
    public static func guests(_ state: MeetingState) -> [Guest] {
        let zone = state.timeZone
        var out = state.guests.map { Guest(name: $0.name, origin: $0.origin, role: $0.role.rawValue,
                                           arrived: LocalTime($0.at, zone).clock) }
        var seen = Set(state.guests.flatMap { [$0.name, $0.origin] }.map { $0.lowercased() }.filter { !$0.isEmpty })
        let speakers = state.questions.compactMap { entry -> String? in
            guard case let .guest(name) = entry.speaker else { return nil }
            return name
        }
        for name in (state.documentProfile?.details.guests ?? []) + speakers {
            let trimmed = name.trimmingCharacters(in: .whitespaces), key = trimmed.lowercased()
            guard !trimmed.isEmpty, !seen.contains(where: { $0.hasPrefix(key) || key.hasPrefix($0) }) else { continue }
            seen.insert(key)
            out.append(Guest(name: trimmed, origin: "", role: GuestRole.invited.rawValue, arrived: ""))
        }
        return out
    }

    /// `items` in the natural order of member numbers ("A-2" before "A-10", as `MemberNumber` compares), roster
    /// position breaking ties. The keys are computed once, so 12.000 members sort in milliseconds.
    static func sortedByNumber<T>(_ items: [T], number: (T) -> MemberNumber, position: (T) -> Int) -> [T] {
        let keys = items.map { NaturalKey(number($0).rawValue) }
        return items.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : position(items[a]) < position(items[b])
        }.map { items[$0] }
    }

    /// The rows in the chosen order.
    static func ordered(_ rows: [Row], by order: AttendanceOrder, units: [String]) -> [Row] {
        switch order {
        case .datang: return rows
        case .nomor: return sortedByNumber(rows, number: \.number, position: \.position)
        case .unit:
            let rank = Dictionary(units.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
            let byNumber = sortedByNumber(rows, number: \.number, position: \.position)
            // A stable sort by unit keeps the member-number order inside each unit.
            return byNumber.enumerated().sorted { a, b in
                let ra = rank[a.element.unit] ?? Int.max, rb = rank[b.element.unit] ?? Int.max
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map(\.element)
        }
    }
}

/// A member number split into runs of digits (compared by value) and of other characters (compared by bytes), the
/// order `MemberNumber.<` gives with Foundation's numeric comparison, without bridging each comparison.
struct NaturalKey: Comparable {
    enum Part: Comparable {
        case text([UInt8])
        /// Digits without leading zeros; the zeros break ties ("01" after "1").
        case number(digits: [UInt8], zeros: Int)

        static func < (lhs: Part, rhs: Part) -> Bool {
            switch (lhs, rhs) {
            case let (.number(a, za), .number(b, zb)):
                if a.count != b.count { return a.count < b.count }
                return a != b ? a.lexicographicallyPrecedes(b) : za < zb
            case let (.text(a), .text(b)): return a.lexicographicallyPrecedes(b)
            case (.number, .text): return true
            case (.text, .number): return false
            }
        }
    }

    let parts: [Part]

    init(_ text: String) {
        var parts: [Part] = []
        var run: [UInt8] = []
        var digits = false
        func flush() {
            guard !run.isEmpty else { return }
            if digits {
                let zeros = run.prefix { $0 == 0x30 }.count
                parts.append(.number(digits: Array(run.dropFirst(zeros)), zeros: zeros))
            } else {
                parts.append(.text(run))
            }
            run = []
        }
        for byte in text.utf8 {
            let isDigit = (0x30...0x39).contains(byte)
            if isDigit != digits { flush(); digits = isDigit }
            run.append(byte)
        }
        flush()
        self.parts = parts
    }

    static func < (lhs: NaturalKey, rhs: NaturalKey) -> Bool { lhs.parts.lexicographicallyPrecedes(rhs.parts) }
}
