import RapatCore
import RapatTesting
import XCTest

/// DOMAIN §7.5: quorum lost mid-meeting blocks decisions; the chair records skors, continue without decisions,
/// or postpone the remaining items.
final class QuorumLossTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .boardReport),
                                        AgendaItem(kind: .reportApproval), AgendaItem(kind: .closing)])

    /// Five members, Q = 3; three present, quorum declared met, then one leaves at 10.00.
    private func meetingThatLostQuorum(rules: MeetingRules = .defaults) throws -> MeetingState {
        var state = try Fixtures.openedMeeting(Fixtures.members(5), rules: rules)
        for n in ["0001", "0002", "0003"] { try state.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:50"))) }
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.declareQuorum(at: t("2026-03-21 09:01")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:10")))
        try state.apply(.recordDecision(text: "Acara disahkan", method: .consensus, outcome: .accepted, notes: [],
                                        at: t("2026-03-21 09:20")))
        try state.apply(.markLeft(MemberNumber("0003"), at: t("2026-03-21 10:00")))
        return state
    }

    private func decide(_ time: String) -> Command {
        .recordDecision(text: "Laporan diterima", method: .consensus, outcome: .accepted, notes: [], at: t(time))
    }

    func testContinuingWithoutDecisionsKeepsDecisionsBlockedUntilQuorumReturns() throws {
        var state = try meetingThatLostQuorum()
        XCTAssertTrue(state.quorumLost)
        let lost = RapatError.quorumLostForDecision(present: 2, required: 3)
        assertSteps(&state, [
            ("decision refused at once", decide("2026-03-21 10:01"), .refused(lost)),
            ("chair continues without decisions",
             .answerQuorumLoss(choice: .continueWithoutDecisions, reason: "", newDate: nil, at: t("2026-03-21 10:02")), .accepted),
            ("still refused after the choice", decide("2026-03-21 10:03"), .refused(lost)),
            ("discussion goes on: notes", .recordNote(text: "Pembahasan laporan dilanjutkan", at: t("2026-03-21 10:04")), .accepted),
            ("and the next item", .nextAgendaItem(at: t("2026-03-21 10:05")), .accepted),
            ("member returns", .markReturned(MemberNumber("0003"), at: t("2026-03-21 10:10")), .accepted),
            ("decision allowed again", decide("2026-03-21 10:11"), .accepted),
            ("nothing to answer now",
             .answerQuorumLoss(choice: .recess, reason: "", newDate: nil, at: t("2026-03-21 10:12")),
             .refused(.quorumNotLost(present: 3, required: 3))),
        ])
        XCTAssertEqual(state.quorumLossResponses.map(\.choice), [.continueWithoutDecisions])
        XCTAssertEqual(state.quorumLossResponses.first?.present, 2)
        XCTAssertNil(state.quorumLossResponse, "cleared when quorum returned")
        XCTAssertEqual(state.decisions.last?.present, 3)
    }

    func testRecessChoiceStartsASkorsingAndResumeRechecks() throws {
        var state = try meetingThatLostQuorum()
        let events = try state.apply(.answerQuorumLoss(choice: .recess, reason: "", newDate: nil, at: t("2026-03-21 10:02")))
        XCTAssertEqual(events.count, 2)
        XCTAssertEqual(state.currentRecess?.reason, "Kuorum hilang: anggota dipanggil kembali")
        assertSteps(&state, [
            ("no second choice during the skorsing",
             .answerQuorumLoss(choice: .continueWithoutDecisions, reason: "", newDate: nil, at: t("2026-03-21 10:03")),
             .refused(.inRecess(since: t("2026-03-21 10:02"), zone: .wib))),
            ("member comes back", .markReturned(MemberNumber("0003"), at: t("2026-03-21 10:20")), .accepted),
            ("resume", .resumeMeeting(at: t("2026-03-21 10:21")), .accepted),
            ("decision", decide("2026-03-21 10:22"), .accepted),
        ])
        XCTAssertTrue(state.quorumDeclarations.last?.isMet ?? false)
    }

    func testPostponingTheRemainingItemsEndsTheMeetingAndRemembersWhereItStopped() throws {
        var state = try meetingThatLostQuorum()
        try state.apply(.nextAgendaItem(at: t("2026-03-21 10:01")))  // pengesahan laporan
        assertSteps(&state, [
            ("reason required",
             .answerQuorumLoss(choice: .postponeRemaining, reason: " ", newDate: nil, at: t("2026-03-21 10:02")),
             .refused(.missingField("Alasan penundaan"))),
            ("bad date",
             .answerQuorumLoss(choice: .postponeRemaining, reason: "x", newDate: "besok", at: t("2026-03-21 10:02")),
             .refused(.invalidDate("besok"))),
            // `postpone` mid-meeting means the same thing, with no quorum wait (the meeting did have quorum).
            ("postpone", .postponeMeeting(reason: "Anggota meninggalkan rapat", newDate: "2026-04-04", at: t("2026-03-21 10:03")),
             .accepted),
            ("nothing after", decide("2026-03-21 10:04"), .refused(.meetingPostponed(at: t("2026-03-21 10:03"), zone: .wib))),
        ])
        XCTAssertEqual(state.phase, .postponed)
        XCTAssertEqual(state.postponement?.remainingFromAgendaIndex, 2)
        XCTAssertEqual(state.postponement?.present, 2)
        XCTAssertEqual(state.quorumLossResponses.map(\.choice), [.postponeRemaining])
        XCTAssertEqual(state.decisions.count, 1, "the decision taken before stays")
    }

    func testOpeningOnlyPolicyAllowsDecisionsAndStillRecordsThePresentCount() throws {
        var state = try meetingThatLostQuorum(rules: MeetingRules(quorumCheck: .openingOnly))
        try state.apply(decide("2026-03-21 10:01"))
        XCTAssertEqual(state.decisions.last?.present, 2)
    }

    func testScriptCommand() throws {
        let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile, agenda: agenda, now: Date())
        let command = try CommandScript.parse(
            #"{"cmd":"quorum_lost","choice":"tunda_sisa_acara","reason":"Kuorum hilang","new_date":"2026-04-04","at":"2026-03-21 10:00"}"#,
            context: context)
        guard case let .answerQuorumLoss(choice, reason, newDate, _)? = command else { return XCTFail("\(String(describing: command))") }
        XCTAssertEqual(choice, .postponeRemaining)
        XCTAssertEqual(reason, "Kuorum hilang")
        XCTAssertEqual(newDate, "2026-04-04")
        XCTAssertThrowsError(try CommandScript.parse(#"{"cmd":"quorum_lost","choice":"bubar"}"#, context: context))
    }
}
