import Foundation
import RapatText

extension MeetingState {
    /// The events `command` produces, or its refusal, before the timeline check of `decide(_:now:)`.
    func proposedEvents(for command: Command) throws(RapatError) -> [Event] {
        let zone = timeZone
        if case let .amendDocumentDetails(fields, at) = command {
            guard opening != nil else { throw .registrationNotOpen }
            let cleaned = fields.mapValues { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.value.isEmpty }
            for key in cleaned.keys where !DocumentAmendment.keys.contains(key) {
                throw .invalidValue(tr("core.unknownDocumentField", ["key": key, "keys": DocumentAmendment.keys.joined(separator: ", ")]))
            }
            for (key, value) in cleaned.sorted(by: { $0.key < $1.key }) {
                if let problem = DocumentAmendment.problem(key: key, value: value) { throw .invalidValue(problem + ".") }
            }
            guard !cleaned.isEmpty else { throw .missingField(tr("core.field.documentDetails")) }
            return [.documentDetailsAmended(DocumentAmendment(fields: cleaned, at: at))]
        }
        if let postponement { throw .meetingPostponed(at: postponement.at, zone: zone) }
        // A closing pressed by mistake is withdrawn like the other single-key events; nothing else follows a closing.
        if case let .withdrawEvent(sequence, reason, at) = command {
            return try decideWithdrawal(sequence: sequence, reason: reason, at: at)
        }
        if let closedAt { throw .meetingClosed(at: closedAt, zone: zone) }
        switch command {
        case let .createMeeting(id, cooperative, at):
            guard eventCount == 0 else { throw .meetingAlreadyCreated }
            guard !cooperative.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingField(tr("core.field.cooperativeName")) }
            return [.meetingCreated(meetingID: id, cooperative: cooperative, at: at)]

        case let .importRoster(members, digest, source, at):
            if let opening { throw .rosterFrozen(openedAt: opening.at, zone: zone) }
            guard !members.isEmpty else { throw .emptyRoster }
            // Numbers equal without spaces and leading zeros ("12", "0012") would make lookups ambiguous.
            var seen: Set<String> = []
            for member in members where !seen.insert(member.number.normalizedKey).inserted {
                throw .duplicateMemberNumber(member.number)
            }
            let roster = Roster(version: roster.version + 1, members: members, digest: digest)
            return [.rosterImported(RosterImport(roster: roster, source: source, at: at))]

        case let .openRegistration(rules, profile, at):
            if let opening { throw .registrationAlreadyOpen(since: opening.at, zone: zone) }
            guard roster.count > 0 else { throw .emptyRoster }
            try requireInOrder(at, member: nil)
            var registered = roster.registeredCount(rules.quorumBase)
            if rules.voting.arrearsPolicy == .suspendVoteAndQuorum || rules.registerCutoff != nil {
                // Arrears (per policy) and members who joined after the cut-off (peninjau) leave N.
                registered -= roster.members.lazy.filter {
                    $0.countsToQuorum(rules.quorumBase) && !Self.counts($0, under: rules)
                }.count
            }
            let opening = RegistrationOpening(
                rosterVersion: roster.version, registered: registered,
                rules: rules, profile: profile, at: at)
            return [.registrationOpened(opening)]

        case let .checkIn(number, at):
            let (position, member) = try registeredMember(number)
            guard let record = attendance.record(at: position) else {
                try requireInOrder(at, member: number)
                return [.memberCheckedIn(number, at: at)]
            }
            if let since = record.currentArrival {
                throw .alreadyPresent(member, since: since, zone: zone, desk: arrivalDesks[number])
            }
            // A member who stepped out and scans the card again is returning, not arriving twice.
            try requireInOrder(at, member: number, after: record.lastChange)
            return [.memberReturned(number, at: at)]

        case let .markLeft(number, at):
            let (position, member) = try registeredMember(number)
            guard let record = attendance.record(at: position), record.isPresent else {
                throw .notPresent(member)
            }
            try requireInOrder(at, member: number, after: record.lastChange)
            return [.memberLeft(number, at: at)]

        case let .markReturned(number, at):
            let (position, member) = try registeredMember(number)
            guard let record = attendance.record(at: position) else { throw .neverCheckedIn(member) }
            guard !record.isPresent else { throw .notAway(member) }
            try requireInOrder(at, member: number, after: record.lastChange)
            return [.memberReturned(number, at: at)]

        case let .voidCheckIn(number, reason, at):
            let (position, member) = try registeredMember(number)
            guard let record = attendance.record(at: position), record.isPresent else {
                throw .notPresent(member)
            }
            let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw .missingField(tr("core.field.voidReason")) }
            try requireInOrder(at, member: number, after: record.lastChange)
            return [.checkInVoided(number, reason: trimmed, at: at)]

