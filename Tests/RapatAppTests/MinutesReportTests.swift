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

    func testTheNotulenStatesTheRegisterCutoffAndHowManyItLeftOut() throws {
        var members = Fixtures.members(5)
        members[4].joinedOn = "2026-03-21"
        var state = MeetingState()
        var entries: [JournalEntry] = []
        for command in [
            Command.importRoster(members: members, digest: "test", source: "test.csv", at: Fixtures.opening),
            .openRegistration(rules: MeetingRules(registerCutoff: "2026-03-20"), profile: Fixtures.profile, at: Fixtures.opening),
        ] {
            for event in try state.apply(command) { entries.append(JournalEntry(sequence: Int64(entries.count + 1), event: event)) }
        }
        let text = MinutesReport.render(entries, format: .text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("anggota terdaftar 4 (empat) orang per 20 Maret 2026 (batas buku daftar anggota; yang "
            + "masuk sesudahnya peninjau: 1 (satu) orang); kuorum lebih dari 1/2"), text)
    }
}

