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
public struct DocumentDetails: Hashable, Sendable {
    public var legalEntityDate: String
    public var nik: String
    public var address: String
    public var city: String
    /// The sequence number in the BA number "01/BA-RAT/KSP-MB/III/2026".
    public var baSequence: Int
    /// Members present who sign the berita acara as witnesses (`ba_member_witnesses`).
    public var memberWitnesses: Int
    /// `rat_ke` was not in the settings: the RAT number 1 is assumed, and the documents say so.
    public var ratNumberAssumed = false
    /// Luring, daring or campuran (`[rapat] cara_hadir`).
    public var attendanceMode = AttendanceMode.inPerson
    /// The witnesses who sign, by name or member number (`[rapat] saksi`).
    public var witnesses: [String] = []
    /// Invited guests: instansi or names (`[rapat] tamu_undangan`).
    public var guests: [String] = []
    /// The Dasar block (`[dasar]`): AD and ART articles on the RAT, the pengurus decree holding it, the invitation.
    public var basis = MeetingBasis()

    public init(legalEntityDate: String = "", nik: String = "", address: String = "", city: String = "", baSequence: Int = 1,
                memberWitnesses: Int = 2) {
        self.legalEntityDate = legalEntityDate
        self.nik = nik
        self.address = address
        self.city = city
        self.baSequence = baSequence
        self.memberWitnesses = memberWitnesses
    }

    /// The stored names: frozen, they are hashed into every journal. The fields after `member_witnesses` are written
    /// only when set, so a profile without them keeps the bytes it had before they existed.
    enum CodingKeys: String, CodingKey {
        case legalEntityDate = "legal_entity_date", nik, address, city, baSequence = "ba_sequence",
            memberWitnesses = "member_witnesses", ratNumberAssumed = "rat_number_assumed",
            attendanceMode = "attendance_mode", witnesses, guests, basis
    }
}

extension DocumentDetails: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(legalEntityDate: try c.value(.legalEntityDate), nik: try c.value(.nik), address: try c.value(.address),
                  city: try c.value(.city), baSequence: try c.value(.baSequence), memberWitnesses: try c.value(.memberWitnesses))
        ratNumberAssumed = try c.optional(.ratNumberAssumed) ?? false
        attendanceMode = try c.optional(.attendanceMode) ?? .inPerson
        witnesses = try c.optional(.witnesses) ?? []
        guests = try c.optional(.guests) ?? []
        basis = try c.optional(.basis) ?? MeetingBasis()
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(legalEntityDate, forKey: .legalEntityDate)
        try c.encode(nik, forKey: .nik)
        try c.encode(address, forKey: .address)
        try c.encode(city, forKey: .city)
        try c.encode(baSequence, forKey: .baSequence)
        try c.encode(memberWitnesses, forKey: .memberWitnesses)
        if ratNumberAssumed { try c.encode(true, forKey: .ratNumberAssumed) }
        if attendanceMode != .inPerson { try c.encode(attendanceMode, forKey: .attendanceMode) }
        if !witnesses.isEmpty { try c.encode(witnesses, forKey: .witnesses) }
        if !guests.isEmpty { try c.encode(guests, forKey: .guests) }
        if basis != MeetingBasis() { try c.encode(basis, forKey: .basis) }
    }
}

/// How members attend (DOMAIN §12.2 "luring / daring"; PM19 Ps 16). Online attendance is not recorded yet: the
/// documents count daring as 0.
public enum AttendanceMode: String, Sendable, CaseIterable, Hashable, Codable {
    case inPerson = "luring"
    case online = "daring"
    case hybrid = "campuran"

    /// "luring (tatap muka)".
    public var label: String {
        switch self {
        case .inPerson: "luring (tatap muka)"
        case .online: "daring"
        case .hybrid: "luring dan daring"
        }
    }
}

/// The Dasar (Mengingat) of the berita acara beyond UU 25/1992: each empty field leaves its line out.
/// Dates are ISO `yyyy-MM-dd`, checked when the settings are read.
public struct MeetingBasis: Hashable, Sendable, Codable {
    /// "Pasal 22" of the Anggaran Dasar on the Rapat Anggota.
    public var adArticle = ""
    /// "Pasal 10" of the Anggaran Rumah Tangga.
    public var artArticle = ""
    /// The Keputusan Pengurus on holding the RAT: number and date.
    public var decreeNumber = ""
    public var decreeDate = ""
    /// The undangan: number and date, and the date the RAT materials were distributed.
    public var invitationNumber = ""
    public var invitationDate = ""
    public var materialsDate = ""

    public init(adArticle: String = "", artArticle: String = "", decreeNumber: String = "", decreeDate: String = "",
                invitationNumber: String = "", invitationDate: String = "", materialsDate: String = "") {
        self.adArticle = adArticle
        self.artArticle = artArticle
        self.decreeNumber = decreeNumber
        self.decreeDate = decreeDate
        self.invitationNumber = invitationNumber
        self.invitationDate = invitationDate
        self.materialsDate = materialsDate
    }

    /// The stored names: frozen once written. Only the fields that are set are written.
    enum CodingKeys: String, CodingKey {
        case adArticle = "ad_article", artArticle = "art_article", decreeNumber = "decree_number",
            decreeDate = "decree_date", invitationNumber = "invitation_number", invitationDate = "invitation_date",
            materialsDate = "materials_date"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(adArticle: try c.optional(.adArticle) ?? "", artArticle: try c.optional(.artArticle) ?? "",
                  decreeNumber: try c.optional(.decreeNumber) ?? "", decreeDate: try c.optional(.decreeDate) ?? "",
                  invitationNumber: try c.optional(.invitationNumber) ?? "",
                  invitationDate: try c.optional(.invitationDate) ?? "", materialsDate: try c.optional(.materialsDate) ?? "")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in [(CodingKeys.adArticle, adArticle), (.artArticle, artArticle), (.decreeNumber, decreeNumber),
                             (.decreeDate, decreeDate), (.invitationNumber, invitationNumber),
                             (.invitationDate, invitationDate), (.materialsDate, materialsDate)] where !value.isEmpty {
            try c.encode(value, forKey: key)
        }
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
