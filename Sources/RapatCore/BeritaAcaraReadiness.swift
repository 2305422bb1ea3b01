import Foundation

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
            return "pemungutan suara putaran \(round) tentang \(about) masih terbuka: tutup dulu dengan close_vote"
        case let .election(number, body):
            return "pemilihan \(body.rawValue) nomor \(number) masih terbuka: tetapkan dulu hasilnya (open_vote lalu "
                + "close_vote, elect_acclamation, draw_lots, atau tie_musyawarah)"
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
        case .registrationNotOpen: "Daftar hadir"
        case .legalEntityNumber: "Nomor badan hukum"
        case .legalEntityDate: "Tanggal badan hukum"
        case .place: "Tempat rapat"
        case .meetingNotOpened: "Pukul dibuka"
        case .meetingNotClosed: "Pukul ditutup"
        case .quorumNeverMet: "Pernyataan kuorum sah"
        case .noPresidium: "Pimpinan rapat"
        case .noDecisions: "Keputusan rapat"
        case .open(.vote): "Pemungutan suara"
        case .open(.election): "Pemilihan"
        }
    }

    /// How to fill it, in commands (the desk maps them to its keys).
    public var fix: String {
        let details = "isi di koperasi.toml sebelum registrasi, atau sesudahnya dengan perintah ba_details"
        switch self {
        case .registrationNotOpen: return "registrasi belum dibuka; tidak ada rapat untuk dicatat"
        case .legalEntityNumber: return "nomor_badan_hukum: \(details)"
        case .legalEntityDate: return "tanggal_badan_hukum: \(details)"
        case .place: return "tempat: \(details)"
        case .meetingNotOpened: return "rapat belum dibuka (open_meeting)"
        case .meetingNotClosed: return "rapat belum ditutup (close_meeting pada acara penutupan)"
        case .quorumNeverMet: return "belum ada pemeriksaan kuorum yang sah (check_quorum)"
        case .noPresidium: return "ketua dan sekretaris rapat belum dicatat (presidium)"
        case .noDecisions: return "belum ada keputusan bernomor (decide, atau pemungutan suara)"
        case let .open(matter): return matter.description
        }
    }

    /// "Pimpinan rapat kosong: …".
    public var description: String { "\(field) kosong: \(fix)" }
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
            guard motions.indices.contains(number - 1) else { return "usul \(number)" }
            let text = motions[number - 1].text
            return "usul \(number) \"\(text.count > 60 ? String(text.prefix(57)) + "…" : text)\""
        case let .election(number):
            guard elections.indices.contains(number - 1) else { return "pemilihan \(number)" }
            return "pemilihan \(elections[number - 1].body.rawValue)"
        }
    }
}
