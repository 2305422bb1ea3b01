import Foundation
import RapatText

/// A vote or an election still open: nothing moves on, postpones or closes over it (DECISIONS 33).
public enum OpenMatter: Hashable, Sendable {
    /// A vote round under way, with what it is about ("usul 1 \"Mengesahkan …\"", "pemilihan pengurus").
    case vote(round: Int, about: String)
    /// An election opened and not yet decided.
    case election(number: Int, body: OfficeBody)

    /// "pemungutan suara putaran 2 tentang usul 1 "…" masih terbuka: tutup dulu dengan close_vote".
    public var description: String {
        switch self {
        case let .vote(round, about):
            return tr("core.openMatter.vote", ["round": round, "about": about])
        case let .election(number, body):
            return tr("core.openMatter.election", ["body": body.rawValue, "n": number])
        }
    }
}

/// What the berita acara RAT still lacks (DOMAIN §12.2 [R] fields, and the matters still open). The documents
/// layer names the same gaps with its own hints; here nothing names a key of the desk.
public enum BeritaAcaraGap: Hashable, Sendable {
    case registrationNotOpen
    case legalEntityNumber
    case legalEntityDate
    case place
    case meetingNotOpened
    case meetingNotClosed
    case quorumNeverMet
    case noPresidium
    case noDecisions
    case open(OpenMatter)

    /// The field of the berita acara that is empty.
    public var field: String {
        switch self {
        case .registrationNotOpen: tr("core.gap.registration")
        case .legalEntityNumber: tr("core.gap.legalEntityNumber")
        case .legalEntityDate: tr("core.gap.legalEntityDate")
        case .place: tr("core.gap.place")
        case .meetingNotOpened: tr("core.gap.openedAt")
        case .meetingNotClosed: tr("core.gap.closedAt")
        case .quorumNeverMet: tr("core.gap.quorum")
        case .noPresidium: tr("core.gap.presidium")
        case .noDecisions: tr("core.gap.decisions")
        case .open(.vote): tr("core.gap.vote")
        case .open(.election): tr("core.gap.election")
        }
    }

    /// How to fill it, in commands (the desk maps them to its keys).
    public var fix: String {
        let details = tr("core.gap.fix.details")
        switch self {
        case .registrationNotOpen: return tr("core.gap.fix.registration")
        case .legalEntityNumber: return "nomor_badan_hukum: \(details)"
        case .legalEntityDate: return "tanggal_badan_hukum: \(details)"
        case .place: return "tempat: \(details)"
        case .meetingNotOpened: return tr("core.gap.fix.openedAt")
        case .meetingNotClosed: return tr("core.gap.fix.closedAt")
        case .quorumNeverMet: return tr("core.gap.fix.quorum")
        case .noPresidium: return tr("core.gap.fix.presidium")
        case .noDecisions: return tr("core.gap.fix.decisions")
        case let .open(matter): return matter.description
        }
    }

    /// "Pimpinan rapat kosong: …".
    public var description: String { tr("core.gap.description", ["field": field, "fix": fix]) }
}

extension MeetingState {
    /// Votes and elections still open, the vote first.
    public var openMatters: [OpenMatter] {
        var matters: [OpenMatter] = []
        if let openVote { matters.append(.vote(round: openVote.opening.round, about: about(openVote.opening.subject))) }
        for election in elections where !election.decided {
            matters.append(.election(number: election.number, body: election.body))
        }
        return matters
    }

    /// Refuses moving on, postponing or closing while a vote or an election is open, naming it.
    func requireNothingOpen() throws(RapatError) {
        if let matter = openMatters.first { throw .matterStillOpen(matter) }
    }

    /// What the berita acara RAT still lacks, in the order of DOMAIN §12.2; empty when it can be finalised.
    /// The documents' `BeritaAcaraModel.missingFields` is built from this list.
    public var beritaAcaraGaps: [BeritaAcaraGap] {
        guard let profile = documentProfile else { return [.registrationNotOpen] }
        var gaps: [BeritaAcaraGap] = []
        if profile.legalEntityNumber.isEmpty { gaps.append(.legalEntityNumber) }
        if profile.details.legalEntityDate.isEmpty { gaps.append(.legalEntityDate) }
        if profile.place.isEmpty { gaps.append(.place) }
        if meetingOpenedAt == nil { gaps.append(.meetingNotOpened) }
        if closedAt == nil, postponement == nil { gaps.append(.meetingNotClosed) }
        if !quorumDeclarations.contains(where: \.isMet) { gaps.append(.quorumNeverMet) }
        if presidium == nil { gaps.append(.noPresidium) }
        if decisions.isEmpty { gaps.append(.noDecisions) }
        gaps += openMatters.map(BeritaAcaraGap.open)
        return gaps
    }

    /// The gaps that would remain once the meeting is closed now: the closing time itself is not one of them.
    public var beritaAcaraGapsAtClosing: [BeritaAcaraGap] {
        beritaAcaraGaps.filter { $0 != .meetingNotClosed }
    }

    /// "usul 1 "Mengesahkan laporan …"" or "pemilihan pengurus".
    func about(_ subject: VoteSubject) -> String {
        switch subject {
        case let .motion(number):
            guard motions.indices.contains(number - 1) else { return tr("core.about.motionNumber", ["n": number]) }
            let text = motions[number - 1].text
            return tr("core.about.motion", ["n": number, "text": text.count > 60 ? String(text.prefix(57)) + "…" : text])
        case let .election(number):
            guard elections.indices.contains(number - 1) else { return tr("core.about.electionNumber", ["n": number]) }
            return tr("core.about.election", ["body": elections[number - 1].body.rawValue])
        }
    }
}
