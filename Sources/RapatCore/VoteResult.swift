import Foundation

/// The outcome of one vote, with every number the berita acara prints (DOMAIN §8.3).
public struct VoteResult: Hashable, Sendable {
    public var round: Int
    public var subject: VoteSubject
    public var method: VoteMethod
    /// Eligible members present when the vote opened.
    public var eligible: Int
    public var yes: Int
    public var no: Int
    /// Abstain, or blank ballots on a secret vote.
    public var abstain: Int
    public var invalid: Int
    /// Eligible present who gave no vote ("tidak memberikan suara"), apart from abstain.
    public var notVoting: Int
    /// Of the votes above, those of members whose own report was decided (recusal_policy = record).
    public var recordedYes: Int = 0
    public var recordedNo: Int = 0
    public var recordedAbstain: Int = 0
    public var majorityBase: MajorityBase
    public var base: Int
    /// Nil for a simple majority (more than half of the base); p/q for a special one.
    public var approval: Fraction?
    public var passed: Bool
    public var tie: Bool
    /// The chair's casting vote on a tie, where the AD provides one.
    public var castingVote: VoteChoice?
    /// Election rounds: votes per candidate in ballot order, the secured winners, and those tied for the last seats.
    public var candidateVotes: [Int] = []
    public var elected: [MemberNumber] = []
    public var tiedForLastSeat: [MemberNumber] = []
    /// Set when the round is void (more ballots returned than issued); nothing else counts then.
    public var voidReason: String?
    public var at: Date

    public init(round: Int, subject: VoteSubject, method: VoteMethod, eligible: Int, yes: Int, no: Int, abstain: Int,
                invalid: Int, notVoting: Int, majorityBase: MajorityBase, base: Int, approval: Fraction?, passed: Bool,
                tie: Bool, castingVote: VoteChoice?, at: Date) {
        self.round = round
        self.subject = subject
        self.method = method
        self.eligible = eligible
        self.yes = yes
        self.no = no
        self.abstain = abstain
        self.invalid = invalid
        self.notVoting = notVoting
        self.majorityBase = majorityBase
        self.base = base
        self.approval = approval
        self.passed = passed
        self.tie = tie
        self.castingVote = castingVote
        self.at = at
    }

    /// The rule in words: "lebih dari 1/2 suara sah", "sekurang-kurangnya 2/3 suara sah".
    public var ruleText: String {
        let base: String = switch majorityBase {
        case .validVotes: "suara sah"
        case .votesCast: "suara masuk"
        case .presentEligible: "anggota berhak suara yang hadir"
        }
        return approval.map { "sekurang-kurangnya \($0) \(base)" } ?? "lebih dari 1/2 \(base)"
    }

    /// The arithmetic as read aloud: "setuju 40 × 2 = 80 > 65" or "setuju 50 × 3 = 150 ≥ 2 × 70 = 140".
    public var arithmetic: String {
        if let approval {
            let lhs = yes * approval.denominator, rhs = approval.numerator * base
            return "setuju \(yes) × \(approval.denominator) = \(lhs) \(lhs >= rhs ? "≥" : "<") "
                + "\(approval.numerator) × \(base) = \(rhs)"
        }
        let lhs = yes * 2
        return "setuju \(yes) × 2 = \(lhs) \(lhs > base ? ">" : "≤") \(base)"
    }
}

/// Counting, in integer arithmetic only (DOMAIN §8.3–§8.4).
public enum VoteTally {
    /// Whether `yes` carries against `base`: more than half (yes × 2 > base), or yes × q ≥ p × base.
    public static func carries(yes: Int, base: Int, approval: Fraction?) -> Bool {
        guard base > 0 else { return false }
        if let approval { return yes * approval.denominator >= approval.numerator * base }
        return yes * 2 > base
    }

