import Foundation
import RapatApp
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// The scripted short RAT in demo/ rendered as notulen, compared with golden files.
final class MinutesReportTests: XCTestCase {
    private var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Replays demo/rat-singkat.jsonl on the demo roster in memory, through the same parser as `rapat apply`.
    private func scriptedMeeting() throws -> [JournalEntry] {
        let members = try RosterCSV.read(path: repository.appendingPathComponent("demo/anggota.csv").path).members
        let profile = CooperativeProfile(name: "Koperasi Simpan Pinjam \"Maju Bersama\"", abbreviation: "KSP-MB",
                                         legalEntityNumber: "518/389/BH/KPTS/DISKOPERINDAG/I/2015", ratNumber: 12,
                                         fiscalYear: 2025, timeZone: .wib, scheduledStart: Fixtures.time("2026-03-21 09:00"),
                                         place: "Balai Pertemuan Desa Sukamaju")
        let agenda = try AgendaFile.load(from: repository.appendingPathComponent("templates/susunan-acara.toml").path)
        var state = MeetingState()
        var events = try state.apply(.importRoster(members: members, digest: Roster.digest(of: members), source: "anggota.csv",
                                                   at: Fixtures.time("2026-03-20 10:00")))
        let script = try String(contentsOf: repository.appendingPathComponent("demo/rat-singkat.jsonl"), encoding: .utf8)
        let context = CommandScript.Context(rules: .defaults, profile: profile, agenda: agenda, now: Fixtures.opening)
        for line in script.split(separator: "\n") {
            guard let command = try CommandScript.parse(String(line), context: context) else { continue }
            events += try state.apply(command)
        }
        XCTAssertEqual(state.phase, .closed)
        return events.enumerated().map { JournalEntry(sequence: Int64($0.offset + 1), event: $0.element) }
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
