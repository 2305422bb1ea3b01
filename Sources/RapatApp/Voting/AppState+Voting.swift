import Foundation
import RapatCore
import RapatText
import RapatDocuments

/// Keys of the agenda screen for motions, votes and elections; every rule stays in the core.
extension AppState {
    mutating func performVoting(_ intent: DeskIntent) -> [AppEffect] {
        guard let index = meeting.currentAgendaIndex else {
            message = DeskMessage(.info, notOpenedAdvice)
            return []
        }
        switch intent {
        case .proposeMotion:
            let kind: MotionKind = switch meeting.agenda.items[index].kind {
            case .reportApproval: .reportApproval
            case .surplusDistribution: .surplus
            case .workPlanAndBudget: .workPlanAndBudget
            default: .ordinary
            }
            startForm(.motion(defaultKind: kind), tr("voting.motion.start"))
        case .openElection:
            startForm(.election(), tr("voting.election.start"))
        case .nominateCandidate:
            let open = meeting.elections.filter { !$0.decided }
            guard !open.isEmpty else {
                message = DeskMessage(.info, tr("voting.nominate.noElection"))
                return []
            }
            startForm(.nominate(elections: open.map { ($0.number, electionLabel($0)) }),
                      tr("voting.nominate.start"))
        case .vote:
            if let round = meeting.openVote {
                startEntryForm(for: round)
                return []
            }
            let motions = meeting.motions.filter { meeting.motionDecisions[$0.number] == nil }
                .map { (VoteSubject.motion($0.number), tr("voting.subject.motion", ["n": $0.number, "text": $0.text])) }
            let elections = meeting.elections.filter { !$0.decided }
                .map { (VoteSubject.election($0.number), tr("voting.subject.election", ["n": $0.number, "label": electionLabel($0)])) }
            guard !(motions + elections).isEmpty else {
                message = DeskMessage(.info, tr("voting.vote.nothing"))
                return []
            }
            startForm(.openVote(subjects: motions + elections),
                      tr("voting.vote.start"))
        case .closeVote:
            guard meeting.openVote != nil else {
                message = DeskMessage(.info, tr("voting.close.noneOpen"))
                return []
            }
            // Ask the core first: on a tie where the AD gives the chair a casting vote, ask for it.
            do {
                _ = try meeting.decide(.closeVote(castingVote: nil, at: now))
            } catch .tieNeedsCastingVote {
                startForm(.castingVote(), tr("voting.castingVote.start"))
                return []
            } catch {
                // The core's refusal is shown when the command runs.
            }
            guard let vote = meeting.openVote else { return [] }
            return ask(.closeVote(castingVote: nil, at: now), closeVoteQuestion(vote))
        case .showDecisions:
            screen = .decisions
            decisionsScroll = 0
        case .registerProxy:
            guard meeting.rules.voting.proxiesAllowed else {
                message = DeskMessage(.info, tr("voting.proxy.notAllowed"))
                return []
            }
            startForm(.proxy(), tr("voting.proxy.start"))
        default:
            break
        }
        return []
    }

    /// The form for entering votes of the open round: per name, hands, or ballots.
    mutating func startEntryForm(for round: VoteRound) {
        let number = round.opening.round
        switch round.opening.method {
        case .rollCall:
            startForm(.rollCall(round: number), tr("voting.rollCall.start"))
        case .show where round.opening.candidates.isEmpty:
            startForm(.hands(round: number), tr("voting.hands.start", ["n": round.opening.eligible.count]))
        case .secret, .show:
            let options = round.opening.candidates.isEmpty
                ? [tr("voting.ballots.yes"), tr("voting.ballots.no")]
                : round.opening.candidates.map { number in meeting.roster.member(number)?.name ?? number.rawValue }
            startForm(.ballots(round: number, options: options), tr("voting.ballots.start"))
        }
    }

    /// A complete form's command, with the voting forms' special cases: an election that needs no ballot is
    /// settled by aklamasi, and one tied after its re-votes goes to a lot.
    mutating func completeForm(_ form: EntryForm) -> [AppEffect] {
        if case .documentDetails = form.purpose { return completeDocumentDetails(form) }
        if case .withdrawCandidate = form.purpose { return completeCandidateWithdrawal(form) }
        // A postponement ends the meeting's record; it is asked about like a single key (issue 11).
        if form.purpose == .postpone || form.purpose == .quorumLoss {
            let command = form.command(at: now)
            let question: String = switch command {
            case let .postponeMeeting(reason, _, _) where meeting.quorumLost:
                tr("voting.confirm.postponeRemaining", ["reason": reason])
            case let .postponeMeeting(reason, _, _):
                tr("voting.confirm.postpone", ["reason": reason])
            case let .answerQuorumLoss(choice, _, _, _):
                tr("voting.confirm.quorumLoss", ["choice": choice.uiLabel])
            default: tr("voting.confirm.save")
            }
            return ask(command, question)
        }
        if case let .openVote(subjects) = form.purpose, case let .election(number) = subjects[form.int(0) ?? 0] {
            let election = meeting.elections[number - 1]
            if !election.ballot.isEmpty, election.ballot.count <= election.seatsOpen {
                return [.execute(.electByAcclamation(election: number, at: now))]
            }
            if !election.contenders.isEmpty, election.revotes >= meeting.rules.voting.tieRevotes {
                if meeting.rules.voting.tieElection == .revoteThenConsensus {
                    startForm(.tieConsensus(election: number, seats: election.seatsOpen),
                              tr("voting.tie.consensus"))
                } else {
                    startForm(.lot(election: number), tr("voting.tie.lot"))
                }
                return []
            }
            // A member of the pimpinan rapat on the ballot hands this item's chair to someone else first (E-7).
            do {
                _ = try meeting.decide(form.command(at: now))
            } catch let .chairMustHandOver(name) {
                startForm(.handOver(election: number, candidate: name),
                          tr("voting.handOver.start", ["name": name]))
                return []
            } catch {
                // Other refusals are shown when the command runs.
            }
        }
        return [.execute(form.command(at: now, seed: UInt64.random(in: 1...UInt64.max)))]
    }

