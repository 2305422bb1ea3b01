import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// `rapat apply` through a real session: lines without `at` use now, lines with `at` are checked against the
/// journal and the clock (DECISIONS.md "Time runs forward").
final class ChronologySessionTests: XCTestCase {
    func testScriptLinesAreCheckedAgainstTheJournalAndTheClock() throws {
        let dir = TemporaryDirectory()
        let session = try MeetingSession(file: MeetingFile.create(at: dir.file("rat.rapat")))
        let members = Fixtures.members(3)
        // Given a meeting file created today, as `rapat init` and `rapat roster import` do
        try session.execute(.createMeeting(meetingID: "M-1", cooperative: "KSP Maju Bersama", at: Date()))
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv", at: Date()))
        let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile, now: Date())
        func apply(_ line: String) throws {
            guard let command = try CommandScript.parse(line, context: context) else { return XCTFail("blank line") }
            try session.execute(command)
        }
        // When a script dated in March runs, it is accepted
        try apply(#"{"cmd":"open_registration","at":"2026-03-21T08:00:00+07:00"}"#)
        try apply(#"{"cmd":"check_in","member":"0001","at":"2026-03-21 08:10"}"#)
        // A line dated in 2099 is refused and writes nothing
        let count = session.file.eventCount
        XCTAssertThrowsError(try apply(#"{"cmd":"check_in","member":"0002","at":"2099-03-21 08:10"}"#)) { error in
            guard case .timeInFuture = error as? RapatError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(session.file.eventCount, count)
        // A line without `at` is stamped now; a later line dated back in March is refused with both times
        try apply(#"{"cmd":"check_in","member":"0002"}"#)
        XCTAssertEqual(session.state.timelineLastAt, context.now)
        XCTAssertThrowsError(try apply(#"{"cmd":"check_in","member":"0003","at":"2026-03-21 08:20"}"#)) { error in
            XCTAssertEqual(error as? RapatError, .timeBeforeLastEvent(MemberNumber("0003"), at: Fixtures.time("2026-03-21 08:20"),
                                                                      last: context.now, zone: .wib))
        }
        XCTAssertEqual(session.state.quorum.present, 2)
    }
}
