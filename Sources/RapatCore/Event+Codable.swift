import Foundation

// Coded forms of the event payloads whose JSON shape is not their Swift shape. The journal writes them with
// sorted keys and hashes the bytes: names and shapes here are frozen, like `Event.Kind`'s raw values.

extension KeyedDecodingContainer {
    /// The value for `key`, of the type the caller expects.
    func value<T: Decodable>(_ key: Key) throws -> T { try decode(T.self, forKey: key) }
    /// The value for `key`, or nil when the key is absent (files written before it existed).
    func optional<T: Decodable>(_ key: Key) throws -> T? { try decodeIfPresent(T.self, forKey: key) }
}

extension Date {
    /// Milliseconds since 1970, as the journal stores dates.
    var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
    init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }
}

/// A value coded as one string, read back with `parse`.
private func decodeText<T>(_ decoder: any Decoder, _ parse: (String) -> T?) throws -> T {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = parse(text) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "\"\(text)\" tidak dikenal")
    }
    return value
}

private func encodeText(_ text: String, to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(text)
}

extension MemberNumber: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(decoder, MemberNumber.init) }
    public func encode(to encoder: any Encoder) throws { try encodeText(rawValue, to: encoder) }
}

/// "40", "2,5": exact, never a floating-point number.
extension Percentage: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(decoder, Percentage.init(text:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

/// "2/3".
extension Fraction: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(decoder, Fraction.init(text:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

/// As in the settings file: "more_than_half", "at_least 2/3".
extension QuorumRule: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(decoder, QuorumRule.init(settingValue:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(settingValue, to: encoder) }
}

/// An amount as integer sen.
extension Rupiah: Codable {
    public init(from decoder: any Decoder) throws { self.init(sen: try decoder.singleValueContainer().decode(Int64.self)) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sen)
    }
}

/// The scheduled start as milliseconds; `details` is absent in files written before documents existed.
extension CooperativeProfile: Codable {
    enum CodingKeys: String, CodingKey {
        case name, abbreviation, legalEntityNumber = "legal_entity_number", ratNumber = "rat_number"
        case fiscalYear = "fiscal_year", timeZone = "time_zone", scheduledStart = "scheduled_start_milliseconds", place
        case details
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.value(.name), abbreviation: try c.value(.abbreviation),
                  legalEntityNumber: try c.value(.legalEntityNumber), ratNumber: try c.value(.ratNumber),
                  fiscalYear: try c.value(.fiscalYear), timeZone: try c.value(.timeZone),
                  scheduledStart: try c.optional(.scheduledStart).map(Date.init(milliseconds:)), place: try c.value(.place))
        details = try c.optional(.details) ?? DocumentDetails()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(abbreviation, forKey: .abbreviation)
        try c.encode(legalEntityNumber, forKey: .legalEntityNumber)
        try c.encode(ratNumber, forKey: .ratNumber)
        try c.encode(fiscalYear, forKey: .fiscalYear)
        try c.encode(timeZone, forKey: .timeZone)
        try c.encodeIfPresent(scheduledStart?.milliseconds, forKey: .scheduledStart)
        try c.encode(place, forKey: .place)
        try c.encode(details, forKey: .details)
    }
}

/// The special majorities as a list sorted by motion kind; `tie_election` is absent in files written before it existed,
/// `sitting_officer_candidacy` in files written before it existed and whenever it is the default.
extension VotingRules: Codable {
    enum CodingKeys: String, CodingKey {
        case majorityBase = "majority_base", tieMotion = "tie_motion", tieElection = "tie_election"
        case tieRevotes = "tie_revotes", secretForPersons = "secret_for_persons", proxiesAllowed = "proxies_allowed"
        case maxProxiesPerHolder = "max_proxies_per_holder", arrearsPolicy = "arrears_policy"
        case recusalPolicy = "recusal_policy", special
        case sittingOfficerCandidacy = "sitting_officer_candidacy"
    }

    private struct Special: Codable {
        var kind: MotionKind
        var quorum: QuorumRule
        var approval: Fraction
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let special: [Special] = try c.value(.special)
        self.init(majorityBase: try c.value(.majorityBase), tieMotion: try c.value(.tieMotion),
                  tieElection: try c.optional(.tieElection) ?? .revoteThenLot, tieRevotes: try c.value(.tieRevotes),
                  secretForPersons: try c.value(.secretForPersons), proxiesAllowed: try c.value(.proxiesAllowed),
                  maxProxiesPerHolder: try c.value(.maxProxiesPerHolder), arrearsPolicy: try c.value(.arrearsPolicy),
                  recusalPolicy: try c.value(.recusalPolicy),
                  special: Dictionary(special.map { ($0.kind, SpecialMajority(quorum: $0.quorum, approval: $0.approval)) },
                                      uniquingKeysWith: { _, last in last }))
        sittingOfficerCandidacy = try c.optional(.sittingOfficerCandidacy) ?? .refuse
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(majorityBase, forKey: .majorityBase)
        try c.encode(tieMotion, forKey: .tieMotion)
        try c.encode(tieElection, forKey: .tieElection)
        try c.encode(tieRevotes, forKey: .tieRevotes)
        try c.encode(secretForPersons, forKey: .secretForPersons)
        try c.encode(proxiesAllowed, forKey: .proxiesAllowed)
        try c.encode(maxProxiesPerHolder, forKey: .maxProxiesPerHolder)
        try c.encode(arrearsPolicy, forKey: .arrearsPolicy)
        try c.encode(recusalPolicy, forKey: .recusalPolicy)
        try c.encode(special.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { Special(kind: $0.key, quorum: $0.value.quorum, approval: $0.value.approval) }, forKey: .special)
        // Written only when not the default, so journals of meetings with the default rules stay byte for byte as before.
        if sittingOfficerCandidacy != .refuse { try c.encode(sittingOfficerCandidacy, forKey: .sittingOfficerCandidacy) }
    }
}

/// The figures as `figures_sen`, figure key to amount in sen.
extension ReportRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, presenter, summary, figures = "figures_sen", agendaIndex = "agenda_index"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var figures: [ReportFigures.Key: Rupiah] = [:]
        for (name, sen) in try c.value(.figures) as [String: Int64] {
            guard let key = ReportFigures.Key(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: .figures, in: c,
                                                       debugDescription: "angka laporan \"\(name)\" tidak dikenal")
            }
            figures[key] = Rupiah(sen: sen)
        }
        self.init(kind: try c.value(.kind), presenter: try c.value(.presenter), summary: try c.value(.summary),
                  figures: ReportFigures(figures), agendaIndex: try c.value(.agendaIndex), at: .distantPast)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(presenter, forKey: .presenter)
        try c.encode(summary, forKey: .summary)
        try c.encode(Dictionary(uniqueKeysWithValues: figures.values.map { ($0.key.rawValue, $0.value.sen) }),
                     forKey: .figures)
        try c.encode(agendaIndex, forKey: .agendaIndex)
    }
}

