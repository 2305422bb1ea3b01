import Foundation
import RapatCore

extension DataExports {
    static let votesColumns = ["nomor_keputusan", "putaran_suara", "jam", "pokok", "cara", "cara_pemungutan", "hasil", "hadir",
                               "berhak_suara", "setuju", "tidak_setuju", "abstain", "tidak_sah", "tidak_memberikan_suara",
                               "aturan", "perhitungan", "terpilih", "rincian", "catatan"]

    /// "Usul 2: Mengubah AD (perubahan Anggaran Dasar)" or "Pemilihan 1: pengawas, 1 kursi, masa jabatan 2026–2029".
    static func subjectText(_ subject: VoteSubject, _ state: MeetingState) -> String {
        switch subject {
        case let .motion(n):
            guard n >= 1, n <= state.motions.count else { return "Usul \(n)" }
            let m = state.motions[n - 1]
            return "Usul \(n): \(m.text) (\(m.kind.label))"
        case let .election(n):
            guard n >= 1, n <= state.elections.count else { return "Pemilihan \(n)" }
            let e = state.elections[n - 1]
            return "Pemilihan \(n): \(e.body.rawValue), \(e.seats) kursi, masa jabatan \(e.term)"
        }
    }

    /// diterima / ditolak for a motion, terpilih / sama_kuat for an election, batal for a void round.
    static func voteOutcome(_ r: VoteResult) -> String {
        if r.voidReason != nil { return "batal" }
        switch r.subject {
        case .motion: return r.passed ? "diterima" : "ditolak"
        case .election: return r.tiedForLastSeat.isEmpty ? "terpilih" : "sama_kuat"
        }
    }

    /// The vote that decided each decision, and the votes that decided nothing (void rounds, election ties).
    private static func rounds(_ state: MeetingState) -> (byRound: [Int: (VoteRound, VoteResult)], undecided: [(VoteRound, VoteResult)]) {
        let decided = Set(state.decisions.compactMap(\.voteRound))
        var byRound: [Int: (VoteRound, VoteResult)] = [:]
        var undecided: [(VoteRound, VoteResult)] = []
        for (round, result) in state.closedVotes {
            byRound[result.round] = (round, result)
            if !decided.contains(result.round) { undecided.append((round, result)) }
        }
        return (byRound, undecided)
    }

    /// rekap-suara.csv: every decision and every closed vote, in the order they happened, with the counts.
    public static func votesCSV(_ state: MeetingState) -> String {
        let (byRound, undecided) = rounds(state)
        enum Item { case decision(Decision), vote(VoteRound, VoteResult) }
        func time(_ item: Item) -> Date {
            switch item {
            case let .decision(d): d.at
            case let .vote(_, r): r.at
            }
        }
        let items = (state.decisions.map(Item.decision) + undecided.map { Item.vote($0.0, $0.1) })
            .enumerated().sorted { time($0.element) != time($1.element) ? time($0.element) < time($1.element) : $0.offset < $1.offset }
            .map(\.element)
        var table = CSVTable(votesColumns)
        for item in items {
            switch item {
            case let .decision(d):
                let vote = d.voteRound.flatMap { byRound[$0] }
                var row = [String(d.number), d.voteRound.map(String.init) ?? "", clockCell(d.at, state), d.text, d.method.rawValue,
                           vote?.1.method.rawValue ?? "", d.outcome.rawValue, String(d.present)]
                row += vote.map { voteCells($0.0, $0.1, state) } ?? Array(repeating: "", count: 10)
                row.append(d.notes.joined(separator: "; "))
                table.append(row)
            case let .vote(round, r):
                var row = ["", String(r.round), clockCell(r.at, state), subjectText(r.subject, state), DecisionMethod.vote.rawValue,
                           r.method.rawValue, voteOutcome(r), String(round.opening.quorum.present)]
                row += voteCells(round, r, state)
                row.append(r.voidReason ?? "")
                table.append(row)
            }
        }
        return table.text
    }

    /// berhak_suara … rincian of one vote.
    private static func voteCells(_ round: VoteRound, _ r: VoteResult, _ state: MeetingState) -> [String] {
        let eligible = String(r.eligible)
        if r.voidReason != nil { return [eligible] + Array(repeating: "", count: 9) }
        switch r.subject {
        case .motion:
            return [eligible, String(r.yes), String(r.no), String(r.abstain), String(r.invalid), String(r.notVoting), r.ruleText,
                    r.arithmetic, "", ""]
        case .election:
            let candidates = round.opening.candidates.enumerated().map { index, number in
                "\(named(number, state)) \(index < r.candidateVotes.count ? r.candidateVotes[index] : 0)"
            }
            let blank = round.paper?.blank ?? 0
            return [eligible, "", "", String(blank), String(round.paper?.invalidTotal ?? r.invalid), "", "suara terbanyak", "",
                    r.elected.map { named($0, state) }.joined(separator: "; "), candidates.joined(separator: "; ")]
        }
    }

