import Foundation

/// Question categories for pandangan umum; defaults from DOMAIN §10 (field data, S004).
public enum QuestionCategory: String, Sendable, CaseIterable, Hashable, Codable {
    case reports = "laporan"
    case servicesAndFacilities = "pelayanan"
    case workPlan = "rencana_kerja"
    case boardCompensation = "gaji_pengurus"
    case capitalAndLoanRates = "modal_dan_bunga"
    case other = "lain_lain"

    public var label: String {
        switch self {
        case .reports: "laporan pengurus dan pengawas"
        case .servicesAndFacilities: "fasilitas dan pelayanan"
        case .workPlan: "rencana kerja"
        case .boardCompensation: "rencana gaji pengurus"
        case .capitalAndLoanRates: "penyertaan modal dan suku bunga pinjaman"
        case .other: "lain-lain"
        }
    }
}

/// Where a question stands after the answer.
public enum QuestionStatus: String, Sendable, CaseIterable, Hashable, Codable {
    case answered = "dijawab"
    case followUp = "ditindaklanjuti"
    case deferred = "ditunda"
}

/// Who asked: a member present, or a non-member speaker (undangan, peninjau) recorded apart.
public enum Speaker: Hashable, Sendable {
    case member(MemberNumber)
    case guest(String)
}

/// One entry of the pandangan umum log.
public struct QuestionEntry: Hashable, Sendable {
    public var number: Int
    public var round: Int
    public var agendaIndex: Int
    public var speaker: Speaker
    public var category: QuestionCategory
    public var question: String
    public var answeredBy: String
    public var answer: String
    public var status: QuestionStatus
    public var at: Date

    public init(number: Int, round: Int, agendaIndex: Int, speaker: Speaker, category: QuestionCategory, question: String,
                answeredBy: String, answer: String, status: QuestionStatus, at: Date) {
        self.number = number
        self.round = round
        self.agendaIndex = agendaIndex
        self.speaker = speaker
        self.category = category
        self.question = question
        self.answeredBy = answeredBy
        self.answer = answer
        self.status = status
        self.at = at
    }
}
