import Foundation

/// How a decision was reached without a vote (votes arrive with issue 4).
public enum DecisionMethod: String, Sendable, CaseIterable, Hashable, Codable {
    case consensus = "mufakat"
    case acclamation = "aklamasi"
    case vote = "pemungutan_suara"
    /// An election tie settled by a lot drawn with witnesses.
    case lot = "undian"

    public var label: String {
        switch self {
        case .consensus: "musyawarah mufakat"
        case .acclamation: "aklamasi"
        case .vote: "pemungutan suara"
        case .lot: "undian"
        }
    }
}

/// The outcome of a decision, e.g. on the pengurus' report (DOMAIN §10).
public enum DecisionOutcome: String, Sendable, CaseIterable, Hashable, Codable {
    case accepted = "diterima"
    case acceptedWithNotes = "diterima_dengan_catatan"
    case rejected = "ditolak"

    public var label: String {
        switch self {
        case .accepted: "diterima"
        case .acceptedWithNotes: "diterima dengan catatan"
        case .rejected: "ditolak"
        }
    }
}

/// A numbered decision of the meeting, with the number of counted members present when it was taken.
public struct Decision: Hashable, Sendable, Codable {
    public var number: Int
    public var agendaIndex: Int
    public var text: String
    public var method: DecisionMethod
    public var outcome: DecisionOutcome
    public var notes: [String]
    public var present: Int
    /// The motion or election decided, and the vote round that decided it.
    public var motion: Int?
    public var election: Int?
    public var voteRound: Int?
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(number: Int, agendaIndex: Int, text: String, method: DecisionMethod, outcome: DecisionOutcome,
                notes: [String], present: Int, motion: Int? = nil, election: Int? = nil, voteRound: Int? = nil,
                at: Date) {
        self.motion = motion
        self.election = election
        self.voteRound = voteRound
        self.number = number
        self.agendaIndex = agendaIndex
        self.text = text
        self.method = method
        self.outcome = outcome
        self.notes = notes
        self.present = present
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case number, agendaIndex = "agenda_index", text, method, outcome, notes, present, motion, election,
            voteRound = "vote_round"
    }
}

/// A free note of the minutes on an agenda item; corrections are new entries that point back to it.
public struct MinuteNote: Hashable, Sendable, Codable {
    public var number: Int
    public var agendaIndex: Int
    public var text: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast
    /// Set on a correction: the note it amends and why.
    public var amends: Int?
    public var reason: String?

    public init(number: Int, agendaIndex: Int, text: String, at: Date, amends: Int? = nil, reason: String? = nil) {
        self.number = number
        self.agendaIndex = agendaIndex
        self.text = text
        self.at = at
        self.amends = amends
        self.reason = reason
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case number, agendaIndex = "agenda_index", text, amends, reason
    }
}

/// How the pimpinan rapat was chosen (DOMAIN §6.2 state 4, E-8: record it truthfully).
public enum PresidiumSelection: String, Sendable, CaseIterable, Hashable, Codable {
    case acclamation = "aklamasi"
    case elected = "dipilih"
    case perArticlesOfAssociation = "per_ad"

    public var label: String {
        switch self {
        case .acclamation: "secara aklamasi"
        case .elected: "dipilih oleh anggota"
        case .perArticlesOfAssociation: "menurut Anggaran Dasar"
        }
    }
}

/// The pimpinan rapat and the notulis.
public struct Presidium: Hashable, Sendable, Codable {
    public var chair: String
    public var secretary: String
    public var members: [String]
    public var selection: PresidiumSelection
    public var notetaker: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(chair: String, secretary: String, members: [String], selection: PresidiumSelection, notetaker: String, at: Date) {
        self.chair = chair
        self.secretary = secretary
        self.members = members
        self.selection = selection
        self.notetaker = notetaker
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case chair, secretary, members, selection, notetaker
    }
}

/// When quorum is re-checked (DOMAIN §7.5, config `quorum_check`).
public enum QuorumCheckPolicy: String, Sendable, CaseIterable, Hashable, Codable {
    /// Every decision needs H(t) ≥ Q (default).
    case eachDecision = "each_decision"
    /// Quorum is checked at the opening only; the number present is still printed with each decision.
    case openingOnly = "opening_only"
}
