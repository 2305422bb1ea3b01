import Foundation
import RapatCore
import TextLayout

/// The notulen (DOMAIN §13): a chronological record of the proceedings, built by replaying the journal so
/// each line is written with the state of the meeting at that moment.
/// The blocks become the notulen document (`ReportModels.notulen`), rendered through its templates.
public enum MinutesReport {
    /// One element of the minutes, before layout.
    public enum Block: Equatable, Sendable {
        case heading(level: Int, text: String)
        case paragraph(String)
        case item(String)
    }

    /// A decision as the notulen words it (without its time): "KEPUTUSAN NOMOR 2: … — DITERIMA, secara musyawarah
    /// mufakat (hadir 70 orang)." The room's screen (`RoomView`) shows the same sentence.
    public static func decision(_ d: Decision) -> String {
        var text = "KEPUTUSAN NOMOR \(d.number): \(d.text) — \(d.outcome.label.uppercased()), "
            + "secara \(d.method.label) (hadir \(d.present) orang)."
        if !d.notes.isEmpty { text += " Catatan: " + d.notes.joined(separator: "; ") + "." }
        return text
    }

    /// The result of a closed vote as the notulen words it after "pemungutan suara N ditutup.": the counts, the rule
    /// and the outcome; per-name votes stay in `rapat rekap-suara`, per-candidate totals belong in the minutes.
    public static func voteSummary(_ round: VoteRound, _ r: VoteResult, _ state: MeetingState) -> [String] {
        let perName = round.opening.method == .rollCall
        return VoteRecordReport.lines(round, r, state).dropFirst(2)
            .filter { !(perName && $0.hasPrefix("  ")) && !$0.hasPrefix("Suara per nama") && !$0.hasPrefix("Anggota berhak") }
            .map { $0.hasPrefix("  ") ? $0.trimmingCharacters(in: .whitespaces) + "." : $0 }
    }

    /// The minutes as blocks, with the final state; nil before registration opened.
    public static func blocks(_ entries: [JournalEntry]) -> (blocks: [Block], state: MeetingState)? {
        var fold = Fold(withdrawals: entries)
        for entry in entries { fold.add(entry) }
        return fold.finished()
    }

    /// The replay behind `blocks`, one entry at a time: the O screen keeps it and adds only the entries recorded
    /// since (issue 13). Each entry's lines depend on the entries before it only, except a withdrawal, which marks
    /// the line of the event it withdraws: the withdrawals are read from the whole journal first, so a fold is
    /// valid for a journal that has no withdrawal after the entries it was given.
    public struct Fold {
        /// The state after the last entry added.
        public private(set) var state = MeetingState()
        /// The sequence of the last entry added (0: none).
        public private(set) var lastSequence: Int64 = 0
        private var blocks: [Block] = []
        /// Whether the current agenda item has any entry yet; an empty item says so explicitly.
        private var itemHasEntries = true
        // A withdrawn event keeps its line, marked; the withdrawal itself is a line at its own time.
        private let withdrawnBy: [Int64: EventWithdrawal]

        /// A fold for a journal whose withdrawals are those in `withdrawals` (the whole journal, or its withdrawals).
        public init(withdrawals: [JournalEntry]) {
            var withdrawnBy: [Int64: EventWithdrawal] = [:]
            for entry in withdrawals { if case let .eventWithdrawn(w) = entry.event { withdrawnBy[w.sequence] = w } }
            self.withdrawnBy = withdrawnBy
        }

        private mutating func closeItem() {
            if !itemHasEntries { blocks.append(.item("Tidak ada catatan.")) }
            itemHasEntries = true
        }

        private mutating func heading(_ text: String, level: Int) {
            if level == 3 { closeItem(); itemHasEntries = false }
            blocks.append(.heading(level: level, text: text))
        }

        private mutating func paragraph(_ text: String) { blocks.append(.paragraph(text)) }

        private mutating func item(_ text: String) {
            itemHasEntries = true
            blocks.append(.item(text))
        }

