import Foundation

/// An election of pengurus or pengawas (DOMAIN §9): seats, term, candidates, and how far it has got.
public struct Election: Hashable, Sendable, Codable {
    public var number: Int
    public var agendaIndex: Int
    public var body: OfficeBody
    public var seats: Int
    /// The period of office, e.g. "2026–2030".
    public var term: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast
    public internal(set) var candidates: [MemberNumber] = []
    /// Winners secured so far (earlier rounds of this election).
    public internal(set) var elected: [MemberNumber] = []
    /// After a tie across the last seat: the tied candidates, who alone stand in the re-vote or the lot.
    public internal(set) var contenders: [MemberNumber] = []
    /// Rounds held that were re-votes among tied candidates.
    public internal(set) var revotes = 0
    /// Who chairs this item when a member of the pimpinan rapat stands (E-7).
    public internal(set) var substituteChair: String?
    public internal(set) var decided = false

    public init(number: Int, agendaIndex: Int, body: OfficeBody, seats: Int, term: String, at: Date) {
        self.number = number
        self.agendaIndex = agendaIndex
        self.body = body
        self.seats = seats
        self.term = term
        self.at = at
    }

    public var seatsOpen: Int { seats - elected.count }
    /// Who is on the next ballot: the tied contenders after a tie, else every candidate.
    public var ballot: [MemberNumber] { contenders.isEmpty ? candidates : contenders }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case number, agendaIndex = "agenda_index", body, seats, term
    }
}

/// A lot drawn by the app among tied candidates, reproducible from its seed, with the witnesses (DOMAIN §8.4).
public struct LotDraw: Hashable, Sendable, Codable {
    public var election: Int
    public var seed: UInt64
    public var witnesses: [String]
    public var among: [MemberNumber]
    public var winners: [MemberNumber]
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(election: Int, seed: UInt64, witnesses: [String], among: [MemberNumber], winners: [MemberNumber], at: Date) {
        self.election = election
        self.seed = seed
        self.witnesses = witnesses
        self.among = among
        self.winners = winners
        self.at = at
    }

    /// The first `seats` of the tied candidates (sorted by number) shuffled with `seed`.
    public static func winners(among tied: [MemberNumber], seats: Int, seed: UInt64) -> [MemberNumber] {
        Array(SplitMix64.shuffled(tied.sorted(), seed: seed).prefix(seats))
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case election, seed, witnesses, among, winners
    }
}

/// A proxy (surat kuasa) registered where the AD allows proxies (DOMAIN §8.6).
public struct ProxyGrant: Hashable, Sendable {
    public var principal: MemberNumber
    public var holder: MemberNumber
    public var letter: String
    public var at: Date

    public init(principal: MemberNumber, holder: MemberNumber, letter: String, at: Date) {
        self.principal = principal
        self.holder = holder
        self.letter = letter
        self.at = at
    }
}
