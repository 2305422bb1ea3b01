import RapatCore
import RapatTesting
import XCTest

final class QuestionLogTests: XCTestCase {
    private let t = Fixtures.time

    func testQuestionsComeFromMembersPresentOrGuestsInRounds() throws {
        var members = Fixtures.members(3)
        members.append(Fixtures.member("LB", "Tamu", status: .associate))
        var state = try Fixtures.openedMeeting(members)
        let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .generalDiscussion), AgendaItem(kind: .closing)])
        func ask(_ speaker: Speaker, at time: String) throws {
            try state.apply(.recordQuestion(speaker: speaker, category: .reports, question: "Mengapa piutang naik?",
                                            answeredBy: "Bendahara Pengurus", answer: "Karena gagal panen", status: .answered,
                                            at: t(time)))
        }
        XCTAssertThrowsError(try ask(.member(MemberNumber("0001")), at: "2026-03-21 08:59")) {
            XCTAssertEqual($0 as? RapatError, .meetingNotOpened)
        }
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:50")))
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 10:00")))
        try ask(.member(MemberNumber("0001")), at: "2026-03-21 10:05")
        XCTAssertEqual(state.questionRound, 1, "the first question opens termin 1")
        XCTAssertThrowsError(try ask(.member(MemberNumber("0002")), at: "2026-03-21 10:06")) { error in
            guard case RapatError.speakerNotPresent = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try ask(.member(MemberNumber("9999")), at: "2026-03-21 10:06")) {
            XCTAssertEqual($0 as? RapatError, .notAMember(MemberNumber("9999")))
        }
        XCTAssertThrowsError(try ask(.guest(" "), at: "2026-03-21 10:06"))
        try state.apply(.startQuestionRound(at: t("2026-03-21 10:10")))
        try ask(.guest("Dinas Koperasi Kabupaten"), at: "2026-03-21 10:12")
        XCTAssertThrowsError(try state.apply(.recordQuestion(speaker: .member(MemberNumber("0001")), category: .other, question: " ",
                                                             answeredBy: "", answer: "", status: .deferred,
                                                             at: t("2026-03-21 10:13"))))
        XCTAssertEqual(state.questions.map(\.number), [1, 2])
        XCTAssertEqual(state.questions.map(\.round), [1, 2])
        XCTAssertEqual(state.questions.map(\.agendaIndex), [1, 1])
    }
}

final class ReportTests: XCTestCase {
    func testReportsNeedAPresenterAndASummaryAndOnlyTheSurplusMayBeNegative() throws {
        let t = Fixtures.time
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .boardReport), AgendaItem(kind: .closing)])
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:10")))
        let loss = ReportFigures([.totalAssets: Rupiah(rupiah: 1_200_000_000), .surplus: Rupiah(rupiah: -5_000_000)])
        assertSteps(&state, [
            ("no presenter", .presentReport(kind: .board, presenter: " ", summary: "s", figures: loss, at: t("2026-03-21 09:11")),
             .refused(.missingField("Penyaji laporan"))),
            ("no summary", .presentReport(kind: .board, presenter: "Bendahara", summary: "", figures: loss, at: t("2026-03-21 09:11")),
             .refused(.missingField("Ringkasan laporan"))),
            ("negative assets", .presentReport(kind: .board, presenter: "Bendahara", summary: "s",
                                               figures: ReportFigures([.totalAssets: Rupiah(rupiah: -1)]), at: t("2026-03-21 09:11")),
             .refused(.negativeAmount("Total aset", Rupiah(rupiah: -1)))),
            ("a loss year", .presentReport(kind: .board, presenter: "Bendahara Pengurus", summary: "Usaha rugi karena gagal panen",
                                           figures: loss, at: t("2026-03-21 09:12")), .accepted),
        ])
        XCTAssertEqual(state.reports.first?.figures.values[.surplus], Rupiah(rupiah: -5_000_000))
        XCTAssertEqual(state.reports.first?.agendaIndex, 1)
    }
}
