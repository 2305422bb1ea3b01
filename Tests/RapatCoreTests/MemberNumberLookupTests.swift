import RapatCore
import RapatTesting
import XCTest

/// A number finds its member without its leading zeros (issue 11 item 5).
final class MemberNumberLookupTests: XCTestCase {
    private let members = [
        Fixtures.member("0007", "Siti Aminah"), Fixtures.member("0012", "Budi Santoso"),
        Fixtures.member("KSP-0003", "Made Wirawan"), Fixtures.member("100", "Yohanes Lake"),
    ]

    func testNormalizedKeyDropsSpacesAndLeadingZerosOfEachDigitRun() {
        XCTAssertEqual(MemberNumber("0012").normalizedKey, "12")
        XCTAssertEqual(MemberNumber(" 00 12 ").normalizedKey, "12")
        XCTAssertEqual(MemberNumber("ksp-0003").normalizedKey, "KSP-3")
        XCTAssertEqual(MemberNumber("100").normalizedKey, "100", "inner and trailing zeros stay")
        XCTAssertEqual(MemberNumber("000").normalizedKey, "0")
        XCTAssertEqual(MemberNumber("A0B").normalizedKey, "A0B")
    }

    func testANumberMatchingExactlyOneMemberFindsThem() {
        let roster = Roster(version: 1, members: members, digest: "")
        XCTAssertEqual(roster.registeredNumber(MemberNumber("7")), MemberNumber("0007"))
        XCTAssertEqual(roster.registeredNumber(MemberNumber("00012")), MemberNumber("0012"))
        XCTAssertEqual(roster.registeredNumber(MemberNumber("KSP-3")), MemberNumber("KSP-0003"))
        XCTAssertEqual(roster.registeredNumber(MemberNumber("0100")), MemberNumber("100"))
        XCTAssertEqual(roster.member(MemberNumber("0007"))?.name, "Siti Aminah", "exact numbers still match")
        XCTAssertNil(roster.position(of: MemberNumber("10")))
        XCTAssertNil(roster.position(of: MemberNumber("000")))
    }

    func testARosterWithTwoEqualNumbersIsRefusedSoALookupIsNeverAmbiguous() throws {
        var state = MeetingState()
        let ambiguous = members + [Fixtures.member("12", "Ani")]
        XCTAssertThrowsError(try state.decide(.importRoster(members: ambiguous, digest: "x", source: "a.csv",
                                                              at: Fixtures.opening))) { error in
            XCTAssertEqual(error as? RapatError, .duplicateMemberNumber(MemberNumber("12")))
        }
        // A roster recorded before the check (both numbers present) finds neither by the shared key.
        let old = Roster(version: 1, members: ambiguous, digest: "")
        XCTAssertNil(old.position(of: MemberNumber("012")))
        XCTAssertEqual(old.registeredNumber(MemberNumber("12")), MemberNumber("12"), "the exact number still wins")
        for event in try state.decide(.importRoster(members: members, digest: "x", source: "a.csv", at: Fixtures.opening)) {
            state.evolve(event)
        }
    }

    func testCommandsRecordTheRegisteredNumber() throws {
        var state = try Fixtures.openedMeeting(members)
        let events = try state.decide(.checkIn(MemberNumber("7"), at: Fixtures.time("2026-03-21 08:30")))
        XCTAssertEqual(events, [.memberCheckedIn(MemberNumber("0007"), at: Fixtures.time("2026-03-21 08:30"))])
        for event in events { state.evolve(event) }
        XCTAssertEqual(state.quorum.present, 1)
        XCTAssertThrowsError(try state.decide(.checkIn(MemberNumber("0007"), at: Fixtures.time("2026-03-21 08:31"))),
                             "7 and 0007 are the same member")
        XCTAssertThrowsError(try state.decide(.checkIn(MemberNumber("8"), at: Fixtures.time("2026-03-21 08:31")))) { error in
            XCTAssertEqual(error as? RapatError, .notAMember(MemberNumber("8")))
        }
    }

    func testOneCandidateWrittenTwiceIsRefused() throws {
        let state = try Fixtures.openedMeeting(members)
        let votes = [MemberNumber("7"): 1, MemberNumber("0007"): 2]
        XCTAssertThrowsError(try state.decide(.countCandidateBallots(issued: 3, returned: 3, votes: votes, blank: 0, invalid: [],
                                                                      at: Fixtures.time("2026-03-21 10:00")))) { error in
            guard case let .invalidValue(message)? = error as? RapatError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasPrefix("Calon 0007 ditulis dua kali"), message)
        }
    }
}
