import Foundation
import RapatCore

/// J on the agenda screen: the answer to a pandangan umum question corrected like a note (K), by a new record with
/// a reason; the question as first recorded stays.
extension AppState {
    mutating func performAnswerAmendment() -> [AppEffect] {
        guard meeting.currentAgendaIndex != nil else {
            message = DeskMessage(.info, notOpenedAdvice)
            return []
        }
        guard let last = meeting.questions.last else {
            message = DeskMessage(.info, "Belum ada pertanyaan untuk dikoreksi jawabannya (T untuk mencatat pertanyaan).")
            return []
        }
        startForm(.amendAnswer(), "Koreksi jawaban pertanyaan nomor berapa? (pertanyaan terakhir: \(last.number)); "
            + "Esc = batal.")
        return []
    }
}

extension EntryForm {
    static func amendAnswer() -> EntryForm {
        EntryForm(.amendAnswer, title: "Perbaikan jawaban pertanyaan", fields: [
            Field("Nomor pertanyaan", .number),
            Field("Dijawab oleh", .text(required: false)),
            Field("Jawaban yang benar", .text(required: false)),
            Field("Status", .choice(options: QuestionStatus.allCases.map(\.rawValue), defaultIndex: 0)),
            Field("Alasan perbaikan", .text(required: true)),
        ])
    }

    func answerAmendmentCommand(at now: Date) -> Command? {
        guard purpose == .amendAnswer else { return nil }
        return .amendAnswer(question: int(0) ?? 0, answeredBy: text(1), answer: text(2),
                            status: QuestionStatus.allCases[int(3) ?? 0], reason: text(4), at: now)
    }
}