        /// Ends `text` with a full stop unless it already ends a sentence.
        private func sentence(_ text: String) -> String { text.last.map { ".!?".contains($0) } == true ? text : text + "." }

        /// The lines of one more entry, the next in the journal.
        public mutating func add(_ entry: JournalEntry) {
            lastSequence = entry.sequence
            // Only two facts of the state before the event are needed; copying the whole state here would copy the
            // attendance book on every event (quadratic for a large meeting).
            let wasOpened = state.meetingOpenedAt != nil, hadQuorum = state.quorum.isMet
            state.evolve(entry.event)
            let zone = state.timeZone
            let time = { (date: Date) in IndonesianFormat.time(date, zone: zone) }
            switch entry.event {
            case let .registrationOpened(opening):
                let p = opening.profile
                heading("NOTULEN RAPAT ANGGOTA TAHUNAN (RAT) KE-\(p.ratNumber) TAHUN BUKU \(p.fiscalYear)", level: 1)
                // The identity (koperasi, date, place) comes from the profile in force at the end: ReportModels.notulen.
                let rules = opening.rules
                let cutoff = rules.registerCutoff.map { date in
                    let late = state.roster.members.lazy.filter { rules.isObserver($0) && $0.countsToQuorum(rules.quorumBase) }
                    return " per \(IndonesianFormat.isoDateLong(date)) (batas buku daftar anggota; yang masuk sesudahnya "
                        + "peninjau: \(IndonesianFormat.countInWords(late.count)))"
                } ?? ""
                paragraph("Daftar hadir dibuka \(time(opening.at)); anggota terdaftar "
                    + "\(IndonesianFormat.countInWords(opening.registered))\(cutoff); kuorum "
                    + "\(opening.rules.quorumRule.inWords(registered: opening.registered)).")
            case let .meetingOpened(by, _, at):
                heading("Jalannya rapat", level: 2)
                let q = state.quorum
                item("\(time(at)): rapat dibuka oleh \(by); hadir \(IndonesianFormat.countInWords(q.present)).")
                if let first = state.agenda.items.first { heading("1. \(first.title) (mulai \(time(at)))", level: 3) }
            case let .agendaItemStarted(index, at):
                heading("\(index + 1). \(state.agenda.items[index].title) (mulai \(time(at)))", level: 3)
            case let .quorumDeclared(d):
                item("\(time(d.at)): pemeriksaan kuorum — terdaftar \(IndonesianFormat.integer(d.registered)), hadir "
                    + "\(IndonesianFormat.integer(d.present)), wajib hadir \(IndonesianFormat.integer(d.required)); rapat "
                    + (d.isMet ? "memenuhi kuorum dan SAH" : "BELUM memenuhi kuorum") + ".")
            case let .presidiumAppointed(p):
                var text = "\(time(p.at)): pimpinan rapat \(p.selection.label) — Ketua \(p.chair), Sekretaris \(p.secretary)"
                if !p.members.isEmpty { text += ", Anggota \(p.members.joined(separator: ", "))" }
                item(text + "; notulis \(p.notetaker).")
            case let .noteRecorded(note):
                if let amends = note.amends {
                    item("\(time(note.at)): [perbaikan catatan \(amends): \(note.reason ?? "")] \(note.text)")
                } else {
                    item("\(time(note.at)): (catatan \(note.number)) \(note.text)")
                }
            case let .decisionRecorded(d):
                item("\(time(d.at)): " + MinutesReport.decision(d))
            case let .meetingPostponed(p):
                if let from = p.remainingFromAgendaIndex {
                    let rest = state.agenda.items.indices.dropFirst(from).map { "\($0 + 1). \(state.agenda.items[$0].title)" }
                    item("\(time(p.at)): acara yang tersisa DITUNDA (\(rest.joined(separator: "; "))) — \(p.reason) "
                        + "(hadir \(p.present), wajib \(p.required)).")
                } else {
                    item("\(time(p.at)): rapat DITUNDA — \(p.reason) (hadir \(p.present), wajib \(p.required)).")
                }
            case let .motionProposed(m):
                item("\(time(m.at)): usul \(m.number) diajukan (\(m.kind.label)): \(sentence(m.text))")
            case let .voteOpened(o):
                item("\(time(o.at)): pemungutan suara \(o.round) dibuka, \(o.method.label), atas "
                    + "\(VoteRecordReport.subject(o.subject, state)); anggota berhak suara yang hadir "
                    + "\(IndonesianFormat.countInWords(o.eligible.count)).")
            case let .voteClosed(r):
                if let round = state.closedVotes.last?.round, round.opening.round == r.round {
                    item("\(time(r.at)): pemungutan suara \(r.round) ditutup. "
                        + MinutesReport.voteSummary(round, r, state).joined(separator: " "))
                }
            case let .electionOpened(e):
                item("\(time(e.at)): pemilihan \(e.body.rawValue) dibuka: \(e.seats) kursi, masa jabatan \(e.term).")
            case let .candidateNominated(election, member, at):
                let note = state.sittingOfficerNote(election: election, member: member).map { " Catatan: \($0)." } ?? ""
                item("\(time(at)): calon pemilihan \(election): \(VoteRecordReport.name(member, state)).\(note)")
            case let .candidateWithdrawn(w):
                item("\(time(w.at)): calon pemilihan \(w.election) \(VoteRecordReport.name(w.member, state)) ditarik "
                    + "sebelum pemungutan suara: \(w.reason).")
            case let .chairHandedOver(election, to, at):
                item("\(time(at)): pimpinan acara pemilihan \(election) diserahkan kepada \(to) karena pimpinan rapat "
                    + "menjadi calon.")
            case let .lotDrawn(lot):
                item("\(time(lot.at)): undian di antara " + lot.among.map { VoteRecordReport.name($0, state) }
                    .joined(separator: ", ") + "; terpilih " + lot.winners.map { VoteRecordReport.name($0, state) }
                    .joined(separator: ", ") + "; saksi " + lot.witnesses.joined(separator: ", ") + " (seed \(lot.seed)).")
            case let .proxyGranted(g):
                item("\(time(g.at)): surat kuasa \(g.letter): \(VoteRecordReport.name(g.principal, state)) kepada "
                    + "\(VoteRecordReport.name(g.holder, state)).")
            case let .shuProposed(p):
                let parts = p.allocation.lines.map { "\($0.component.name) \($0.component.percentage)% \($0.amount.formatted)" }
                item("\(time(p.at)): pengurus mengusulkan pembagian SHU tahun buku sebesar \(p.surplus.formattedWithWords)"
                    + (p.allocation.hasDistribution ? ": " + parts.joined(separator: "; ") + "." : "; tidak ada yang dibagi."))
            case let .shuAmended(a):
                item("\(time(a.at)): usulan pembagian SHU diubah (\(a.reason)): "
                    + a.components.map { "\($0.name) \($0.percentage)%" }.joined(separator: "; ") + ".")
            case let .shuApproved(a):
                item("\(time(a.at)): pembagian SHU disahkan dengan keputusan nomor \(a.decision).")
            case let .quorumLossAnswered(r):
                item("\(time(r.at)): kuorum hilang (hadir \(r.present), wajib \(r.required)); pimpinan rapat memutuskan "
                    + "\(r.choice.label).")
            case let .meetingClosed(at):
                item("\(time(at)): rapat ditutup.")
            case let .reportPresented(r):
                var text = "\(time(r.at)): \(r.kind.label) disampaikan oleh \(r.presenter): \(sentence(r.summary))"
                let figures = r.figures.ordered.map { "\($0.key.label) \($0.amount.formatted)" }
                if !figures.isEmpty { text += " Angka pokok: " + figures.joined(separator: "; ") + "." }
                if let income = r.figures.realization(actual: .actualIncome, budgeted: .budgetedIncome) {
                    text += " Realisasi pendapatan \(income) dari RAPB."
                }
                if let costs = r.figures.realization(actual: .actualCosts, budgeted: .budgetedCosts) {
                    text += " Realisasi biaya \(costs) dari RAPB."
                }
                item(text)
            case let .questionRoundStarted(round, at):
                item("\(time(at)): pandangan umum termin \(Terbilang.words(round)) dibuka.")
            case let .questionRecorded(q):
                let who: String
                switch q.speaker {
                case let .member(number):
                    let member = state.roster.member(number)
                    who = "\(number) \(member?.name ?? "")" + (member.map { " (\($0.unit))" } ?? "")
                case let .guest(name):
                    who = "\(name) (undangan)"
                }
                var text = "[\(IndonesianFormat.clock(q.at, zone: zone))] \(who), \(q.category.label): \(q.question)"
                if !q.answer.isEmpty || !q.answeredBy.isEmpty {
                    text += " → dijawab oleh \(q.answeredBy.isEmpty ? "-" : q.answeredBy): \(q.answer)"
                }
                item(text + " [\(q.status.rawValue)]")
            case let .answerAmended(a):
                var text = "\(time(a.at)): [perbaikan jawaban pertanyaan \(a.question): \(a.reason)]"
                if !a.answer.isEmpty || !a.answeredBy.isEmpty {
                    text += " dijawab oleh \(a.answeredBy.isEmpty ? "-" : a.answeredBy): \(a.answer)"
                }
                item(text + " [\(a.status.rawValue)]")
            case let .recessStarted(reason, at):
                item("\(time(at)): rapat diskors — \(reason).")
            case let .recessEnded(d):
                item("\(time(d.at)): skorsing dicabut; kuorum diperiksa ulang — hadir \(d.present), wajib hadir "
                    + "\(d.required); \(d.isMet ? "SAH" : "KUORUM TIDAK TERPENUHI").")
            case let .eventWithdrawn(w):
                item("\(time(w.at)): \(w.line).")
                // The meeting is back on the item it was on before a withdrawn move.
                if w.kind == .agendaItemStarted, let index = state.currentAgendaIndex {
                    heading("\(index + 1). \(state.agenda.items[index].title) (lanjutan \(time(w.at)))", level: 3)
                }
            case let .clockSteppedBack(step):
                item("\(time(step.at)): catatan — jam komputer menunjukkan \(time(step.observed)), lebih awal dari catatan "
                    + "terakhir \(time(step.last)); waktu berikutnya dicatat berurutan sesudah catatan terakhir sampai jam "
                    + "komputer menyusul.")
            case let .memberLeft(number, at) where wasOpened:
                if let member = state.roster.member(number), state.counts(member), hadQuorum, !state.quorum.isMet {
                    item("\(time(at)): \(member.name) (\(number)) meninggalkan ruangan; KUORUM HILANG "
                        + "(hadir \(state.quorum.present), wajib \(state.quorum.required)).")
                }
            default:
                break
            }
            if let w = withdrawnBy[entry.sequence] {
                let mark = "[DIBATALKAN \(IndonesianFormat.time(w.at, zone: state.timeZone)): \(w.reason)]"
                if case let .item(text) = blocks.last {
                    blocks[blocks.count - 1] = .item(text + " " + mark)
                } else {
                    item(mark)
                }
            }
        }

        /// The minutes of the entries added so far, closed as the document ends them; nil before registration opened.
        public func finished() -> (blocks: [Block], state: MeetingState)? {
            var end = self
            return end.close()
        }

        private mutating func close() -> (blocks: [Block], state: MeetingState)? {
            guard state.opening != nil else { return nil }
            closeItem()
            let stats = state.attendanceSummary()
            heading("Kehadiran", level: 2)
            paragraph("Anggota yang pernah hadir: \(IndonesianFormat.countInWords(stats.attended)) dari "
                + "\(IndonesianFormat.countInWords(stats.registered)) (\(IndonesianFormat.percent(stats.attended, of: stats.registered))); "
                + "meninggalkan ruangan \(stats.departures) kali.")
            return (blocks, state)
        }
    }
}