        case let .openMeeting(by, agenda, at):
            guard opening != nil else { throw .registrationNotOpen }
            if let meetingOpenedAt { throw .meetingAlreadyOpened(since: meetingOpenedAt, zone: zone) }
            let opener = by.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !opener.isEmpty else { throw .missingField(tr("core.field.opener")) }
            guard !agenda.items.isEmpty else { throw .missingField(tr("core.field.agenda")) }
            try requireInOrder(at, member: nil)
            return [.meetingOpened(by: opener, agenda: agenda, at: at)]

        case let .nextAgendaItem(at):
            guard let index = currentAgendaIndex else { throw .meetingNotOpened }
            try requireNotInRecess()
            guard index + 1 < agenda.items.count else { throw .lastAgendaItem(agenda.items[index].title) }
            // A vote is closed, and an election decided, under the item it belongs to (DECISIONS 33).
            try requireNothingOpen()
            if agenda.items[index].kind == .quorumCheck, quorumDeclarations.last?.isMet != true {
                throw .quorumNotDeclaredMet(quorumDeclarations.last)
            }
            try requireInOrder(at, member: nil, after: agendaItemStarts[index])
            return [.agendaItemStarted(index: index + 1, at: at)]

        case let .postponeMeeting(reason, newDate, at):
            guard meetingOpenedAt != nil else { throw .meetingNotOpened }
            try requireNothingOpen()
            // Quorum lost mid-meeting: postponing means postponing the remaining items (DOMAIN §7.5).
            if quorumLost { return try answerQuorumLoss(.postponeRemaining, reason: reason, newDate: newDate, at: at) }
            let q = quorum
            guard !q.isMet else { throw .quorumIsMet(present: q.present, required: q.required) }
            guard let waitEnds = quorumWaitEnds else { throw .quorumNotDeclaredMet(nil) }
            guard let recount = quorumDeclarations.last, !recount.isMet, recount.at >= waitEnds else {
                throw .quorumWaitNotOver(until: waitEnds, zone: zone)
            }
            let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { throw .missingField(tr("core.field.postponementReason")) }
            try requireValidDate(newDate)
            try requireInOrder(at, member: nil)
            return [.meetingPostponed(Postponement(reason: trimmed, newDate: newDate, registered: q.registered,
                                                   present: q.present, required: q.required, formula: q.formula, at: at))]

        case let .appointPresidium(chair, secretary, members, selection, notetaker, at):
            _ = try openItemIndex()
            let chair = chair.trimmingCharacters(in: .whitespaces), secretary = secretary.trimmingCharacters(in: .whitespaces)
            guard !chair.isEmpty else { throw .missingField(tr("core.field.chair")) }
            guard !secretary.isEmpty else { throw .missingField(tr("core.field.secretary")) }
            try requireInOrder(at, member: nil)
            let others = members.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let notetaker = notetaker.trimmingCharacters(in: .whitespaces)
            return [.presidiumAppointed(Presidium(chair: chair, secretary: secretary, members: others, selection: selection,
                                                  notetaker: notetaker.isEmpty ? secretary : notetaker, at: at))]