    /// After a command: a roll-call goes straight on to the next voter.
    mutating func continueAfter(_ events: [Event]) {
        for event in events {
            noteRollCall(event)
            switch event {
            case let .voteOpened(opening) where opening.method == .rollCall:
                if let round = meeting.openVote { startEntryForm(for: round) }
            case .voteCast:
                // Straight on to the next voter, keeping the confirmation of this one on screen.
                let confirmation = message
                if let round = meeting.openVote { startEntryForm(for: round) }
                message = confirmation
            case let .voteClosed(result):
                shownVoteResult = result.round
            case .documentDetailsAmended:
                // Back to the checklist the form was opened from, now with the corrected fields.
                screen = .readiness
            default:
                break
            }
        }
    }

    func electionLabel(_ e: Election) -> String {
        tr("voting.election.label", ["body": e.body.uiName, "seats": e.seats, "n": e.candidates.count])
    }
}

extension AppState {
    /// The confirmation shown for a voting event.
    func votingAcknowledgement(_ event: Event) -> DeskMessage? {
        let zone = zone
        func name(_ number: MemberNumber) -> String { VoteRecordReport.name(number, meeting) }
        switch event {
        case let .motionProposed(m):
            return DeskMessage(.success, tr("voting.ack.motion", ["n": m.number, "kind": m.kind.uiLabel]))
        case let .voteOpened(o):
            var text = tr("voting.ack.opened", ["round": o.round, "time": UIFormat.time(o.at, zone: zone),
                                                "method": o.method.uiLabel, "n": o.eligible.count])
            if let special = o.specialQuorum { text += tr("voting.ack.specialQuorum", ["present": special.present, "required": special.required]) }
            return DeskMessage(.success, text)
        case let .voteCast(round, member, choice, _):
            let count = meeting.openVote?.ballots.count ?? 0
            let eligible = meeting.openVote?.opening.eligible.count ?? 0
            return DeskMessage(.success, tr("voting.ack.cast", ["name": name(member), "choice": choice.uiLabel, "round": round,
                                                           "n": count, "total": eligible]))
        case .handsCounted, .ballotsCounted:
            return DeskMessage(.success, tr("voting.ack.counted"))
        case let .voteClosed(r):
            if let void = r.voidReason { return DeskMessage(.error, tr("voting.ack.void", ["round": r.round, "reason": void])) }
            if case .election = r.subject {
                return r.tiedForLastSeat.isEmpty
                    ? DeskMessage(.success, tr("voting.ack.elected", ["names": r.elected.map(name).joined(separator: ", ")]))
                    : DeskMessage(.warning, tr("voting.ack.tied", ["names": r.tiedForLastSeat.map(name).joined(separator: ", ")]))
            }
            return DeskMessage(r.passed ? .success : .warning, tr("voting.ack.result", [
                "outcome": r.passed ? tr("voting.ack.passed") : tr("voting.ack.rejected"),
                "yes": r.yes, "no": r.no, "abstain": r.abstain, "invalid": r.invalid]))
        case let .electionOpened(e):
            return DeskMessage(.success, tr("voting.ack.electionOpened", ["n": e.number, "body": e.body.uiName, "seats": e.seats]))
        case let .candidateNominated(election, member, _):
            // Recorded under sitting_officer_candidacy = "warn": said now, and in the notulen.
            if let note = meeting.sittingOfficerNote(election: election, member: member) {
                return DeskMessage(.warning, tr("voting.ack.nominatedWarning", ["n": election, "name": name(member), "note": note]))
            }
            return DeskMessage(.success, tr("voting.ack.nominated", ["n": election, "name": name(member)]))
        case let .chairHandedOver(election, to, _):
            return DeskMessage(.success, tr("voting.ack.handedOver", ["n": election, "name": to]))
        case let .lotDrawn(lot):
            return DeskMessage(.success, tr("voting.ack.lot", ["names": lot.winners.map(name).joined(separator: ", "),
                                                       "witnesses": lot.witnesses.joined(separator: ", "), "seed": lot.seed]))
        case let .proxyGranted(g):
            return DeskMessage(.success, tr("voting.ack.proxy", ["letter": g.letter]))
        case let .candidateWithdrawn(w):
            return candidateWithdrawalAcknowledgement(w)
        default:
            return nil
        }
    }
}
