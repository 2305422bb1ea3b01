import Foundation

/// The AD/ART rules in force for one meeting, frozen when registration opens (DOMAIN §6.2 state 0, §18).
public struct MeetingRules: Hashable, Sendable, Codable {
    public var quorumBase: QuorumBase
    public var quorumRule: QuorumRule
    /// Minutes after the scheduled start before an arrival counts as late (`late_grace_minutes`).
    public var lateGraceMinutes: Int
    /// The AD article that sets the quorum, printed next to the rule when known.
    public var quorumArticle: String
    /// How long to wait for quorum after an unmet check before the meeting may be postponed (`quorum_wait_minutes`).
    public var quorumWaitMinutes: Int
    public var quorumCheck: QuorumCheckPolicy
    public var voting: VotingRules
    public var shu: ShuPolicy
    /// The buku daftar anggota cut-off (`register_cutoff`, ISO `yyyy-MM-dd`, resolved when the settings are read):
    /// members who joined after it are peninjau — recorded when they attend, but not in N, not in H and
    /// without a vote (DOMAIN P5, §8.7, E30). nil: no cut-off (meeting files from before it was applied).
    public var registerCutoff: String?

    public init(
        quorumBase: QuorumBase = .registeredMembers, quorumRule: QuorumRule = .moreThanHalf,
        lateGraceMinutes: Int = 0, quorumArticle: String = "", quorumWaitMinutes: Int = 30,
        quorumCheck: QuorumCheckPolicy = .eachDecision, voting: VotingRules = .defaults, shu: ShuPolicy = .example,
        registerCutoff: String? = nil
    ) {
        self.registerCutoff = registerCutoff
        self.shu = shu
        self.quorumCheck = quorumCheck
        self.voting = voting
        self.quorumBase = quorumBase
        self.quorumRule = quorumRule
        self.lateGraceMinutes = lateGraceMinutes
        self.quorumArticle = quorumArticle
        self.quorumWaitMinutes = quorumWaitMinutes
    }

    public static let defaults = MeetingRules()

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case quorumBase = "quorum_base", quorumRule = "quorum_rule", lateGraceMinutes = "late_grace_minutes",
            quorumArticle = "quorum_article", quorumWaitMinutes = "quorum_wait_minutes", quorumCheck = "quorum_check",
            voting, shu, registerCutoff = "register_cutoff"
    }

    /// Whether `member` joined after the register cut-off: a peninjau in this meeting.
    public func isObserver(_ member: Member) -> Bool {
        guard let registerCutoff, !member.joinedOn.isEmpty else { return false }
        return member.joinedOn > registerCutoff
    }
}

extension MeetingRules {
    /// Rules added after the first meeting files are absent from those: the defaults of that time apply.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(quorumBase: try c.value(.quorumBase), quorumRule: try c.value(.quorumRule),
                  lateGraceMinutes: try c.value(.lateGraceMinutes), quorumArticle: try c.value(.quorumArticle),
                  quorumWaitMinutes: try c.optional(.quorumWaitMinutes) ?? Self.defaults.quorumWaitMinutes,
                  quorumCheck: try c.optional(.quorumCheck) ?? .eachDecision, voting: try c.optional(.voting) ?? .defaults,
                  shu: try c.optional(.shu) ?? .example, registerCutoff: try c.optional(.registerCutoff))
    }
}

/// The cooperative's identity and this meeting's schedule, as written in the settings file.
public struct CooperativeProfile: Hashable, Sendable {
    public var name: String
    public var abbreviation: String
    public var legalEntityNumber: String
    public var ratNumber: Int
    public var fiscalYear: Int
    public var timeZone: IndonesianTimeZone
    /// Scheduled start of the meeting; arrivals after it (plus grace) are late.
    public var scheduledStart: Date?
    public var place: String
    /// What the documents need beyond the meeting itself (DOMAIN §12.2).
    public var details = DocumentDetails()

    public init(
        name: String, abbreviation: String = "", legalEntityNumber: String = "", ratNumber: Int = 1,
        fiscalYear: Int, timeZone: IndonesianTimeZone = .wib, scheduledStart: Date? = nil, place: String = ""
    ) {
        self.name = name
        self.abbreviation = abbreviation
        self.legalEntityNumber = legalEntityNumber
        self.ratNumber = ratNumber
        self.fiscalYear = fiscalYear
        self.timeZone = timeZone
        self.scheduledStart = scheduledStart
        self.place = place
    }

    /// "RAT ke-12 Tahun Buku 2025".
    public var meetingTitle: String { "RAT ke-\(ratNumber) Tahun Buku \(fiscalYear)" }
}

/// Identity and document fields of the berita acara (DOMAIN §12.2–12.3), from koperasi.toml, correctable in the
/// meeting by a recorded `ba_details` command.
public struct DocumentDetails: Hashable, Sendable, Codable {
    public var legalEntityDate: String
    public var nik: String
    public var address: String
    public var city: String
    /// The sequence number in the BA number "01/BA-RAT/KSP-MB/III/2026".
    public var baSequence: Int
    /// Members present who sign the berita acara as witnesses (`ba_member_witnesses`).
    public var memberWitnesses: Int

    public init(legalEntityDate: String = "", nik: String = "", address: String = "", city: String = "", baSequence: Int = 1,
                memberWitnesses: Int = 2) {
        self.legalEntityDate = legalEntityDate
        self.nik = nik
        self.address = address
        self.city = city
        self.baSequence = baSequence
        self.memberWitnesses = memberWitnesses
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case legalEntityDate = "legal_entity_date", nik, address, city, baSequence = "ba_sequence",
            memberWitnesses = "member_witnesses"
    }
}

/// The three Indonesian time zones; documents print the abbreviation (DOMAIN E28).
public enum IndonesianTimeZone: String, Sendable, CaseIterable, Hashable, Codable {
    case wib = "WIB"
    case wita = "WITA"
    case wit = "WIT"

    public var hoursFromUTC: Int {
        switch self {
        case .wib: 7
        case .wita: 8
        case .wit: 9
        }
    }

    public var timeZone: TimeZone {
        TimeZone(secondsFromGMT: hoursFromUTC * 3600) ?? .gmt
    }
}