/// The speaker as `member` (a member number) or `guest` (a name); exactly one is present.
extension QuestionEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case number, round, agendaIndex = "agenda_index", member, guest, category, question
        case answeredBy = "answered_by", answer, status
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let speaker: Speaker = if let member: MemberNumber = try c.optional(.member) {
            .member(member)
        } else {
            .guest(try c.value(.guest))
        }
        self.init(number: try c.value(.number), round: try c.value(.round), agendaIndex: try c.value(.agendaIndex),
                  speaker: speaker, category: try c.value(.category), question: try c.value(.question),
                  answeredBy: try c.value(.answeredBy), answer: try c.value(.answer), status: try c.value(.status),
                  at: .distantPast)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(round, forKey: .round)
        try c.encode(agendaIndex, forKey: .agendaIndex)
        switch speaker {
        case let .member(number): try c.encode(number, forKey: .member)
        case let .guest(name): try c.encode(name, forKey: .guest)
        }
        try c.encode(category, forKey: .category)
        try c.encode(question, forKey: .question)
        try c.encode(answeredBy, forKey: .answeredBy)
        try c.encode(answer, forKey: .answer)
        try c.encode(status, forKey: .status)
    }
}

/// Coding keys that hold a `VoteSubject` as `motion` or `election` (the number of either).
protocol VoteSubjectKeys: CodingKey {
    static var motion: Self { get }
    static var election: Self { get }
}

extension KeyedDecodingContainer where Key: VoteSubjectKeys {
    func subject() throws -> VoteSubject {
        if let motion: Int = try optional(.motion) { return .motion(motion) }
        if let election: Int = try optional(.election) { return .election(election) }
        throw DecodingError.keyNotFound(Key.motion, .init(codingPath: codingPath,
                                                          debugDescription: "pokok pemungutan suara tidak ada"))
    }
}

