import RapatCore
import RapatTesting
import XCTest

final class AttendanceDecisionTests: XCTestCase {
    private let t = Fixtures.time

    func testCheckInCountsTowardsQuorumUntilItIsMet() throws {
        // Given 5 registered members (Q = 3 under "more than half")
        var state = try Fixtures.openedMeeting(Fixtures.members(5))
        XCTAssertEqual(state.quorum.required, 3)
        // When two check in, then a third
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        try state.apply(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:11")))
        XCTAssertFalse(state.quorum.isMet)
        try state.apply(.checkIn(MemberNumber(" 0003 "), at: t("2026-03-21 08:12")))
        // Then quorum is met with margin 0
        XCTAssertTrue(state.quorum.isMet)
        XCTAssertEqual(state.quorum.present, 3)
        XCTAssertEqual(state.quorum.margin, 0)
        XCTAssertEqual(state.attendance.presentByGender[.male], 2)
        XCTAssertEqual(state.attendance.presentByGender[.female], 1)
    }

    func testDuplicateCheckInIsRefusedWithTheFirstTime() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:12")))
        XCTAssertThrowsError(try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:30")))) { error in
            guard case let RapatError.alreadyPresent(member, since, _, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(member.number, MemberNumber("0001"))
            XCTAssertEqual(since, self.t("2026-03-21 08:12"))
            XCTAssertTrue((error as? RapatError)?.message.contains("sudah hadir sejak pukul 08.12 WIB") == true)
        }
        XCTAssertEqual(state.quorum.present, 1)
    }

    func testNonMemberIsRefusedAndAssociateIsRecordedButNotCounted() throws {
        var members = Fixtures.members(2)
        members.append(Fixtures.member("LB-1", "Tamu Luar Biasa", status: .associate))
        var state = try Fixtures.openedMeeting(members)
        XCTAssertEqual(state.quorum.registered, 2, "luar biasa is not in N")
        XCTAssertThrowsError(try state.apply(.checkIn(MemberNumber("9999"), at: t("2026-03-21 08:10")))) { error in
            XCTAssertEqual(error as? RapatError, .notAMember(MemberNumber("9999")))
            XCTAssertTrue((error as? RapatError)?.message.contains("tidak terdaftar") == true)
        }
        try state.apply(.checkIn(MemberNumber("lb-1"), at: t("2026-03-21 08:10")))
        XCTAssertEqual(state.quorum.present, 0)
        XCTAssertEqual(state.attendance.presentNotCounting, 1)
    }

    func testEligibleVotersBaseExcludesSuspendedVotes() throws {
        var members = Fixtures.members(4)
        members[0].hasVotingRight = false
        let state = try Fixtures.openedMeeting(members, rules: MeetingRules(quorumBase: .eligibleVoters))
        XCTAssertEqual(state.quorum.registered, 3)
    }

    func testLeavingAndReturningKeepsEveryInterval() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        let number = MemberNumber("0002")
        try state.apply(.checkIn(number, at: t("2026-03-21 08:10")))
        try state.apply(.markLeft(number, at: t("2026-03-21 10:00")))
        XCTAssertEqual(state.quorum.present, 0)
        XCTAssertThrowsError(try state.apply(.markLeft(number, at: t("2026-03-21 10:05"))))
        // Scanning the card again records a return, not a second arrival.
        XCTAssertEqual(try state.apply(.checkIn(number, at: t("2026-03-21 10:30"))),
                       [.memberReturned(number, at: t("2026-03-21 10:30"))])
        try state.apply(.markLeft(number, at: t("2026-03-21 11:00")))
        try state.apply(.markReturned(number, at: t("2026-03-21 11:15")))
        XCTAssertThrowsError(try state.apply(.markReturned(number, at: t("2026-03-21 11:20"))))
        let record = try XCTUnwrap(state.attendance.record(at: 1))
        XCTAssertEqual(record.intervals.count, 3)
        XCTAssertEqual(record.intervals[0], AttendanceInterval(arrived: t("2026-03-21 08:10"), left: t("2026-03-21 10:00")))
        XCTAssertTrue(record.wasPresent(at: t("2026-03-21 09:00")))
        XCTAssertFalse(record.wasPresent(at: t("2026-03-21 10:10")))
        XCTAssertEqual(state.quorum.present, 1)
    }

