import Foundation

/// What an agenda item is, which decides how the app walks the chair through it (DOMAIN §6.2).
public enum AgendaItemKind: String, Sendable, CaseIterable, Hashable, Codable {
    case opening = "pembukaan"
    case quorumCheck = "pemeriksaan_kuorum"
    case chairElection = "pimpinan_rapat"
    case agendaAndRulesAdoption = "pengesahan_acara_tatib"
    case boardReport = "laporan_pengurus"
    case supervisorsReport = "laporan_pengawas"
    case generalDiscussion = "pandangan_umum"
    case reportApproval = "pengesahan_laporan"
    case surplusDistribution = "penetapan_shu"
    case workPlanAndBudget = "rk_rapb"
    case election = "pemilihan"
    case otherMatters = "lain_lain"
    case readingOfDecisions = "pembacaan_keputusan"
    case closing = "penutupan"
    /// Any other item a cooperative adds.
    case general = "umum"

    /// The default title when the agenda file gives none.
    public var defaultTitle: String {
        switch self {
        case .opening: "Pembukaan"
        case .quorumCheck: "Pemeriksaan kuorum"
        case .chairElection: "Pemilihan pimpinan rapat"
        case .agendaAndRulesAdoption: "Pengesahan acara dan tata tertib"
        case .boardReport: "Laporan pertanggungjawaban pengurus"
        case .supervisorsReport: "Laporan pengawas"
        case .generalDiscussion: "Pandangan umum"
        case .reportApproval: "Pengesahan laporan"
        case .surplusDistribution: "Penetapan pembagian SHU"
        case .workPlanAndBudget: "Pengesahan rencana kerja dan RAPB"
        case .election: "Pemilihan pengurus/pengawas"
        case .otherMatters: "Lain-lain"
        case .readingOfDecisions: "Pembacaan keputusan"
        case .closing: "Penutupan"
        case .general: "Acara"
        }
    }
}

/// One item of the susunan acara.
public struct AgendaItem: Hashable, Sendable, Codable {
    public var kind: AgendaItemKind
    public var title: String

    public init(kind: AgendaItemKind, title: String? = nil) {
        self.kind = kind
        self.title = title ?? kind.defaultTitle
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case kind, title
    }
}

/// The susunan acara as adopted for one meeting.
public struct Agenda: Hashable, Sendable {
    public var items: [AgendaItem]

    public init(items: [AgendaItem]) { self.items = items }

    /// Puts the pimpinan-rapat and tata-tertib items in the order the AD/ART says
    /// (`agenda_order_tatib_first`), at the position of whichever of the two comes first.
    public func orderingChairAndRules(tatibFirst: Bool) -> Agenda {
        guard let chair = items.firstIndex(where: { $0.kind == .chairElection }),
              let rules = items.firstIndex(where: { $0.kind == .agendaAndRulesAdoption })
        else { return self }
        let tatibIsFirst = rules < chair
        guard tatibIsFirst != tatibFirst else { return self }
        var reordered = items
        reordered.swapAt(chair, rules)
        return Agenda(items: reordered)
    }
}
