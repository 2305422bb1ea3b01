import Foundation
import RapatText

/// Payload of `Event.answerAmended`: the answer to a pandangan umum question corrected like a note, by a new event
/// with a reason; the question as first recorded stays in the journal and the notulen prints both.
public struct AnswerAmendment: Hashable, Sendable, Codable {
    /// The question's number in the pandangan umum log.
    public var question: Int
    public var answeredBy: String
    public var answer: String
    public var status: QuestionStatus
    public var reason: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(question: Int, answeredBy: String, answer: String, status: QuestionStatus, reason: String, at: Date) {
        self.question = question
        self.answeredBy = answeredBy
        self.answer = answer
        self.status = status
        self.reason = reason
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case question, answeredBy = "answered_by", answer, status, reason
    }
}

extension MeetingState {
    /// The events of `.amendAnswer`, or its refusal: a question recorded, a reason, and something that changes.
    func decideAnswerAmendment(question number: Int, answeredBy: String, answer: String, status: QuestionStatus,
                               reason: String, at: Date) throws(RapatError) -> [Event] {
        _ = try openItemIndex()
        guard let current = questions.first(where: { $0.number == number }) else {
            throw .invalidValue(questions.isEmpty
                ? "Belum ada pertanyaan yang tercatat (T untuk mencatat pertanyaan)."
                : "Pertanyaan nomor \(number) tidak ada: nomor 1 sampai \(questions.count).")
        }
        let answeredBy = answeredBy.trimmingCharacters(in: .whitespacesAndNewlines)
        let answer = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .missingField(tr("core.field.answerCorrectionReason")) }
        guard answeredBy != current.answeredBy || answer != current.answer || status != current.status else {
            throw .invalidValue(tr("core.answerUnchanged", ["n": number]))
        }
        try requireInOrder(at, member: nil)
        return [.answerAmended(AnswerAmendment(question: number, answeredBy: answeredBy, answer: answer, status: status,
                                               reason: reason, at: at))]
    }

    /// Folds a correction: the log shows the corrected answer; the amendment is kept for the record.
    mutating func evolveAnswerAmendment(_ amendment: AnswerAmendment) {
        answerAmendments.append(amendment)
        guard let index = questions.firstIndex(where: { $0.number == amendment.question }) else { return }
        questions[index].answeredBy = amendment.answeredBy
        questions[index].answer = amendment.answer
        questions[index].status = amendment.status
    }
}
