import Foundation
import RapatCore

/// Journal rows of motions, votes and elections.
enum VotingEventKind {
    static let motionProposed = "motion_proposed"
    static let voteOpened = "vote_opened"
    static let voteCast = "vote_cast"
    static let handsCounted = "hands_counted"
    static let ballotsCounted = "ballots_counted"
    static let voteClosed = "vote_closed"
    static let electionOpened = "election_opened"
    static let candidateNominated = "candidate_nominated"
    static let chairHandedOver = "chair_handed_over"
    static let lotDrawn = "lot_drawn"
    static let proxyGranted = "proxy_granted"
    static let electionTieSettled = "election_tie_settled"
}

struct MotionPayload: Codable {
    var number: Int
    var agendaIndex: Int
    var text: String
    var kind: String
    var concerns: String?
}

struct VoteOpenedPayload: Codable {
    var round: Int
    var motion: Int?
    var election: Int?
    var method: String
    var agendaIndex: Int
    var eligible: [String]
    var recorded: [String]
    var excluded: [String]
    var candidates: [String]
    var seats: Int
    var quorum: QuorumDeclaredPayload
    var specialQuorum: QuorumDeclaredPayload?
}

struct RoundChoicePayload: Codable {
    var round: Int
    var choice: String
}

struct HandsPayload: Codable {
    var round: Int
    var yes: Int
    var no: Int
    var abstain: Int
}

struct BallotsPayload: Codable {
    struct Invalid: Codable {
        var reason: String
        var count: Int
    }

    var round: Int
    var issued: Int
    var returned: Int
    var perOption: [Int]
    var blank: Int
    var invalid: [Invalid]
}

struct VoteClosedPayload: Codable {
    var round: Int
    var motion: Int?
    var election: Int?
    var method: String
    var eligible: Int
    var yes: Int
    var no: Int
    var abstain: Int
    var invalid: Int
    var notVoting: Int
    var recordedYes: Int
    var recordedNo: Int
    var recordedAbstain: Int
    var majorityBase: String
    var base: Int
    var approval: String?
    var passed: Bool
    var tie: Bool
    var castingVote: String?
    var candidateVotes: [Int]
    var elected: [String]
    var tiedForLastSeat: [String]
    var voidReason: String?
}

struct ElectionPayload: Codable {
    var number: Int
    var agendaIndex: Int
    var body: String
    var seats: Int
    var term: String
}

struct ElectionRefPayload: Codable { var election: Int }

struct ChairHandOverPayload: Codable {
    var election: Int
    var to: String
}

struct LotPayload: Codable {
    var election: Int
    var seed: UInt64
    var witnesses: [String]
    var among: [String]
    var winners: [String]
}

struct TieSettledPayload: Codable {
    var election: Int
    var winners: [String]
}

struct ProxyPayload: Codable {
    var holder: String
    var letter: String
}

extension EventCodec {
    static func subjectFields(_ subject: VoteSubject) -> (motion: Int?, election: Int?) {
        switch subject {
        case let .motion(n): (n, nil)
        case let .election(n): (nil, n)
        }
    }

