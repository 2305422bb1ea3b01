import Foundation
import RapatApp
import RapatCore
import RapatDocuments
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// J on the agenda screen corrects the answer to a question like K corrects a note; the notulen prints both.
final class AnswerAmendmentFlowTests: XCTestCase {
    private func meetingWithAQuestion() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.character("j")])
        XCTAssertTrue(desk.app.message?.text.hasPrefix("Belum ada pertanyaan") == true, "\(String(describing: desk.app.message))")
        desk.press([.character("t")])
        desk.type("yohanes")
        desk.type("5")
        desk.type("Mengapa bunga pinjaman tidak turun?")
        desk.type("Bendahara")
        desk.type("Bunga tetap")
        desk.type("1")
        XCTAssertEqual(desk.app.meeting.questions.count, 1)
        return desk
    }

    func testJCorrectsTheAnswerWithAReason() throws {
        var desk = try meetingWithAQuestion()
        desk.press([.character("J")])
        guard case let .form(form) = desk.app.mode else { return XCTFail("J opens the correction form") }
        XCTAssertEqual(form.title, "Perbaikan jawaban pertanyaan")
        XCTAssertTrue(desk.app.message?.text.contains("pertanyaan terakhir: 1") == true)
        desk.type("1")
        desk.type("Ketua Pengurus")
        desk.type("Bunga ditinjau triwulan depan")
        desk.type("2")  // ditindaklanjuti
        desk.type("")
        XCTAssertEqual(desk.app.message?.text, "Alasan perbaikan wajib diisi.")
        desk.type("salah dengar")
        XCTAssertEqual(desk.app.message?.text, "Jawaban pertanyaan 1 diperbaiki (salah dengar): ditindaklanjuti.")
        let question = try XCTUnwrap(desk.app.meeting.questions.first)
        XCTAssertEqual(question.answeredBy, "Ketua Pengurus")
        XCTAssertEqual(question.answer, "Bunga ditinjau triwulan depan")
        XCTAssertEqual(question.status, .followUp)
        XCTAssertEqual(desk.app.meeting.answerAmendments.count, 1)
    }

    func testACorrectionToAnUnknownQuestionIsRefusedAndTheFormStays() throws {
        var desk = try meetingWithAQuestion()
        desk.press([.character("j")])
        desk.type("7")
        desk.type("Ketua")
        desk.type("x")
        desk.type("")
        desk.type("salah")
        XCTAssertTrue(desk.app.message?.text.contains("Pertanyaan nomor 7 tidak ada") == true,
                      "\(String(describing: desk.app.message))")
        XCTAssertTrue(desk.app.meeting.answerAmendments.isEmpty)
    }

    func testTheNotulenPrintsTheAnswerAndItsCorrection() throws {
        let t = Fixtures.time
        var state = MeetingState()
        var entries: [JournalEntry] = []
        func apply(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
        }
        try apply(.importRoster(members: DeskFixtures.members, digest: "test", source: "anggota.csv", at: Fixtures.opening))
        try apply(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        try apply(.checkIn(MemberNumber("0003"), at: t("2026-03-21 08:50")))
        try apply(.openMeeting(by: "Ketua", agenda: DeskFixtures.agenda, at: t("2026-03-21 09:00")))
        try apply(.recordQuestion(speaker: .member(MemberNumber("0003")), category: .reports, question: "Piutang?",
                                  answeredBy: "Bendahara", answer: "Gagal panen", status: .answered,
                                  at: t("2026-03-21 09:10")))
        try apply(.amendAnswer(question: 1, answeredBy: "Ketua", answer: "Piutang macet", status: .followUp,
                               reason: "salah dengar", at: t("2026-03-21 09:12")))
        let blocks = try XCTUnwrap(MinutesReport.blocks(entries)).blocks
        let text = blocks.map { "\($0)" }.joined(separator: "\n")
        XCTAssertTrue(text.contains("Piutang? → dijawab oleh Bendahara: Gagal panen [dijawab]"), text)
        XCTAssertTrue(blocks.contains(.item("pukul 09.12 WIB: [perbaikan jawaban pertanyaan 1: salah dengar] dijawab "
            + "oleh Ketua: Piutang macet [ditindaklanjuti]")), text)
    }
}
