import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Issue 11 item 4: a stray key must not record a permanent legal event. 200,000 seeded random keys over a small
/// opened meeting; the events recorded are counted by kind per 10,000 keys. `RAPAT_SEED` replays a run.
final class RandomKeysTests: XCTestCase {
    /// Every key the key map knows, every printable ASCII character, and the editing keys: 117 keys, each as likely.
    static let alphabet: [Key] = {
        var keys: [Key] = []
        for binding in KeyMap.desk { for key in binding.keys where !keys.contains(key) { keys.append(key) } }
        for code in 0x20 ... 0x7E {
            let key = Key.character(Character(Unicode.Scalar(UInt8(code))))
            if !keys.contains(key) { keys.append(key) }
        }
        for key in [Key.backspace, .delete, .left, .right, .home, .end] where !keys.contains(key) { keys.append(key) }
        return keys
    }()

    /// Kinds the desk records for attendance: corrected by their own moves and by void_check_in, not counted.
    static let attendance: Set<Event.Kind> = [.memberCheckedIn, .memberLeft, .memberReturned, .checkInVoided]

    func testTwoHundredThousandRandomKeysRecordAtMostFortyLegalEvents() throws {
        let seed = ProcessInfo.processInfo.environment["RAPAT_SEED"].flatMap { UInt64($0) } ?? 20_261_201
        print("RandomKeysTests seed \(seed) (RAPAT_SEED=\(seed) replays), \(Self.alphabet.count) keys")
        var rng = SplitMix64(seed: seed)
        var desk = try Self.openedMeeting()
        var restarts = 0

        var total: [Event.Kind: Int] = [:]
        var window: [Event.Kind: Int] = [:]
        let keys = 200_000
        for n in 1 ... keys {
            let key = Self.alphabet[Int(rng.next() % UInt64(Self.alphabet.count))]
            for event in desk.pressCounting(key) {
                total[event.kind, default: 0] += 1
                window[event.kind, default: 0] += 1
            }
            desk.app.quitRequested = false
            // A closed or postponed meeting records nothing more: go on with a fresh one, so every key counts.
            if desk.app.meeting.closedAt != nil || desk.app.meeting.postponement != nil {
                desk = try Self.openedMeeting()
                restarts += 1
            }
            if n % 10_000 == 0 {
                print("keys \(n - 9_999)-\(n): " + Self.describe(window))
                window = [:]
            }
        }
        let legal = total.filter { !Self.attendance.contains($0.key) }.values.reduce(0, +)
        let moves = total.filter { Self.attendance.contains($0.key) }.values.reduce(0, +)
        print("RandomKeysTests seed \(seed): \(legal) legal events, \(moves) attendance events in \(keys) keys "
            + "(\(restarts) fresh meetings after a closing or postponement): " + Self.describe(total))
        XCTAssertLessThan(legal, 42, "goal: ten times fewer than the 420 of issue 11 (seed \(seed))")
        // Every kind a stray key still records can be taken back: withdrawn (`withdraw`), or corrected by its own command.
        for kind in total.keys where !Self.attendance.contains(kind) {
            XCTAssertTrue(MeetingState.withdrawableKinds.contains(kind) || MeetingState.correctedKinds[kind] != nil,
                          "\(kind.rawValue) recorded by random keys has no correction (seed \(seed))")
        }
    }

    /// Three of five counted members present, the meeting opened by its chair, on the agenda screen.
    static func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.autoConfirm = false
        desk.type("0001")
        desk.type("0002")
        desk.type("0003")
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.enter])  // the confirmation (before issue 11 item 4: a no-op Enter on the agenda)
        XCTAssertNotNil(desk.app.meeting.meetingOpenedAt)
        return desk
    }

    static func describe(_ counts: [Event.Kind: Int]) -> String {
        counts.isEmpty ? "none" : counts.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }
}

extension DeskHarness {
    /// Delivers one key through the runner (a clock tick of three seconds first), returning the events it recorded.
    func pressCounting(_ key: Key) -> [Event] {
        var recorded: [Event] = []
        runner.onRecorded = { recorded += $0.map(\.event) }
        defer { runner.onRecorded = { _ in } }
        press([key], after: 0.05)
        return recorded
    }
}
