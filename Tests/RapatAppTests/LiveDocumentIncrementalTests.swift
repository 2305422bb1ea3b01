import Foundation
import RapatApp
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// The O screen folds only the entries recorded since the last O (issue 13): after every single event its text must
/// be byte for byte the full render (`rapat notulen --format txt` + `rapat rekap-suara --format txt`).
final class LiveDocumentIncrementalTests: XCTestCase {
    /// Feeds `entries` one at a time to one cache, comparing with a full fold and render after each; the digest
    /// changes with every event as the journal's does. Returns the cache.
    @discardableResult
    private func assertIncrementalMatchesFullRender(_ entries: [JournalEntry], file: StaticString = #filePath,
                                                    line: UInt = #line) -> DocumentTextCache {
        let cache = DocumentTextCache()
        var state = MeetingState()
        for count in 1...entries.count {
            state.evolve(entries[count - 1].event)
            let stats = state.attendanceStatistics(), summary = state.attendanceSummary()
            XCTAssertEqual([summary.attended, summary.registered, summary.departures],
                           [stats.attended, stats.registered, stats.departures.count], "the notulen's attendance figures")
            let prefix = Array(entries.prefix(count))
            let digest = "digest-\(count)"
            let full = DocumentText.lines(entries: prefix, ledger: nil, digest: digest, state: state)
            let live = cache.lines(entries: prefix, digest: digest, state: state)
            if live != full {
                let at = zip(live, full).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(live.count, full.count)
                XCTFail("after entry \(count) (\(entries[count - 1].event.kind)): line \(at + 1) is "
                    + "\(at < live.count ? live[at] : "—"), full render \(at < full.count ? full[at] : "—")", file: file, line: line)
                return cache
            }
        }
        return cache
    }

    func testTheScriptedMeetingEventByEventEqualsTheFullRender() throws {
        let entries = try DemoMeeting.scripted().entries
        let cache = assertIncrementalMatchesFullRender(entries)
        XCTAssertEqual(cache.fullFolds, 1, "no withdrawal: the journal is folded from its start once")
        XCTAssertEqual(cache.entriesAdded, entries.count - 1)
    }

