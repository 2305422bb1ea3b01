import Foundation

extension MeetingState {
    /// Folds one event into the state. Never fails: events are facts already accepted by `decide`.
    public mutating func evolve(_ event: Event) {
        eventCount += 1
        let previousAgendaIndex = currentAgendaIndex
        let previousShu: (ShuProposal?, [ShuAmendment])? = if case .shuProposed = event { (shuProposal, shuAmendments) } else { nil }
        defer {
            noteForWithdrawal(event, sequence: eventCount, previousAgendaIndex: previousAgendaIndex, previousShu: previousShu)
        }
        lastEventAt = max(lastEventAt ?? event.at, event.at)
        if !event.isAdministrative { timelineLastAt = max(timelineLastAt ?? event.at, event.at) }
        switch event {
        case let .meetingCreated(id, cooperative, _):
            meetingID = id
            cooperativeName = cooperative
        case let .rosterImported(imported):
            roster = imported.roster
            rosterSource = imported.source
        case let .registrationOpened(opening):
            self.opening = opening
            phase = .registration
        case let .memberCheckedIn(number, at), let .memberReturned(number, at):
            guard let position = roster.position(of: number) else { return }
            let member = roster.members[position]
            attendance.arrive(position, member: member, counts: counts(member), at: at)
            if quorumLossResponse != nil, quorum.isMet { quorumLossResponse = nil }
        case let .memberLeft(number, at):
            guard let position = roster.position(of: number) else { return }
            let member = roster.members[position]
            attendance.leave(position, member: member, counts: counts(member), at: at)
        case let .checkInVoided(number, reason, at):
            guard let position = roster.position(of: number) else { return }
            let member = roster.members[position]
            attendance.void(position, member: member, counts: counts(member), at: at)
            voidedCheckIns.append((number, reason, at))
        case let .meetingOpened(by, agenda, at):
            meetingOpenedAt = at
            meetingOpenedBy = by
            self.agenda = agenda
            phase = .opened
            if !agenda.items.isEmpty {
                currentAgendaIndex = 0
                agendaItemStarts[0] = at
            }
        case let .agendaItemStarted(index, at):
            currentAgendaIndex = index
            agendaItemStarts[index] = at
        case let .quorumDeclared(declaration):
            quorumDeclarations.append(declaration)
        case let .meetingPostponed(postponement):
            self.postponement = postponement
            phase = .postponed
        case let .presidiumAppointed(presidium):
            self.presidium = presidium
        case let .decisionRecorded(decision):
            decisions.append(decision)
            evolveVoting(event)
        case let .noteRecorded(note):
            notes.append(note)
        case let .meetingClosed(at):
            closedAt = at
            phase = .closed
        case let .recessStarted(reason, at):
            recesses.append((reason, at, nil))
        case let .questionRoundStarted(round, _):
            questionRound = round
        case let .questionRecorded(entry):
            questions.append(entry)
        case let .reportPresented(report):
            reports.append(report)
        case .motionProposed, .voteOpened, .voteCast, .handsCounted, .ballotsCounted, .voteClosed, .electionOpened,
             .candidateNominated, .chairHandedOver, .lotDrawn, .proxyGranted, .electionTieSettled:
            evolveVoting(event)
        case let .shuProposed(proposal):
            shuProposal = proposal
            shuAmendments = []
        case let .shuAmended(amendment):
            shuAmendments.append(amendment)
        case let .shuApproved(approval):
            shuApproval = approval
        case let .shuLedgerImported(ledger):
            shuLedger = ledger
        case let .documentDetailsAmended(amendment):
            documentAmendments.append(amendment)
        case let .guestArrived(guest):
            guests.append(guest)
        case let .clockSteppedBack(step):
            clockSteps.append(step)
        case let .eventWithdrawn(withdrawal):
            evolveWithdrawal(withdrawal)
        case let .candidateWithdrawn(withdrawal):
            evolveCandidateWithdrawal(withdrawal)
        case let .answerAmended(amendment):
            evolveAnswerAmendment(amendment)
        case let .quorumLossAnswered(response):
            quorumLossResponses.append(response)
            quorumLossResponse = response
        case let .recessEnded(check):
            if !recesses.isEmpty { recesses[recesses.count - 1].end = check.at }
            quorumDeclarations.append(check)
        }
    }

    /// The state after folding `events` from an empty meeting.
    /// Folds a journal entry: the event, and which desk recorded an arrival (for "sudah hadir … di meja 2").
    public mutating func evolve(_ entry: JournalEntry) {
        evolve(entry.event, desk: entry.desk)
    }

    /// Folds `event` recorded at `desk` (nil: a single desk, or a script).
    public mutating func evolve(_ event: Event, desk: Int?) {
        evolve(event)
        switch event {
        case let .memberCheckedIn(number, _), let .memberReturned(number, _):
            arrivalDesks[number] = desk
        default: break
        }
    }

    /// The state of a whole journal, desks included.
    public static func replaying(entries: [JournalEntry]) -> MeetingState {
        var state = MeetingState()
        for entry in entries { state.evolve(entry) }
        return state
    }

    public static func replaying<S: Sequence>(_ events: S) -> MeetingState where S.Element == Event {
        var state = MeetingState()
        for event in events { state.evolve(event) }
        return state
    }
}
