import Foundation
import RapatApp
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// O renders the notulen and rekap suara from the journal each time it opens: at the size of the real register that
/// must stay well under a second.
final class LiveDocumentScaleTests: XCTestCase {
    func testTheDocumentsAt12022MembersRenderQuickly() throws {
        let members = Fixtures.members(12_022)
        var state = MeetingState()
        var entries: [JournalEntry] = []
        func run(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
        }
        try run(.importRoster(members: members, digest: "x", source: "a.csv", at: Fixtures.opening))
        try run(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        for n in (1...12_022).filter({ $0 % 4 != 0 }) {
            try run(.checkIn(MemberNumber(String(format: "%04d", n)), at: Fixtures.time("2026-03-21 08:10")))
        }
        try run(.openMeeting(by: "Ketua", agenda: DeskFixtures.agenda, at: Fixtures.time("2026-03-21 09:00")))
        try run(.recordDecision(text: "Mengesahkan acara", method: .consensus, outcome: .accepted, notes: [],
                                at: Fixtures.time("2026-03-21 09:05")))
        let start = Date()
        let data = try DocumentSet.single(.notulen, format: "txt", entries: entries, ledger: nil, templates: .builtIn,
                                          digest: "", meetingFile: "", state: state)
        let rekap = try DocumentSet.single(.rekapSuara, format: "txt", entries: entries, ledger: nil, templates: .builtIn,
                                           digest: "", meetingFile: "", state: state)
        let elapsed = Date().timeIntervalSince(start)
        print("notulen + rekap suara at 12,022 members: \(Int(elapsed * 1000)) ms (debug), \(data?.count ?? 0) + \(rekap?.count ?? 0) bytes")
        XCTAssertTrue(String(decoding: data ?? Data(), as: UTF8.self).contains("KEPUTUSAN NOMOR 1"))
        XCTAssertTrue(String(decoding: data ?? Data(), as: UTF8.self).contains("9.017"), "present at the decision")
        // Generous for a debug build on a shared machine (about 0.15 s measured).
        XCTAssertLessThan(elapsed, 2)
    }
}