    /// rekap-suara.json: decisions, every closed vote in full (roll-call ballots by member, candidates' votes, spoiled
    /// ballots with their reasons) and the lots drawn.
    public static func votesJSON(_ state: MeetingState) -> String {
        func numbers(_ list: [MemberNumber]) -> JSONValue { .array(list.map { .string($0.rawValue) }) }
        func optionalInt(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
        let decisions: [JSONValue] = state.decisions.map { d in
            .object([("nomor", .int(d.number)), ("waktu", instant(d.at, state)), ("jam", clockValue(d.at, state)),
                     ("teks", .string(d.text)), ("cara", .string(d.method.rawValue)), ("hasil", .string(d.outcome.rawValue)),
                     ("hadir", .int(d.present)), ("catatan", .array(d.notes.map { .string($0) })),
                     ("acara", .int(d.agendaIndex + 1)), ("usul", optionalInt(d.motion)), ("pemilihan", optionalInt(d.election)),
                     ("putaran_suara", optionalInt(d.voteRound))])
        }
        let decisionOfRound = Dictionary(state.decisions.compactMap { d in d.voteRound.map { ($0, d.number) } },
                                         uniquingKeysWith: { first, _ in first })
        let votes: [JSONValue] = state.closedVotes.map { round, r in
            let o = round.opening
            var motion: Int?, election: Int?
            switch r.subject {
            case let .motion(n): motion = n
            case let .election(n): election = n
            }
            let isMotion = motion != nil && r.voidReason == nil
            let paper: JSONValue = round.paper.map { p in
                .object([("dibagikan", .int(p.issued)), ("kembali", .int(p.returned)), ("blanko", .int(p.blank)),
                         ("tidak_sah", .array(p.invalid.map { .object([("alasan", .string($0.reason)), ("jumlah", .int($0.count))]) }))])
            } ?? .null
            let ballots: JSONValue = o.method == .rollCall && motion != nil
                ? .object(round.ballots.map { ($0.key.rawValue, .string($0.value.rawValue)) }) : .null
            let candidates: JSONValue = election == nil ? .null : .array(o.candidates.enumerated().map { index, number in
                .object([("nomor_anggota", .string(number.rawValue)), ("nama", .string(state.roster.member(number)?.name ?? "")),
                         ("suara", .int(index < r.candidateVotes.count ? r.candidateVotes[index] : 0))])
            })
            return .object([
                ("putaran", .int(r.round)), ("pokok", .string(subjectText(r.subject, state))), ("usul", optionalInt(motion)),
                ("pemilihan", optionalInt(election)), ("nomor_keputusan", optionalInt(decisionOfRound[r.round])),
                ("acara", .int(o.agendaIndex + 1)), ("cara_pemungutan", .string(r.method.rawValue)),
                ("dibuka", instant(o.at, state)), ("jam_dibuka", clockValue(o.at, state)),
                ("ditutup", instant(r.at, state)), ("jam_ditutup", clockValue(r.at, state)),
                ("kuorum", .object([("hadir", .int(o.quorum.present)), ("wajib", .int(o.quorum.required))])),
                ("kuorum_khusus", o.specialQuorum.map { .object([("hadir", .int($0.present)), ("wajib", .int($0.required))]) } ?? .null),
                ("berhak_suara", .int(r.eligible)), ("tidak_ikut", numbers(o.excluded)),
                ("hasil", .string(voteOutcome(r))), ("batal", r.voidReason.map { .string($0) } ?? .null),
                ("setuju", isMotion ? .int(r.yes) : .null), ("tidak_setuju", isMotion ? .int(r.no) : .null),
                ("abstain", isMotion ? .int(r.abstain) : .null), ("tidak_sah", isMotion ? .int(r.invalid) : .null),
                ("tidak_memberikan_suara", isMotion ? .int(r.notVoting) : .null),
                ("dasar_mayoritas", isMotion ? .string(r.majorityBase.rawValue) : .null), ("dasar", isMotion ? .int(r.base) : .null),
                ("aturan", isMotion ? .string(r.ruleText) : .null), ("perhitungan", isMotion ? .string(r.arithmetic) : .null),
                ("diterima", isMotion ? .bool(r.passed) : .null), ("seri", isMotion ? .bool(r.tie) : .null),
                ("suara_pimpinan", r.castingVote.map { .string($0.rawValue) } ?? .null),
                ("suara_per_nama", ballots), ("calon", candidates),
                ("terpilih", election == nil ? .null : numbers(r.elected)),
                ("sama_kuat", election == nil ? .null : numbers(r.tiedForLastSeat)),
                ("surat_suara", paper),
            ])
        }
        let lots: [JSONValue] = state.lots.map {
            .object([("pemilihan", .int($0.election)), ("benih", .string(String($0.seed))),
                     ("saksi", .array($0.witnesses.map { .string($0) })), ("di_antara", numbers($0.among)),
                     ("terpilih", numbers($0.winners)), ("waktu", instant($0.at, state))])
        }
        return JSONValue.object(meeting(state, schema: "rekap-suara")
            + [("keputusan", .array(decisions)), ("pemungutan_suara", .array(votes)), ("undian", .array(lots))]).document
    }
}
