import Foundation

extension Command {
    /// How far behind another desk's latest event a desk's live command may be and still be stamped just after it:
    /// two desks' scans a few milliseconds apart reach the journal's lock in either order.
    public static let deskRaceTolerance: TimeInterval = 5

    /// The same command stamped 1 ms after `last` when it is dated before it by at most `deskRaceTolerance`;
    /// otherwise unchanged (a larger gap is a clock problem, refused and explained by `decide`).
    public func stamped(notBefore last: Date) -> Command {
        guard at < last, last.timeIntervalSince(at) <= Self.deskRaceTolerance else { return self }
        // Whole milliseconds, as the journal stores them.
        return with(at: Date(timeIntervalSince1970: ((last.timeIntervalSince1970 * 1000).rounded(.down) + 1) / 1000))
    }

    /// The same command at another time.
    public func with(at t: Date) -> Command {
        switch self {
        case let .createMeeting(id, cooperative, _): .createMeeting(meetingID: id, cooperative: cooperative, at: t)
        case let .importRoster(members, digest, source, _): .importRoster(members: members, digest: digest, source: source, at: t)
        case let .openRegistration(rules, profile, _): .openRegistration(rules: rules, profile: profile, at: t)
        case let .checkIn(n, _): .checkIn(n, at: t)
        case let .markLeft(n, _): .markLeft(n, at: t)
        case let .markReturned(n, _): .markReturned(n, at: t)
        case let .voidCheckIn(n, reason, _): .voidCheckIn(n, reason: reason, at: t)
        case let .openMeeting(by, agenda, _): .openMeeting(by: by, agenda: agenda, at: t)
        case .nextAgendaItem: .nextAgendaItem(at: t)
        case .declareQuorum: .declareQuorum(at: t)
        case let .postponeMeeting(reason, newDate, _): .postponeMeeting(reason: reason, newDate: newDate, at: t)
        case let .appointPresidium(chair, secretary, members, selection, notetaker, _):
            .appointPresidium(chair: chair, secretary: secretary, members: members, selection: selection, notetaker: notetaker, at: t)
        case let .recordDecision(text, method, outcome, notes, _):
            .recordDecision(text: text, method: method, outcome: outcome, notes: notes, at: t)
        case let .recordNote(text, _): .recordNote(text: text, at: t)
        case let .amendNote(number, text, reason, _): .amendNote(number: number, text: text, reason: reason, at: t)
        case .closeMeeting: .closeMeeting(at: t)
        case let .suspendMeeting(reason, _): .suspendMeeting(reason: reason, at: t)
        case .resumeMeeting: .resumeMeeting(at: t)
        case .startQuestionRound: .startQuestionRound(at: t)
        case let .presentReport(kind, presenter, summary, figures, _):
            .presentReport(kind: kind, presenter: presenter, summary: summary, figures: figures, at: t)
        case let .recordQuestion(speaker, category, question, answeredBy, answer, status, _):
            .recordQuestion(speaker: speaker, category: category, question: question, answeredBy: answeredBy, answer: answer,
                            status: status, at: t)
        case let .answerQuorumLoss(choice, reason, newDate, _): .answerQuorumLoss(choice: choice, reason: reason, newDate: newDate, at: t)
        case let .proposeMotion(text, kind, concerns, _): .proposeMotion(text: text, kind: kind, concerns: concerns, at: t)
        case let .decideMotion(motion, method, outcome, notes, _):
            .decideMotion(motion: motion, method: method, outcome: outcome, notes: notes, at: t)
        case let .openVote(subject, method, _): .openVote(subject: subject, method: method, at: t)
        case let .castVote(member, choice, _): .castVote(member: member, choice: choice, at: t)
        case let .countHands(count, _): .countHands(count, at: t)
        case let .countBallots(count, _): .countBallots(count, at: t)
        case let .countCandidateBallots(issued, returned, votes, blank, invalid, _):
            .countCandidateBallots(issued: issued, returned: returned, votes: votes, blank: blank, invalid: invalid, at: t)
        case let .closeVote(castingVote, _): .closeVote(castingVote: castingVote, at: t)
        case let .openElection(body, seats, term, _): .openElection(body: body, seats: seats, term: term, at: t)
        case let .nominate(election, member, _): .nominate(election: election, member: member, at: t)
        case let .handOverChair(election, to, _): .handOverChair(election: election, to: to, at: t)
        case let .electByAcclamation(election, _): .electByAcclamation(election: election, at: t)
        case let .drawLots(election, witnesses, seed, _): .drawLots(election: election, witnesses: witnesses, seed: seed, at: t)
        case let .settleTieByConsensus(election, winners, _): .settleTieByConsensus(election: election, winners: winners, at: t)
        case let .grantProxy(principal, holder, letter, _): .grantProxy(principal: principal, holder: holder, letter: letter, at: t)
        case let .proposeShu(surplus, _): .proposeShu(surplus: surplus, at: t)
        case let .amendShu(components, reason, _): .amendShu(components: components, reason: reason, at: t)
        case let .importShuLedger(imported): .importShuLedger(Self.restamped(imported, at: t))
        case let .amendDocumentDetails(fields, _): .amendDocumentDetails(fields: fields, at: t)
        case let .recordGuest(name, origin, role, _): .recordGuest(name: name, origin: origin, role: role, at: t)
        case let .noteClockSteppedBack(observed, last, _): .noteClockSteppedBack(observed: observed, last: last, at: t)
        case let .withdrawEvent(sequence, reason, _): .withdrawEvent(sequence: sequence, reason: reason, at: t)
        case let .withdrawCandidate(election, member, reason, _):
            .withdrawCandidate(election: election, member: member, reason: reason, at: t)
        case let .amendAnswer(question, answeredBy, answer, status, reason, _):
            .amendAnswer(question: question, answeredBy: answeredBy, answer: answer, status: status, reason: reason, at: t)
        }
    }

    private static func restamped(_ imported: ShuLedgerImport, at t: Date) -> ShuLedgerImport {
        var imported = imported
        imported.at = t
        return imported
    }

    /// What a registration desk may record: arrivals, departures, returns, a wrong scan withdrawn, guests, proxies
    /// shown at the desk, and its own clock notes. Everything else is the chair's desk (DOMAIN §3).
    public var isRegistrationDeskCommand: Bool {
        switch self {
        case .checkIn, .markLeft, .markReturned, .voidCheckIn, .recordGuest, .grantProxy, .noteClockSteppedBack: true
        default: false
        }
    }
}
