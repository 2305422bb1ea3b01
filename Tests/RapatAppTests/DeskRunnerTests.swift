import Foundation
import RapatApp
import RapatCore
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// The run loop against a scripted terminal and a real meeting file.
final class DeskRunnerTests: XCTestCase {
    func testKeysBecomeDurableEventsAndRefusalsKeepTheScreenConsistent() throws {
        let path = NSTemporaryDirectory() + "rapat-runner-\(UUID().uuidString).rapat"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let members = DeskFixtures.members
        do {
            let session = try MeetingSession(file: MeetingFile.create(at: path))
            try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                              at: Fixtures.opening))
            let settings = CooperativeSettings(profile: Fixtures.profile, rules: .defaults, city: "")
            let runner = DeskRunner(session: session, settings: settings, clock: { Fixtures.time("2026-03-21 08:40") })
            let scan: [Key] = [.character("0"), .character("0"), .character("0"), .character("1"), .enter]
            var events: [InputEvent] = [.key(.function(2)), .key(.enter)]  // F2 asks; Enter confirms
            events += scan.map { InputEvent.key($0) }
            events.append(.resize(width: 80, height: 24))
            events += scan.map { InputEvent.key($0) }  // the same card again: refused
            events.append(.tick)
            let terminal = ScriptedTerminal(events)
            runner.run(on: terminal)
            XCTAssertTrue(runner.state.quitRequested)
            XCTAssertEqual(runner.state.meeting.quorum.present, 1, "the app shows the session's state after a refusal")
            XCTAssertEqual(runner.state.meeting.eventCount, session.state.eventCount)
            XCTAssertEqual(runner.state.message?.kind, .error)
            XCTAssertTrue(runner.state.message?.text.contains("sudah hadir sejak pukul 08.40 WIB") == true)
            XCTAssertTrue(terminal.frames.last?.text.contains("sudah hadir sejak") == true, terminal.frames.last?.text ?? "")
        }
        // What the screen acknowledged is in the file.
        let reopened = try MeetingFile.open(at: path, writable: false, purpose: "test").replay()
        XCTAssertEqual(reopened.quorum.present, 1)
        XCTAssertNotNil(reopened.opening)
    }
}
