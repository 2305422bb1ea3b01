import Foundation
import RapatText

/// Payload of `Event.eventWithdrawn`: a legal event recorded by mistake is withdrawn by a new, correcting event
/// with a reason. The original stays in the journal; the notulen and the berita acara print both.
public struct EventWithdrawal: Hashable, Sendable, Codable {
    /// The journal position of the withdrawn event.
    public var sequence: Int64
    public var kind: Event.Kind
    /// What was withdrawn, as the notulen prints it: "pengumuman kuorum pukul 10.02 (N 133, H 70, Q 67)".
    public var what: String
    public var reason: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(sequence: Int64, kind: Event.Kind, what: String, reason: String, at: Date) {
        self.sequence = sequence
        self.kind = kind
        self.what = what
        self.reason = reason
        self.at = at
    }

    /// "pengumuman kuorum pukul 10.02 (N 133, H 70, Q 67) dibatalkan: salah tekan".
    public var line: String { "\(what) dibatalkan: \(reason)" }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case sequence = "seq", kind, what, reason
    }
}

extension Event.Kind: Codable {}

/// What withdrawing one event undoes in the state; kept for the kinds that can be withdrawn.
struct WithdrawTarget: Sendable {
    enum Effect: Sendable {
        case opening
        case quorum(QuorumDeclaration)
        case agendaMove(index: Int, previous: Int?)
        case recessStart
        case recessEnd(QuorumDeclaration)
        case round(Int)
        case decision(Int)
        case closing
        case motion
        case shuProposal(previous: ShuProposal?, amendments: [ShuAmendment])
        /// A non-member recorded by mistake; like attendance it is not part of the proceedings, so it can be withdrawn
        /// whatever was recorded after it.
        case guest(GuestArrival)
    }

    var effect: Effect
    var at: Date
}

extension MeetingState {
    /// Kinds a `withdraw` can take back (the rest have their own corrections or are relied upon by what follows).
    public static let withdrawableKinds: [Event.Kind] = [
        .meetingOpened, .quorumDeclared, .agendaItemStarted, .recessStarted, .recessEnded, .questionRoundStarted,
        .decisionRecorded, .meetingClosed, .motionProposed, .shuProposed, .guestArrived,
    ]

    /// Kinds a stray key may still record that are corrected by a command of their own, not withdrawn.
    public static let correctedKinds: [Event.Kind: String] = [
        .noteRecorded: "amend_note (K: koreksi catatan)",
        .questionRecorded: "amend_answer (J: koreksi jawaban)",
        .answerAmended: "amend_answer lagi (J: koreksi jawaban)",
        // A candidate withdrawn by mistake is nominated again.
        .candidateWithdrawn: "nominate (C: catat calon lagi)",
        .shuAmended: "amend_shu (B: ubah persentase lagi)",
        // A withdrawal is never withdrawn: what it took back is recorded again (F8 again, F9 again, …).
        .eventWithdrawn: "catat ulang yang dibatalkan",
    ]

    /// Attendance is corrected by its own moves and by `void_check_in`, never withdrawn.
    static let attendanceKinds: Set<Event.Kind> = [.memberCheckedIn, .memberLeft, .memberReturned, .checkInVoided]

    /// Whether `event` is part of the proceedings a withdrawal must not skip over (attendance, paperwork, clock
    /// notes and withdrawals themselves are not).
    static func isProceedings(_ event: Event) -> Bool {
        if event.isAdministrative || attendanceKinds.contains(event.kind) { return false }
        switch event {
        case .clockSteppedBack, .eventWithdrawn, .registrationOpened, .meetingCreated, .guestArrived: return false
        default: return true
        }
    }

    /// Notes, in `evolve`, what withdrawing the event just folded (journal position `sequence`) would undo.
    mutating func noteForWithdrawal(_ event: Event, sequence: Int64, previousAgendaIndex: Int?,
                                    previousShu: (ShuProposal?, [ShuAmendment])?) {
        journalKinds.append(event.kind)
        if Self.isProceedings(event) { proceedingsSequences.append(sequence) }
        let effect: WithdrawTarget.Effect? = switch event {
        case .meetingOpened: .opening
        case let .quorumDeclared(d): .quorum(d)
        case let .agendaItemStarted(index, _): .agendaMove(index: index, previous: previousAgendaIndex)
        case .recessStarted: .recessStart
        case let .recessEnded(d): .recessEnd(d)
        case let .questionRoundStarted(round, _): .round(round)
        case let .decisionRecorded(d) where d.voteRound == nil && d.election == nil: .decision(d.number)
        case .meetingClosed: .closing
        case .motionProposed: .motion
        case .shuProposed: previousShu.map { .shuProposal(previous: $0.0, amendments: $0.1) }
        case let .guestArrived(guest): .guest(guest)
        default: nil
        }
        if let effect { withdrawTargets[sequence] = WithdrawTarget(effect: effect, at: event.at) }
    }

