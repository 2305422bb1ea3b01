import RapatCore
import RapatTesting
import XCTest

final class PostponementTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck), AgendaItem(kind: .closing)])

    /// DOMAIN E1: quorum not reached → wait `quorum_wait_minutes`, recount, still short → DITUNDA.
    func testPostponementOnlyAfterTheWaitAndARecount() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(5), rules: MeetingRules(quorumWaitMinutes: 30))  // Q = 3
        let steps: [(String, Command, Expect)] = [
            ("before opening", .postponeMeeting(reason: "x", newDate: nil, at: t("2026-03-21 08:59")), .refused(.meetingNotOpened)),
            ("opening", .openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")), .accepted),
            ("unchecked", .postponeMeeting(reason: "x", newDate: nil, at: t("2026-03-21 09:01")), .refused(.quorumNotDeclaredMet(nil))),
            ("one arrives", .checkIn(MemberNumber("0001"), at: t("2026-03-21 09:02")), .accepted),
            ("check at 09.05: 1 of 3", .declareQuorum(at: t("2026-03-21 09:05")), .accepted),
            ("too early", .postponeMeeting(reason: "x", newDate: nil, at: t("2026-03-21 09:10")),
             .refused(.quorumWaitNotOver(until: t("2026-03-21 09:35"), zone: .wib))),
            ("recount at 09.20", .declareQuorum(at: t("2026-03-21 09:20")), .accepted),
            ("recount was before the wait ended", .postponeMeeting(reason: "x", newDate: nil, at: t("2026-03-21 09:21")),
             .refused(.quorumWaitNotOver(until: t("2026-03-21 09:35"), zone: .wib))),
            ("recount at 09.36", .declareQuorum(at: t("2026-03-21 09:36")), .accepted),
            ("no reason", .postponeMeeting(reason: "  ", newDate: nil, at: t("2026-03-21 09:37")),
             .refused(.missingField("Alasan penundaan"))),
            ("bad date", .postponeMeeting(reason: "kuorum", newDate: "28-03-2026", at: t("2026-03-21 09:37")),
             .refused(.invalidDate("28-03-2026"))),
            ("postponed", .postponeMeeting(reason: "Kuorum tidak tercapai setelah menunggu 30 menit", newDate: "2026-03-28",
                                           at: t("2026-03-21 09:38")), .accepted),
            ("nothing after", .checkIn(MemberNumber("0002"), at: t("2026-03-21 09:40")),
             .refused(.meetingPostponed(at: t("2026-03-21 09:38"), zone: .wib))),
        ]
        assertSteps(&state, steps)
        XCTAssertEqual(state.phase, .postponed)
        XCTAssertEqual(state.postponement?.present, 1)
        XCTAssertEqual(state.postponement?.required, 3)
        XCTAssertEqual(state.postponement?.newDate, "2026-03-28")
    }

    func testAMeetingWithQuorumIsNotPostponed() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(1), rules: MeetingRules(quorumWaitMinutes: 0))
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 09:01")))
        XCTAssertThrowsError(try state.apply(.postponeMeeting(reason: "x", newDate: nil, at: t("2026-03-21 09:02")))) {
            XCTAssertEqual($0 as? RapatError, .quorumIsMet(present: 1, required: 1))
        }
    }

    func testFormalDateLine() {
        XCTAssertEqual(IndonesianFormat.formalDateLine(t("2026-03-21 09:15"), zone: .wib),
                       "Pada hari ini Sabtu, tanggal dua puluh satu bulan Maret tahun dua ribu dua puluh enam (21-03-2026)")
    }
}
