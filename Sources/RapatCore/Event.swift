import Foundation
import RapatText

/// A fact that happened at the meeting. The journal is a sequence of these; state is their fold.
public enum Event: Hashable, Sendable {
    /// `rapat init`: the meeting file was created for this cooperative.
    case meetingCreated(meetingID: String, cooperative: String, at: Date)
    /// A buku daftar anggota was imported (replacing any earlier one before registration opens).
    case rosterImported(RosterImport)
    /// The daftar hadir opened: the roster and the AD/ART rules are frozen from here on.
    case registrationOpened(RegistrationOpening)
    case memberCheckedIn(MemberNumber, at: Date)
    case memberLeft(MemberNumber, at: Date)
    case memberReturned(MemberNumber, at: Date)
    /// A check-in made by mistake (wrong card scanned) is withdrawn; the original stays in the journal.
    case checkInVoided(MemberNumber, reason: String, at: Date)
    /// The meeting was opened (PEMBUKAAN) with its draft agenda; the first item starts.
    case meetingOpened(by: String, agenda: Agenda, at: Date)
    /// The chair moved the meeting to agenda item `index`.
    case agendaItemStarted(index: Int, at: Date)
    /// The counts announced at a quorum check.
    case quorumDeclared(QuorumDeclaration)
    /// The meeting is postponed (DITUNDA) for lack of quorum.
    case meetingPostponed(Postponement)
    case presidiumAppointed(Presidium)
    case decisionRecorded(Decision)
    case noteRecorded(MinuteNote)
    /// The chair closed the meeting (PENUTUPAN).
    case meetingClosed(at: Date)
    /// Skorsing: the meeting is suspended for `reason`.
    case recessStarted(reason: String, at: Date)
    /// The meeting resumes; quorum is re-checked at that moment (DOMAIN §6.4).
    case recessEnded(QuorumDeclaration)
    /// A new termin (round) of questions begins.
    case questionRoundStarted(round: Int, at: Date)
    case questionRecorded(QuestionEntry)
    case reportPresented(ReportRecord)
    /// Quorum was lost mid-meeting and the chair chose how to go on (DOMAIN §7.5).
    case quorumLossAnswered(QuorumLossResponse)
    case motionProposed(Motion)
    /// A vote opened with its eligible voters frozen (DOMAIN §8.7).
    case voteOpened(VoteOpening)
    /// One member's roll-call vote.
    case voteCast(round: Int, member: MemberNumber, choice: VoteChoice, at: Date)
    /// Show-of-hands counts as entered (a recount replaces them).
    case handsCounted(round: Int, HandCount, at: Date)
    /// A secret ballot's count (a recount replaces it).
    case ballotsCounted(round: Int, BallotCount, at: Date)
    case voteClosed(VoteResult)
    case electionOpened(Election)
    case candidateNominated(election: Int, member: MemberNumber, at: Date)
    case chairHandedOver(election: Int, to: String, at: Date)
    case lotDrawn(LotDraw)
    /// Tied candidates settled by musyawarah where the AD says so (`tie_election = revote_then_musyawarah`).
    case electionTieSettled(election: Int, winners: [MemberNumber], at: Date)
    case proxyGranted(ProxyGrant)
    case shuProposed(ShuProposal)
    case shuAmended(ShuAmendment)
    case shuApproved(ShuApproval)
    case shuLedgerImported(ShuLedgerImport)
    case documentDetailsAmended(DocumentAmendment)
    case guestArrived(GuestArrival)
    /// The desk's clock read earlier than the journal's latest meeting event; the desk went on with times just
    /// after that event (DECISIONS.md "Time runs forward").
    case clockSteppedBack(ClockStep)
    /// A legal event recorded by mistake is withdrawn, with a reason; the original stays in the journal.
    case eventWithdrawn(EventWithdrawal)
    /// A candidate taken off an election's ballot before its vote, with a reason; the nomination stays.
    case candidateWithdrawn(CandidateWithdrawal)
    /// The answer to a pandangan umum question corrected, with a reason; the question as first recorded stays.
    case answerAmended(AnswerAmendment)

