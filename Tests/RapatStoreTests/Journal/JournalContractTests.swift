import Foundation
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

/// What every journal guarantees, run against both stores: the SQLite file and a PostgreSQL database
/// (the latter skipped without `RAPAT_TEST_POSTGRES`). Each store's test class runs every check below.
struct JournalContract {
    private let t = Fixtures.time
    /// A new, empty meeting location for one check.
    let makeLocation: () throws -> String

    private func openedSession(_ location: String, members: [Member] = Fixtures.members(6), desk: DeskAssignment? = nil)
        throws -> MeetingSession {
        let created = try MeetingStore.create(location)
        let session = try MeetingSession(journal: created)
        try session.execute(.createMeeting(meetingID: "m-1", cooperative: "KSP Maju Bersama", at: Fixtures.opening))
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                          at: Fixtures.opening))
        try session.execute(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        guard let desk else { return session }
        // The chair's side made the meeting; the desk opens it as a desk does.
        session.close()
        return try MeetingSession.open(location, purpose: "test", desk: desk)
    }

    func appendsReplayVerifyAndReopenExactly() throws {
        let location = try makeLocation()
        let session = try openedSession(location)
        try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        try session.execute(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:11")))
        try session.execute(.markLeft(MemberNumber("0001"), at: t("2026-03-21 08:20")))
        let digest = session.journal.finalDigest
        session.close()

        let reader = try MeetingStore.open(location, writable: false, purpose: "test")
        defer { reader.close() }
        let scan = try reader.scan(keepingEntries: true)
        XCTAssertEqual(scan.verification, .intact(events: 6, digest: digest))
        XCTAssertEqual(scan.state.quorum.present, 1)
        XCTAssertEqual(scan.entries.map(\.sequence), Array(1...6))
        XCTAssertEqual(try reader.verify(), .intact(events: 6, digest: digest))
        XCTAssertEqual(try reader.anchor(String(digest.prefix(12)), expectedEvents: 6), .endsAtDigest(events: 6))
        XCTAssertEqual(try reader.anchor("00ff00ff", expectedEvents: 7).matches, false)
    }

    func aSentCommandIsRecordedExactlyOnceAndAReusedIDIsRefused() throws {
        let session = try openedSession(try makeLocation())
        defer { session.close() }
        let checkIn = Command.checkIn(MemberNumber("0003"), at: t("2026-03-21 08:12"))
        guard case let .recorded(first) = try session.execute(checkIn, senderID: "skrip:1", fingerprint: "a") else {
            return XCTFail("first run must record")
        }
        XCTAssertEqual(try session.execute(checkIn, senderID: "skrip:1", fingerprint: "a"), .repeated(sequences: first.map(\.sequence)))
        XCTAssertThrowsError(try session.execute(.checkIn(MemberNumber("0004"), at: t("2026-03-21 08:13")),
                                                 senderID: "skrip:1", fingerprint: "b")) {
            guard case .commandIDReused = $0 as? StoreError else { return XCTFail("\($0)") }
        }
        let desk = Command.checkIn(MemberNumber("0005"), at: t("2026-03-21 08:14"))
        guard case .recorded = try session.execute(desk, commandID: "layar:x") else { return XCTFail("must record") }
        XCTAssertEqual(try session.execute(desk, commandID: "layar:x").sequences.count, 1)
        XCTAssertEqual(session.state.quorum.present, 2)
    }

    func timeRunsForwardAndRefusalsWriteNothing() throws {
        let session = try openedSession(try makeLocation())
        defer { session.close() }
        try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:30")))
        let before = session.journal.eventCount
        XCTAssertThrowsError(try session.execute(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:10")))) {
            guard case .timeBeforeLastEvent = $0 as? RapatError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:31"))))
        XCTAssertEqual(session.journal.eventCount, before)
        XCTAssertEqual(try session.journal.verify(), .intact(events: before, digest: session.journal.finalDigest))
    }

    func theDeskIsChainedAndARegistrationDeskRefusesTheChairsCommands() throws {
        let location = try makeLocation()
        let session = try openedSession(location, desk: DeskAssignment(number: 3, role: .registration))
        try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        XCTAssertThrowsError(try session.execute(.declareQuorum(at: t("2026-03-21 08:11")))) {
            XCTAssertEqual($0 as? StoreError, .chairCommandOnRegistrationDesk(path: session.journal.path, desk: 3))
            XCTAssertTrue(($0 as? StoreError)?.message.contains("meja pimpinan") ?? false)
        }
        XCTAssertThrowsError(try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:12")))) {
            XCTAssertTrue(($0 as? RapatError)?.message.contains("di meja 3") ?? false, "\($0)")
        }
        session.close()
        let reader = try MeetingStore.open(location, writable: false, purpose: "test")
        defer { reader.close() }
        let entries = try reader.entries()
        XCTAssertEqual(entries.last?.desk, 3)
        XCTAssertEqual(entries.last?.event, .memberCheckedIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        XCTAssertTrue(try reader.verify().isIntact)
    }

    func theArchiveIsAMeetingFileWithTheSameDigest() throws {
        let location = try makeLocation()
        let session = try openedSession(location, desk: DeskAssignment(number: 2, role: .registration))
        try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        let ledger = ShuLedger(members: [MemberNumber("0001")], savingsColumns: ["pokok"], transactionColumns: ["belanja"],
                               savings: [100_000], transactions: [50_000])
        session.close()
        let second = try MeetingSession.open(location, purpose: "test")
        try second.importLedger(ledger, source: "s.csv", at: t("2026-03-21 08:15"))
        second.close()
        let journal = try MeetingStore.open(location, writable: false, purpose: "test")
        defer { journal.close() }
        let dir = TemporaryDirectory()
        let (path, verification) = try journal.archive(to: dir.file("arsip.rapat"))
        XCTAssertEqual(verification, try journal.verify())
        let archive = try MeetingFile.open(at: path, writable: false, purpose: "test")
        defer { archive.close() }
        let scan = try archive.scan(keepingEntries: true)
        XCTAssertEqual(scan.verification, try journal.verify())
        XCTAssertEqual(scan.entries, try journal.entries())
        XCTAssertEqual(try archive.loadLedger(version: 1), ledger)
        XCTAssertThrowsError(try journal.archive(to: path), "an archive never overwrites")
    }
}

final class SQLiteJournalContractTests: XCTestCase {
    private let dir = TemporaryDirectory()
    private var contract: JournalContract { JournalContract(makeLocation: { [dir] in dir.file("rat-\(UUID().uuidString).rapat") }) }

    func testAppendsReplayVerifyAndReopenExactly() throws { try contract.appendsReplayVerifyAndReopenExactly() }
    func testASentCommandIsRecordedExactlyOnceAndAReusedIDIsRefused() throws { try contract.aSentCommandIsRecordedExactlyOnceAndAReusedIDIsRefused() }
    func testTimeRunsForwardAndRefusalsWriteNothing() throws { try contract.timeRunsForwardAndRefusalsWriteNothing() }
    func testTheDeskIsChainedAndARegistrationDeskRefusesTheChairsCommands() throws { try contract.theDeskIsChainedAndARegistrationDeskRefusesTheChairsCommands() }
    func testTheArchiveIsAMeetingFileWithTheSameDigest() throws { try contract.theArchiveIsAMeetingFileWithTheSameDigest() }
}

final class PostgresJournalContractTests: XCTestCase {
    private var contract: JournalContract { JournalContract(makeLocation: { [name] in try TestPostgres.meetingURL(name) }) }

    func testAppendsReplayVerifyAndReopenExactly() throws { try contract.appendsReplayVerifyAndReopenExactly() }
    func testASentCommandIsRecordedExactlyOnceAndAReusedIDIsRefused() throws { try contract.aSentCommandIsRecordedExactlyOnceAndAReusedIDIsRefused() }
    func testTimeRunsForwardAndRefusalsWriteNothing() throws { try contract.timeRunsForwardAndRefusalsWriteNothing() }
    func testTheDeskIsChainedAndARegistrationDeskRefusesTheChairsCommands() throws { try contract.theDeskIsChainedAndARegistrationDeskRefusesTheChairsCommands() }
    func testTheArchiveIsAMeetingFileWithTheSameDigest() throws { try contract.theArchiveIsAMeetingFileWithTheSameDigest() }
}
