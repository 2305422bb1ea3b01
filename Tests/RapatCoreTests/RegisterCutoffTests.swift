import Foundation
import RapatCore
import RapatTesting
import XCTest

/// The register cut-off (DOMAIN P5, §8.7, E30, §18 `register_cutoff`): who joined after it is a peninjau — recorded
/// when present, but not in N, not in H, and without a vote.
final class RegisterCutoffTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .boardReport),
                                        AgendaItem(kind: .reportApproval), AgendaItem(kind: .closing)])

    /// Five anggota biasa; 0004 joined on the cut-off day itself, 0005 the day after it and 0006 in 2030.
    private func members() -> [Member] {
        var members = Fixtures.members(6)
        members[3].joinedOn = "2026-03-20"
        members[4].joinedOn = "2026-03-21"
        members[5].joinedOn = "2030-01-01"
        return members
    }

    private let rules = MeetingRules(registerCutoff: "2026-03-20")

    func testMembersWhoJoinedAfterTheCutoffAreNotInN() throws {
        let state = try Fixtures.openedMeeting(members(), rules: rules)
        XCTAssertEqual(state.quorum.registered, 4, "0005 and 0006 joined after 20 March")
        XCTAssertEqual(state.opening?.registered, 4, "N is recorded at the opening")
        XCTAssertEqual(state.quorum.required, 3)
        XCTAssertEqual(state.observersExcluded.map(\.number.rawValue), ["0005", "0006"])
        XCTAssertFalse(state.isObserver(state.roster.members[3]), "joining on the cut-off day is in time")
        // Without a cut-off (meeting files from before it was applied) everyone counts, as before.
        XCTAssertEqual(try Fixtures.openedMeeting(members()).quorum.registered, 6)
    }

    func testAPeninjauIsRecordedButNotCountedAndStatisticsLeaveThemOut() throws {
        var state = try Fixtures.openedMeeting(members(), rules: rules)
        try state.apply(.checkIn(MemberNumber("0006"), at: t("2026-03-21 08:10")))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:11")))
        XCTAssertEqual(state.quorum.present, 1)
        XCTAssertEqual(state.attendance.presentNotCounting, 1)
        XCTAssertEqual(state.attendance.attendedCount, 2, "the peninjau is in the daftar hadir")
        let stats = state.attendanceStatistics()
        XCTAssertEqual(stats.attended, 1)
        XCTAssertEqual(stats.notCounting.map(\.number.rawValue), ["0006"])
        XCTAssertEqual(stats.byGender.map(\.registered).reduce(0, +), 4, "the split of N matches N")
        XCTAssertEqual(stats.byUnit.map(\.registered).reduce(0, +), 4)
    }

    func testAPeninjauCannotVoteNorGiveAProxy() throws {
        var state = try Fixtures.openedMeeting(members(), rules: MeetingRules(
            voting: VotingRules(proxiesAllowed: true), registerCutoff: "2026-03-20"))
        for number in ["0001", "0002", "0003", "0005"] {
            try state.apply(.checkIn(MemberNumber(number), at: t("2026-03-21 08:30")))
        }
        XCTAssertThrowsError(try state.apply(.grantProxy(principal: MemberNumber("0006"), holder: MemberNumber("0001"),
                                                         letter: "SK-1", at: t("2026-03-21 08:40")))) { error in
            XCTAssertTrue((error as? RapatError)?.message.contains("tidak punya hak suara") == true, "\(error)")
        }
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.proposeMotion(text: "Usul", kind: .ordinary, concerns: nil, at: t("2026-03-21 10:00")))
        try state.apply(.openVote(subject: .motion(1), method: .rollCall, at: t("2026-03-21 10:01")))
        let peninjau = try XCTUnwrap(state.roster.member(MemberNumber("0005")))
        XCTAssertThrowsError(try state.apply(.castVote(member: MemberNumber("0005"), choice: .yes,
                                                       at: t("2026-03-21 10:02")))) { error in
            XCTAssertEqual(error as? RapatError, .cannotVote(peninjau, reason: "peninjau: masuk 21 Maret 2026, sesudah batas "
                + "buku daftar anggota 20 Maret 2026; tidak punya hak suara"))
        }
        try state.apply(.castVote(member: MemberNumber("0001"), choice: .yes, at: t("2026-03-21 10:02")))
        try state.apply(.closeVote(castingVote: nil, at: t("2026-03-21 10:03")))
        XCTAssertEqual(state.closedVotes.last?.result.eligible, 3, "the peninjau present is not on the list")
    }

    func testAQuorumAboveNWarnsAtTheOpening() throws {
        let one = try Fixtures.openedMeeting(Fixtures.members(1), rules: MeetingRules(quorumRule: .halfPlusOneLiteral))
        XCTAssertEqual(one.quorum.required, 2)
        XCTAssertEqual(one.opening?.quorumWarning, "Peringatan: kuorum 1/2 + 1 (harfiah) dari N = 1 adalah Q = 2, lebih dari N; "
            + "rapat tidak akan pernah kuorum: periksa quorum_rule di koperasi.toml dan buku daftar anggota")
        XCTAssertNil(try Fixtures.openedMeeting(Fixtures.members(2), rules: MeetingRules(quorumRule: .halfPlusOneLiteral))
            .opening?.quorumWarning, "N = 2: Q = 2")
        // Every member joined after the cut-off: N = 0, Q = 1.
        var late = Fixtures.members(2)
        for i in late.indices { late[i].joinedOn = "2026-03-21" }
        XCTAssertNotNil(try Fixtures.openedMeeting(late, rules: rules).opening?.quorumWarning)
    }

    func testTheCutoffIsFrozenWithTheRulesAndOlderRulesDecodeWithout() throws {
        let data = try JSONEncoder().encode(rules)
        let json = try XCTUnwrap(String(data: data, encoding: .utf8))
        XCTAssertTrue(json.contains("\"register_cutoff\":\"2026-03-20\""), json)
        XCTAssertEqual(try JSONDecoder().decode(MeetingRules.self, from: data), rules)
        XCTAssertFalse(String(decoding: try JSONEncoder().encode(MeetingRules.defaults), as: UTF8.self)
            .contains("register_cutoff"), "no key without a cut-off: older journals keep their bytes")
    }
}
