import Foundation
import RapatApp
import RapatDocuments
import RapatCore
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// The desk's clock stepping back mid-meeting: the desk keeps working with times just after the journal's latest
/// meeting event and records one note per step (DECISIONS.md "Time runs forward").
final class ClockStepTests: XCTestCase {
    private let t = Fixtures.time
    /// One millisecond after `date`, as the desk stamps it.
    private func justAfter(_ date: Date) -> Date { Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000 + 1) / 1000) }

    func testAClockSteppingBackIsNotedOnceAndNeverBlocksTheDesk() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("rat.rapat")
        let members = DeskFixtures.members
        let session = try MeetingSession(file: MeetingFile.create(at: path))
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                          at: t("2026-03-20 10:00")))
        let settings = CooperativeSettings(profile: Fixtures.profile, rules: .defaults, city: "")
        let runner = DeskRunner(session: session, settings: settings, clock: { self.t("2026-03-21 09:00") })
        /// Reads the injected clock, then types `keys` as the run loop does.
        func at(_ time: String, _ keys: [Key]) {
            runner.send(.tick(t(time)))
            for key in keys { runner.send(.key(key)) }
        }
        func scan(_ number: String) -> [Key] { number.map { Key.character($0) } + [.enter] }

        // Given registration opened at 09:00 and a check-in at 09:01
        at("2026-03-21 09:00", [.function(2), .enter])  // F2 asks; Enter confirms
        at("2026-03-21 09:01", scan("0001"))
        // When the laptop's clock is set back to 08:10 and two more cards are scanned
        at("2026-03-21 08:10", scan("0002"))
        at("2026-03-21 08:11", scan("0003"))
        // Then both are recorded just after 09:01, with one note of the step
        XCTAssertEqual(runner.state.meeting.quorum.present, 3)
        XCTAssertEqual(runner.state.message?.kind, .success, runner.state.message?.text ?? "")
        let last = t("2026-03-21 09:01")
        XCTAssertEqual(session.state.clockSteps, [ClockStep(observed: t("2026-03-21 08:10"), last: last,
                                                            at: justAfter(last))])
        XCTAssertTrue(runner.state.log.contains { $0.symbol == "⏱" && $0.text.contains("pukul 08.10 WIB") })
        // When the clock catches up and later steps back again, that is a second note
        at("2026-03-21 09:30", scan("0004"))
        at("2026-03-21 09:20", scan("0005"))
        XCTAssertEqual(session.state.clockSteps.count, 2)
        XCTAssertEqual(session.state.clockSteps.last?.last, t("2026-03-21 09:30"))

        // The journal runs forward, and the notulen says what happened in Indonesian
        let entries = try MeetingFile.open(at: path, writable: false, purpose: "test").entries()
        let times = entries.map(\.event).filter { !$0.isAdministrative }.map(\.at)
        XCTAssertEqual(times, times.sorted())
        XCTAssertEqual(entries.last?.event.at, justAfter(t("2026-03-21 09:30")))
        XCTAssertEqual(session.state.quorum.present, 5)
        let items = MinutesReport.blocks(entries)?.blocks.compactMap { block -> String? in
            if case let .item(text) = block { return text } else { return nil }
        } ?? []
        XCTAssertTrue(items.contains("pukul 09.01 WIB: catatan — jam komputer menunjukkan pukul 08.10 WIB, lebih awal dari "
                                     + "catatan terakhir pukul 09.01 WIB; waktu berikutnya dicatat berurutan sesudah catatan "
                                     + "terakhir sampai jam komputer menyusul."), "\(items)")
    }

    func testAfterARestartTheSameStepIsNotNotedAgain() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("rat.rapat")
        let members = DeskFixtures.members
        do {
            let session = try MeetingSession(file: MeetingFile.create(at: path))
            try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                              at: t("2026-03-20 10:00")))
            try session.execute(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: t("2026-03-21 09:00")))
            try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 09:01")))
            try session.execute(.noteClockSteppedBack(observed: t("2026-03-21 08:10"), last: t("2026-03-21 09:01"),
                                                      at: t("2026-03-21 09:01")))
        }
        let session = try MeetingSession.open(path: path, purpose: "test")
        let settings = CooperativeSettings(profile: Fixtures.profile, rules: .defaults, city: "")
        let runner = DeskRunner(session: session, settings: settings, clock: { self.t("2026-03-21 08:12") })
        XCTAssertNil(runner.state.dueClockNote())
        XCTAssertEqual(runner.state.now, justAfter(t("2026-03-21 09:01")))
        for key in "0002".map({ Key.character($0) }) + [.enter] { runner.send(.key(key)) }
        XCTAssertEqual(session.state.quorum.present, 2)
        XCTAssertEqual(session.state.clockSteps.count, 1)
    }
}