    /// The row of a voting event, or nil for other events.
    static func encodeVoting(_ event: Event, at: Int64) -> StoredEvent? {
        func row(_ kind: String, member: String? = nil, _ payload: some Encodable) -> StoredEvent {
            StoredEvent(kind: kind, atMilliseconds: at, member: member, payload: json(payload))
        }
        let numbers = { (list: [MemberNumber]) in list.map(\.rawValue) }
        switch event {
        case let .motionProposed(m):
            return row(VotingEventKind.motionProposed, MotionPayload(number: m.number, agendaIndex: m.agendaIndex,
                                                                     text: m.text, kind: m.kind.rawValue,
                                                                     concerns: m.concerns?.rawValue))
        case let .voteOpened(o):
            let (motion, election) = subjectFields(o.subject)
            return row(VotingEventKind.voteOpened, VoteOpenedPayload(
                round: o.round, motion: motion, election: election, method: o.method.rawValue, agendaIndex: o.agendaIndex,
                eligible: numbers(o.eligible), recorded: numbers(o.recorded), excluded: numbers(o.excluded),
                candidates: numbers(o.candidates), seats: o.seats, quorum: QuorumDeclaredPayload(o.quorum),
                specialQuorum: o.specialQuorum.map(QuorumDeclaredPayload.init)))
        case let .voteCast(round, member, choice, _):
            return row(VotingEventKind.voteCast, member: member.rawValue, RoundChoicePayload(round: round, choice: choice.rawValue))
        case let .handsCounted(round, h, _):
            return row(VotingEventKind.handsCounted, HandsPayload(round: round, yes: h.yes, no: h.no, abstain: h.abstain))
        case let .ballotsCounted(round, b, _):
            return row(VotingEventKind.ballotsCounted, BallotsPayload(
                round: round, issued: b.issued, returned: b.returned, perOption: b.perOption, blank: b.blank,
                invalid: b.invalid.map { .init(reason: $0.reason, count: $0.count) }))
        case let .voteClosed(r):
            let (motion, election) = subjectFields(r.subject)
            return row(VotingEventKind.voteClosed, VoteClosedPayload(
                round: r.round, motion: motion, election: election, method: r.method.rawValue, eligible: r.eligible,
                yes: r.yes, no: r.no, abstain: r.abstain, invalid: r.invalid, notVoting: r.notVoting,
                recordedYes: r.recordedYes, recordedNo: r.recordedNo, recordedAbstain: r.recordedAbstain,
                majorityBase: r.majorityBase.rawValue, base: r.base, approval: r.approval?.description, passed: r.passed,
                tie: r.tie, castingVote: r.castingVote?.rawValue, candidateVotes: r.candidateVotes,
                elected: numbers(r.elected), tiedForLastSeat: numbers(r.tiedForLastSeat), voidReason: r.voidReason))
        case let .electionOpened(e):
            return row(VotingEventKind.electionOpened, ElectionPayload(number: e.number, agendaIndex: e.agendaIndex,
                                                                       body: e.body.rawValue, seats: e.seats, term: e.term))
        case let .candidateNominated(election, member, _):
            return row(VotingEventKind.candidateNominated, member: member.rawValue, ElectionRefPayload(election: election))
        case let .chairHandedOver(election, to, _):
            return row(VotingEventKind.chairHandedOver, ChairHandOverPayload(election: election, to: to))
        case let .lotDrawn(l):
            return row(VotingEventKind.lotDrawn, LotPayload(election: l.election, seed: l.seed, witnesses: l.witnesses,
                                                           among: numbers(l.among), winners: numbers(l.winners)))
        case let .electionTieSettled(election, winners, _):
            return row(VotingEventKind.electionTieSettled, TieSettledPayload(election: election, winners: numbers(winners)))
        case let .proxyGranted(p):
            return row(VotingEventKind.proxyGranted, member: p.principal.rawValue,
                       ProxyPayload(holder: p.holder.rawValue, letter: p.letter))
        default:
            return nil
        }
    }