    /// The result of a motion's vote under `rules`; `special` is the kind's approval fraction if any.
    static func motion(_ round: VoteRound, rules: VotingRules, approval: Fraction?, castingVote: VoteChoice?,
                       at: Date) -> VoteResult {
        var yes = 0, no = 0, abstain = 0, invalid = 0, voted = 0
        var recorded = (yes: 0, no: 0, abstain: 0)
        switch round.opening.method {
        case .rollCall:
            for (member, choice) in round.ballots {
                let isRecorded = round.isRecorded(member)
                switch choice {
                case .yes: yes += 1; if isRecorded { recorded.yes += 1 }
                case .no: no += 1; if isRecorded { recorded.no += 1 }
                case .abstain: abstain += 1; if isRecorded { recorded.abstain += 1 }
                }
            }
            voted = round.ballots.count
        case .show:
            let hands = round.hands ?? HandCount(yes: 0, no: 0, abstain: 0)
            (yes, no, abstain) = (hands.yes, hands.no, hands.abstain)
            voted = yes + no + abstain
        case .secret:
            let paper = round.paper ?? BallotCount(issued: 0, returned: 0, perOption: [0, 0], blank: 0, invalid: [])
            yes = paper.perOption.first ?? 0
            no = paper.perOption.dropFirst().first ?? 0
            abstain = paper.blank
            invalid = paper.invalidTotal
            voted = paper.returned
        }
        let eligible = round.opening.eligible.count
        let base: Int = switch rules.majorityBase {
        case .validVotes: yes + no
        case .votesCast: yes + no + abstain + invalid
        case .presentEligible: eligible
        }
        // A tie: setuju and tidak setuju equal, or exactly half the base on a simple majority.
        let tie = approval == nil ? (base > 0 && yes * 2 == base) || (rules.majorityBase == .validVotes && yes == no)
            : false
        var passed = carries(yes: yes, base: base, approval: approval)
        if tie, rules.tieMotion == .chairCastingVote, let castingVote { passed = castingVote == .yes }
        var result = VoteResult(
            round: round.opening.round, subject: round.opening.subject, method: round.opening.method, eligible: eligible,
            yes: yes, no: no, abstain: abstain, invalid: invalid, notVoting: max(0, eligible - voted),
            majorityBase: rules.majorityBase, base: base, approval: approval, passed: passed, tie: tie,
            castingVote: tie ? castingVote : nil, at: at)
        (result.recordedYes, result.recordedNo, result.recordedAbstain) = recorded
        return result
    }

    /// An election round: plurality; the top `seats` are elected unless candidates tie across the last seat.
    static func election(_ round: VoteRound, at: Date) -> VoteResult {
        let paper = round.paper ?? BallotCount(issued: 0, returned: 0, perOption: [], blank: 0, invalid: [])
        let candidates = round.opening.candidates
        let votes = candidates.indices.map { $0 < paper.perOption.count ? paper.perOption[$0] : 0 }
        let (elected, tied) = plurality(candidates: candidates, votes: votes, seats: round.opening.seats)
        let eligible = round.opening.eligible.count
        var result = VoteResult(
            round: round.opening.round, subject: round.opening.subject, method: round.opening.method, eligible: eligible,
            yes: 0, no: 0, abstain: paper.blank, invalid: paper.invalidTotal, notVoting: max(0, eligible - paper.returned),
            majorityBase: .validVotes, base: votes.reduce(0, +), approval: nil, passed: tied.isEmpty, tie: !tied.isEmpty,
            castingVote: nil, at: at)
        result.candidateVotes = votes
        result.elected = elected
        result.tiedForLastSeat = tied
        return result
    }

    /// Secured winners and, when equal votes straddle the last seat, the tied candidates for what is left.
    public static func plurality(candidates: [MemberNumber], votes: [Int], seats: Int)
        -> (elected: [MemberNumber], tied: [MemberNumber]) {
        guard seats > 0, !candidates.isEmpty else { return ([], []) }
        let order = candidates.indices.sorted { votes[$0] != votes[$1] ? votes[$0] > votes[$1] : candidates[$0] < candidates[$1] }
        guard order.count > seats else { return (order.map { candidates[$0] }, []) }
        let cutoff = votes[order[seats - 1]]
        let above = order.filter { votes[$0] > cutoff }
        let atCutoff = order.filter { votes[$0] == cutoff }
        if above.count + atCutoff.count <= seats { return ((above + atCutoff).map { candidates[$0] }, []) }
        return (above.map { candidates[$0] }, atCutoff.map { candidates[$0] })
    }
}
