import Foundation
import RapatText

/// Motions, votes and elections (DOMAIN §7.6, §8, §9): every rule is checked here; screens and scripts only
/// issue the commands.
extension MeetingState {
    func decideVoting(_ command: Command) throws(RapatError) -> [Event] {
        switch command {
        case let .proposeMotion(text, kind, concerns, at):
            let index = try openItemIndex()
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw .missingField(tr("core.field.motionText")) }
            try requireInOrder(at, member: nil)
            // Approving a report concerns its authors: the pengurus' by default, the pengawas' on their item.
            let concerned = concerns ?? (kind == .reportApproval
                ? (agenda.items[index].kind == .supervisorsReport ? .pengawas : .pengurus) : nil)
            return [.motionProposed(Motion(number: motions.count + 1, agendaIndex: index, text: text, kind: kind,
                                           concerns: concerned, at: at))]

        case let .decideMotion(number, method, outcome, notes, at):
            let motion = try undecidedMotion(number)
            if motion.kind == .surplus, shuProposal == nil { throw .shuNotProposed }
            guard method == .consensus || method == .acclamation else {
                throw .invalidValue(tr("core.motionDecidedWithoutVote"))
            }
            if let openVote { throw .voteInProgress(round: openVote.opening.round) }
            try requireSpecialQuorum(motion.kind, at: at)
            return try decide(.recordDecision(text: motion.text, method: method, outcome: outcome, notes: notes, at: at))
                .map { event in
                    guard case var .decisionRecorded(decision) = event else { return event }
                    decision.motion = motion.number
                    return .decisionRecorded(decision)
                }

        case let .openVote(subject, method, at):
            let index = try openItemIndex()
            try requireNotInRecess()
            if let openVote { throw .voteInProgress(round: openVote.opening.round) }
            let q = quorum
            if rules.quorumCheck == .eachDecision, !q.isMet {
                throw .quorumLostForDecision(present: q.present, required: q.required)
            }
            try requireInOrder(at, member: nil)
            switch subject {
            case let .motion(number):
                let motion = try undecidedMotion(number)
                if motion.kind == .surplus, shuProposal == nil { throw .shuNotProposed }
                let special = try requireSpecialQuorum(motion.kind, at: at)
                let voters = eligibleVoters(concerning: motion.kind == .reportApproval ? motion.concerns : nil,
                                            proxiesCount: true)
                return [.voteOpened(VoteOpening(
                    round: voteCount + 1, subject: subject, method: method, agendaIndex: index, eligible: voters.eligible,
                    recorded: voters.recorded, excluded: voters.excluded, quorum: q.declaration(at: at),
                    specialQuorum: special, at: at))]
            case let .election(number):
                let election = try undecidedElection(number)
                guard method == .secret || !rules.voting.secretForPersons else {
                    throw .invalidValue(tr("core.electionMustBeSecret"))
                }
                guard method != .rollCall else {
                    throw .invalidValue(tr("core.electionNotByName"))
                }
                guard election.ballot.count > election.seatsOpen else {
                    throw .invalidValue(tr("core.electionNeedsAcclamation", ["candidates": election.ballot.count, "seats": election.seatsOpen]))
                }
                if !election.contenders.isEmpty, election.revotes >= rules.voting.tieRevotes {
                    throw .invalidValue(tr("core.revotesExhausted", ["revotes": election.revotes, "max": rules.voting.tieRevotes]))
                }
                try requireChairHandedOver(election)
                // Proxies never count for elections of persons (DOMAIN §8.6).
                let voters = eligibleVoters(concerning: nil, proxiesCount: false)
                return [.voteOpened(VoteOpening(
                    round: voteCount + 1, subject: subject, method: method, agendaIndex: index, eligible: voters.eligible,
                    excluded: voters.excluded, candidates: election.ballot, seats: election.seatsOpen,
                    quorum: q.declaration(at: at), at: at))]
            }

        case let .castVote(number, choice, at):
            let round = try currentVote(.rollCall)
            guard let position = roster.position(of: number) else { throw .notAMember(number) }
            let member = roster.members[position]
            if let choice = round.ballots[number] { throw .alreadyVoted(member, choice) }
            guard round.isEligible(number) else { throw .cannotVote(member, reason: ineligibility(of: member, in: round)) }
            let holderPresent = proxies.first { $0.principal == number }
                .map { attendance.record(at: roster.position(of: $0.holder) ?? -1)?.isPresent == true } ?? false
            guard attendance.record(at: position)?.isPresent == true || holderPresent else {
                throw .cannotVote(member, reason: tr("core.voter.notInRoom"))
            }
            try requireInOrder(at, member: nil, after: round.opening.at)
            return [.voteCast(round: round.opening.round, member: number, choice: choice, at: at)]

        case let .countHands(hands, at):
            let round = try currentVote(.show)
            guard round.opening.candidates.isEmpty else {
                throw .invalidValue(tr("core.electionCountedPerCandidate"))
            }
            guard hands.yes >= 0, hands.no >= 0, hands.abstain >= 0 else {
                throw .invalidValue(tr("core.negativeVotes"))
            }
            let total = hands.yes + hands.no + hands.abstain
            guard total <= round.opening.eligible.count else {
                throw .countsExceedEligible(counted: total, eligible: round.opening.eligible.count)
            }
            try requireCountWithinPresent(total, round)
            try requireInOrder(at, member: nil, after: round.opening.at)
            return [.handsCounted(round: round.opening.round, hands, at: at)]

        case let .countBallots(count, at):
            // An election is always counted per candidate, also by show of hands where the AD allows it
            // (secret_for_persons = false): then issued = returned = hands raised.
            guard let open = openVote else { throw .noVoteOpen }
            let round = open.opening.candidates.isEmpty ? try currentVote(.secret) : open
            let options = round.opening.candidates.isEmpty ? 2 : round.opening.candidates.count
            guard count.perOption.count == options else {
                throw .invalidValue(round.opening.candidates.isEmpty ? tr("core.perOptionCount.motion", ["n": options])
                    : tr("core.perOptionCount.election", ["n": options]))
            }
            guard ([count.issued, count.returned, count.blank] + count.perOption + count.invalid.map(\.count))
                .allSatisfy({ $0 >= 0 }) else { throw .invalidValue(tr("core.negativeBallots")) }
            for spoiled in count.invalid where spoiled.reason.trimmingCharacters(in: .whitespaces).isEmpty {
                throw .missingField(tr("core.field.invalidBallotReason"))
            }
            guard count.issued <= round.opening.eligible.count else {
                throw .ballotsExceedEligible(issued: count.issued, eligible: round.opening.eligible.count)
            }
            let counted = count.perOption.reduce(0, +) + count.blank + count.invalidTotal
            // More ballots returned than issued is recorded: it voids the round at closing (DOMAIN §8.4).
            guard counted == count.returned else { throw .ballotsDoNotAddUp(returned: count.returned, counted: counted) }
            if count.returned <= count.issued { try requireCountWithinPresent(count.returned, round) }
            try requireInOrder(at, member: nil, after: round.opening.at)
            return [.ballotsCounted(round: round.opening.round, count, at: at)]

        case let .countCandidateBallots(issued, returned, votes, blank, invalid, at):
            guard let round = openVote else { throw .noVoteOpen }
            guard !round.opening.candidates.isEmpty else {
                throw .invalidValue(tr("core.voteOnMotionNotCandidates"))
            }
            for number in votes.keys where !round.opening.candidates.contains(number) {
                throw .invalidValue(tr("core.notACandidate", ["n": number,
                    "candidates": round.opening.candidates.map(\.rawValue).joined(separator: ", ")]))
            }
            let perOption = round.opening.candidates.map { votes[$0] ?? 0 }
            return try decideVoting(.countBallots(BallotCount(issued: issued, returned: returned, perOption: perOption,
                                                              blank: blank, invalid: invalid), at: at))

        case let .closeVote(castingVote, at):
            guard let round = openVote else { throw .noVoteOpen }
            try requireInOrder(at, member: nil, after: round.opening.at)
            let isElection = !round.opening.candidates.isEmpty
            // Quorum is re-checked at the close, the moment of the decision (DECISIONS 33): without it the round
            // is recorded as not valid and nothing is decided, counted or not.
            if let reason = quorumFailureAtClose(round) {
                var void = isElection ? VoteTally.election(round, at: at)
                    : VoteTally.motion(round, rules: rules.voting, approval: nil, castingVote: nil, at: at)
                void.passed = false
                void.tie = false
                void.elected = []
                void.tiedForLastSeat = []
                void.voidReason = reason
                return [.voteClosed(void)]
            }
            if round.opening.method == .show, !isElection, round.hands == nil { throw .nothingCounted(.show) }
            if round.opening.method == .secret || isElection, round.paper == nil { throw .nothingCounted(round.opening.method) }
            if let paper = round.paper, paper.returned > paper.issued {
                var void = VoteTally.motion(round, rules: rules.voting, approval: nil, castingVote: nil, at: at)
                void.passed = false
                void.voidReason = "surat suara kembali (\(paper.returned)) lebih banyak dari yang dibagikan "
                    + "(\(paper.issued)): pemungutan suara batal dan diulang"
                return [.voteClosed(void)]
            }
            if round.opening.method == .show, let hands = round.hands {
                try requireCountWithinPresent(hands.yes + hands.no + hands.abstain, round)
            }
            if let paper = round.paper { try requireCountWithinPresent(paper.returned, round) }
            switch round.opening.subject {
            case let .motion(number):
                let motion = motions[number - 1]
                let approval = rules.voting.special[motion.kind]?.approval
                let result = VoteTally.motion(round, rules: rules.voting, approval: approval, castingVote: castingVote, at: at)
                if result.tie, rules.voting.tieMotion == .chairCastingVote, castingVote == nil { throw .tieNeedsCastingVote }
                return [.voteClosed(result), .decisionRecorded(Decision(
                    number: nextDecisionNumber, agendaIndex: round.opening.agendaIndex, text: motion.text, method: .vote,
                    outcome: result.passed ? .accepted : .rejected, notes: [], present: quorum.present,
                    motion: number, voteRound: result.round, at: at))]
            case let .election(number):
                let election = elections[number - 1]
                let result = VoteTally.election(round, at: at)
                var events: [Event] = [.voteClosed(result)]
                if result.tiedForLastSeat.isEmpty {
                    events.append(.decisionRecorded(electionDecision(election, winners: election.elected + result.elected,
                                                                    method: .vote, round: result.round, at: at)))
                }
                return events
            }

        case let .openElection(body, seats, term, at):
            let index = try openItemIndex()
            guard seats >= 1 else { throw .invalidValue(tr("core.seatsAtLeastOne")) }
            let term = term.trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty else { throw .missingField(tr("core.field.term")) }
            try requireInOrder(at, member: nil)
            return [.electionOpened(Election(number: elections.count + 1, agendaIndex: index, body: body, seats: seats,
                                             term: term, at: at))]

        case let .nominate(number, candidate, at):
            let election = try undecidedElection(number)
            guard let position = roster.position(of: candidate) else { throw .notAMember(candidate) }
            let member = roster.members[position]
            if openVote != nil || closedVotes.contains(where: { $0.round.opening.subject == .election(number) }) {
                throw .candidateRefused(member, reason: tr("core.candidate.voteStarted"))
            }
            guard member.status == .regular else {
                throw .candidateRefused(member, reason: tr("core.candidate.notRegular", ["status": member.status.refusalLabel]))
            }
            guard !election.candidates.contains(candidate) else {
                throw .candidateRefused(member, reason: tr("core.candidate.already"))
            }
            for other in elections where other.body != election.body
                && (other.candidates.contains(candidate) || other.elected.contains(candidate)) {
                throw .candidateRefused(member, reason: tr("core.candidate.otherBody", ["body": other.body.rawValue]))
            }
            if let office = conflictingOffice(member, standingFor: election.body),
               rules.voting.sittingOfficerCandidacy == .refuse {
                throw .candidateRefused(member, reason: tr("core.candidate.sittingOfficer", ["office": office.label]))
            }
            try requireInOrder(at, member: nil)
            return [.candidateNominated(election: number, member: candidate, at: at)]

        case let .handOverChair(number, to, at):
            _ = try undecidedElection(number)
            let to = to.trimmingCharacters(in: .whitespaces)
            guard !to.isEmpty else { throw .missingField(tr("core.field.substituteChair")) }
            try requireInOrder(at, member: nil)
            return [.chairHandedOver(election: number, to: to, at: at)]

        case let .electByAcclamation(number, at):
            let election = try undecidedElection(number)
            if let openVote { throw .voteInProgress(round: openVote.opening.round) }
            guard !election.ballot.isEmpty else { throw .missingField(tr("core.field.candidate")) }
            guard election.ballot.count <= election.seatsOpen else {
                throw .acclamationNeedsFewerCandidates(candidates: election.ballot.count, seats: election.seatsOpen)
            }
            try requireChairHandedOver(election)
            let q = quorum
            if rules.quorumCheck == .eachDecision, !q.isMet {
                throw .quorumLostForDecision(present: q.present, required: q.required)
            }
            try requireInOrder(at, member: nil)
            return [.decisionRecorded(electionDecision(election, winners: election.elected + election.ballot,
                                                        method: .acclamation, round: nil, at: at))]

        case let .settleTieByConsensus(number, winners, at):
            let election = try undecidedElection(number)
            guard rules.voting.tieElection == .revoteThenConsensus else {
                throw .lotNotDue(tr("core.lot.rulesSayLot"))
            }
            guard !election.contenders.isEmpty, election.revotes >= rules.voting.tieRevotes else {
                throw .lotNotDue(tr("core.lot.noTieAfterRevote"))
            }
            guard Set(winners).count == election.seatsOpen, Set(winners).isSubset(of: Set(election.contenders)) else {
                throw .invalidValue(tr("core.musyawarahWinners", ["seats": election.seatsOpen,
                    "contenders": election.contenders.map(\.rawValue).joined(separator: ", ")]))
            }
            try requireInOrder(at, member: nil)
            return [.electionTieSettled(election: number, winners: winners, at: at),
                    .decisionRecorded(electionDecision(election, winners: election.elected + winners, method: .consensus,
                                                        round: nil, at: at))]

        case let .drawLots(number, witnesses, seed, at):
            let election = try undecidedElection(number)
            guard rules.voting.tieElection == .revoteThenLot else {
                throw .lotNotDue(tr("core.lot.rulesSayMusyawarah"))
            }
            guard !election.contenders.isEmpty else { throw .lotNotDue(tr("core.lot.noTie")) }
            guard election.revotes >= rules.voting.tieRevotes else {
                throw .lotNotDue(tr("core.lot.revoteFirst", ["revotes": election.revotes, "max": rules.voting.tieRevotes]))
            }
            let witnesses = witnesses.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard witnesses.count >= 2 else { throw .lotNotDue(tr("core.lot.witnesses")) }
            try requireInOrder(at, member: nil)
            let winners = LotDraw.winners(among: election.contenders, seats: election.seatsOpen, seed: seed)
            let lot = LotDraw(election: number, seed: seed, witnesses: witnesses, among: election.contenders,
                              winners: winners, at: at)
            return [.lotDrawn(lot), .decisionRecorded(electionDecision(election, winners: election.elected + winners,
                                                                      method: .lot, round: nil, at: at))]

        case let .grantProxy(principal, holder, letter, at):
            guard rules.voting.proxiesAllowed else {
                throw .proxyRefused(tr("core.proxy.notAllowed"))
            }
            let (_, giver) = try registeredMember(principal)
            let (holderPosition, taker) = try registeredMember(holder)
            let letter = letter.trimmingCharacters(in: .whitespaces)
            guard !letter.isEmpty else { throw .missingField(tr("core.field.proxyLetter")) }
            guard principal != holder else { throw .proxyRefused(tr("core.proxy.samePerson")) }
            guard giver.status == .regular, giver.hasVotingRight, !isObserver(giver) else {
                throw .proxyRefused(tr("core.proxy.giverCannotVote", ["name": giver.name]))
            }
            guard taker.status == .regular, attendance.record(at: holderPosition)?.isPresent == true else {
                throw .proxyRefused(tr("core.proxy.holderNotPresent", ["name": taker.name]))
            }
            guard !proxies.contains(where: { $0.principal == principal }) else {
                throw .proxyRefused(tr("core.proxy.alreadyGiven", ["name": giver.name]))
            }
            let held = proxies.filter { $0.holder == holder }.count
            guard held < rules.voting.maxProxiesPerHolder else {
                throw .proxyRefused(tr("core.proxy.holderFull", ["name": taker.name, "held": held, "max": rules.voting.maxProxiesPerHolder]))
            }
            try requireInOrder(at, member: nil)
            return [.proxyGranted(ProxyGrant(principal: principal, holder: holder, letter: letter, at: at))]

        default:
            preconditionFailure("not a voting command")
        }
    }

    /// Folds the voting events.
    mutating func evolveVoting(_ event: Event) {
        switch event {
        case let .motionProposed(motion):
            motions.append(motion)
        case let .voteOpened(opening):
            openVote = VoteRound(opening)
        case let .voteCast(_, member, choice, _):
            openVote?.ballots[member] = choice
        case let .handsCounted(_, hands, _):
            openVote?.hands = hands
        case let .ballotsCounted(_, count, _):
            openVote?.paper = count
        case let .voteClosed(result):
            guard let round = openVote else { return }
            closedVotes.append((round, result))
            openVote = nil
            if case let .election(number) = result.subject, result.voidReason == nil {
                let wasRevote = !elections[number - 1].contenders.isEmpty
                elections[number - 1].elected += result.elected
                elections[number - 1].contenders = result.tiedForLastSeat
                if wasRevote { elections[number - 1].revotes += 1 }
            }
        case let .electionOpened(election):
            elections.append(election)
        case let .candidateNominated(number, member, _):
            elections[number - 1].candidates.append(member)
        case let .chairHandedOver(number, to, _):
            elections[number - 1].substituteChair = to
        case let .electionTieSettled(number, winners, _):
            elections[number - 1].elected += winners
        case let .lotDrawn(lot):
            lots.append(lot)
            elections[lot.election - 1].elected += lot.winners
        case let .proxyGranted(grant):
            proxies.append(grant)
        case let .decisionRecorded(decision):
            if let motion = decision.motion { motionDecisions[motion] = decision.number }
            if let election = decision.election {
                elections[election - 1].decided = true
                elections[election - 1].contenders = []
            }
        default:
            break
        }
    }

    // MARK: Helpers

    private func undecidedMotion(_ number: Int) throws(RapatError) -> Motion {
        guard motions.indices.contains(number - 1) else { throw .noSuchMotion(number) }
        if let decision = motionDecisions[number] { throw .motionAlreadyDecided(motion: number, decision: decision) }
        return motions[number - 1]
    }

    private func undecidedElection(_ number: Int) throws(RapatError) -> Election {
        _ = try openItemIndex()
        guard elections.indices.contains(number - 1) else { throw .noSuchElection(number) }
        guard !elections[number - 1].decided else { throw .electionDecided(number) }
        return elections[number - 1]
    }

    private func currentVote(_ method: VoteMethod) throws(RapatError) -> VoteRound {
        guard let openVote else { throw .noVoteOpen }
        guard openVote.opening.method == method else { throw .wrongVoteMethod(openVote.opening.method) }
        return openVote
    }

    /// Refuses a special kind's vote or decision when its own quorum is not met; returns that quorum's counts.
    @discardableResult
    private func requireSpecialQuorum(_ kind: MotionKind, at: Date) throws(RapatError) -> QuorumDeclaration? {
        guard let special = rules.voting.special[kind] else { return nil }
        let status = QuorumStatus(registered: quorum.registered, present: quorum.present, rule: special.quorum)
        guard status.isMet else {
            throw .specialQuorumNotMet(kind, present: status.present, required: status.required, formula: status.formula)
        }
        return status.declaration(at: at)
    }

    /// Eligible voters of `round` still present now: on its list and in the room, or an absent principal whose
    /// proxy holder is in the room.
    public func eligiblePresent(in round: VoteRound) -> Int {
        func inRoom(_ number: MemberNumber) -> Bool {
            roster.position(of: number).flatMap { attendance.record(at: $0)?.isPresent } == true
        }
        let holders = Dictionary(proxies.map { ($0.principal, $0.holder) }, uniquingKeysWith: { first, _ in first })
        return round.opening.eligible.lazy.filter { inRoom($0) || holders[$0].map(inRoom) == true }.count
    }

    /// Counts are bounded by the eligible voters present now as well as at the opening (DECISIONS 33).
    private func requireCountWithinPresent(_ counted: Int, _ round: VoteRound) throws(RapatError) {
        let present = eligiblePresent(in: round)
        guard counted <= present else {
            throw .countsExceedPresent(counted: counted, eligibleAtOpen: round.opening.eligible.count, presentNow: present)
        }
    }

    /// Why `round` cannot decide if closed now: H below Q under `quorum_check = each_decision`, or the motion's
    /// special quorum no longer met (whatever quorum_check says, as at the opening). Nil when it may decide.
    private func quorumFailureAtClose(_ round: VoteRound) -> String? {
        let q = quorum
        let options = "keputusan tidak diambil; pimpinan dapat skors dan memanggil anggota kembali lalu mengulang "
            + "pemungutan suara, atau menunda acara yang tersisa"
        if rules.quorumCheck == .eachDecision, !q.isMet {
            return "tidak sah: kuorum tidak terpenuhi saat pemungutan suara ditutup (N \(q.registered), hadir saat "
                + "dibuka \(round.opening.quorum.present), hadir saat ditutup \(q.present), wajib \(q.required)); \(options)"
        }
        if case let .motion(number) = round.opening.subject, motions.indices.contains(number - 1),
           let special = rules.voting.special[motions[number - 1].kind] {
            let status = QuorumStatus(registered: q.registered, present: q.present, rule: special.quorum)
            if !status.isMet {
                return "tidak sah: kuorum khusus \(motions[number - 1].kind.label) tidak terpenuhi saat pemungutan suara "
                    + "ditutup (N \(q.registered), hadir saat dibuka \(round.opening.specialQuorum?.present ?? round.opening.quorum.present), "
                    + "hadir saat ditutup \(q.present), wajib \(status.required), \(status.formula)); \(options)"
            }
        }
        return nil
    }

    /// A member of the pimpinan rapat who stands must hand the chair of this item to someone else (E-7).
    private func requireChairHandedOver(_ election: Election) throws(RapatError) {
        guard election.substituteChair == nil, let presidium else { return }
        let chairs = Set(([presidium.chair, presidium.secretary] + presidium.members).map { $0.lowercased() })
        for number in election.ballot {
            if let member = roster.member(number), chairs.contains(member.name.lowercased()) {
                throw .chairMustHandOver(member.name)
            }
        }
    }

    /// Eligible voters present now: anggota biasa with a vote, less arrears (per policy) and recusal (exclude);
    /// with proxies, absent principals whose holder is present.
    private func eligibleVoters(concerning body: OfficeBody?, proxiesCount: Bool)
        -> (eligible: [MemberNumber], recorded: [MemberNumber], excluded: [MemberNumber]) {
        var eligible: [MemberNumber] = [], recorded: [MemberNumber] = [], excluded: [MemberNumber] = []
        let policy = rules.voting
        for position in roster.members.indices where attendance.record(at: position)?.isPresent == true {
            let member = roster.members[position]
            guard member.status == .regular, member.hasVotingRight, !isObserver(member) else { continue }
            if member.inArrears, policy.arrearsPolicy != .vote {
                excluded.append(member.number)
                continue
            }
            if let body, member.office?.body == body {
                if policy.recusalPolicy == .exclude {
                    excluded.append(member.number)
                    continue
                }
                recorded.append(member.number)
            }
            eligible.append(member.number)
        }
        if proxiesCount, policy.proxiesAllowed {
            let present = Set(eligible)
            for grant in proxies where present.contains(grant.holder) {
                guard let position = roster.position(of: grant.principal),
                      attendance.record(at: position)?.isPresent != true else { continue }
                eligible.append(grant.principal)
            }
        }
        return (eligible.sorted(), recorded.sorted(), excluded.sorted())
    }

    /// Why `member` is not on this vote's list, in words.
    private func ineligibility(of member: Member, in round: VoteRound) -> String {
        if member.status != .regular { return tr("core.voter.status", ["status": member.status.refusalLabel]) }
        if !member.hasVotingRight { return tr("core.voter.suspended") }
        if isObserver(member), let cutoff = rules.registerCutoff {
            return tr("core.voter.observer", ["joined": IndonesianFormat.isoDateLong(member.joinedOn),
                                              "cutoff": IndonesianFormat.isoDateLong(cutoff)])
        }
        if round.isExcluded(member.number) {
            return member.inArrears && rules.voting.arrearsPolicy != .vote
                ? tr("core.voter.arrears") : tr("core.voter.recused")
        }
        return tr("core.voter.absentAtOpening", ["time": RefusalFormat.time(round.opening.at, zone: timeZone)])
    }

    private func electionDecision(_ election: Election, winners: [MemberNumber], method: DecisionMethod, round: Int?,
                                  at: Date) -> Decision {
        let names = winners.map { number in roster.member(number).map { "\($0.name) (\($0.number))" } ?? number.rawValue }
        let text = "Menetapkan \(names.joined(separator: ", ")) sebagai \(election.body.rawValue) "
            + "masa jabatan \(election.term)"
        return Decision(number: nextDecisionNumber, agendaIndex: election.agendaIndex, text: text, method: method,
                        outcome: .accepted, notes: [], present: quorum.present, election: election.number,
                        voteRound: round, at: at)
    }
}
