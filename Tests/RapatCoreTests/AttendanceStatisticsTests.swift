import RapatCore
import RapatTesting
import XCTest

final class AttendanceStatisticsTests: XCTestCase {
    private let t = Fixtures.time

    func testCountsBucketsLateArrivalsAndDepartures() throws {
        // Given 6 counted members in two units, one luar biasa, scheduled start 09.00 with 5 minutes' grace
        var members = [
            Fixtures.member("01", "A", .male, unit: "Unit A"), Fixtures.member("02", "B", .female, unit: "Unit A"),
            Fixtures.member("03", "C", .female, unit: "Unit A"), Fixtures.member("04", "D", .male, unit: "Unit B"),
            Fixtures.member("05", "E", .male, unit: "Unit B"), Fixtures.member("06", "F", .female, unit: "Unit B"),
        ]
        members.append(Fixtures.member("LB", "Tamu", unit: "Unit B", status: .associate))
        var state = try Fixtures.openedMeeting(members, rules: MeetingRules(lateGraceMinutes: 5))
        // When they arrive at 08.40, 08.50, 08.59, 09.04 (within grace), 09.20 (late), and one leaves and returns
        try state.apply(.checkIn(MemberNumber("01"), at: t("2026-03-21 08:40")))
        try state.apply(.checkIn(MemberNumber("02"), at: t("2026-03-21 08:50")))
        try state.apply(.checkIn(MemberNumber("03"), at: t("2026-03-21 08:59")))
        try state.apply(.checkIn(MemberNumber("04"), at: t("2026-03-21 09:04")))
        try state.apply(.checkIn(MemberNumber("05"), at: t("2026-03-21 09:20")))
        try state.apply(.checkIn(MemberNumber("LB"), at: t("2026-03-21 09:21")))
        try state.apply(.markLeft(MemberNumber("02"), at: t("2026-03-21 10:00")))
        try state.apply(.checkIn(MemberNumber("02"), at: t("2026-03-21 10:30")))
        try state.apply(.markLeft(MemberNumber("01"), at: t("2026-03-21 11:00")))

        let s = state.attendanceStatistics()
        XCTAssertEqual(s.registered, 6)
        XCTAssertEqual(s.attended, 5)
        XCTAssertEqual(s.presentNow, 4)
        XCTAssertEqual(s.byGender.map(\.attended), [3, 2])
        XCTAssertEqual(s.byGender.map(\.registered), [3, 3])
        XCTAssertEqual(s.byUnit.map(\.unit), ["Unit A", "Unit B"], "3/3 attended before 2/3")
        XCTAssertEqual(s.byUnit.map(\.absent), [0, 1])
        XCTAssertEqual(s.arrivalsPer15Minutes.map(\.count), [1, 2, 1, 1])
        XCTAssertEqual(s.arrivalsPer15Minutes.first?.start, t("2026-03-21 08:30"))
        XCTAssertEqual(s.lateArrivals.map(\.member.number), [MemberNumber("05")])
        XCTAssertEqual(s.lateArrivals.first?.minutesLate, 20)
        XCTAssertEqual(s.departures.map(\.member.number), [MemberNumber("02"), MemberNumber("01")])
        XCTAssertEqual(s.departures.first?.returned, t("2026-03-21 10:30"))
        XCTAssertNil(s.departures.last?.returned)
        XCTAssertEqual(s.notCounting.map(\.number), [MemberNumber("LB")])
        XCTAssertEqual(IndonesianFormat.percent(s.attended, of: s.registered), "83,33%")
    }
}