        case let .recordDecision(text, method, outcome, notes, at):
            let index = try openItemIndex()
            try requireNotInRecess()
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw .missingField(tr("core.field.decisionText")) }
            let notes = notes.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if outcome == .acceptedWithNotes, notes.isEmpty { throw .missingField(tr("core.field.decisionNotes")) }
            // One matter at a time: a vote under way is closed before anything else is decided (DECISIONS 33).
            if let openVote { throw .voteInProgress(round: openVote.opening.round) }
            let q = quorum
            if rules.quorumCheck == .eachDecision, !q.isMet {
                throw .quorumLostForDecision(present: q.present, required: q.required)
            }
            try requireInOrder(at, member: nil)
            return [.decisionRecorded(Decision(number: nextDecisionNumber, agendaIndex: index, text: text, method: method,
                                               outcome: outcome, notes: notes, present: q.present, at: at))]

        case let .recordNote(text, at):
            let index = try openItemIndex()
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw .missingField(tr("core.field.noteText")) }
            try requireInOrder(at, member: nil)
            return [.noteRecorded(MinuteNote(number: notes.count + 1, agendaIndex: index, text: text, at: at))]

        case let .amendNote(number, text, reason, at):
            _ = try openItemIndex()
            guard let original = notes.first(where: { $0.number == number }) else { throw .noSuchNote(number) }
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw .missingField(tr("core.field.noteCorrection")) }
            guard !reason.isEmpty else { throw .missingField(tr("core.field.correctionReason")) }
            try requireInOrder(at, member: nil)
            return [.noteRecorded(MinuteNote(number: notes.count + 1, agendaIndex: original.agendaIndex, text: text, at: at,
                                             amends: number, reason: reason))]

        case let .suspendMeeting(reason, at):
            _ = try openItemIndex()
            try requireNotInRecess()
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw .missingField(tr("core.field.recessReason")) }
            try requireInOrder(at, member: nil)
            return [.recessStarted(reason: reason, at: at)]

        case let .resumeMeeting(at):
            guard let recess = currentRecess else { throw .notInRecess }
            try requireInOrder(at, member: nil, after: recess.start)
            return [.recessEnded(quorum.declaration(at: at))]

        case let .presentReport(kind, presenter, summary, figures, at):
            let index = try openItemIndex()
            let presenter = presenter.trimmingCharacters(in: .whitespacesAndNewlines)
            let summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !presenter.isEmpty else { throw .missingField(tr("core.field.presenter")) }
            guard !summary.isEmpty else { throw .missingField(tr("core.field.reportSummary")) }
            for (key, amount) in figures.values where amount.isNegative && !key.allowsNegative {
                throw .negativeAmount(key.label, amount)
            }
            try requireInOrder(at, member: nil)
            return [.reportPresented(ReportRecord(kind: kind, presenter: presenter, summary: summary, figures: figures,
                                                  agendaIndex: index, at: at))]

        case let .startQuestionRound(at):
            _ = try openItemIndex()
            try requireInOrder(at, member: nil)
            return [.questionRoundStarted(round: questionRound + 1, at: at)]

        case let .recordQuestion(speaker, category, question, answeredBy, answer, status, at):
            let index = try openItemIndex()
            let question = question.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !question.isEmpty else { throw .missingField(tr("core.field.question")) }
            switch speaker {
            case let .member(number):
                guard let position = roster.position(of: number) else { throw .notAMember(number) }
                guard attendance.record(at: position)?.isPresent == true else {
                    throw .speakerNotPresent(roster.members[position])
                }
            case let .guest(name):
                guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw .missingField(tr("core.field.guestAsker")) }
            }
            try requireInOrder(at, member: nil)
            var events: [Event] = []
            // The first question opens termin 1 by itself.
            if questionRound == 0 { events.append(.questionRoundStarted(round: 1, at: at)) }
            events.append(.questionRecorded(QuestionEntry(
                number: questions.count + 1, round: max(questionRound, 1), agendaIndex: index, speaker: speaker,
                category: category, question: question,
                answeredBy: answeredBy.trimmingCharacters(in: .whitespacesAndNewlines),
                answer: answer.trimmingCharacters(in: .whitespacesAndNewlines), status: status, at: at)))
            return events

        case let .closeMeeting(at):
            let index = try openItemIndex()
            try requireNotInRecess()
            guard agenda.items[index].kind == .closing else { throw .notAtClosingItem(agenda.items[index].title) }
            try requireNothingOpen()
            try requireInOrder(at, member: nil)
            return [.meetingClosed(at: at)]

        case let .answerQuorumLoss(choice, reason, newDate, at):
            return try answerQuorumLoss(choice, reason: reason, newDate: newDate, at: at)

        case .proposeMotion, .decideMotion, .openVote, .castVote, .countHands, .countBallots, .countCandidateBallots, .closeVote,
             .openElection, .nominate, .handOverChair, .electByAcclamation, .drawLots, .grantProxy, .settleTieByConsensus:
            return approvingShu(try decideVoting(command))

        case .proposeShu, .amendShu, .importShuLedger:
            return try decideShu(command)

        case .amendDocumentDetails:
            preconditionFailure("handled before the closed/postponed guard")

        case let .recordGuest(name, origin, role, at):
            return try decideGuest(name: name, origin: origin, role: role, at: at)

        case let .noteClockSteppedBack(observed, last, at):
            guard opening != nil else { throw .registrationNotOpen }
            guard observed < last, last <= at else {
                throw .invalidValue(tr("core.clockStepInvalid"))
            }
            return [.clockSteppedBack(ClockStep(observed: observed, last: last, at: at))]

        case let .amendAnswer(question, answeredBy, answer, status, reason, at):
            return try decideAnswerAmendment(question: question, answeredBy: answeredBy, answer: answer, status: status,
                                             reason: reason, at: at)

        case let .withdrawCandidate(election, member, reason, at):
            return try decideCandidateWithdrawal(election: election, member: member, reason: reason, at: at)

        case .withdrawEvent:
            preconditionFailure("handled before the closed guard")

        case let .declareQuorum(at):
            guard meetingOpenedAt != nil else { throw .meetingNotOpened }
            try requireInOrder(at, member: nil)
            return [.quorumDeclared(quorum.declaration(at: at))]
        }
    }

    /// Records the chair's choice after quorum was lost, with the recess or partial postponement it starts.
    private func answerQuorumLoss(_ choice: QuorumLossChoice, reason: String, newDate: String?,
                                  at: Date) throws(RapatError) -> [Event] {
        let index = try openItemIndex()
        let q = quorum
        guard quorumLost else { throw .quorumNotLost(present: q.present, required: q.required) }
        try requireNotInRecess()
        try requireValidDate(newDate)
        try requireInOrder(at, member: nil)
        let response = QuorumLossResponse(choice: choice, agendaIndex: index, present: q.present, required: q.required, at: at)
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        switch choice {
        case .continueWithoutDecisions:
            return [.quorumLossAnswered(response)]
        case .recess:
            return [.quorumLossAnswered(response),
                    .recessStarted(reason: trimmed.isEmpty ? "Kuorum hilang: anggota dipanggil kembali" : trimmed, at: at)]
        case .postponeRemaining:
            try requireNothingOpen()
            guard !trimmed.isEmpty else { throw .missingField(tr("core.field.postponementReason")) }
            return [.quorumLossAnswered(response),
                    .meetingPostponed(Postponement(reason: trimmed, newDate: newDate, registered: q.registered,
                                                   present: q.present, required: q.required, formula: q.formula,
                                                   remainingFromAgendaIndex: index, at: at))]
        }
    }

    /// A planned date as `yyyy-MM-dd`.
    private func requireValidDate(_ date: String?) throws(RapatError) {
        if let date, date.count != 10 || ScriptTime.parse(date + " 00:00", zone: timeZone) == nil {
            throw .invalidDate(date)
        }
    }

    func requireNotInRecess() throws(RapatError) {
        if let recess = currentRecess { throw .inRecess(since: recess.start, zone: timeZone) }
    }

    /// The current agenda item's index, for commands that belong to an item of an opened meeting.
    func openItemIndex() throws(RapatError) -> Int {
        guard let currentAgendaIndex else { throw .meetingNotOpened }
        return currentAgendaIndex
    }

    /// The member behind `number` once registration is open; refusals explain non-members.
    func registeredMember(_ number: MemberNumber) throws(RapatError) -> (Int, Member) {
        guard opening != nil else { throw .registrationNotOpen }
        guard let position = roster.position(of: number) else { throw .notAMember(number) }
        return (position, roster.members[position])
    }

    /// Refuses times that would put the record out of order: before the latest meeting event (which is never
    /// before registration opened nor before the member's own last attendance change), naming that event's time.
    func requireInOrder(_ at: Date, member: MemberNumber?, after last: Date? = nil) throws(RapatError) {
        let floor = [last, opening?.at, timelineLastAt].compactMap { $0 }.max()
        if let floor, at < floor {
            throw .timeBeforeLastEvent(member, at: at, last: floor, zone: timeZone)
        }
    }
}
