import Foundation
import RapatApp
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// The scripted short RAT in demo/ rendered as notulen, compared with golden files.
final class MinutesReportTests: XCTestCase {
    private func scriptedMeeting() throws -> [JournalEntry] {
        let entries = try DemoMeeting.scripted().entries
        XCTAssertEqual(MeetingState.replaying(entries.map(\.event)).phase, .closed)
        return entries
    }

    func testNotulenOfTheScriptedMeetingMatchesTheGoldenFiles() throws {
        let entries = try scriptedMeeting()
        let markdown = MinutesReport.render(entries, format: .markdown)
        assertTextSnapshot(markdown, named: "notulen-rat-singkat.md")
        assertTextSnapshot(MinutesReport.render(entries, format: .text), named: "notulen-rat-singkat.txt")
        XCTAssertEqual(markdown, MinutesReport.render(entries, format: .markdown), "same journal, same bytes")
        XCTAssertTrue(MinutesReport.render(entries, format: .text).split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
