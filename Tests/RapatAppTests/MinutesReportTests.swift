import Foundation
import RapatApp
import RapatDocuments
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// The notulen exactly as `rapat notulen` and `rapat docs` print it.
func notulen(_ entries: [JournalEntry], _ format: String) -> String {
    let data = try? DocumentSet.single(.notulen, format: format, entries: entries, ledger: nil, templates: .builtIn, digest: "",
                                       meetingFile: "rat.rapat")
    return data.map { String(decoding: $0, as: UTF8.self) } ?? ""
}

/// The scripted short RAT in demo/ rendered as notulen, compared with golden files.
final class MinutesReportTests: XCTestCase {
    private func scriptedMeeting() throws -> [JournalEntry] {
        let entries = try DemoMeeting.scripted().entries
        XCTAssertEqual(MeetingState.replaying(entries.map(\.event)).phase, .closed)
        return entries
    }

    func testNotulenOfTheScriptedMeetingMatchesTheGoldenFiles() throws {
        let entries = try scriptedMeeting()
        let markdown = notulen(entries, "md")
        assertTextSnapshot(markdown, named: "notulen-rat-singkat.md")
        assertTextSnapshot(notulen(entries, "txt"), named: "notulen-rat-singkat.txt")
        XCTAssertEqual(markdown, notulen(entries, "md"), "same journal, same bytes")
        XCTAssertTrue(notulen(entries, "txt").split(separator: "\n").allSatisfy { $0.count <= 80 })
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
        let text = notulen(entries, "txt").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(text.contains("anggota terdaftar 4 (empat) orang per 20 Maret 2026 (batas buku daftar anggota; yang "
            + "masuk sesudahnya peninjau: 1 (satu) orang); kuorum lebih dari setengah dari 4 anggota, yaitu 3 (tiga) orang."), text)
    }
}

/// Issue 11 item 4: a withdrawn event keeps its line in the notulen, marked, and the withdrawal is a line of its own.
final class WithdrawalMinutesTests: XCTestCase {
    func testTheNotulenPrintsTheWithdrawalAndMarksTheWithdrawnLine() throws {
        let t = Fixtures.time
        var state = MeetingState()
        var entries: [JournalEntry] = []
        func apply(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
        }
        try apply(.importRoster(members: Fixtures.members(5), digest: "test", source: "anggota.csv", at: Fixtures.opening))
        try apply(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        for n in ["0001", "0002", "0003"] { try apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:50"))) }
        try apply(.openMeeting(by: "Ketua", agenda: DeskFixtures.agenda, at: t("2026-03-21 09:00")))
        try apply(.declareQuorum(at: t("2026-03-21 09:02")))
        let quorum = state.eventCount
        try apply(.nextAgendaItem(at: t("2026-03-21 09:03")))
        try apply(.withdrawEvent(sequence: quorum + 1, reason: "salah tekan", at: t("2026-03-21 09:04")))
        try apply(.withdrawEvent(sequence: quorum, reason: "salah tekan", at: t("2026-03-21 09:05")))
        let blocks = try XCTUnwrap(MinutesReport.blocks(entries)).blocks
        let text = blocks.map { "\($0)" }.joined(separator: "\n")
        XCTAssertTrue(blocks.contains { if case let .item(line) = $0 { line.hasPrefix("pukul 09.02 WIB: pemeriksaan kuorum")
            && line.hasSuffix("[DIBATALKAN pukul 09.05 WIB: salah tekan]") } else { false } }, text)
        XCTAssertTrue(blocks.contains(.item("pukul 09.05 WIB: pengumuman kuorum pukul 09.02 WIB (N 5, H 3, Q 3) dibatalkan: "
            + "salah tekan.")), text)
        XCTAssertTrue(blocks.contains(.heading(level: 3, text: "1. Pembukaan (lanjutan pukul 09.04 WIB)")), text)
        XCTAssertEqual(state.currentAgendaIndex, 0)
    }
}
