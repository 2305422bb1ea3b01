import Foundation
import RapatCore
import RapatText

/// The voting forms of the agenda screen; each issues one command of the core's voting language.
extension EntryForm {
    static func motion(defaultKind: MotionKind) -> EntryForm {
        EntryForm(.motion, title: tr("voting.motion.title"), fields: [
            Field(tr("voting.motion.text"), .text(required: true)),
            Field(tr("voting.motion.kind"), .choice(options: MotionKind.allCases.map(\.uiLabel),
                                   defaultIndex: MotionKind.allCases.firstIndex(of: defaultKind) ?? 0)),
        ])
    }

    /// Choosing what to vote on among `subjects` (labels alongside), then how.
    static func openVote(subjects: [(VoteSubject, String)]) -> EntryForm {
        let electionLast = subjects.last.map { if case .election = $0.0 { true } else { false } } ?? false
        return EntryForm(.openVote(subjects.map(\.0)), title: tr("voting.vote.title"), fields: [
            Field(tr("voting.vote.subject"), .choice(options: subjects.map(\.1), defaultIndex: max(0, subjects.count - 1))),
            Field(tr("voting.vote.method"), .choice(options: VoteMethod.allCases.map(\.uiLabel), defaultIndex: electionLast ? 2 : 0)),
        ])
    }

    /// One line per voter, "0012 s" (`AppState+RollCall`); never completed like the other forms. The field is
    /// not of kind `.member`: the line reads its member itself, so the form's own name search would be wasted work.
    static func rollCall(round: Int) -> EntryForm {
        EntryForm(.rollCall, title: tr("voting.rollCall.title", ["round": round]), fields: [
            Field(tr("voting.rollCall.field"), .number),
        ])
    }

    static func hands(round: Int) -> EntryForm {
        EntryForm(.hands, title: tr("voting.hands.title", ["round": round]), fields: [
            Field(tr("voting.hands.yes"), .count), Field(tr("voting.hands.no"), .count), Field(tr("voting.hands.abstain"), .count),
        ])
    }

    /// A secret ballot's count: for a motion the options are setuju/tidak setuju, for an election the candidates.
    static func ballots(round: Int, options: [String]) -> EntryForm {
        EntryForm(.ballots(options: options.count), title: tr("voting.ballots.title", ["round": round]),
                  fields: [Field(tr("voting.ballots.issued"), .count), Field(tr("voting.ballots.returned"), .count)]
                      + options.map { Field($0, .count) }
                      + [Field(tr("voting.ballots.blank"), .count), Field(tr("voting.ballots.invalid"), .count),
                         Field(tr("voting.ballots.invalidReason"), .text(required: false))])
    }

    static func castingVote() -> EntryForm {
        EntryForm(.castingVote, title: tr("voting.castingVote.title"), fields: [
            Field(tr("voting.castingVote.field"), .choice(options: [VoteChoice.yes.uiLabel, VoteChoice.no.uiLabel], defaultIndex: 0)),
        ])
    }

    static func election() -> EntryForm {
        EntryForm(.election, title: tr("voting.election.title"), fields: [
            Field(tr("voting.election.body"), .choice(options: OfficeBody.allCases.map(\.uiName), defaultIndex: 0)),
            Field(tr("voting.election.seats"), .number),
            Field(tr("voting.election.term"), .text(required: true)),
        ])
    }

    static func nominate(elections: [(Int, String)]) -> EntryForm {
        EntryForm(.nominate(elections.map(\.0)), title: tr("voting.nominate.title"), fields: [
            Field(tr("voting.nominate.election"), .choice(options: elections.map(\.1), defaultIndex: max(0, elections.count - 1))),
            Field(tr("voting.nominate.candidate"), .member),
        ])
    }

    static func lot(election: Int) -> EntryForm {
        EntryForm(.lot(election: election), title: tr("voting.lot.title"), fields: [
            Field(tr("voting.lot.witness1"), .text(required: true)), Field(tr("voting.lot.witness2"), .text(required: true)),
        ])
    }

    static func handOver(election: Int, candidate: String) -> EntryForm {
        EntryForm(.handOver(election: election), title: tr("voting.handOver.title", ["name": candidate]), fields: [
            Field(tr("voting.handOver.field"), .text(required: true)),
        ])
    }

    /// Musyawarah among the tied candidates (tie_election = revote_then_musyawarah): who was agreed on.
    static func tieConsensus(election: Int, seats: Int) -> EntryForm {
        EntryForm(.tieConsensus(election: election), title: tr("voting.tie.title"),
                  fields: (1...max(1, seats)).map { Field(tr("voting.tie.elected", ["n": $0]), .member) })
    }

    static func proxy() -> EntryForm {
        EntryForm(.proxy, title: tr("voting.proxy.title"), fields: [
            Field(tr("voting.proxy.principal"), .member), Field(tr("voting.proxy.holder"), .member),
            Field(tr("voting.proxy.letter"), .text(required: true)),
        ])
    }

    /// The voting command of a complete form; nil for purposes handled elsewhere.
    func votingCommand(at now: Date, seed: UInt64) -> Command? {
        switch purpose {
        case .motion:
            return .proposeMotion(text: text(0), kind: MotionKind.allCases[int(1) ?? 0], concerns: nil, at: now)
        case let .openVote(subjects):
            return .openVote(subject: subjects[int(0) ?? 0], method: VoteMethod.allCases[int(1) ?? 0], at: now)
        case .hands:
            return .countHands(HandCount(yes: int(0) ?? 0, no: int(1) ?? 0, abstain: int(2) ?? 0), at: now)
        case let .ballots(options):
            let perOption = (0..<options).map { int(2 + $0) ?? 0 }
            let invalid = int(3 + options) ?? 0
            return .countBallots(BallotCount(
                issued: int(0) ?? 0, returned: int(1) ?? 0, perOption: perOption, blank: int(2 + options) ?? 0,
                invalid: invalid > 0 ? [InvalidBallots(reason: text(4 + options), count: invalid)] : []), at: now)
        case .castingVote:
            return .closeVote(castingVote: int(0) == 1 ? .no : .yes, at: now)
        case .election:
            return .openElection(body: OfficeBody.allCases[int(0) ?? 0], seats: int(1) ?? 1, term: text(2), at: now)
        case let .nominate(elections):
            return .nominate(election: elections[int(0) ?? 0], member: MemberNumber(String(text(1).dropFirst(2))), at: now)
        case let .tieConsensus(election):
            return .settleTieByConsensus(election: election,
                                         winners: fields.map { MemberNumber(String($0.answer.dropFirst(2))) }, at: now)
        case let .handOver(election):
            return .handOverChair(election: election, to: text(0), at: now)
        case .proxy:
            return .grantProxy(principal: MemberNumber(String(text(0).dropFirst(2))),
                               holder: MemberNumber(String(text(1).dropFirst(2))), letter: text(2), at: now)
        case let .lot(election):
            return .drawLots(election: election, witnesses: [text(0), text(1)], seed: seed, at: now)
        default:
            return nil
        }
    }
}
