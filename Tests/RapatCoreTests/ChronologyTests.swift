import Foundation
import RapatCore
import RapatTesting
import XCTest

/// Time runs forward: meeting events never go back, nothing is dated in the future (DECISIONS.md).
final class ChronologyTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck),
                                        AgendaItem(kind: .general, title: "Lain-lain"), AgendaItem(kind: .closing)])

    /// Six present (Q = 4), the meeting opened at 08:50.
    private func openedAt0850(profile: CooperativeProfile = Fixtures.profile) throws -> MeetingState {
        var state = MeetingState()
        let members = Fixtures.members(6)
        try state.apply(.importRoster(members: members, digest: "test", source: "a.csv", at: t("2026-03-20 10:00")))
        try state.apply(.openRegistration(rules: .defaults, profile: profile, at: Fixtures.opening))
        for (i, member) in members.enumerated() {
            try state.apply(.checkIn(member.number, at: t("2026-03-21 08:\(10 + i)")))
        }
        try state.apply(.openMeeting(by: "Ketua Pengurus", agenda: agenda, at: t("2026-03-21 08:50")))
        return state
    }

    func testADecisionDatedBeforeTheOpeningIsRefusedNamingBothTimes() throws {
        // Given a meeting opened at 08:50 with 6 present
        var state = try openedAt0850()
        // When a decision dated 08:01 arrives
        let command = Command.recordDecision(text: "Menyetujui tata tertib", method: .consensus, outcome: .accepted,
                                             notes: [], at: t("2026-03-21 08:01"))
        // Then it is refused with both times, and nothing is recorded
        XCTAssertThrowsError(try state.apply(command)) { error in
            XCTAssertEqual(error as? RapatError,
                           .timeBeforeLastEvent(nil, at: self.t("2026-03-21 08:01"), last: self.t("2026-03-21 08:50"), zone: .wib))
            XCTAssertEqual((error as? RapatError)?.message,
                           "Waktu pukul 08.01 WIB lebih awal dari catatan terakhir pukul 08.50 WIB: waktu harus berurutan.")
        }
        XCTAssertTrue(state.decisions.isEmpty)
        // A late check-in of someone else (the old per-member rule let it through) is refused too.
        var late = try Fixtures.openedMeeting(Fixtures.members(3))
        try late.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:40")))
        XCTAssertThrowsError(try late.apply(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:39")))) { error in
            XCTAssertEqual(error as? RapatError, .timeBeforeLastEvent(MemberNumber("0002"), at: self.t("2026-03-21 08:39"),
                                                                      last: self.t("2026-03-21 08:40"), zone: .wib))
        }
    }

    func testACheckInDatedInTheFutureIsRefusedWithTheClock() throws {
        let state = try Fixtures.openedMeeting(Fixtures.members(3))
        let now = t("2026-03-21 08:30")
        XCTAssertThrowsError(try state.decide(.checkIn(MemberNumber("0001"), at: t("2099-03-21 08:30")), now: now)) { error in
            XCTAssertEqual(error as? RapatError, .timeInFuture(at: self.t("2099-03-21 08:30"), now: now, zone: .wib))
            XCTAssertEqual((error as? RapatError)?.message,
                           "Waktu 21 Maret 2099 pukul 08.30 WIB lebih dari 5 menit sesudah jam komputer "
                               + "(21 Maret 2026 pukul 08.30 WIB): periksa tanggal dan jam perintahnya, atau jam komputer.")
        }
        // Within the tolerance is accepted; one second past it is not.
        XCTAssertNoThrow(try state.decide(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:35")), now: now))
        XCTAssertThrowsError(try state.decide(
            .checkIn(MemberNumber("0001"), at: t("2026-03-21 08:35").addingTimeInterval(1)), now: now))
        // Administrative events may not be in the future either.
        XCTAssertThrowsError(try state.decide(.amendDocumentDetails(fields: ["tempat": "Balai Desa"], at: t("2099-01-01 10:00")),
                                              now: now))
    }

    func testEventsAtExactlyTheSameTimeAreAccepted() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        let at = t("2026-03-21 08:20")
        try state.apply(.checkIn(MemberNumber("0001"), at: at))
        try state.apply(.checkIn(MemberNumber("0002"), at: at))
        try state.apply(.markLeft(MemberNumber("0001"), at: at))
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: at))
        XCTAssertEqual(state.timelineLastAt, at)
        // Registration opening and the first check-in at the same instant too.
        var sameInstant = MeetingState()
        try sameInstant.apply(.importRoster(members: Fixtures.members(1), digest: "d", source: "a.csv", at: at))
        try sameInstant.apply(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: at))
        try sameInstant.apply(.checkIn(MemberNumber("0001"), at: at))
    }

    func testAdministrativeEventsOnOtherDaysDoNotBlockTheMeeting() throws {
        // Given `rapat init` and the roster import stamped today, and a script dated in March
        let today = t("2026-12-01 20:00")
        var state = MeetingState()
        try state.apply(.createMeeting(meetingID: "M-1", cooperative: "KSP Maju Bersama", at: today))
        try state.apply(.importRoster(members: Fixtures.members(4), digest: "d", source: "a.csv", at: today))
        // When the meeting's own events are applied in March, they are accepted
        try state.apply(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        // An SHU ledger imported today, during registration, does not move the timeline
        try state.apply(.importShuLedger(ShuLedgerImport(version: 1, digest: "d", source: "simpanan.csv", members: 4, at: today)))
        try state.apply(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:11")))
        try state.apply(.checkIn(MemberNumber("0003"), at: t("2026-03-21 08:12")))
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.declareQuorum(at: t("2026-03-21 09:05")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:05")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:06")))
        try state.apply(.nextAgendaItem(at: t("2026-03-21 09:07")))
        try state.apply(.closeMeeting(at: t("2026-03-21 11:00")))
        // And ba_details a week later, or a correction dated before the meeting, are accepted after closing
        try state.apply(.amendDocumentDetails(fields: ["tempat": "Balai Desa"], at: t("2026-03-28 10:00")))
        try state.apply(.amendDocumentDetails(fields: ["kota": "Bogor"], at: t("2026-03-20 10:00")))
        XCTAssertEqual(state.timelineLastAt, t("2026-03-21 11:00"), "administrative events are not on the timeline")
        XCTAssertEqual(state.lastEventAt, today)
        XCTAssertNoThrow(try state.checkChronology(of: [.documentDetailsAmended(DocumentAmendment(fields: [:], at: today))],
                                                   now: today))
    }

    func testAWitaCooperativesRefusalsPrintWita() throws {
        var profile = Fixtures.profile
        profile.timeZone = .wita
        var state = try openedAt0850(profile: profile)
        // 08:10 WIB is 09.10 WITA.
        XCTAssertThrowsError(try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 09:00")))) { error in
            XCTAssertTrue((error as? RapatError)?.message.contains("sudah hadir sejak pukul 09.10 WITA") == true,
                          (error as? RapatError)?.message ?? "")
        }
        XCTAssertThrowsError(try state.apply(.declareQuorum(at: t("2026-03-21 08:01")))) { error in
            XCTAssertEqual((error as? RapatError)?.message,
                           "Waktu pukul 09.01 WITA lebih awal dari catatan terakhir pukul 09.50 WITA: waktu harus berurutan.")
        }
        XCTAssertThrowsError(try state.decide(.declareQuorum(at: t("2099-03-21 08:00")), now: t("2026-03-21 09:00"))) { error in
            XCTAssertTrue((error as? RapatError)?.message.contains("21 Maret 2099 pukul 09.00 WITA") == true)
            XCTAssertTrue((error as? RapatError)?.message.contains("(21 Maret 2026 pukul 10.00 WITA)") == true)
        }
        // Before registration the zone comes with the opening itself.
        var fresh = MeetingState()
        try fresh.apply(.importRoster(members: Fixtures.members(1), digest: "d", source: "a.csv", at: Fixtures.opening))
        XCTAssertThrowsError(try fresh.decide(.openRegistration(rules: .defaults, profile: profile, at: t("2099-03-21 08:00")),
                                              now: Fixtures.opening)) { error in
            XCTAssertTrue((error as? RapatError)?.message.contains("WITA") == true)
        }
    }

    func testTimesOnDifferentDaysNameTheirDates() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(2))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:40")))
        XCTAssertThrowsError(try state.apply(.checkIn(MemberNumber("0002"), at: t("2026-03-20 08:40")))) { error in
            XCTAssertEqual((error as? RapatError)?.message,
                           "Waktu 20 Maret 2026 pukul 08.40 WIB untuk 0002 lebih awal dari catatan terakhir "
                               + "21 Maret 2026 pukul 08.40 WIB: waktu harus berurutan.")
        }
    }

    func testAClockStepNoteIsAMeetingEvent() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(2))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 09:00")))
        let last = t("2026-03-21 09:00"), stamp = last.addingTimeInterval(0.001)
        // Only a reading earlier than the last event is a step back.
        XCTAssertThrowsError(try state.apply(.noteClockSteppedBack(observed: last, last: last, at: stamp)))
        try state.apply(.noteClockSteppedBack(observed: t("2026-03-21 08:10"), last: last, at: stamp))
        XCTAssertEqual(state.clockSteps, [ClockStep(observed: t("2026-03-21 08:10"), last: last, at: stamp)])
        XCTAssertEqual(state.timelineLastAt, stamp)
        var fresh = MeetingState()
        XCTAssertThrowsError(try fresh.apply(.noteClockSteppedBack(observed: t("2026-03-21 08:10"), last: last, at: stamp))) {
            XCTAssertEqual($0 as? RapatError, .registrationNotOpen)
        }
    }
}
