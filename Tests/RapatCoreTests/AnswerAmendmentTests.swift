import Foundation
import RapatCore
import RapatTesting
import XCTest

/// The answer to a pandangan umum question is corrected like a note: a new event with a reason, the original kept.
final class AnswerAmendmentTests: XCTestCase {
    private let t = Fixtures.time

    private func meetingWithAQuestion() throws -> MeetingState {
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .generalDiscussion), AgendaItem(kind: .closing)])
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:50")))
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 10:00")))
        try state.apply(.recordQuestion(speaker: .member(MemberNumber("0001")), category: .reports,
                                        question: "Mengapa piutang naik?", answeredBy: "Bendahara",
                                        answer: "Karena gagal panen", status: .answered, at: t("2026-03-21 10:05")))
        return state
    }

    func testACorrectionReplacesTheAnswerAndKeepsTheRecord() throws {
        var state = try meetingWithAQuestion()
        assertSteps(&state, [
            ("no reason", .amendAnswer(question: 1, answeredBy: "Ketua", answer: "Piutang macet", status: .followUp,
                                       reason: " ", at: t("2026-03-21 10:06")),
             .refused(.missingField("Alasan perbaikan jawaban"))),
            ("no such question", .amendAnswer(question: 2, answeredBy: "Ketua", answer: "x", status: .answered,
                                              reason: "salah", at: t("2026-03-21 10:06")),
             .refused(.invalidValue("Pertanyaan nomor 2 tidak ada: nomor 1 sampai 1."))),
            ("nothing changes", .amendAnswer(question: 1, answeredBy: "Bendahara", answer: "Karena gagal panen",
                                             status: .answered, reason: "salah", at: t("2026-03-21 10:06")),
             .refused(.invalidValue("Jawaban pertanyaan nomor 1 sudah seperti itu: tidak ada yang diperbaiki."))),
            ("corrected", .amendAnswer(question: 1, answeredBy: " Ketua Pengurus ", answer: "Piutang macet dua anggota",
                                       status: .followUp, reason: "salah dengar", at: t("2026-03-21 10:07")), .accepted),
        ])
        let question = try XCTUnwrap(state.questions.first)
        XCTAssertEqual(question.question, "Mengapa piutang naik?")
        XCTAssertEqual(question.answeredBy, "Ketua Pengurus")
        XCTAssertEqual(question.answer, "Piutang macet dua anggota")
        XCTAssertEqual(question.status, .followUp)
        XCTAssertEqual(state.answerAmendments.map(\.reason), ["salah dengar"])
        XCTAssertEqual(state.questions.count, 1, "a correction is not a new question")
    }

    func testJsonLinesCommand() throws {
        let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile,
                                            now: Fixtures.time("2026-03-21 10:00"))
        let line = #"{"cmd":"amend_answer","question":1,"answer":"Dijawab tertulis","status":"ditindaklanjuti","reason":"salah catat"}"#
        guard case let .amendAnswer(question, answeredBy, answer, status, reason, _)? =
            try CommandScript.parse(line, context: context) else { return XCTFail("not parsed as amend_answer") }
        XCTAssertEqual(question, 1)
        XCTAssertEqual(answeredBy, "")
        XCTAssertEqual(answer, "Dijawab tertulis")
        XCTAssertEqual(status, .followUp)
        XCTAssertEqual(reason, "salah catat")
        XCTAssertThrowsError(try CommandScript.parse(
            #"{"cmd":"amend_answer","question":1,"status":"selesai","reason":"x"}"#, context: context))
    }
}
