import Foundation
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

/// A desk whose network is cut: it says so at once, records nothing it cannot confirm, and goes on once the
/// network is back, without a lost or doubled record.
final class DeskFaultTests: XCTestCase {
    /// A new server meeting of `members` with registration open; the session that made it is closed.
    private func openedMeeting(members count: Int) throws -> String {
        let location = try TestPostgres.meetingURL(name)
        let members = Fixtures.members(count)
        let setup = try MeetingSession(journal: try MeetingStore.create(location))
        defer { setup.close() }
        try setup.execute(.createMeeting(meetingID: "m", cooperative: "KSP", at: Fixtures.opening))
        try setup.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv", at: Fixtures.opening))
        try setup.execute(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        return location
    }

    func testADeskCutOffFromTheServerRecordsNothingAndRecoversWithoutDuplicates() throws {
        let location = try openedMeeting(members: 5)
        var direct = try PostgresLocation(url: location)
        let proxy = try BlackholeProxy(targetPort: direct.port)
        var viaProxy = direct
        viaProxy.host = "127.0.0.1"
        viaProxy.port = proxy.port
        let journal = try PostgresJournal.open(at: viaProxy, writable: true, deadline: 1)
        let desk = try MeetingSession(journal: journal, desk: DeskAssignment(number: 2, role: .registration))
        defer { desk.close() }
        let at = Fixtures.opening.addingTimeInterval(60)
        try desk.execute(.checkIn(MemberNumber("0001"), at: at), commandID: "a", fresh: true)

        proxy.cutOff()
        let started = Date()
        XCTAssertThrowsError(try desk.execute(.checkIn(MemberNumber("0002"), at: at.addingTimeInterval(1)), commandID: "b", fresh: true)) {
            guard let error = $0 as? StoreError else { return XCTFail("\($0)") }
            switch error {
            case .serverUnreachable, .outcomeUnknown: XCTAssertTrue(error.message.contains("server"), error.message)
            default: XCTFail(error.message)
            }
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "the desk must say at once that the server is gone")
        // The listener notices too (the desk's status line reads it).
        let noticed = Date().addingTimeInterval(5)
        while journal.isReachable && Date() < noticed { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertFalse(journal.isReachable)

        direct.host = "127.0.0.1"
        let server = try PostgresJournal.open(at: direct, writable: false)
        defer { server.close() }
        XCTAssertEqual(try server.sequences(ofCommand: "b"), [], "nothing unconfirmed was recorded")

        proxy.restore()
        // Back on the network: the desk catches up and records the scan exactly once.
        _ = try? desk.catchUp()
        try desk.execute(.checkIn(MemberNumber("0002"), at: at.addingTimeInterval(2)), commandID: "b2", fresh: true)
        let entries = try server.entries()
        let arrivals = entries.compactMap { entry -> MemberNumber? in
            if case let .memberCheckedIn(number, _) = entry.event { return number }
            return nil
        }
        XCTAssertEqual(arrivals, [MemberNumber("0001"), MemberNumber("0002")])
        XCTAssertTrue(try server.verify().isIntact)
        XCTAssertEqual(desk.state.quorum.present, 2)
    }

    func testAClosedConnectionIsReopenedWithoutLosingOrDoublingTheScan() throws {
        let location = try openedMeeting(members: 4)
        let session = try MeetingSession.open(location, purpose: "test")
        defer { session.close() }
        // The server ends every other connection to the meeting (as a restart or an administrator would).
        let admin = try PostgresJournal.open(at: PostgresLocation(url: location), writable: true)
        defer { admin.close() }
        try admin.link.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
        try session.execute(.checkIn(MemberNumber("0003"), at: Fixtures.opening.addingTimeInterval(30)), commandID: "x", fresh: true)
        XCTAssertEqual(try admin.sequences(ofCommand: "x").count, 1)
        XCTAssertTrue(try admin.verify().isIntact)
    }

    /// The answer to a COMMIT is lost with the network: the desk says it does not know yet, records nothing twice,
    /// and once the server answers again says whether the scan was recorded (here: it was, by the server).
    func testACommitWhoseAnswerIsLostIsSettledOnceTheServerAnswers() throws {
        try checkLostCommit(requestArrives: true)
    }

    /// The COMMIT itself is lost: the server rolls the transaction back, and the desk says the scan was not recorded.
    func testACommitThatNeverArrivesIsSettledAsNotRecorded() throws {
        try checkLostCommit(requestArrives: false)
    }

    private func checkLostCommit(requestArrives: Bool) throws {
        let location = try openedMeeting(members: 3)
        var direct = try PostgresLocation(url: location)
        direct.host = "127.0.0.1"
        let proxy = try BlackholeProxy(targetPort: direct.port)
        var viaProxy = direct
        viaProxy.port = proxy.port
        let journal = try PostgresJournal.open(at: viaProxy, writable: true, deadline: 1)
        let desk = try MeetingSession(journal: journal, desk: DeskAssignment(number: 2, role: .registration))
        defer { desk.close() }
        journal.beforeCommit = { if requestArrives { proxy.cutReplies() } else { proxy.cutOff() } }
        XCTAssertThrowsError(try desk.execute(.checkIn(MemberNumber("0001"), at: Fixtures.opening.addingTimeInterval(60)),
                                              commandID: "lost", fresh: true)) {
            XCTAssertEqual(($0 as? StoreError).map { if case .outcomeUnknown = $0 { true } else { false } }, true, "\($0)")
        }
        journal.beforeCommit = nil
        XCTAssertEqual(desk.state.quorum.present, 0, "the screen never claimed the unconfirmed scan")
        // Past the server's idle-in-transaction limit, so a COMMIT that never came is rolled back.
        Thread.sleep(forTimeInterval: 1.5)
        proxy.restore()
        let caughtUp: [JournalEntry]
        do { caughtUp = try desk.catchUp() } catch { XCTFail("catch-up after restore: \(error)"); throw error }
        let settled = journal.takeSettled()
        XCTAssertEqual(settled.map(\.commandID), ["lost"])
        XCTAssertEqual(settled.first?.recorded, requestArrives)
        XCTAssertEqual(caughtUp.count, requestArrives ? 1 : 0, "a recorded scan arrives once, with the catch-up")
        XCTAssertEqual(desk.state.quorum.present, requestArrives ? 1 : 0)
        let server = try PostgresJournal.open(at: direct, writable: false)
        defer { server.close() }
        XCTAssertEqual(try server.sequences(ofCommand: "lost").count, requestArrives ? 1 : 0)
        XCTAssertTrue(try server.verify().isIntact)
        // The desk goes on: the next scan chains after whatever the server has.
        try desk.execute(.checkIn(MemberNumber("0002"), at: Fixtures.opening.addingTimeInterval(90)), commandID: "next", fresh: true)
        XCTAssertTrue(try server.verify().isIntact)
        XCTAssertEqual(try server.scan().state.quorum.present, requestArrives ? 2 : 1)
    }
}
