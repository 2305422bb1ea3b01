import Foundation
import RapatCore

/// What the room's screen shows (`rapat layar` on a projector, `rapat siar` on members' phones): the quorum, the
/// agenda item, the last decision or vote result and the vote under way. Built from the state alone, it holds nothing
/// the room does not see announced: no member list and no names of who checked in (DECISIONS 75). The texts are the
/// documents' own sentences (the notulen's), so the screen and the minutes never word a decision two ways.
///
/// Its JSON is the shared contract of both screens (the SSE payload of `rapat siar`), with these exact keys:
/// `koperasi judul tahap kuorum{n h q sah label rumus} acara{nomor judul} terakhir{jenis teks pukul} suara_terbuka
/// peristiwa sidik diperbarui`; `acara`, `terakhir` and `suara_terbuka` are `null` when there is none.
public struct RoomView: Codable, Equatable, Sendable {
    /// Where the meeting is, as the room would name it.
    public enum Stage: String, Codable, Sendable, CaseIterable {
        case preparation = "Persiapan"
        case registration = "Pendaftaran"
        case sitting = "Sidang"
        case recess = "Skorsing"
        case postponed = "Ditunda"
        case closed = "Ditutup"
    }

    /// N, H and Q with the verdict and the formula, as the quorum panel shows them.
    public struct Quorum: Codable, Equatable, Sendable {
        /// N: members registered (the base of the quorum).
        public var registered: Int
        /// H: present and counting.
        public var present: Int
        /// Q: needed.
        public var required: Int
        public var isMet: Bool
        /// "SAH" when met, "BELUM" otherwise.
        public var label: String
        /// "lebih dari 1/2: ⌊133/2⌋+1 = 67".
        public var formula: String

        public init(_ status: QuorumStatus) {
            registered = status.registered
            present = status.present
            required = status.required
            isMet = status.isMet
            label = status.isMet ? "SAH" : "BELUM"
            formula = status.formula
        }

        enum CodingKeys: String, CodingKey {
            case registered = "n", present = "h", required = "q", isMet = "sah", label, formula = "rumus"
        }
    }

    /// The agenda item under discussion.
    public struct AgendaItemView: Codable, Equatable, Sendable {
        /// 1-based, as the susunan acara numbers it.
        public var number: Int
        public var title: String

        public init(number: Int, title: String) {
            self.number = number
            self.title = title
        }

        enum CodingKeys: String, CodingKey { case number = "nomor", title = "judul" }
    }

    /// The last thing decided: a decision, or a closed vote's result (a void round, an election).
    public struct Latest: Codable, Equatable, Sendable {
        public enum Kind: String, Codable, Sendable {
            case decision = "keputusan"
            case voteResult = "hasil_suara"
        }

        public var kind: Kind
        public var text: String
        /// "10.42 WITA", in the cooperative's zone.
        public var time: String

        public init(kind: Kind, text: String, time: String) {
            self.kind = kind
            self.text = text
            self.time = time
        }

        enum CodingKeys: String, CodingKey { case kind = "jenis", text = "teks", time = "pukul" }
    }

