import Foundation
import RapatApp
import RapatCore
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 13 item 11: a refused scan rings the bell (`bunyi_tolak`, on by default); a successful one never does.
final class DeskBellTests: XCTestCase {
    private func run(_ keys: [Key], desk: DeskSettings = DeskSettings()) throws -> (ScriptedTerminal, DeskRunner) {
        let path = NSTemporaryDirectory() + "rapat-bell-\(UUID().uuidString).rapat"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let members = DeskFixtures.members
        let session = try MeetingSession(file: MeetingFile.create(at: path))
        defer { session.close() }
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                          at: Fixtures.opening))
        let settings = CooperativeSettings(profile: Fixtures.profile, rules: .defaults, city: "", desk: desk)
        let runner = DeskRunner(session: session, settings: settings, clock: { Fixtures.time("2026-03-21 08:40") })
        let terminal = ScriptedTerminal([.key(.function(2)), .key(.enter)] + keys.map { InputEvent.key($0) })
        runner.run(on: terminal)
        return (terminal, runner)
    }

    private func scan(_ number: String) -> [Key] { number.map { Key.character($0) } + [.enter] }

    func testASuccessfulCheckInIsSilent() throws {
        let (terminal, runner) = try run(scan("0001") + scan("0003"))
        XCTAssertEqual(runner.state.meeting.quorum.present, 2)
        XCTAssertEqual(terminal.alerts, [], "no bell on success, nor when opening registration")
    }

    func testARefusedScanRingsOnceAtTheRefusal() throws {
        let (terminal, runner) = try run(scan("0001") + scan("0001") + scan("0003"))
        XCTAssertEqual(runner.state.meeting.quorum.present, 2)
        // Frames: F2, Enter, 5 for the first scan, 5 for the refused one: the bell follows its Enter.
        XCTAssertEqual(terminal.alerts, [12], "one bell, right after the repeated card")
        XCTAssertTrue(terminal.frames[12].text.contains("sudah hadir sejak"), terminal.frames[12].text)
    }

    func testAnUnknownNumberRings() throws {
        let (terminal, _) = try run(scan("9999"))
        XCTAssertEqual(terminal.alerts.count, 1)
    }

    func testTheBellCanBeTurnedOff() throws {
        let (terminal, runner) = try run(scan("0001") + scan("0001"), desk: DeskSettings(alertOnRefusal: false))
        XCTAssertEqual(runner.state.message?.kind, .error)
        XCTAssertEqual(terminal.alerts, [])
    }
}