    func testRefusalsBeforeRegistrationAndOutOfOrderTimes() throws {
        var fresh = MeetingState()
        XCTAssertThrowsError(try fresh.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))) {
            XCTAssertEqual($0 as? RapatError, .registrationNotOpen)
        }
        XCTAssertThrowsError(try fresh.apply(.openRegistration(rules: .defaults, profile: Fixtures.profile,
                                                               at: t("2026-03-21 08:00")))) {
            XCTAssertEqual($0 as? RapatError, .emptyRoster)
        }
        var state = try Fixtures.openedMeeting(Fixtures.members(2))
        XCTAssertThrowsError(try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 07:59"))),
                             "before registration opened")
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 09:00")))
        XCTAssertThrowsError(try state.apply(.markLeft(MemberNumber("0001"), at: t("2026-03-21 08:30"))),
                             "leaving before arriving")
        XCTAssertThrowsError(try state.apply(.importRoster(members: Fixtures.members(3), digest: "x", source: "b.csv",
                                                           at: t("2026-03-21 09:10")))) {
            guard case RapatError.rosterFrozen = $0 else { return XCTFail("\($0)") }
        }
    }

    func testVoidingACheckInRemovesOnlyTheLatestInterval() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(2))
        let number = MemberNumber("0001")
        try state.apply(.checkIn(number, at: t("2026-03-21 08:10")))
        XCTAssertThrowsError(try state.apply(.voidCheckIn(number, reason: "  ", at: t("2026-03-21 08:11"))))
        try state.apply(.voidCheckIn(number, reason: "salah pindai kartu", at: t("2026-03-21 08:11")))
        XCTAssertEqual(state.quorum.present, 0)
        XCTAssertNil(state.attendance.record(at: 0))
        XCTAssertEqual(state.voidedCheckIns.count, 1)
        // The member can then check in for real.
        try state.apply(.checkIn(number, at: t("2026-03-21 08:40")))
        XCTAssertEqual(state.quorum.present, 1)
    }

    func testDuplicateNumbersInARosterAreRefused() {
        var state = MeetingState()
        let members = [Fixtures.member("1", "A"), Fixtures.member("01", "B"), Fixtures.member("1", "C")]
        XCTAssertThrowsError(try state.apply(.importRoster(members: members, digest: "x", source: "a.csv",
                                                           at: Fixtures.opening))) {
            // "01" is "1" without its leading zero, so it is the first duplicate (issue 11).
            XCTAssertEqual($0 as? RapatError, .duplicateMemberNumber(MemberNumber("01")))
        }
        let exact = [Fixtures.member("1", "A"), Fixtures.member("2", "B"), Fixtures.member("1", "C")]
        XCTAssertThrowsError(try state.apply(.importRoster(members: exact, digest: "x", source: "a.csv",
                                                           at: Fixtures.opening))) {
            XCTAssertEqual($0 as? RapatError, .duplicateMemberNumber(MemberNumber("1")))
        }
    }

    func testReplayingEventsReachesTheSameState() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(10))
        var events: [Event] = []
        for i in 1...10 {
            events += try state.apply(.checkIn(MemberNumber(String(format: "%04d", i)), at: t("2026-03-21 08:\(10 + i)")))
        }
        events += try state.apply(.markLeft(MemberNumber("0003"), at: t("2026-03-21 09:30")))
        var replayed = try Fixtures.openedMeeting(Fixtures.members(10))
        for event in events { replayed.evolve(event) }
        XCTAssertEqual(replayed.attendance, state.attendance)
        XCTAssertEqual(replayed.quorum, state.quorum)
    }
}

final class MeetingCreationTests: XCTestCase {
    func testAMeetingIsCreatedOnceWithACooperativeName() throws {
        var state = MeetingState()
        XCTAssertThrowsError(try state.apply(.createMeeting(meetingID: "M", cooperative: " ", at: Fixtures.opening)))
        try state.apply(.createMeeting(meetingID: "M-1", cooperative: "KSP Maju", at: Fixtures.opening))
        XCTAssertEqual(state.meetingID, "M-1")
        XCTAssertEqual(state.cooperativeName, "KSP Maju")
        XCTAssertThrowsError(try state.apply(.createMeeting(meetingID: "M-2", cooperative: "KSP", at: Fixtures.opening))) {
            XCTAssertEqual($0 as? RapatError, .meetingAlreadyCreated)
        }
    }
}
