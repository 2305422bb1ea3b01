import Foundation
import RapatCore
import TextLayout

/// Every vote's record (issue 4 item 7) as lines for the rekap suara document and the agenda screen. Roll-call votes
/// list each member; secret ballots list totals only.
public enum VoteRecordReport {
    /// "Usul 2: Mengubah AD (perubahan Anggaran Dasar)" or "Pemilihan 1: pengurus, 3 kursi, 2026–2030".
    public static func subject(_ subject: VoteSubject, _ state: MeetingState) -> String {
        switch subject {
        case let .motion(n):
            let m = state.motions[n - 1]
            return "Usul \(n): \(m.text) (\(m.kind.label))"
        case let .election(n):
            let e = state.elections[n - 1]
            return "Pemilihan \(n): \(e.body.rawValue), \(e.seats) kursi, masa jabatan \(e.term)"
        }
    }

    public static func name(_ number: MemberNumber, _ state: MeetingState) -> String {
        state.roster.member(number).map { "\($0.name) (\($0.number))" } ?? number.rawValue
    }

    /// The lines of one vote, as a secretary reads them aloud.
    public static func lines(_ round: VoteRound, _ r: VoteResult, _ state: MeetingState) -> [String] {
        let zone = state.timeZone
        let o = round.opening
        var out: [String] = []
        out.append("Dibuka \(IndonesianFormat.time(o.at, zone: zone)), ditutup \(IndonesianFormat.time(r.at, zone: zone)); "
            + "cara: \(o.method.label).")
        out.append("Kuorum saat dibuka: hadir \(o.quorum.present), wajib \(o.quorum.required) (\(o.quorum.formula)).")
        if let special = o.specialQuorum {
            out.append("Kuorum khusus: hadir \(special.present), wajib \(special.required) (\(special.formula)).")
        }
        out.append("Anggota berhak suara yang hadir: \(IndonesianFormat.countInWords(o.eligible.count)).")
        if !o.excluded.isEmpty {
            out.append("Tidak ikut memberi suara: " + o.excluded.map { name($0, state) }.joined(separator: ", ") + ".")
        }
        if let void = r.voidReason {
            out.append("BATAL: \(void).")
            return out
        }
        switch o.subject {
        case .motion:
            if let paper = round.paper {
                out.append("Surat suara dibagikan \(paper.issued), kembali \(paper.returned).")
            }
            out.append("Setuju \(r.yes), tidak setuju \(r.no), \(o.method == .secret ? "blanko" : "abstain") \(r.abstain), "
                + "tidak sah \(r.invalid); tidak memberikan suara \(r.notVoting).")
            for spoiled in round.paper?.invalid ?? [] { out.append("Tidak sah \(spoiled.count): \(spoiled.reason).") }
            if r.recordedYes + r.recordedNo + r.recordedAbstain > 0 {
                out.append("Termasuk suara pengurus/pengawas atas laporannya sendiri: setuju \(r.recordedYes), "
                    + "tidak setuju \(r.recordedNo), abstain \(r.recordedAbstain).")
            }
            out.append("Aturan: \(r.ruleText); \(r.arithmetic).")
            if r.tie { out.append("Suara sama banyak" + (r.castingVote.map { "; suara penentu pimpinan: \($0.label)." } ?? ": usul ditolak.")) }
            out.append("Hasil: usul \(r.passed ? "DITERIMA" : "DITOLAK").")
            if o.method == .rollCall {
                out.append("Suara per nama:")
                for member in o.eligible {
                    out.append("  \(name(member, state)): \(round.ballots[member]?.label ?? "tidak memberikan suara")")
                }
            }
        case .election:
            if let paper = round.paper {
                out.append("Surat suara dibagikan \(paper.issued), kembali \(paper.returned), blanko \(paper.blank), "
                    + "tidak sah \(paper.invalidTotal).")
                for spoiled in paper.invalid { out.append("Tidak sah \(spoiled.count): \(spoiled.reason).") }
            }
            for (index, candidate) in o.candidates.enumerated() {
                out.append("  \(name(candidate, state)): \(index < r.candidateVotes.count ? r.candidateVotes[index] : 0) suara")
            }
            if !r.elected.isEmpty { out.append("Terpilih: " + r.elected.map { name($0, state) }.joined(separator: ", ") + ".") }
            if !r.tiedForLastSeat.isEmpty {
                out.append("Sama kuat untuk kursi terakhir: " + r.tiedForLastSeat.map { name($0, state) }.joined(separator: ", ")
                    + ".")
            }
        }
        return out
    }
}
