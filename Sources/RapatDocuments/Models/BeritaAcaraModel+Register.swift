import Foundation
import RapatCore

/// The full buku daftar anggota against N, the lampiran, and the signatories, for the berita acara.
extension BeritaAcaraModel {
    /// Why members of the register are not in N (DOMAIN §3, §7.2, P5): each member is named once, for the first
    /// reason that applies, so the register size minus these counts is N.
    struct RegisterBreakdown: Equatable {
        var total = 0
        var associates = 0
        var candidates = 0
        var observers = 0
        var withoutVote = 0
        var suspended = 0

        var excluded: Int { associates + candidates + observers + withoutVote + suspended }
    }

    static func registerBreakdown(_ state: MeetingState) -> RegisterBreakdown {
        let rules = state.rules
        var b = RegisterBreakdown(total: state.roster.count)
        for member in state.roster.members {
            switch member.status {
            case .associate: b.associates += 1; continue
            case .candidate: b.candidates += 1; continue
            case .regular: break
            }
            if rules.isObserver(member) { b.observers += 1 }
            else if !member.countsToQuorum(rules.quorumBase) { b.withoutVote += 1 }
            else if !state.counts(member) { b.suspended += 1 }
        }
        return b
    }

    /// "anggota luar biasa 2 orang; peninjau, yaitu anggota yang masuk sesudah 20 Maret 2026, 1 orang".
    static func exclusionText(_ b: RegisterBreakdown, cutoff: String?) -> String {
        var parts: [String] = []
        func add(_ count: Int, _ what: String) {
            if count > 0 { parts.append("\(what) \(IndonesianFormat.integer(count)) orang") }
        }
        add(b.associates, "anggota luar biasa")
        add(b.candidates, "calon anggota")
        add(b.observers, "peninjau, yaitu anggota yang masuk sesudah " + (cutoff.map(IndonesianFormat.isoDateLong) ?? "batas buku") + ",")
        add(b.withoutVote, "anggota tanpa hak suara")
        add(b.suspended, "anggota yang hak suaranya ditangguhkan karena tunggakan menurut Anggaran Dasar,")
        return parts.joined(separator: "; ")
    }

    /// Attendees who do not count in H (DOMAIN §12.2 "jumlah peninjau"): "anggota luar biasa 1 orang; peninjau 1 orang".
    static func presentNotCountingText(_ state: MeetingState) -> String {
        var associates = 0, candidates = 0, observers = 0, others = 0
        for (position, _) in state.attendance.records {
            let member = state.roster.members[position]
            guard !state.counts(member) else { continue }
            if member.status == .associate { associates += 1 }
            else if member.status == .candidate { candidates += 1 }
            else if state.isObserver(member) { observers += 1 }
            else { others += 1 }
        }
        return [(associates, "anggota luar biasa"), (candidates, "calon anggota"), (observers, "peninjau"),
                (others, "anggota tanpa hak suara atau yang hak suaranya ditangguhkan")]
            .filter { $0.0 > 0 }.map { "\($0.1) \(IndonesianFormat.integer($0.0)) orang" }.joined(separator: "; ")
    }

    /// "dipilih secara aklamasi", "ditetapkan menurut Anggaran Dasar".
    static func presidiumSelection(_ selection: PresidiumSelection?) -> String {
        switch selection {
        case .acclamation: "dipilih secara aklamasi"
        case .elected: "dipilih oleh anggota"
        case .perArticlesOfAssociation: "ditetapkan menurut Anggaran Dasar"
        case nil: ""
        }
    }

    /// The documents `rapat docs` writes beside the berita acara, derived from the journal alone so that a
    /// single-document command gives the same bytes: the daftar hadir, notulen, statistik and rekap suara always,
    /// the SHU per anggota when a simpanan ledger was imported and a SHU allocation approved.
    public static func attachments(_ state: MeetingState) -> [String] {
        var list = ["Daftar hadir anggota", "Notulen rapat", "Statistik kehadiran", "Rekapitulasi pemungutan suara dan keputusan"]
        if state.shuLedger != nil, state.shuApproval != nil { list.append("Daftar pembagian SHU per anggota") }
        return list
    }

    /// A name or member number of the settings or `ba_details` resolved against the register: "0042" becomes the
    /// member's name; a name is matched case- and space-insensitively.
    static func resolve(_ entry: String, in state: MeetingState) -> (name: String, member: Member?) {
        let roster = state.roster
        if let position = roster.position(of: MemberNumber(entry)) {
            let member = roster.members[position]
            return (member.name, member)
        }
        let key = normalized(entry)
        return (entry, roster.members.first { matches($0.name, normalizedKey: key) })
    }

    /// `normalized(name) == key` without building a string per member: ASCII names (nearly all of a 12.000-member
    /// register) are compared byte by byte, lower-cased, runs of spaces as one.
    static func matches(_ name: String, normalizedKey key: String) -> Bool {
        var keyBytes = key.utf8.makeIterator()
        var pendingSpace = false, started = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return normalized(name) == key }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = started
                continue
            }
            if pendingSpace {
                guard keyBytes.next() == 0x20 else { return false }
                pendingSpace = false
            }
            started = true
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            guard keyBytes.next() == lower else { return false }
        }
        return keyBytes.next() == nil
    }

    static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
