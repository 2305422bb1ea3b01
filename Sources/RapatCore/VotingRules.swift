import Foundation

/// The base a majority is measured against (DOMAIN §8.3, config `majority_base`).
public enum MajorityBase: String, Sendable, CaseIterable, Hashable, Codable {
    /// setuju + tidak setuju (default): abstain and invalid do not count.
    case validVotes = "valid_votes"
    /// Every vote cast, abstain and invalid included.
    case votesCast = "votes_cast"
    /// Every eligible member present when the vote opened.
    case presentEligible = "present_eligible"

    public var label: String {
        switch self {
        case .validVotes: "suara sah (setuju + tidak setuju)"
        case .votesCast: "suara masuk (termasuk abstain dan tidak sah)"
        case .presentEligible: "anggota berhak suara yang hadir"
        }
    }
}

/// A fraction p/q of a base, compared in integers: `count × q ≥ p × base`.
public struct Fraction: Hashable, Sendable, CustomStringConvertible {
    public var numerator: Int
    public var denominator: Int

    public init(_ numerator: Int, _ denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public var description: String { "\(numerator)/\(denominator)" }

    /// Parses "2/3"; nil unless 0 < p ≤ q.
    public init?(text: String) {
        let parts = text.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let p = Int(parts[0]), let q = Int(parts[1]), p > 0, q > 0, p <= q else { return nil }
        self.init(p, q)
    }
}

/// What a tie on a motion means (config `tie_motion`).
public enum TieMotionPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    /// The motion is rejected (default, DOMAIN §8.4).
    case rejected
    /// The chair decides, only where the AD says so; the casting vote is recorded.
    case chairCastingVote = "chair_casting_vote"
}

/// How candidates still tied after the re-votes are settled (config `tie_election`, DOMAIN §8.4).
public enum TieElectionPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    /// A lot drawn by the app before witnesses (default).
    case revoteThenLot = "revote_then_lot"
    /// Musyawarah among the tied candidates, recorded as a decision by mufakat.
    case revoteThenConsensus = "revote_then_musyawarah"
}

/// Whether members in arrears vote and count (config `arrears_policy`, DOMAIN §8.7).
public enum ArrearsPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    case vote
    case suspendVoteKeepQuorum = "suspend_vote_keep_quorum"
    case suspendVoteAndQuorum = "suspend_vote_and_quorum"
}

/// Pengurus voting on their own LPJ, pengawas on theirs (config `recusal_policy`, DOMAIN E12).
public enum RecusalPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    /// They vote; their votes are tallied apart and printed ("termasuk k suara pengurus").
    case record
    /// They do not vote on it and are left out of its base.
    case exclude
}

/// A special quorum and approval for one kind of motion (DOMAIN §7.6).
public struct SpecialMajority: Hashable, Sendable {
    public var quorum: QuorumRule
    /// Approval as a fraction of the majority base.
    public var approval: Fraction

    public init(quorum: QuorumRule, approval: Fraction) {
        self.quorum = quorum
        self.approval = approval
    }
}

/// The voting rules of the AD/ART, frozen with the meeting rules when registration opens (DOMAIN §8, §18).
public struct VotingRules: Hashable, Sendable {
    public var majorityBase: MajorityBase
    public var tieMotion: TieMotionPolicy
    public var tieElection: TieElectionPolicy
    /// Re-votes among candidates tied for the last seat before a lot is drawn (`tie_revotes`).
    public var tieRevotes: Int
    public var secretForPersons: Bool
    public var proxiesAllowed: Bool
    public var maxProxiesPerHolder: Int
    public var arrearsPolicy: ArrearsPolicy
    public var recusalPolicy: RecusalPolicy
    /// A sitting pengurus standing for pengawas, or the reverse (`sitting_officer_candidacy`).
    public var sittingOfficerCandidacy: SittingOfficerPolicy = .refuse
    /// Special quorum and approval by motion kind; kinds not listed follow the ordinary rules.
    public var special: [MotionKind: SpecialMajority]

    public init(
        majorityBase: MajorityBase = .validVotes, tieMotion: TieMotionPolicy = .rejected,
        tieElection: TieElectionPolicy = .revoteThenLot, tieRevotes: Int = 1,
        secretForPersons: Bool = true, proxiesAllowed: Bool = false, maxProxiesPerHolder: Int = 1,
        arrearsPolicy: ArrearsPolicy = .vote, recusalPolicy: RecusalPolicy = .record,
        special: [MotionKind: SpecialMajority] = VotingRules.defaultSpecial,
        sittingOfficerCandidacy: SittingOfficerPolicy = .refuse
    ) {
        self.sittingOfficerCandidacy = sittingOfficerCandidacy
        self.majorityBase = majorityBase
        self.tieMotion = tieMotion
        self.tieElection = tieElection
        self.tieRevotes = tieRevotes
        self.secretForPersons = secretForPersons
        self.proxiesAllowed = proxiesAllowed
        self.maxProxiesPerHolder = maxProxiesPerHolder
        self.arrearsPolicy = arrearsPolicy
        self.recusalPolicy = recusalPolicy
        self.special = special
    }

    /// DOMAIN §7.6: pembubaran ≥ 3/4 of members and 2/3 of valid votes; penggabungan as pembubaran;
    /// perubahan AD ≥ 2/3 and 2/3.
    public static let defaultSpecial: [MotionKind: SpecialMajority] = [
        .dissolution: SpecialMajority(quorum: .atLeast(numerator: 3, denominator: 4), approval: Fraction(2, 3)),
        .merger: SpecialMajority(quorum: .atLeast(numerator: 3, denominator: 4), approval: Fraction(2, 3)),
        .articlesAmendment: SpecialMajority(quorum: .atLeast(numerator: 2, denominator: 3), approval: Fraction(2, 3)),
    ]

    public static let defaults = VotingRules()
}
