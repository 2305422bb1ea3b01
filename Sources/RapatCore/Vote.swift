import Foundation

/// How a vote is taken, chosen per motion (DOMAIN §8.5).
public enum VoteMethod: String, Sendable, CaseIterable, Hashable, Codable {
    /// Show of hands or standing: the secretary enters the counts.
    case show = "terbuka"
    /// Named roll-call: each eligible member present recorded once.
    case rollCall = "nama"
    /// Secret paper ballot: only totals, never who voted for whom.
    case secret = "rahasia"

    public var label: String {
        switch self {
        case .show: "terbuka (angkat tangan)"
        case .rollCall: "terbuka per nama"
        case .secret: "tertutup (surat suara)"
        }
    }
}

/// A member's vote on a motion.
public enum VoteChoice: String, Sendable, CaseIterable, Hashable, Codable {
    case yes = "setuju"
    case no = "tidak_setuju"
    case abstain = "abstain"

    public var label: String {
        switch self {
        case .yes: "setuju"
        case .no: "tidak setuju"
        case .abstain: "abstain"
        }
    }
}

/// What a vote decides.
public enum VoteSubject: Hashable, Sendable {
    case motion(Int)
    case election(Int)
}

/// Spoiled ballots of one kind, with the reason (DOMAIN §8.4).
public struct InvalidBallots: Hashable, Sendable, Codable {
    public var reason: String
    public var count: Int

    public init(reason: String, count: Int) {
        self.reason = reason
        self.count = count
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case reason, count
    }
}

/// The count of a secret ballot: issued, returned, per option (setuju/tidak setuju, or per candidate), blank
/// and invalid ballots. Returned must equal the sum of the rest.
public struct BallotCount: Hashable, Sendable, Codable {
    public var issued: Int
    public var returned: Int
    public var perOption: [Int]
    public var blank: Int
    public var invalid: [InvalidBallots]

    public init(issued: Int, returned: Int, perOption: [Int], blank: Int, invalid: [InvalidBallots]) {
        self.issued = issued
        self.returned = returned
        self.perOption = perOption
        self.blank = blank
        self.invalid = invalid
    }

    public var invalidTotal: Int { invalid.reduce(0) { $0 + $1.count } }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case issued, returned, perOption = "per_option", blank, invalid
    }
}

/// Counts entered for an open vote by show of hands.
public struct HandCount: Hashable, Sendable, Codable {
    public var yes: Int
    public var no: Int
    public var abstain: Int

    public init(yes: Int, no: Int, abstain: Int) {
        self.yes = yes
        self.no = no
        self.abstain = abstain
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case yes, no, abstain
    }
}

/// Frozen when a vote opens: who may vote, with the quorum checks that allowed it (DOMAIN §8.7, E3).
public struct VoteOpening: Hashable, Sendable {
    public var round: Int
    public var subject: VoteSubject
    public var method: VoteMethod
    public var agendaIndex: Int
    /// Eligible voters present at that moment (and absent principals whose proxy holder is present), sorted.
    public var eligible: [MemberNumber]
    /// Eligible voters whose votes are tallied apart under `recusal_policy = record` (pengurus on their LPJ).
    public var recorded: [MemberNumber]
    /// Members left out under `recusal_policy = exclude`, or for arrears, with the reason shown when they try.
    public var excluded: [MemberNumber]
    /// For an election round: the candidates on the ballot and the seats this round fills.
    public var candidates: [MemberNumber]
    public var seats: Int
    /// The ordinary quorum at that moment, and the special one when the motion's kind has it.
    public var quorum: QuorumDeclaration
    public var specialQuorum: QuorumDeclaration?
    public var at: Date

    public init(round: Int, subject: VoteSubject, method: VoteMethod, agendaIndex: Int, eligible: [MemberNumber],
                recorded: [MemberNumber] = [], excluded: [MemberNumber] = [], candidates: [MemberNumber] = [],
                seats: Int = 0, quorum: QuorumDeclaration, specialQuorum: QuorumDeclaration? = nil, at: Date) {
        self.round = round
        self.subject = subject
        self.method = method
        self.agendaIndex = agendaIndex
        self.eligible = eligible
        self.recorded = recorded
        self.excluded = excluded
        self.candidates = candidates
        self.seats = seats
        self.quorum = quorum
        self.specialQuorum = specialQuorum
        self.at = at
    }
}

/// A vote in progress: the frozen opening plus what has been entered so far.
public struct VoteRound: Sendable {
    public var opening: VoteOpening
    /// Roll-call votes by member.
    public internal(set) var ballots: [MemberNumber: VoteChoice] = [:]
    public internal(set) var hands: HandCount?
    public internal(set) var paper: BallotCount?
    let eligibleSet: Set<MemberNumber>
    let recordedSet: Set<MemberNumber>
    let excludedSet: Set<MemberNumber>

    init(_ opening: VoteOpening) {
        self.opening = opening
        eligibleSet = Set(opening.eligible)
        recordedSet = Set(opening.recorded)
        excludedSet = Set(opening.excluded)
    }

    public func isEligible(_ number: MemberNumber) -> Bool { eligibleSet.contains(number) }
    public func isExcluded(_ number: MemberNumber) -> Bool { excludedSet.contains(number) }
    public func isRecorded(_ number: MemberNumber) -> Bool { recordedSet.contains(number) }
}
