import Foundation

/// Where the meeting is in its top-level flow (DOMAIN §6.1); later phases arrive with the agenda.
public enum MeetingPhase: String, Hashable, Sendable {
    /// PERSIAPAN: roster and settings may still change.
    case preparation
    /// REGISTRASI: daftar hadir open, roster and rules frozen.
    case registration
    /// The chair has opened the meeting (PEMBUKAAN and after).
    case opened
    /// DITUNDA: postponed for lack of quorum; nothing more is recorded.
    case postponed
    /// PENUTUPAN done: the meeting is closed.
    case closed
}

/// The meeting as it stands: a pure fold of the journal (`evolve`).
public struct MeetingState: Sendable {
    public internal(set) var meetingID = ""
    public internal(set) var cooperativeName = ""
    public internal(set) var phase: MeetingPhase = .preparation
    /// The roster in force: the latest import, frozen once registration opens.
    public internal(set) var roster: Roster = .empty
    public internal(set) var rosterSource = ""
    public internal(set) var opening: RegistrationOpening?
    public internal(set) var meetingOpenedAt: Date?
    public internal(set) var meetingOpenedBy = ""
    /// The susunan acara in force since the opening.
    public internal(set) var agenda = Agenda(items: [])
    /// The item under discussion, with when each item started (by index).
    public internal(set) var currentAgendaIndex: Int?
    public internal(set) var agendaItemStarts: [Int: Date] = [:]
    public internal(set) var quorumDeclarations: [QuorumDeclaration] = []
    public internal(set) var postponement: Postponement?
    public internal(set) var presidium: Presidium?
    public internal(set) var decisions: [Decision] = []
    public internal(set) var notes: [MinuteNote] = []
    public internal(set) var closedAt: Date?
    public internal(set) var questionRound = 0
    public internal(set) var questions: [QuestionEntry] = []
    public internal(set) var reports: [ReportRecord] = []
    /// Every choice the chair recorded when quorum was lost.
    public internal(set) var quorumLossResponses: [QuorumLossResponse] = []
    /// The choice in force for the current loss of quorum; cleared when quorum returns.
    public internal(set) var quorumLossResponse: QuorumLossResponse?
    public internal(set) var motions: [Motion] = []
    /// Decision number by motion number, once decided.
    public internal(set) var motionDecisions: [Int: Int] = [:]
    /// The vote under way, if any; one at a time.
    public internal(set) var openVote: VoteRound?
    /// Every closed vote with what was entered and its result, in order.
    public internal(set) var closedVotes: [(round: VoteRound, result: VoteResult)] = []
    public internal(set) var elections: [Election] = []
    public internal(set) var lots: [LotDraw] = []
    /// Candidates taken off a ballot before its vote, in journal order.
    public internal(set) var candidateWithdrawals: [CandidateWithdrawal] = []
    /// Corrections of pandangan umum answers, in journal order (`questions` shows the corrected answers).
    public internal(set) var answerAmendments: [AnswerAmendment] = []
    public internal(set) var proxies: [ProxyGrant] = []
    public internal(set) var shuProposal: ShuProposal?
    public internal(set) var shuAmendments: [ShuAmendment] = []
    public internal(set) var shuApproval: ShuApproval?
    public internal(set) var shuLedger: ShuLedgerImport?
    public internal(set) var documentAmendments: [DocumentAmendment] = []
    /// Non-members who came (undangan, peninjau, karyawan), in order of arrival; never counted.
    public internal(set) var guests: [GuestArrival] = []

    /// Every skorsing: reason, start, and end once resumed.
    public internal(set) var recesses: [(reason: String, start: Date, end: Date?)] = []

    /// The skorsing under way, if any.
    public var currentRecess: (reason: String, start: Date)? {
        guard let last = recesses.last, last.end == nil else { return nil }
        return (last.reason, last.start)
    }

    /// KUORUM HILANG: the meeting had quorum (a check said so) and H has since fallen below Q (DOMAIN §7.5, E2).
    public var quorumLost: Bool {
        meetingOpenedAt != nil && postponement == nil && closedAt == nil && !quorum.isMet
            && quorumDeclarations.contains(where: \.isMet)
    }
    public internal(set) var attendance = AttendanceBook()
    /// Check-ins withdrawn by correction, in journal order.
    /// The desk that recorded each present member's latest arrival, where several desks share the meeting.
    public internal(set) var arrivalDesks: [MemberNumber: Int] = [:]
    public internal(set) var voidedCheckIns: [(number: MemberNumber, reason: String, at: Date)] = []
    public internal(set) var lastEventAt: Date?
    /// The time of the latest meeting event (administrative events excluded, see `Event.isAdministrative`).
    public internal(set) var timelineLastAt: Date?
    /// Every time the desk's clock was seen running behind the journal.
    public internal(set) var clockSteps: [ClockStep] = []
    public internal(set) var eventCount: Int64 = 0
    /// Every withdrawal of a mistaken legal event, in journal order.
    public internal(set) var withdrawals: [EventWithdrawal] = []
    /// Journal positions withdrawn.
    public internal(set) var withdrawnSequences: Set<Int64> = []
    /// Numbers of decisions withdrawn: gone from `decisions`, never given again; the notulen prints the withdrawal.
    public internal(set) var withdrawnDecisions: Set<Int> = []