    /// The events of `.withdrawEvent`, or its refusal: only the latest proceedings event still in force can be
    /// withdrawn, so nothing recorded later ever rests on a withdrawn event.
    func decideWithdrawal(sequence: Int64, reason: String, at: Date) throws(RapatError) -> [Event] {
        guard opening != nil else { throw .registrationNotOpen }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .missingField(tr("core.field.voidReason")) }
        guard sequence >= 1, sequence <= Int64(journalKinds.count) else { throw .noSuchEvent(sequence) }
        let kind = journalKinds[Int(sequence - 1)]
        if let earlier = withdrawals.first(where: { $0.sequence == sequence }) {
            throw .eventAlreadyWithdrawn(sequence, at: earlier.at, zone: timeZone)
        }
        if Self.attendanceKinds.contains(kind) { throw .attendanceNotWithdrawable(sequence) }
        guard let target = withdrawTargets[sequence] else { throw .notWithdrawable(sequence, kind.rawValue) }
        // Nothing rests on a guest's arrival; everything else is withdrawn latest first.
        let standsAlone = if case .guest = target.effect { true } else { false }
        if !standsAlone, let later = proceedingsSequences.last(where: { $0 > sequence && !withdrawnSequences.contains($0) }) {
            throw .eventReliedUpon(sequence, later: later, laterKind: journalKinds[Int(later - 1)].rawValue)
        }
        try requireInOrder(at, member: nil)
        return [.eventWithdrawn(EventWithdrawal(sequence: sequence, kind: kind, what: description(of: target),
                                                reason: reason, at: at))]
    }

    /// The latest proceedings event still in force, when a withdrawal can take it back: its journal position and
    /// what the notulen would call it ("pengumuman kuorum pukul 10.02 WITA (N 133, H 70, Q 67)").
    public var withdrawalCandidate: (sequence: Int64, what: String)? {
        guard let last = proceedingsSequences.last(where: { !withdrawnSequences.contains($0) }),
              let target = withdrawTargets[last] else { return nil }
        return (last, description(of: target))
    }

    private func description(of target: WithdrawTarget) -> String {
        let time = IndonesianFormat.time(target.at, zone: timeZone)
        let what: String
        switch target.effect {
        case .opening:
            what = "pembukaan rapat \(time) oleh \(meetingOpenedBy)"
        case let .quorum(d):
            what = "pengumuman kuorum \(time) (N \(d.registered), H \(d.present), Q \(d.required))"
        case let .agendaMove(index, _):
            what = "perpindahan ke acara \(index + 1). \(agenda.items[index].title) \(time)"
        case .recessStart:
            what = "skorsing \(time) (\(recesses.last?.reason ?? ""))"
        case let .recessEnd(d):
            what = "pencabutan skorsing \(time) (hadir \(d.present), wajib \(d.required))"
        case let .round(round):
            what = "pembukaan pandangan umum termin \(round) \(time)"
        case let .decision(number):
            let text = decisions.first { $0.number == number }?.text ?? ""
            what = "keputusan nomor \(number) \(time) (\"\(text)\")"
        case .closing:
            what = "penutupan rapat \(time)"
        case .motion:
            what = "usul nomor \(motions.count) \(time) (\"\(motions.last?.text ?? "")\")"
        case .shuProposal:
            what = "usulan pembagian SHU \(time) (SHU \(shuProposal?.surplus.formatted ?? ""))"
        case let .guest(guest):
            what = "kehadiran tamu \(guest.line) \(time)"
        }
        return what
    }

    /// Folds a withdrawal: the state is as if the withdrawn event had not happened; the record of both stays.
    mutating func evolveWithdrawal(_ withdrawal: EventWithdrawal) {
        withdrawals.append(withdrawal)
        withdrawnSequences.insert(withdrawal.sequence)
        guard let target = withdrawTargets[withdrawal.sequence] else { return }
        switch target.effect {
        case .opening:
            meetingOpenedAt = nil
            meetingOpenedBy = ""
            agenda = Agenda(items: [])
            currentAgendaIndex = nil
            agendaItemStarts = [:]
            phase = .registration
        case let .quorum(d):
            if let i = quorumDeclarations.lastIndex(of: d) { quorumDeclarations.remove(at: i) }
        case let .agendaMove(index, previous):
            currentAgendaIndex = previous
            agendaItemStarts[index] = nil
        case .recessStart:
            if !recesses.isEmpty { recesses.removeLast() }
        case let .recessEnd(d):
            if !recesses.isEmpty { recesses[recesses.count - 1].end = nil }
            if let i = quorumDeclarations.lastIndex(of: d) { quorumDeclarations.remove(at: i) }
        case let .round(round):
            questionRound = round - 1
        case let .decision(number):
            withdrawnDecisions.insert(number)
            decisions.removeAll { $0.number == number }
            for (motion, decision) in motionDecisions where decision == number { motionDecisions[motion] = nil }
        case .closing:
            closedAt = nil
            phase = .opened
        case .motion:
            // The latest proceedings event, so no vote or decision refers to it; its number is free again.
            if !motions.isEmpty { motions.removeLast() }
        case let .shuProposal(previous, amendments):
            shuProposal = previous
            shuAmendments = amendments
        case let .guest(guest):
            if let index = guests.firstIndex(of: guest) { guests.remove(at: index) }
        }
    }
}
