import Foundation
import RapatCore
import RapatText

/// J on the agenda screen: the answer to a pandangan umum question corrected like a note (K), by a new record with
/// a reason; the question as first recorded stays.
extension AppState {
    mutating func performAnswerAmendment() -> [AppEffect] {
        guard meeting.currentAgendaIndex != nil else {
            message = DeskMessage(.info, notOpenedAdvice)
            return []
        }
        guard let last = meeting.questions.last else {
            message = DeskMessage(.info, tr("agenda.amendAnswer.none"))
            return []
        }
        startForm(.amendAnswer(), tr("agenda.amendAnswer.start", ["n": last.number]))
        return []
    }
}

extension EntryForm {
    static func amendAnswer() -> EntryForm {
        EntryForm(.amendAnswer, title: tr("agenda.amendAnswer.title"), fields: [
            Field(tr("agenda.amendAnswer.number"), .number),
            Field(tr("agenda.form.answeredBy"), .text(required: false)),
            Field(tr("agenda.amendAnswer.answer"), .text(required: false)),
            Field(tr("agenda.form.status"), .choice(options: QuestionStatus.allCases.map(\.uiName), defaultIndex: 0)),
            Field(tr("agenda.form.amendReason"), .text(required: true)),
        ])
    }

    func answerAmendmentCommand(at now: Date) -> Command? {
        guard purpose == .amendAnswer else { return nil }
        return .amendAnswer(question: int(0) ?? 0, answeredBy: text(1), answer: text(2),
                            status: QuestionStatus.allCases[int(3) ?? 0], reason: text(4), at: now)
    }
}