    /// The number the next decision gets: withdrawn numbers are not reused.
    public var nextDecisionNumber: Int { decisions.count + withdrawnDecisions.count + 1 }
    /// The kind of every event by journal position (1-based position = index + 1).
    public internal(set) var journalKinds: [Event.Kind] = []
    /// Journal positions of proceedings events (not attendance, paperwork, clock notes or withdrawals).
    var proceedingsSequences: [Int64] = []
    /// What a withdrawal of a withdrawable event would undo, by journal position.
    var withdrawTargets: [Int64: WithdrawTarget] = [:]

    public init() {}

    /// The rules in force: frozen at registration, or the defaults before.
    public var rules: MeetingRules { opening?.rules ?? .defaults }

    public var timeZone: IndonesianTimeZone { opening?.profile.timeZone ?? .wib }

    /// Counters N, H, Q now.
    public var quorum: QuorumStatus {
        let registered = opening?.registered ?? roster.registeredCount(rules.quorumBase)
        return QuorumStatus(registered: registered, present: attendance.presentCounting, rule: rules.quorumRule)
    }

    public var currentAgendaItem: AgendaItem? { currentAgendaIndex.map { agenda.items[$0] } }

    /// After an unmet quorum check, the end of the wait (`quorum_wait_minutes` from the first unmet check);
    /// nil once quorum is met or the meeting is postponed.
    public var quorumWaitEnds: Date? {
        guard postponement == nil, !quorum.isMet, let firstUnmet = quorumDeclarations.first(where: { !$0.isMet })
        else { return nil }
        return firstUnmet.at.addingTimeInterval(Double(rules.quorumWaitMinutes) * 60)
    }

    /// Whether `member` counts to quorum under the rules in force (arrears may suspend it, DOMAIN §8.7).
    public func counts(_ member: Member) -> Bool {
        Self.counts(member, under: rules)
    }

    static func counts(_ member: Member, under rules: MeetingRules) -> Bool {
        member.countsToQuorum(rules.quorumBase) && !(member.inArrears && rules.voting.arrearsPolicy == .suspendVoteAndQuorum)
            && !rules.isObserver(member)
    }

    /// Whether `member` joined after the register cut-off in force: a peninjau (DOMAIN P5, E30).
    public func isObserver(_ member: Member) -> Bool { rules.isObserver(member) }

    /// What an attendee who does not count is, in words: "peninjau" after the cut-off, else the status.
    public func attendeeLabel(_ member: Member) -> String { isObserver(member) ? "peninjau" : member.status.label }

    /// Members who would count under the quorum base but joined after the cut-off, in roster order.
    public var observersExcluded: [Member] {
        guard rules.registerCutoff != nil else { return [] }
        return roster.members.filter { rules.isObserver($0) && $0.countsToQuorum(rules.quorumBase) }
    }

    /// Votes taken so far (closed), plus the one under way.
    public var voteCount: Int { closedVotes.count + (openVote == nil ? 0 : 1) }
}

/// N, H and Q at one moment, with the margin and the verdict.
public struct QuorumStatus: Hashable, Sendable {
    public var registered: Int
    public var present: Int
    public var rule: QuorumRule

    public init(registered: Int, present: Int, rule: QuorumRule) {
        self.registered = registered
        self.present = present
        self.rule = rule
    }

    public var required: Int { rule.required(registered: registered) }
    public var margin: Int { present - required }
    public var isMet: Bool { present >= required }
    /// "lebih dari 1/2: ⌊133/2⌋+1 = 67".
    public var formula: String { "\(rule.label): \(rule.formula(registered: registered))" }
    /// "SAH" or "BELUM KUORUM".
    public var verdict: String { isMet ? "SAH" : "BELUM KUORUM" }

    /// These counts as announced at `at`.
    public func declaration(at: Date) -> QuorumDeclaration {
        QuorumDeclaration(registered: registered, present: present, required: required, formula: formula, at: at)
    }
}
