import RapatCore
import RapatTesting
import XCTest

final class AgendaProgressTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [
        AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck), AgendaItem(kind: .boardReport),
        AgendaItem(kind: .closing),
    ])

    /// Each step of a short meeting, legal and illegal, with what the core must answer.
    func testTheChairWalksTheAgendaOnlyForwardAndPastTheQuorumCheckOnlyWhenMet() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(5))  // Q = 3
        let steps: [(String, Command, Expect)] = [
            ("next before opening", .nextAgendaItem(at: t("2026-03-21 08:50")), .refused(.meetingNotOpened)),
            ("quorum before opening", .declareQuorum(at: t("2026-03-21 08:50")), .refused(.meetingNotOpened)),
            ("opening without a name", .openMeeting(by: " ", agenda: agenda, at: t("2026-03-21 09:00")),
             .refused(.missingField("Yang membuka rapat"))),
            ("opening without items", .openMeeting(by: "Ketua", agenda: Agenda(items: []), at: t("2026-03-21 09:00")),
             .refused(.missingField("Susunan acara"))),
            ("opening", .openMeeting(by: "Ketua Pengurus", agenda: agenda, at: t("2026-03-21 09:00")), .accepted),
            ("opening twice", .openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:01")),
             .refused(.meetingAlreadyOpened(since: t("2026-03-21 09:00"), zone: .wib))),
            ("to the quorum check", .nextAgendaItem(at: t("2026-03-21 09:05")), .accepted),
            ("past it unchecked", .nextAgendaItem(at: t("2026-03-21 09:06")), .refused(.quorumNotDeclaredMet(nil))),
            ("check: 0 of 5", .declareQuorum(at: t("2026-03-21 09:07")), .accepted),
            ("past it unmet", .nextAgendaItem(at: t("2026-03-21 09:08")),
             .refused(.quorumNotDeclaredMet(QuorumDeclaration(registered: 5, present: 0, required: 3,
                                                               formula: "lebih dari 1/2: ⌊5/2⌋+1 = 3",
                                                               at: t("2026-03-21 09:07"))))),
            ("three arrive", .checkIn(MemberNumber("0001"), at: t("2026-03-21 09:10")), .accepted),
            ("", .checkIn(MemberNumber("0002"), at: t("2026-03-21 09:10")), .accepted),
            ("", .checkIn(MemberNumber("0003"), at: t("2026-03-21 09:11")), .accepted),
            ("recount: met", .declareQuorum(at: t("2026-03-21 09:12")), .accepted),
            ("to the report", .nextAgendaItem(at: t("2026-03-21 09:13")), .accepted),
            ("to the closing", .nextAgendaItem(at: t("2026-03-21 10:00")), .accepted),
            ("past the last", .nextAgendaItem(at: t("2026-03-21 10:01")), .refused(.lastAgendaItem("Penutupan"))),
        ]
        assertSteps(&state, steps)
        XCTAssertEqual(state.currentAgendaItem?.kind, .closing)
        XCTAssertEqual(state.agendaItemStarts[2], t("2026-03-21 09:13"))
        XCTAssertEqual(state.quorumDeclarations.map(\.isMet), [false, true])
        XCTAssertEqual(state.quorumDeclarations.last?.formula, "lebih dari 1/2: ⌊5/2⌋+1 = 3")
        XCTAssertEqual(state.meetingOpenedBy, "Ketua Pengurus")
    }
}
