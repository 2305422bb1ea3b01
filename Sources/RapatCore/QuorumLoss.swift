import Foundation

/// What the pimpinan decides when quorum is lost mid-meeting (DOMAIN §7.5): decisions stay blocked
/// under `quorum_check = each_decision` whatever is chosen, until H ≥ Q again.
public enum QuorumLossChoice: String, Sendable, CaseIterable, Hashable, Codable {
    /// Skors and call members back.
    case recess = "skors"
    /// Go on discussing; no decision until quorum returns.
    case continueWithoutDecisions = "lanjut_tanpa_keputusan"
    /// Postpone the remaining items (partial berita acara: items decided and items postponed).
    case postponeRemaining = "tunda_sisa_acara"

    public var label: String {
        switch self {
        case .recess: "skors dan memanggil anggota kembali"
        case .continueWithoutDecisions: "melanjutkan pembahasan tanpa mengambil keputusan"
        case .postponeRemaining: "menunda acara yang tersisa"
        }
    }
}

/// The chair's recorded choice with the counts at that moment.
public struct QuorumLossResponse: Hashable, Sendable, Codable {
    public var choice: QuorumLossChoice
    public var agendaIndex: Int
    public var present: Int
    public var required: Int
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(choice: QuorumLossChoice, agendaIndex: Int, present: Int, required: Int, at: Date) {
        self.choice = choice
        self.agendaIndex = agendaIndex
        self.present = present
        self.required = required
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case choice, agendaIndex = "agenda_index", present, required
    }
}