    /// Notes, an amendment, decisions, a vote, guests, departures and returns, a voided check-in, and withdrawals (of a quorum
    /// declaration, an agenda move, a decision, a guest and a motion) that mark lines written long before.
    func testWithdrawalsAndAmendmentsEventByEventEqualTheFullRender() throws {
        var minute = 0.0
        func at() -> Date { minute += 1; return Fixtures.time("2026-03-21 08:00").addingTimeInterval(minute * 60) }
        var state = MeetingState()
        var entries: [JournalEntry] = []
        func run(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
        }
        func member(_ n: Int) -> MemberNumber { MemberNumber(String(format: "%04d", n)) }
        try run(.importRoster(members: Fixtures.members(12), digest: "x", source: "a.csv", at: Fixtures.opening))
        try run(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: at()))
        for n in 1...8 { try run(.checkIn(member(n), at: at())) }
        try run(.recordGuest(name: "Camat Sukamaju", origin: "Kecamatan", role: .invited, at: at()))
        let guest = state.eventCount
        try run(.openMeeting(by: "Ketua Pengurus", agenda: DeskFixtures.agenda, at: at()))
        try run(.declareQuorum(at: at()))
        let quorum = state.eventCount
        try run(.checkIn(member(9), at: at()))
        try run(.withdrawEvent(sequence: quorum, reason: "dihitung ulang", at: at()))
        try run(.declareQuorum(at: at()))
        try run(.recordNote(text: "Peserta menanyakan laporan keuangan.", at: at()))
        try run(.nextAgendaItem(at: at()))
        let move = state.eventCount
        try run(.checkIn(member(10), at: at()))
        try run(.withdrawEvent(sequence: move, reason: "salah tekan", at: at()))
        try run(.recordNote(text: "Catatan masih di acara pertama.", at: at()))
        try run(.amendNote(number: 1, text: "Peserta menanyakan laporan keuangan unit toko.", reason: "kurang lengkap", at: at()))
        try run(.nextAgendaItem(at: at()))
        try run(.recordDecision(text: "Mengesahkan tata tertib", method: .consensus, outcome: .accepted, notes: [], at: at()))
        let decision = state.eventCount
        try run(.markLeft(member(10), at: at()))
        try run(.withdrawEvent(sequence: decision, reason: "belum diputuskan", at: at()))
        try run(.recordDecision(text: "Mengesahkan tata tertib rapat", method: .consensus, outcome: .accepted,
                                notes: ["dengan perbaikan"], at: at()))
        try run(.proposeMotion(text: "Mengesahkan laporan pengurus", kind: .reportApproval, concerns: nil, at: at()))
        let motion = state.eventCount
        try run(.withdrawEvent(sequence: motion, reason: "diajukan ulang", at: at()))
        try run(.proposeMotion(text: "Mengesahkan laporan pengurus", kind: .reportApproval, concerns: nil, at: at()))
        try run(.openVote(subject: .motion(try XCTUnwrap(state.motions.last).number), method: .show, at: at()))
        try run(.countHands(HandCount(yes: 6, no: 2, abstain: 1), at: at()))
        try run(.closeVote(castingVote: nil, at: at()))
        try run(.withdrawEvent(sequence: guest, reason: "bukan undangan", at: at()))
        for n in 1...4 { try run(.markLeft(member(n), at: at())) }
        try run(.markReturned(member(1), at: at()))
        try run(.checkIn(member(11), at: at()))
        try run(.checkIn(member(12), at: at()))
        try run(.voidCheckIn(member(12), reason: "salah orang", at: at()))
        try run(.recordNote(text: "Rapat dilanjutkan.", at: at()))
        let cache = assertIncrementalMatchesFullRender(entries)
        let withdrawals = entries.filter { if case .eventWithdrawn = $0.event { true } else { false } }.count
        XCTAssertEqual(withdrawals, 5)
        XCTAssertEqual(cache.fullFolds, 1 + withdrawals, "each withdrawal folds the journal again; nothing else does")
    }

    /// Several entries at once (a command with more than one event, or O opened after a few commands), and a journal
    /// that is not the one folded.
    func testBatchesAndAnotherJournalEqualTheFullRender() throws {
        let entries = try DemoMeeting.scripted().entries
        let cache = DocumentTextCache()
        var state = MeetingState()
        var count = 0
        for step in [1, 2, 40, 3, 1, 17] + Array(repeating: 5, count: 100) where count < entries.count {
            let next = min(entries.count, count + step)
            for entry in entries[count..<next] { state.evolve(entry.event) }
            count = next
            let prefix = Array(entries.prefix(count))
            XCTAssertEqual(cache.lines(entries: prefix, digest: "d\(count)", state: state),
                           DocumentText.lines(entries: prefix, ledger: nil, digest: "d\(count)", state: state), "at \(count)")
        }
        XCTAssertEqual(cache.fullFolds, 1)

        // The same cache given a shorter journal (not the one it folded): folded again from the start.
        let short = Array(entries.prefix(30))
        let shortState = MeetingState.replaying(short.map(\.event))
        XCTAssertEqual(cache.lines(entries: short, digest: "s", state: shortState),
                       DocumentText.lines(entries: short, ledger: nil, digest: "s", state: shortState))
        XCTAssertEqual(cache.fullFolds, 2)
    }

    /// A model that did not change is not rendered again: a return after a departure changes neither document, and a
    /// check-in changes the notulen (its attendance line) but not the rekap suara.
    func testAnUnchangedModelIsNotRenderedAgain() throws {
        var state = MeetingState()
        var entries: [JournalEntry] = []
        let cache = DocumentTextCache()
        func run(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
            _ = cache.lines(entries: entries, digest: "d", state: state)
        }
        let t = Fixtures.time
        try run(.importRoster(members: Fixtures.members(5), digest: "x", source: "a.csv", at: Fixtures.opening))
        try run(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: t("2026-03-21 08:00")))
        try run(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:01")))
        try run(.markLeft(MemberNumber("0001"), at: t("2026-03-21 08:02")))
        let (notulen, rekap) = (cache.notulenRenders, cache.rekapRenders)
        try run(.markReturned(MemberNumber("0001"), at: t("2026-03-21 08:03")))
        XCTAssertEqual(cache.notulenRenders, notulen, "the return changes nothing the notulen prints")
        XCTAssertEqual(cache.rekapRenders, rekap)
        try run(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:04")))
        XCTAssertEqual(cache.notulenRenders, notulen + 1, "one more member attended")
        XCTAssertEqual(cache.rekapRenders, rekap, "the rekap suara has no attendance")
        XCTAssertEqual(cache.lines(entries: entries, digest: "d", state: state),
                       DocumentText.lines(entries: entries, ledger: nil, digest: "d", state: state))
    }
}