    /// The voting event of `row`, or nil when the kind is not a voting one.
    static func decodeVoting(_ row: StoredEvent, sequence: Int64, at: Date) throws -> Event? {
        func payload<T: Decodable>(_ type: T.Type) throws -> T { try decodePayload(type, of: row, sequence: sequence) }
        func bad(_ what: String) -> UndecodableEvent { UndecodableEvent(sequence: sequence, reason: "\(what) tidak dikenal") }
        func subject(_ motion: Int?, _ election: Int?) throws -> VoteSubject {
            if let motion { return .motion(motion) }
            if let election { return .election(election) }
            throw bad("pokok pemungutan suara")
        }
        let numbers = { (list: [String]) in list.map(MemberNumber.init) }
        let member = MemberNumber(row.member ?? "")
        switch row.kind {
        case VotingEventKind.motionProposed:
            let p = try payload(MotionPayload.self)
            guard let kind = MotionKind(rawValue: p.kind) else { throw bad("jenis usul \"\(p.kind)\"") }
            return .motionProposed(Motion(number: p.number, agendaIndex: p.agendaIndex, text: p.text, kind: kind,
                                          concerns: p.concerns.flatMap(OfficeBody.init(rawValue:)), at: at))
        case VotingEventKind.voteOpened:
            let p = try payload(VoteOpenedPayload.self)
            guard let method = VoteMethod(rawValue: p.method) else { throw bad("cara pemungutan suara \"\(p.method)\"") }
            return .voteOpened(VoteOpening(
                round: p.round, subject: try subject(p.motion, p.election), method: method, agendaIndex: p.agendaIndex,
                eligible: numbers(p.eligible), recorded: numbers(p.recorded), excluded: numbers(p.excluded),
                candidates: numbers(p.candidates), seats: p.seats, quorum: p.quorum.declaration(at: at),
                specialQuorum: p.specialQuorum?.declaration(at: at), at: at))
        case VotingEventKind.voteCast:
            let p = try payload(RoundChoicePayload.self)
            guard let choice = VoteChoice(rawValue: p.choice) else { throw bad("pilihan suara \"\(p.choice)\"") }
            return .voteCast(round: p.round, member: member, choice: choice, at: at)
        case VotingEventKind.handsCounted:
            let p = try payload(HandsPayload.self)
            return .handsCounted(round: p.round, HandCount(yes: p.yes, no: p.no, abstain: p.abstain), at: at)
        case VotingEventKind.ballotsCounted:
            let p = try payload(BallotsPayload.self)
            return .ballotsCounted(round: p.round, BallotCount(
                issued: p.issued, returned: p.returned, perOption: p.perOption, blank: p.blank,
                invalid: p.invalid.map { InvalidBallots(reason: $0.reason, count: $0.count) }), at: at)
        case VotingEventKind.voteClosed:
            let p = try payload(VoteClosedPayload.self)
            guard let method = VoteMethod(rawValue: p.method), let base = MajorityBase(rawValue: p.majorityBase) else {
                throw bad("cara atau dasar suara terbanyak")
            }
            var r = VoteResult(
                round: p.round, subject: try subject(p.motion, p.election), method: method, eligible: p.eligible, yes: p.yes,
                no: p.no, abstain: p.abstain, invalid: p.invalid, notVoting: p.notVoting, majorityBase: base, base: p.base,
                approval: p.approval.flatMap(Fraction.init(text:)), passed: p.passed, tie: p.tie,
                castingVote: p.castingVote.flatMap(VoteChoice.init(rawValue:)), at: at)
            (r.recordedYes, r.recordedNo, r.recordedAbstain) = (p.recordedYes, p.recordedNo, p.recordedAbstain)
            r.candidateVotes = p.candidateVotes
            r.elected = numbers(p.elected)
            r.tiedForLastSeat = numbers(p.tiedForLastSeat)
            r.voidReason = p.voidReason
            return .voteClosed(r)
        case VotingEventKind.electionOpened:
            let p = try payload(ElectionPayload.self)
            guard let body = OfficeBody(rawValue: p.body) else { throw bad("badan \"\(p.body)\"") }
            return .electionOpened(Election(number: p.number, agendaIndex: p.agendaIndex, body: body, seats: p.seats,
                                            term: p.term, at: at))
        case VotingEventKind.candidateNominated:
            return .candidateNominated(election: try payload(ElectionRefPayload.self).election, member: member, at: at)
        case VotingEventKind.chairHandedOver:
            let p = try payload(ChairHandOverPayload.self)
            return .chairHandedOver(election: p.election, to: p.to, at: at)
        case VotingEventKind.lotDrawn:
            let p = try payload(LotPayload.self)
            return .lotDrawn(LotDraw(election: p.election, seed: p.seed, witnesses: p.witnesses, among: numbers(p.among),
                                     winners: numbers(p.winners), at: at))
        case VotingEventKind.electionTieSettled:
            let p = try payload(TieSettledPayload.self)
            return .electionTieSettled(election: p.election, winners: numbers(p.winners), at: at)
        case VotingEventKind.proxyGranted:
            let p = try payload(ProxyPayload.self)
            return .proxyGranted(ProxyGrant(principal: member, holder: MemberNumber(p.holder), letter: p.letter, at: at))
        default:
            return nil
        }
    }
}
