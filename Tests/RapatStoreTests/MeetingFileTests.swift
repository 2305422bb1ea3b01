import Foundation
import GRDB
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

final class MeetingFileTests: XCTestCase {
    private let t = Fixtures.time

    private func session(in dir: TemporaryDirectory, members: [Member] = Fixtures.members(5)) throws -> MeetingSession {
        let file = try MeetingFile.create(at: dir.file("rat.rapat"))
        let session = try MeetingSession(file: file)
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                          at: Fixtures.opening))
        try session.execute(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        return session
    }

    func testNewFileIsPrivateDurableAndAppendOnly() throws {
        let dir = TemporaryDirectory()
        let session = try session(in: dir)
        let mode = try FileManager.default.attributesOfItem(atPath: dir.file("rat.rapat"))[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertEqual(try session.file.synchronousLevel(), 2, "PRAGMA synchronous must be FULL")
        let journalMode = try session.file.database.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journalMode, "wal")
        XCTAssertThrowsError(try session.file.database.write { try $0.execute(sql: "UPDATE journal SET kind = 'x'") })
        XCTAssertThrowsError(try session.file.database.write { try $0.execute(sql: "DELETE FROM journal") })
        XCTAssertThrowsError(try MeetingFile.create(at: dir.file("rat.rapat"))) {
            XCTAssertEqual($0 as? StoreError, .meetingFileExists(path: dir.file("rat.rapat")))
        }
    }

    func testReopeningReplaysExactlyWhereTheMeetingWas() throws {
        let dir = TemporaryDirectory()
        var expected: MeetingState
        do {
            let session = try session(in: dir)
            try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
            try session.execute(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:11")))
            try session.execute(.markLeft(MemberNumber("0001"), at: t("2026-03-21 09:00")))
            XCTAssertThrowsError(try session.execute(.checkIn(MemberNumber("0002"), at: t("2026-03-21 09:01"))))
            expected = session.state
        }
        let reopened = try MeetingSession.open(path: dir.file("rat.rapat"), purpose: "test")
        XCTAssertEqual(reopened.state.attendance, expected.attendance)
        XCTAssertEqual(reopened.state.quorum, expected.quorum)
        XCTAssertEqual(reopened.state.roster, expected.roster)
        XCTAssertEqual(reopened.state.opening, expected.opening)
        XCTAssertEqual(reopened.state.eventCount, 5, "the refused command wrote nothing")
    }

    func testSecondWriterIsRefusedWithTheHolderNamed() throws {
        let dir = TemporaryDirectory()
        let first = try session(in: dir)
        XCTAssertThrowsError(try MeetingSession.open(path: dir.file("rat.rapat"), purpose: "rapat run")) { error in
            guard case let StoreError.lockedByAnotherProcess(path, holder) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, dir.file("rat.rapat"))
            XCTAssertTrue(holder.contains("proses \(getpid())"), holder)
            XCTAssertTrue((error as? StoreError)?.message.contains("sedang dibuka untuk menulis") == true)
        }
        // Readers are not blocked.
        let reader = try MeetingFile.open(at: dir.file("rat.rapat"), writable: false, purpose: "stats")
        XCTAssertEqual(try reader.replay().roster.count, 5)
        withExtendedLifetime(first) {}
    }

    func testVerifyReportsTheFinalDigestAndTheFirstAlteredEvent() throws {
        let dir = TemporaryDirectory()
        let session = try session(in: dir)
        for i in 1...4 {
            try session.execute(.checkIn(MemberNumber(String(format: "%04d", i)), at: t("2026-03-21 08:1\(i)")))
        }
        XCTAssertEqual(try session.file.verify(), .intact(events: 6, digest: session.file.finalDigest))

        // Someone edits event 5 behind the app's back (dropping the append-only trigger first).
        try session.file.database.write { db in
            try db.execute(sql: "DROP TRIGGER journal_append_only_update")
            try db.execute(sql: "UPDATE journal SET member = '0005' WHERE seq = 5")
        }
        guard case let .hashMismatch(sequence, kind, _, _, _) = try session.file.verify() else {
            return XCTFail("tampering not detected")
        }
        XCTAssertEqual(sequence, 5)
        XCTAssertEqual(kind, "member_checked_in")
    }

    func testVerifyDetectsAnAlteredRosterAndARemovedEvent() throws {
        let dir = TemporaryDirectory()
        let session = try session(in: dir)
        try session.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        try session.execute(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:11")))
        try session.file.database.write { db in
            try db.execute(sql: "DROP TRIGGER roster_append_only_update")
            try db.execute(sql: "UPDATE roster_member SET name = 'Orang Lain' WHERE position = 2")
        }
        guard case let .rosterMismatch(sequence, version, _, _) = try session.file.verify() else {
            return XCTFail("roster edit not detected")
        }
        XCTAssertEqual(sequence, 1, "the roster_imported event")
        XCTAssertEqual(version, 1)

        let other = TemporaryDirectory()
        let second = try self.session(in: other)
        try second.execute(.checkIn(MemberNumber("0001"), at: t("2026-03-21 08:10")))
        try second.execute(.checkIn(MemberNumber("0002"), at: t("2026-03-21 08:11")))
        try second.file.database.write { db in
            try db.execute(sql: "DROP TRIGGER journal_append_only_delete")
            try db.execute(sql: "DELETE FROM journal WHERE seq = 3")
        }
        XCTAssertEqual(try second.file.verify(), .sequenceGap(expected: 3, found: 4))
    }

    func testAFileThatIsNotAMeetingIsRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.write("catatan.txt", "ini bukan basis data")
        XCTAssertThrowsError(try MeetingFile.open(at: path, writable: false, purpose: "stats")) { error in
            guard case StoreError.notAMeetingFile = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try MeetingFile.open(at: dir.file("tidak-ada.rapat"), writable: true, purpose: "x")) {
            XCTAssertEqual($0 as? StoreError, .meetingFileNotFound(path: dir.file("tidak-ada.rapat")))
        }
    }

    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(SHA256Hasher.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256Hasher.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
