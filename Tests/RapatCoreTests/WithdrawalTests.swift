import RapatCore
import RapatTesting
import XCTest

/// Issue 11 item 4: a legal event recorded by mistake is withdrawn by a new event with a reason; never erased.
final class WithdrawalTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck),
                                        AgendaItem(kind: .boardReport), AgendaItem(kind: .closing)])

    private func opened() throws -> MeetingState {
        var state = try Fixtures.openedMeeting(Fixtures.members(5))  // Q = 3
        for n in ["0001", "0002", "0003"] { try state.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:50"))) }
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        return state
    }

    private func withdraw(_ state: inout MeetingState, _ sequence: Int64, _ at: String,
                          reason: String = "salah tekan") throws {
        try state.apply(.withdrawEvent(sequence: sequence, reason: reason, at: t("2026-03-21 " + at)))
    }

    func testEachKindASingleKeyRecordsCanBeWithdrawnAndTheStateIsAsBefore() throws {
        var state = try opened()
        // Quorum declaration.
        try state.apply(.declareQuorum(at: t("2026-03-21 09:02")))
        try withdraw(&state, state.eventCount, "09:03")
        XCTAssertTrue(state.quorumDeclarations.isEmpty)
        XCTAssertEqual(state.withdrawals.last?.line, "pengumuman kuorum pukul 09.02 WIB (N 5, H 3, Q 3) dibatalkan: salah tekan")
        // Agenda move.
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:04")))
        try withdraw(&state, state.eventCount, "09:05")
        XCTAssertEqual(state.currentAgendaIndex, 0)
        XCTAssertNil(state.agendaItemStarts[1])
        // Question round.
        try state.apply(.startQuestionRound(at: t("2026-03-21 09:06")))
        try withdraw(&state, state.eventCount, "09:07")
        XCTAssertEqual(state.questionRound, 0)
        // Skorsing, then its resumption.
        try state.apply(.suspendMeeting(reason: "ishoma", at: t("2026-03-21 09:08")))
        try state.apply(.resumeMeeting(at: t("2026-03-21 09:10")))
        try withdraw(&state, state.eventCount, "09:11")
        XCTAssertNotNil(state.currentRecess, "a withdrawn resumption puts the meeting back in its recess")
        XCTAssertTrue(state.quorumDeclarations.isEmpty, "with its quorum re-check")
        try withdraw(&state, state.eventCount - 2, "09:12")
        XCTAssertNil(state.currentRecess)
        XCTAssertTrue(state.recesses.isEmpty)
        // A decision by mufakat keeps its number; the next one gets a new number.
        try state.apply(.recordDecision(text: "Tata tertib disahkan", method: .consensus, outcome: .accepted, notes: [],
                                        at: t("2026-03-21 09:13")))
        try withdraw(&state, state.eventCount, "09:14", reason: "belum dibacakan")
        XCTAssertEqual(state.withdrawnDecisions, [1])
        XCTAssertTrue(state.decisions.isEmpty, "a withdrawn decision is no decision of the meeting")
        try state.apply(.recordDecision(text: "Tata tertib disahkan", method: .consensus, outcome: .accepted, notes: [],
                                        at: t("2026-03-21 09:15")))
        XCTAssertEqual(state.decisions.last?.number, 2)
        // A closing pressed by mistake: the meeting goes on.
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:16")))
        try state.apply(.declareQuorum(at: t("2026-03-21 09:17")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:18")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:19")))
        try state.apply(.closeMeeting(at: t("2026-03-21 09:20")))
        try withdraw(&state, state.eventCount, "09:21")
        XCTAssertNil(state.closedAt)
        XCTAssertEqual(state.phase, .opened)
        try state.apply(.recordNote(text: "Rapat dilanjutkan", at: t("2026-03-21 09:22")))
        // The opening itself, while nothing else was recorded after it.
        var fresh = try opened()
        try withdraw(&fresh, fresh.eventCount, "09:01")
        XCTAssertNil(fresh.meetingOpenedAt)
        XCTAssertNil(fresh.currentAgendaIndex)
        XCTAssertEqual(fresh.phase, .registration)
        try fresh.apply(.openMeeting(by: "Ketua Pengurus", agenda: agenda, at: t("2026-03-21 09:02")))
        XCTAssertEqual(fresh.meetingOpenedBy, "Ketua Pengurus")
    }

    func testAMotionAndAnSHUProposalCanBeWithdrawnButNotADecisionTheSHUApprovalRestsOn() throws {
        var s = try Fixtures.openedMeeting(Fixtures.members(3))
        for n in ["0001", "0002"] { try s.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:30"))) }
        try s.apply(.openMeeting(by: "Ketua", agenda: Agenda(items: [AgendaItem(kind: .surplusDistribution),
                                                                     AgendaItem(kind: .closing)]), at: t("2026-03-21 09:00")))
        try s.apply(.proposeShu(surplus: Rupiah(sen: 15_000_000_000), at: t("2026-03-21 09:01")))
        try withdraw(&s, s.eventCount, "09:02")
        XCTAssertNil(s.shuProposal)
        try s.apply(.proposeShu(surplus: Rupiah(sen: 15_000_000_000), at: t("2026-03-21 09:03")))
        try s.apply(.proposeMotion(text: "SHU dibagi", kind: .surplus, concerns: nil, at: t("2026-03-21 09:04")))
        try withdraw(&s, s.eventCount, "09:05", reason: "usul diketik dua kali")
        XCTAssertTrue(s.motions.isEmpty)
        XCTAssertTrue(s.withdrawals.last?.line.hasPrefix("usul nomor 1 pukul 09.04 WIB (\"SHU dibagi\") dibatalkan") == true,
                      s.withdrawals.last?.line ?? "")
        try s.apply(.proposeMotion(text: "SHU dibagi menurut usulan", kind: .surplus, concerns: nil, at: t("2026-03-21 09:06")))
        try s.apply(.decideMotion(motion: 1, method: .consensus, outcome: .accepted, notes: [], at: t("2026-03-21 09:07")))
        XCTAssertNotNil(s.shuApproval)
        let decision = Int64(s.journalKinds.lastIndex(of: .decisionRecorded)! + 1)
        XCTAssertThrowsError(try withdraw(&s, decision, "09:08")) {
            XCTAssertEqual($0 as? RapatError, .eventReliedUpon(decision, later: decision + 1, laterKind: "shu_approved"))
        }
    }

    func testWithdrawalIsRefusedForAttendanceTwiceForLaterRelianceWithoutReasonAndForOtherKinds() throws {
        var state = try opened()
        let checkIn = state.journalKinds.firstIndex(of: .memberCheckedIn).map { Int64($0 + 1) }!
        XCTAssertThrowsError(try withdraw(&state, checkIn, "09:01")) {
            XCTAssertEqual($0 as? RapatError, .attendanceNotWithdrawable(checkIn))
        }
        XCTAssertThrowsError(try withdraw(&state, 999, "09:01")) { XCTAssertEqual($0 as? RapatError, .noSuchEvent(999)) }
        try state.apply(.declareQuorum(at: t("2026-03-21 09:02")))
        let quorum = state.eventCount
        XCTAssertThrowsError(try withdraw(&state, quorum, "09:03", reason: "  ")) {
            XCTAssertEqual($0 as? RapatError, .missingField("Alasan pembatalan"))
        }
        // The agenda moved on relying on the quorum: withdraw the move first.
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:04")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:05")))
        XCTAssertThrowsError(try withdraw(&state, quorum, "09:06")) {
            XCTAssertEqual($0 as? RapatError, .eventReliedUpon(quorum, later: quorum + 2, laterKind: "agenda_item_started"))
        }
        // Attendance in between does not count as reliance.
        try state.apply(.markLeft(MemberNumber("0003"), at: t("2026-03-21 09:06")))
        try withdraw(&state, quorum + 2, "09:07")
        try withdraw(&state, quorum + 1, "09:08")
        try withdraw(&state, quorum, "09:09")
        XCTAssertThrowsError(try withdraw(&state, quorum, "09:10")) {
            XCTAssertEqual($0 as? RapatError, .eventAlreadyWithdrawn(quorum, at: t("2026-03-21 09:09"), zone: .wib))
        }
        let withdrawal = state.eventCount
        XCTAssertThrowsError(try withdraw(&state, withdrawal, "09:10")) {
            XCTAssertEqual($0 as? RapatError, .notWithdrawable(withdrawal, "event_withdrawn"))
        }
        try state.apply(.recordNote(text: "catatan", at: t("2026-03-21 09:11")))
        let note = state.eventCount
        XCTAssertThrowsError(try withdraw(&state, note, "09:12")) {
            XCTAssertEqual($0 as? RapatError, .notWithdrawable(note, "note_recorded"), "notes have their own correction")
        }
        // A decision relied upon by the SHU approval, or the result of a vote, is not withdrawn.
        XCTAssertTrue(RapatError.notWithdrawable(1, "decision_recorded").message.contains("keputusan mufakat"))
    }

    func testTheScriptLineCarriesSeqAndReason() throws {
        let state = try opened()
        let context = CommandScript.Context(rules: state.rules, profile: Fixtures.profile, agenda: agenda,
                                            now: t("2026-03-21 09:05"))
        let command = try CommandScript.parse(#"{"cmd":"withdraw","seq":7,"reason":"salah tekan"}"#, context: context)
        guard case let .withdrawEvent(sequence, reason, _)? = command else { return XCTFail("\(String(describing: command))") }
        XCTAssertEqual(sequence, 7)
        XCTAssertEqual(reason, "salah tekan")
    }
}
