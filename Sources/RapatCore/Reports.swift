import Foundation

/// Whose report: the pengurus' LPJ or the pengawas' supervision report (DOMAIN §10).
public enum ReportKind: String, Sendable, CaseIterable, Hashable, Codable {
    case board = "pengurus"
    case supervisors = "pengawas"

    public var label: String {
        switch self {
        case .board: "Laporan pertanggungjawaban pengurus"
        case .supervisors: "Laporan hasil pengawasan"
        }
    }
}

/// The key figures a report states, each optional; printed in the berita acara for transparency (DOMAIN §12.2).
public struct ReportFigures: Hashable, Sendable {
    public enum Key: String, CaseIterable, Sendable {
        case totalAssets = "total_aset"
        case equity = "modal_sendiri"
        case businessVolume = "volume_usaha"
        case surplus = "shu"
        case budgetedIncome = "pendapatan_rapb"
        case actualIncome = "pendapatan_realisasi"
        case budgetedCosts = "biaya_rapb"
        case actualCosts = "biaya_realisasi"
        /// The RAPB proposed for the coming year (DOMAIN §12.2 "RAPB totals"), printed with its decision.
        case plannedIncome = "rencana_pendapatan"
        case plannedCosts = "rencana_biaya"
        case plannedSurplus = "rencana_shu"

        public var label: String {
            switch self {
            case .totalAssets: "Total aset"
            case .equity: "Modal sendiri"
            case .businessVolume: "Volume usaha"
            case .surplus: "SHU tahun buku"
            case .budgetedIncome: "Pendapatan menurut RAPB"
            case .actualIncome: "Pendapatan realisasi"
            case .budgetedCosts: "Biaya menurut RAPB"
            case .actualCosts: "Biaya realisasi"
            case .plannedIncome: "Rencana pendapatan RAPB tahun berikut"
            case .plannedCosts: "Rencana biaya RAPB tahun berikut"
            case .plannedSurplus: "Rencana SHU RAPB tahun berikut"
            }
        }

        /// Only the SHU may be negative (a loss, DOMAIN SHU-12), planned or not.
        public var allowsNegative: Bool { self == .surplus || self == .plannedSurplus }

        /// The figures of next year's RAPB, not of the year reported.
        public var isPlan: Bool { [.plannedIncome, .plannedCosts, .plannedSurplus].contains(self) }
    }

    public var values: [Key: Rupiah]

    public init(_ values: [Key: Rupiah] = [:]) { self.values = values }

    /// Present figures in a fixed order.
    public var ordered: [(key: Key, amount: Rupiah)] { Key.allCases.compactMap { key in values[key].map { (key, $0) } } }

    /// Realisation against the RAPB as "95,20%", from integers; nil when either side is missing or the plan is 0.
    public func realization(actual: Key, budgeted: Key) -> String? {
        guard let a = values[actual], let b = values[budgeted], b.sen > 0 else { return nil }
        return IndonesianFormat.percent(a.sen, of: b.sen)
    }
}

/// A report as presented at the meeting.
public struct ReportRecord: Hashable, Sendable {
    public var kind: ReportKind
    public var presenter: String
    public var summary: String
    public var figures: ReportFigures
    public var agendaIndex: Int
    public var at: Date

    public init(kind: ReportKind, presenter: String, summary: String, figures: ReportFigures, agendaIndex: Int, at: Date) {
        self.kind = kind
        self.presenter = presenter
        self.summary = summary
        self.figures = figures
        self.agendaIndex = agendaIndex
        self.at = at
    }
}