    /// When the event happened at the meeting (not when it was written).
    public var at: Date {
        switch self {
        case let .meetingCreated(_, _, at): at
        case let .rosterImported(r): r.at
        case let .registrationOpened(o): o.at
        case let .memberCheckedIn(_, at), let .memberLeft(_, at), let .memberReturned(_, at): at
        case let .checkInVoided(_, _, at): at
        case let .meetingOpened(_, _, at): at
        case let .agendaItemStarted(_, at): at
        case let .quorumDeclared(declaration): declaration.at
        case let .meetingPostponed(postponement): postponement.at
        case let .presidiumAppointed(p): p.at
        case let .decisionRecorded(d): d.at
        case let .noteRecorded(n): n.at
        case let .meetingClosed(at): at
        case let .recessStarted(_, at): at
        case let .recessEnded(check): check.at
        case let .questionRoundStarted(_, at): at
        case let .questionRecorded(q): q.at
        case let .reportPresented(r): r.at
        case let .quorumLossAnswered(r): r.at
        case let .motionProposed(m): m.at
        case let .voteOpened(o): o.at
        case let .voteCast(_, _, _, at), let .handsCounted(_, _, at), let .ballotsCounted(_, _, at): at
        case let .voteClosed(r): r.at
        case let .electionOpened(e): e.at
        case let .candidateNominated(_, _, at), let .chairHandedOver(_, _, at): at
        case let .lotDrawn(l): l.at
        case let .electionTieSettled(_, _, at): at
        case let .proxyGranted(p): p.at
        case let .shuProposed(p): p.at
        case let .shuAmended(a): a.at
        case let .shuApproved(a): a.at
        case let .shuLedgerImported(l): l.at
        case let .documentDetailsAmended(a): a.at
        case let .guestArrived(g): g.at
        case let .clockSteppedBack(step): step.at
        case let .eventWithdrawn(w): w.at
        case let .candidateWithdrawn(w): w.at
        case let .answerAmended(a): a.at
        }
    }
}

/// Payload of `Event.rosterImported`.
public struct RosterImport: Hashable, Sendable {
    public var roster: Roster
    /// The file it came from, for the record.
    public var source: String
    public var at: Date

    public init(roster: Roster, source: String, at: Date) {
        self.roster = roster
        self.source = source
        self.at = at
    }

    public static func == (lhs: RosterImport, rhs: RosterImport) -> Bool {
        lhs.roster == rhs.roster && lhs.source == rhs.source && lhs.at == rhs.at
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(roster.version)
        hasher.combine(roster.digest)
        hasher.combine(at)
    }
}

/// Payload of `Event.registrationOpened`: what is frozen when the daftar hadir opens.
public struct RegistrationOpening: Hashable, Sendable, Codable {
    public var rosterVersion: Int
    /// N at opening, recorded so documents never depend on recomputation.
    public var registered: Int
    public var rules: MeetingRules
    public var profile: CooperativeProfile
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(rosterVersion: Int, registered: Int, rules: MeetingRules, profile: CooperativeProfile, at: Date) {
        self.rosterVersion = rosterVersion
        self.registered = registered
        self.rules = rules
        self.profile = profile
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case rosterVersion = "roster_version", registered, rules, profile
    }

    /// The warning when the quorum rule asks for more members than N: the meeting can never be quorate
    /// (e.g. `half_plus_one_literal` with N = 1 gives Q = 2). Nothing is refused: the AD may say so.
    public var quorumWarning: String? {
        let required = rules.quorumRule.required(registered: registered)
        guard required > registered else { return nil }
        return tr("core.quorumWarning", ["rule": rules.quorumRule.label, "n": registered, "q": required])
    }
}

/// An event with its place in the journal.
public struct JournalEntry: Hashable, Sendable {
    /// 1-based, gap-free position in the journal.
    public var sequence: Int64
    public var event: Event
    /// The registration desk that recorded it (`rapat run --meja N`), when the meeting has several; nil otherwise.
    public var desk: Int?

    public init(sequence: Int64, event: Event, desk: Int? = nil) {
        self.sequence = sequence
        self.event = event
        self.desk = desk
    }
}

/// N, H and Q as announced by the chair at one moment (DOMAIN §6.2 state 3).
public struct QuorumDeclaration: Hashable, Sendable, Codable {
    public var registered: Int
    public var present: Int
    public var required: Int
    /// The rule with its formula, as read out: "lebih dari 1/2: ⌊133/2⌋+1 = 67".
    public var formula: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(registered: Int, present: Int, required: Int, formula: String, at: Date) {
        self.registered = registered
        self.present = present
        self.required = required
        self.formula = formula
        self.at = at
    }

    public var isMet: Bool { present >= required }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case registered, present, required, formula
    }
}

/// A postponement with the counts at that moment, for the berita acara penundaan (DOMAIN §7.4).
public struct Postponement: Hashable, Sendable, Codable {
    public var reason: String
    /// The new meeting date (`yyyy-MM-dd`) when already known.
    public var newDate: String?
    public var registered: Int
    public var present: Int
    public var required: Int
    public var formula: String
    /// Set when quorum was lost mid-meeting: the first agenda item not dealt with (it and the later ones are
    /// postponed). Nil for a meeting postponed because quorum never came.
    public var remainingFromAgendaIndex: Int?
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(reason: String, newDate: String?, registered: Int, present: Int, required: Int, formula: String,
                remainingFromAgendaIndex: Int? = nil, at: Date) {
        self.reason = reason
        self.newDate = newDate
        self.registered = registered
        self.present = present
        self.required = required
        self.formula = formula
        self.remainingFromAgendaIndex = remainingFromAgendaIndex
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case reason, newDate = "new_date", registered, present, required, formula,
            remainingFromAgendaIndex = "from_item"
    }
}
