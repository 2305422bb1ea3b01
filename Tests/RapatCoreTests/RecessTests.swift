import RapatCore
import RapatTesting
import XCTest

final class RecessTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .boardReport), AgendaItem(kind: .closing)])

    func testSkorsingBlocksDecisionsUntilResumedAndResumingRechecksQuorum() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(5))  // Q = 3
        for n in ["0001", "0002", "0003"] { try state.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:50"))) }
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        XCTAssertThrowsError(try state.apply(.resumeMeeting(at: t("2026-03-21 09:01")))) {
            XCTAssertEqual($0 as? RapatError, .notInRecess)
        }
        XCTAssertThrowsError(try state.apply(.suspendMeeting(reason: " ", at: t("2026-03-21 09:01"))))
        try state.apply(.suspendMeeting(reason: "ishoma", at: t("2026-03-21 11:30")))
        let inRecess = RapatError.inRecess(since: t("2026-03-21 11:30"), zone: .wib)
        XCTAssertThrowsError(try state.apply(.recordDecision(text: "x", method: .consensus, outcome: .accepted, notes: [],
                                                             at: t("2026-03-21 11:31")))) { XCTAssertEqual($0 as? RapatError, inRecess) }
        XCTAssertThrowsError(try state.apply(.nextAgendaItem(at: t("2026-03-21 11:31")))) { XCTAssertEqual($0 as? RapatError, inRecess) }
        XCTAssertThrowsError(try state.apply(.suspendMeeting(reason: "lagi", at: t("2026-03-21 11:31"))))
        // Members keep moving during the recess.
        try state.apply(.markLeft(MemberNumber("0003"), at: t("2026-03-21 11:35")))
        try state.apply(.resumeMeeting(at: t("2026-03-21 11:45")))
        XCTAssertNil(state.currentRecess)
        XCTAssertEqual(state.recesses.first?.end, t("2026-03-21 11:45"))
        XCTAssertEqual(state.quorumDeclarations.last?.present, 2, "the resume records the quorum re-check")
        XCTAssertFalse(state.quorumDeclarations.last?.isMet ?? true)
    }

    func testQuorumLostOnlyAfterItWasDeclaredMet() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(5))
        for n in ["0001", "0002", "0003"] { try state.apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:50"))) }
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.markLeft(MemberNumber("0001"), at: t("2026-03-21 09:01")))
        XCTAssertFalse(state.quorumLost, "never declared met: still 'belum kuorum'")
        try state.apply(.markReturned(MemberNumber("0001"), at: t("2026-03-21 09:02")))
        try state.apply(.declareQuorum(at: t("2026-03-21 09:03")))
        try state.apply(.markLeft(MemberNumber("0002"), at: t("2026-03-21 10:00")))
        XCTAssertTrue(state.quorumLost)
        try state.apply(.markReturned(MemberNumber("0002"), at: t("2026-03-21 10:05")))
        XCTAssertFalse(state.quorumLost)
    }
}
