import Foundation

/// What a person (at the keyboard or in a script line) asks the meeting to do.
///
/// Every command carries its time as a value, so `decide` stays pure and scripted meetings reproduce exactly.
public enum Command: Sendable {
    /// `rapat init`: the first event of every meeting file; the ID comes in as a value.
    case createMeeting(meetingID: String, cooperative: String, at: Date)
    /// `digest` is the SHA-256 of `Roster.canonicalText(of: members)`, computed by the caller (the core does no hashing).
    case importRoster(members: [Member], digest: String, source: String, at: Date)
    case openRegistration(rules: MeetingRules, profile: CooperativeProfile, at: Date)
    case checkIn(MemberNumber, at: Date)
    case markLeft(MemberNumber, at: Date)
    case markReturned(MemberNumber, at: Date)
    case voidCheckIn(MemberNumber, reason: String, at: Date)
    case openMeeting(by: String, agenda: Agenda, at: Date)
    /// The chair moves on to the next agenda item.
    case nextAgendaItem(at: Date)
    /// The chair announces N, H and Q now.
    case declareQuorum(at: Date)
    /// Quorum could not be reached after the wait: the meeting is postponed. `newDate` is `yyyy-MM-dd`.
    case postponeMeeting(reason: String, newDate: String?, at: Date)
    case appointPresidium(chair: String, secretary: String, members: [String], selection: PresidiumSelection,
                          notetaker: String, at: Date)
    /// A decision by mufakat or aklamasi on the current agenda item; numbered by the core.
    case recordDecision(text: String, method: DecisionMethod, outcome: DecisionOutcome, notes: [String], at: Date)
    case recordNote(text: String, at: Date)
    /// Corrects note `number` with a new entry; the original stays.
    case amendNote(number: Int, text: String, reason: String, at: Date)
    case closeMeeting(at: Date)
    case suspendMeeting(reason: String, at: Date)
    case resumeMeeting(at: Date)
    case startQuestionRound(at: Date)
    case presentReport(kind: ReportKind, presenter: String, summary: String, figures: ReportFigures, at: Date)
    case recordQuestion(speaker: Speaker, category: QuestionCategory, question: String, answeredBy: String, answer: String,
                        status: QuestionStatus, at: Date)
    /// The chair's choice when quorum is lost mid-meeting; `reason` and `newDate` serve the recess or the postponement.
    case answerQuorumLoss(choice: QuorumLossChoice, reason: String, newDate: String?, at: Date)
    case proposeMotion(text: String, kind: MotionKind, concerns: OfficeBody?, at: Date)
    /// A motion decided without a vote (mufakat or aklamasi).
    case decideMotion(motion: Int, method: DecisionMethod, outcome: DecisionOutcome, notes: [String], at: Date)
    case openVote(subject: VoteSubject, method: VoteMethod, at: Date)
    case castVote(member: MemberNumber, choice: VoteChoice, at: Date)
    case countHands(HandCount, at: Date)
    case countBallots(BallotCount, at: Date)
    /// An election's ballot count with votes per candidate by member number (ordered by the core).
    case countCandidateBallots(issued: Int, returned: Int, votes: [MemberNumber: Int], blank: Int,
                               invalid: [InvalidBallots], at: Date)
    /// Closes the open vote; `castingVote` is the chair's, used only on a tie where the AD provides it.
    case closeVote(castingVote: VoteChoice?, at: Date)
    case openElection(body: OfficeBody, seats: Int, term: String, at: Date)
    case nominate(election: Int, member: MemberNumber, at: Date)
    case handOverChair(election: Int, to: String, at: Date)
    case electByAcclamation(election: Int, at: Date)
    /// A lot among candidates still tied after the re-votes; `seed` is recorded so anyone can redraw it.
    case drawLots(election: Int, witnesses: [String], seed: UInt64, at: Date)
    /// Where the AD settles an election tie by musyawarah among the tied: the agreed winners.
    case settleTieByConsensus(election: Int, winners: [MemberNumber], at: Date)
    case grantProxy(principal: MemberNumber, holder: MemberNumber, letter: String, at: Date)
    /// The pengurus proposes the SHU distribution with the components of the AD/ART.
    case proposeShu(surplus: Rupiah, at: Date)
    case amendShu(components: [ShuComponent], reason: String, at: Date)
    /// `rapat shu import`: the ledger rows are stored by the file; the event records its digest.
    case importShuLedger(ShuLedgerImport)
    /// `ba_details`: completes or corrects identity fields of the documents.
    case amendDocumentDetails(fields: [String: String], at: Date)
    /// A non-member attendee (undangan, peninjau, karyawan) recorded at the desk: listed apart, never counted.
    case recordGuest(name: String, origin: String, role: GuestRole, at: Date)
    /// The desk saw its clock read `observed`, before the latest meeting event `last` (the TUI stamps `at` just after).
    case noteClockSteppedBack(observed: Date, last: Date, at: Date)
    /// `withdraw`: takes back the legal event at journal position `sequence`, recorded by mistake, with a reason.
    case withdrawEvent(sequence: Int64, reason: String, at: Date)
    /// `withdraw_candidate`: takes a candidate off an election's ballot before its vote opens, with a reason.
    case withdrawCandidate(election: Int, member: MemberNumber, reason: String, at: Date)
    /// `amend_answer`: corrects the answer to question `question` (who answered, the answer, its status), with a reason.
    case amendAnswer(question: Int, answeredBy: String, answer: String, status: QuestionStatus, reason: String, at: Date)

    public var at: Date {
        switch self {
        case let .createMeeting(_, _, at): at
        case let .importRoster(_, _, _, at), let .openRegistration(_, _, at): at
        case let .checkIn(_, at), let .markLeft(_, at), let .markReturned(_, at): at
        case let .voidCheckIn(_, _, at), let .openMeeting(_, _, at): at
        case let .nextAgendaItem(at), let .declareQuorum(at): at
        case let .postponeMeeting(_, _, at): at
        case let .appointPresidium(_, _, _, _, _, at): at
        case let .recordDecision(_, _, _, _, at), let .recordNote(_, at), let .amendNote(_, _, _, at): at
        case let .closeMeeting(at): at
        case let .suspendMeeting(_, at), let .resumeMeeting(at): at
        case let .startQuestionRound(at): at
        case let .presentReport(_, _, _, _, at): at
        case let .recordQuestion(_, _, _, _, _, _, at): at
        case let .answerQuorumLoss(_, _, _, at): at
        case let .proposeMotion(_, _, _, at), let .decideMotion(_, _, _, _, at): at
        case let .openVote(_, _, at), let .castVote(_, _, at), let .countHands(_, at), let .countBallots(_, at): at
        case let .countCandidateBallots(_, _, _, _, _, at): at
        case let .closeVote(_, at), let .openElection(_, _, _, at), let .nominate(_, _, at): at
        case let .handOverChair(_, _, at), let .electByAcclamation(_, at), let .drawLots(_, _, _, at): at
        case let .grantProxy(_, _, _, at): at
        case let .settleTieByConsensus(_, _, at): at
        case let .proposeShu(_, at), let .amendShu(_, _, at): at
        case let .importShuLedger(l): l.at
        case let .amendDocumentDetails(_, at): at
        case let .recordGuest(_, _, _, at): at
        case let .noteClockSteppedBack(_, _, at): at
        case let .withdrawEvent(_, _, at): at
        case let .withdrawCandidate(_, _, _, at): at
        case let .amendAnswer(_, _, _, _, _, at): at
        }
    }
}
