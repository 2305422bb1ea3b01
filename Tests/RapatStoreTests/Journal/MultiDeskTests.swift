import Foundation
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

/// Several desks on one PostgreSQL meeting, each with its own connection and session, as on several laptops.
final class MultiDeskTests: XCTestCase {
    private func meeting(members: Int) throws -> String {
        let location = try TestPostgres.meetingURL(name)
        let list = Fixtures.members(members)
        let session = try MeetingSession(journal: try MeetingStore.create(location))
        defer { session.close() }
        try session.execute(.createMeeting(meetingID: "m", cooperative: "KSP Maju Bersama", at: Fixtures.opening))
        try session.execute(.importRoster(members: list, digest: Roster.digest(of: list), source: "a.csv", at: Fixtures.opening))
        try session.execute(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        return location
    }

    private func desk(_ location: String, _ number: Int) throws -> MeetingSession {
        try MeetingSession.open(location, purpose: "test", desk: DeskAssignment(number: number, role: DeskAssignment.defaultRole(for: number)))
    }

    /// `desks` desks scan overlapping members at once; every member ends up present exactly once, one chain.
    private func checkConcurrentDesks(_ desks: Int, members: Int, scansPerDesk: Int) throws {
        let location = try meeting(members: members)
        let sessions = Unchecked(try (1...desks).map { try desk(location, $0) })
        defer { sessions.value.forEach { $0.close() } }
        let recorded = LockedCounter(), refused = LockedCounter()
        let perDesk = (0..<desks).map { _ in LockedCounter() }
        let start = Date(timeIntervalSince1970: Fixtures.opening.timeIntervalSince1970 + 60)
        DispatchQueue.concurrentPerform(iterations: desks) { index in
            let session = sessions.value[index]
            for scan in 0..<scansPerDesk {
                // Desk i starts at a different member and wraps, so every member is scanned by several desks.
                let number = (index * 7 + scan) % members + 1
                let command = Command.checkIn(MemberNumber(String(format: "%04d", number)),
                                              at: start.addingTimeInterval(Double(scan) * 0.01))
                do {
                    _ = try session.execute(command, commandID: "t:\(index):\(scan)", fresh: true, liveClock: true)
                    recorded.add()
                    perDesk[index].add()
                } catch let error as RapatError {
                    guard case .alreadyPresent = error else { return XCTFail("unexpected refusal \(error.message)") }
                    refused.add()
                } catch {
                    return XCTFail("\(error)")
                }
            }
        }
        let reader = try MeetingStore.open(location, writable: false, purpose: "test")
        defer { reader.close() }
        let scan = try reader.scan(keepingEntries: true)
        XCTAssertTrue(scan.verification.isIntact, "\(scan.verification)")
        let arrivals = scan.entries.compactMap { entry -> MemberNumber? in
            if case let .memberCheckedIn(number, _) = entry.event { return number }
            return nil
        }
        XCTAssertEqual(arrivals.count, Set(arrivals).count, "a member was recorded twice")
        XCTAssertEqual(arrivals.count, recorded.value)
        XCTAssertEqual(recorded.value + refused.value, desks * scansPerDesk)
        XCTAssertEqual(Set(arrivals).count, min(members, Set((0..<desks).flatMap { i in (0..<scansPerDesk).map { (i * 7 + $0) % members } }).count))
        for number in 1...desks {
            XCTAssertEqual(scan.entries.filter { $0.desk == number }.count, perDesk[number - 1].value, "desk \(number)'s rows carry its number")
        }
        // Every desk's own state agrees with the journal after catching up.
        for session in sessions.value {
            try session.catchUp()
            XCTAssertEqual(session.state.quorum.present, scan.state.quorum.present)
            XCTAssertEqual(session.journal.finalDigest, scan.finalDigest)
        }
    }

    func testTwoDesksWithOverlappingMembers() throws {
        try checkConcurrentDesks(2, members: 30, scansPerDesk: 40)
    }

    func testTenDesksWithOverlappingMembers() throws {
        try checkConcurrentDesks(10, members: 60, scansPerDesk: 25)
    }

    func testTheSameCardOnTwoDesksIsRecordedOnceAndTheOtherDeskSaysWhere() throws {
        let location = try meeting(members: 5)
        let one = try desk(location, 1), two = try desk(location, 2)
        defer { one.close(); two.close() }
        let at = Fixtures.opening.addingTimeInterval(600)
        let outcomes = LockedList()
        let both = Unchecked([one, two])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let session = both.value[index]
            do {
                _ = try session.execute(.checkIn(MemberNumber("0004"), at: at), commandID: "c\(index)", fresh: true, liveClock: true)
                outcomes.append("ok")
            } catch {
                outcomes.append((error as? RapatError)?.message ?? "\(error)")
            }
        }
        XCTAssertEqual(outcomes.items.filter { $0 == "ok" }.count, 1, "\(outcomes.items)")
        let refusal = outcomes.items.first { $0 != "ok" } ?? ""
        XCTAssertTrue(refusal.contains("sudah hadir sejak") && refusal.range(of: #"di meja [12]"#, options: .regularExpression) != nil, refusal)
    }

    func testAnotherDesksCheckInIsSeenWithinOneSecond() throws {
        let location = try meeting(members: 5)
        let one = try desk(location, 1), two = try desk(location, 2)
        defer { one.close(); two.close() }
        // Let the listener connect and report its first (catch-up) news.
        let ready = Date().addingTimeInterval(3)
        while !(two.journal.isReachable) && Date() < ready { Thread.sleep(forTimeInterval: 0.02) }
        try two.catchUp()
        try one.execute(.checkIn(MemberNumber("0002"), at: Fixtures.opening.addingTimeInterval(60)))
        let committed = Date()
        while !two.journal.hasNews && Date().timeIntervalSince(committed) < 1 { Thread.sleep(forTimeInterval: 0.005) }
        XCTAssertTrue(two.journal.hasNews, "the notification did not arrive within 1 s")
        let others = try two.catchUp()
        XCTAssertEqual(others.map(\.event), [.memberCheckedIn(MemberNumber("0002"), at: Fixtures.opening.addingTimeInterval(60))])
        XCTAssertEqual(two.state.quorum.present, 1)
        XCTAssertLessThan(Date().timeIntervalSince(committed), 1)
    }

    func testADeskNumberAndTheChairsDeskAreHeldByOneProcessAtATime() throws {
        let location = try meeting(members: 3)
        let chair = try desk(location, 1)
        XCTAssertThrowsError(try desk(location, 1)) {
            guard case .deskTaken = $0 as? StoreError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try MeetingSession.open(location, purpose: "t", desk: DeskAssignment(number: 5, role: .chair))) {
            XCTAssertTrue(($0 as? StoreError)?.message.contains("meja pimpinan") ?? false, "\($0)")
        }
        let registration = try desk(location, 2)
        registration.close()
        chair.close()
        // Closing frees the numbers at once.
        let again = try desk(location, 1)
        again.close()
    }

    func testADeskRefusesACommandAnotherDeskMadeImpossible() throws {
        let location = try meeting(members: 3)
        let one = try desk(location, 1), two = try desk(location, 2)
        defer { one.close(); two.close() }
        let at = Fixtures.opening.addingTimeInterval(60)
        try one.execute(.checkIn(MemberNumber("0001"), at: at))
        try one.execute(.markLeft(MemberNumber("0001"), at: at.addingTimeInterval(1)))
        // Desk 2 has not caught up: its state still shows 0001 present, but the decision is made over the journal.
        XCTAssertThrowsError(try two.execute(.markLeft(MemberNumber("0001"), at: at.addingTimeInterval(2)))) {
            XCTAssertNotNil($0 as? RapatError, "\($0)")
        }
        XCTAssertEqual(two.state.quorum.present, 0)
    }
}

final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func append(_ item: String) { lock.lock(); list.append(item); lock.unlock() }
    var items: [String] { lock.lock(); defer { lock.unlock() }; return list }
}

/// Sessions handed to the desks' threads: each thread uses only its own.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