    public var cooperative: String
    public var title: String
    public var stage: Stage
    public var quorum: Quorum
    public var agendaItem: AgendaItemView?
    public var latest: Latest?
    public var openVote: String?
    /// Events in the journal, and its final digest (the 16 hexadecimal characters a berita acara prints first).
    public var eventCount: Int64
    public var digest: String
    /// When this view was made, to the second.
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case cooperative = "koperasi", title = "judul", stage = "tahap", quorum = "kuorum", agendaItem = "acara"
        case latest = "terakhir", openVote = "suara_terbuka", eventCount = "peristiwa", digest = "sidik"
        case updatedAt = "diperbarui"
    }

    public init(cooperative: String, title: String, stage: Stage, quorum: Quorum, agendaItem: AgendaItemView?,
                latest: Latest?, openVote: String?, eventCount: Int64, digest: String, updatedAt: Date) {
        self.cooperative = cooperative
        self.title = title
        self.stage = stage
        self.quorum = quorum
        self.agendaItem = agendaItem
        self.latest = latest
        self.openVote = openVote
        self.eventCount = eventCount
        self.digest = digest
        self.updatedAt = Date(timeIntervalSince1970: (updatedAt.timeIntervalSince1970).rounded(.down))
    }

    /// The view of `state`, a journal of `eventCount` events ending in `digest` (only its first 16 characters are
    /// kept), made at `now`.
    public init(state: MeetingState, eventCount: Int64, digest: String, now: Date) {
        let profile = state.opening?.profile
        let zone = state.timeZone
        self.init(
            cooperative: profile?.name ?? state.cooperativeName,
            title: profile.map { "Rapat Anggota Tahunan (RAT) ke-\($0.ratNumber) Tahun Buku \($0.fiscalYear)" } ?? "",
            stage: Self.stage(of: state),
            quorum: Quorum(state.quorum),
            agendaItem: state.currentAgendaIndex.flatMap { index in
                state.agenda.items.indices.contains(index)
                    ? AgendaItemView(number: index + 1, title: state.agenda.items[index].title) : nil
            },
            latest: Self.latest(in: state, zone: zone),
            openVote: state.openVote.map {
                "Pemungutan suara sedang berlangsung: " + VoteRecordReport.subject($0.opening.subject, state) + "."
            },
            eventCount: eventCount, digest: String(digest.prefix(16)), updatedAt: now)
    }

    static func stage(of state: MeetingState) -> Stage {
        if state.closedAt != nil { return .closed }
        switch state.phase {
        case .preparation: return .preparation
        case .registration: return .registration
        case .postponed: return .postponed
        case .closed: return .closed
        case .opened: return state.postponement != nil ? .postponed : state.currentRecess != nil ? .recess : .sitting
        }
    }

    /// The later of the last decision and the last closed vote; a decision recorded by closing a vote comes after
    /// that vote in the journal, so on the same minute the decision is shown.
    static func latest(in state: MeetingState, zone: IndonesianTimeZone) -> Latest? {
        let clock = { (date: Date) in "\(IndonesianFormat.clock(date, zone: zone)) \(zone.rawValue)" }
        // Withdrawn decisions are gone from `decisions` already; the check keeps it so if that ever changes.
        let decision = state.decisions.last { !state.withdrawnDecisions.contains($0.number) }
        let vote = state.closedVotes.last
        if let vote, decision.map({ vote.result.at > $0.at }) ?? true {
            // The notulen's sentence; who was kept out of the vote is named in the rekap suara, not on the wall.
            let summary = MinutesReport.voteSummary(vote.round, vote.result, state)
                .filter { !$0.hasPrefix("Tidak ikut memberi suara") }
            let text = VoteRecordReport.subject(vote.round.opening.subject, state) + ". Pemungutan suara "
                + "\(vote.result.round) ditutup. " + summary.joined(separator: " ")
            return Latest(kind: .voteResult, text: text, time: clock(vote.result.at))
        }
        return decision.map { Latest(kind: .decision, text: MinutesReport.decision($0), time: clock($0.at)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(cooperative, forKey: .cooperative)
        try c.encode(title, forKey: .title)
        try c.encode(stage, forKey: .stage)
        try c.encode(quorum, forKey: .quorum)
        // Absent parts are written as null, so a page can tell "none" from an old payload.
        try c.encode(agendaItem, forKey: .agendaItem)
        try c.encode(latest, forKey: .latest)
        try c.encode(openVote, forKey: .openVote)
        try c.encode(eventCount, forKey: .eventCount)
        try c.encode(digest, forKey: .digest)
        try c.encode(Self.isoFormatter().string(from: updatedAt), forKey: .updatedAt)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let stamp = try c.decode(String.self, forKey: .updatedAt)
        guard let updatedAt = Self.isoFormatter().date(from: stamp) else {
            throw DecodingError.dataCorruptedError(forKey: .updatedAt, in: c,
                                                   debugDescription: "diperbarui bukan waktu ISO-8601: \(stamp)")
        }
        self.init(cooperative: try c.decode(String.self, forKey: .cooperative), title: try c.decode(String.self, forKey: .title),
                  stage: try c.decode(Stage.self, forKey: .stage), quorum: try c.decode(Quorum.self, forKey: .quorum),
                  agendaItem: try c.decodeIfPresent(AgendaItemView.self, forKey: .agendaItem),
                  latest: try c.decodeIfPresent(Latest.self, forKey: .latest),
                  openVote: try c.decodeIfPresent(String.self, forKey: .openVote),
                  eventCount: try c.decode(Int64.self, forKey: .eventCount), digest: try c.decode(String.self, forKey: .digest),
                  updatedAt: updatedAt)
    }

    /// "2026-03-21T02:42:10Z" (UTC, whole seconds).
    private static func isoFormatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }

    /// The JSON of the contract, keys sorted (the SSE payload of `rapat siar`).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
