import Foundation

/// What a motion is about; some kinds carry a special quorum and majority (DOMAIN §7.6, E33).
public enum MotionKind: String, Sendable, CaseIterable, Hashable, Codable {
    case ordinary = "biasa"
    case reportApproval = "pengesahan_laporan"
    case surplus = "shu"
    case workPlanAndBudget = "rapb"
    case articlesAmendment = "perubahan_ad"
    case dissolution = "pembubaran"
    case merger = "penggabungan"
    case other = "lainnya"

    public var label: String {
        switch self {
        case .ordinary: "usul biasa"
        case .reportApproval: "pengesahan laporan"
        case .surplus: "pembagian SHU"
        case .workPlanAndBudget: "rencana kerja dan RAPB"
        case .articlesAmendment: "perubahan Anggaran Dasar"
        case .dissolution: "pembubaran koperasi"
        case .merger: "penggabungan/peleburan/pembagian"
        case .other: "lainnya"
        }
    }
}

/// A motion put to the meeting on an agenda item, decided by mufakat/aklamasi or by a vote.
public struct Motion: Hashable, Sendable, Codable {
    public var number: Int
    public var agendaIndex: Int
    public var text: String
    public var kind: MotionKind
    /// For a report's approval: whose report it is, so their own votes can be recused (DOMAIN E12).
    public var concerns: OfficeBody?
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(number: Int, agendaIndex: Int, text: String, kind: MotionKind, concerns: OfficeBody? = nil, at: Date) {
        self.number = number
        self.agendaIndex = agendaIndex
        self.text = text
        self.kind = kind
        self.concerns = concerns
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case number, agendaIndex = "agenda_index", text, kind, concerns
    }
}