extension KeyedEncodingContainer where Key: VoteSubjectKeys {
    mutating func encode(_ subject: VoteSubject) throws {
        switch subject {
        case let .motion(number): try encode(number, forKey: .motion)
        case let .election(number): try encode(number, forKey: .election)
        }
    }
}

/// The subject as `motion` or `election`; the quorum declarations take the vote's date.
extension VoteOpening: Codable {
    enum CodingKeys: String, CodingKey, VoteSubjectKeys {
        case round, motion, election, method, agendaIndex = "agenda_index", eligible, recorded, excluded, candidates
        case seats, quorum, specialQuorum = "special_quorum"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(round: try c.value(.round), subject: try c.subject(), method: try c.value(.method),
                  agendaIndex: try c.value(.agendaIndex), eligible: try c.value(.eligible), recorded: try c.value(.recorded),
                  excluded: try c.value(.excluded), candidates: try c.value(.candidates), seats: try c.value(.seats),
                  quorum: try c.value(.quorum), specialQuorum: try c.optional(.specialQuorum), at: .distantPast)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(round, forKey: .round)
        try c.encode(subject)
        try c.encode(method, forKey: .method)
        try c.encode(agendaIndex, forKey: .agendaIndex)
        try c.encode(eligible, forKey: .eligible)
        try c.encode(recorded, forKey: .recorded)
        try c.encode(excluded, forKey: .excluded)
        try c.encode(candidates, forKey: .candidates)
        try c.encode(seats, forKey: .seats)
        try c.encode(quorum, forKey: .quorum)
        try c.encodeIfPresent(specialQuorum, forKey: .specialQuorum)
    }
}

/// The subject as `motion` or `election`.
extension VoteResult: Codable {
    enum CodingKeys: String, CodingKey, VoteSubjectKeys {
        case round, motion, election, method, eligible, yes, no, abstain, invalid, notVoting = "not_voting"
        case recordedYes = "recorded_yes", recordedNo = "recorded_no", recordedAbstain = "recorded_abstain"
        case majorityBase = "majority_base", base, approval, passed, tie, castingVote = "casting_vote"
        case candidateVotes = "candidate_votes", elected, tiedForLastSeat = "tied_for_last_seat", voidReason = "void_reason"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(round: try c.value(.round), subject: try c.subject(), method: try c.value(.method),
                  eligible: try c.value(.eligible), yes: try c.value(.yes), no: try c.value(.no),
                  abstain: try c.value(.abstain), invalid: try c.value(.invalid), notVoting: try c.value(.notVoting),
                  majorityBase: try c.value(.majorityBase), base: try c.value(.base), approval: try c.optional(.approval),
                  passed: try c.value(.passed), tie: try c.value(.tie), castingVote: try c.optional(.castingVote),
                  at: .distantPast)
        (recordedYes, recordedNo, recordedAbstain) = (try c.value(.recordedYes), try c.value(.recordedNo),
                                                      try c.value(.recordedAbstain))
        candidateVotes = try c.value(.candidateVotes)
        elected = try c.value(.elected)
        tiedForLastSeat = try c.value(.tiedForLastSeat)
        voidReason = try c.optional(.voidReason)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(round, forKey: .round)
        try c.encode(subject)
        try c.encode(method, forKey: .method)
        for (value, key) in [(eligible, CodingKeys.eligible), (yes, .yes), (no, .no), (abstain, .abstain),
                             (invalid, .invalid), (notVoting, .notVoting), (recordedYes, .recordedYes),
                             (recordedNo, .recordedNo), (recordedAbstain, .recordedAbstain), (base, .base)] {
            try c.encode(value, forKey: key)
        }
        try c.encode(majorityBase, forKey: .majorityBase)
        try c.encodeIfPresent(approval, forKey: .approval)
        try c.encode(passed, forKey: .passed)
        try c.encode(tie, forKey: .tie)
        try c.encodeIfPresent(castingVote, forKey: .castingVote)
        try c.encode(candidateVotes, forKey: .candidateVotes)
        try c.encode(elected, forKey: .elected)
        try c.encode(tiedForLastSeat, forKey: .tiedForLastSeat)
        try c.encodeIfPresent(voidReason, forKey: .voidReason)
    }
}
