import Foundation
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

/// The codec driven by `Event.Kind.allCases`: every kind encodes to the rows earlier versions wrote, and back.
final class EventKindCodecTests: XCTestCase {
    /// Rows as the codec of commit 69c32e6 wrote them (before Codable payloads): kind, at, member and payload.
    static let goldenPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/event-rows.golden").path

    static func line(_ row: StoredEvent) -> String {
        [row.kind, String(row.atMilliseconds), row.member ?? "-", row.payload ?? "-"].joined(separator: "\t")
    }

    func testEverySampleHasItsKind() {
        for kind in Event.Kind.allCases {
            let samples = EventSamples.events(of: kind)
            XCTAssertFalse(samples.isEmpty, "no sample of \(kind)")
            for event in samples { XCTAssertEqual(event.kind, kind) }
        }
    }

    /// Encoding gives byte for byte the rows of the golden file (the hash chain hashes these bytes).
    func testEveryKindEncodesToTheGoldenRows() throws {
        let lines = EventSamples.all.map { Self.line(EventCodec.encode($0)) }
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try text.write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
            XCTFail("recorded \(Self.goldenPath)")
            return
        }
        let golden = try String(contentsOfFile: Self.goldenPath, encoding: .utf8)
        let expected = golden.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count + 1, expected.count, "one golden row per sample")
        for (index, line) in lines.enumerated() where index < expected.count {
            XCTAssertEqual(line, expected[index], "sample \(index + 1)")
        }
    }

    /// Every kind decodes back to the same event, in memory and through a real meeting file.
    func testEveryKindRoundTrips() throws {
        for (index, event) in EventSamples.all.enumerated() {
            let row = EventCodec.encode(event)
            XCTAssertEqual(row.kind, event.kind.rawValue)
            let decoded = try EventCodec.decode(row, sequence: Int64(index + 1)) { _ in EventSamples.members }
            XCTAssertEqual(decoded, event, "\(event.kind)")
        }
        let dir = TemporaryDirectory()
        let file = try MeetingFile.create(at: dir.file("rat.rapat"))
        try file.append(EventSamples.all)
        let stored = try MeetingFile.open(at: dir.file("rat.rapat"), writable: false, purpose: "test").entries()
        XCTAssertEqual(stored.map(\.event), EventSamples.all)
    }

    /// Attendance lives in columns, with no JSON, for replay speed.
    func testAttendanceRowsHaveNoPayload() {
        for kind: Event.Kind in [.memberCheckedIn, .memberLeft, .memberReturned] {
            for event in EventSamples.events(of: kind) {
                let row = EventCodec.encode(event)
                XCTAssertNil(row.payload)
                XCTAssertNotNil(row.member)
            }
        }
        XCTAssertEqual(EventCodec.encode(EventSamples.events(of: .checkInVoided)[0]).member, "0001")
    }

    /// A payload edited by hand names the event and the field that is wrong.
    func testADamagedPayloadNamesTheField() {
        let row = StoredEvent(kind: Event.Kind.motionProposed.rawValue, atMilliseconds: 0, member: nil,
                              payload: #"{"agenda_index":3,"kind":"sulap","number":1,"text":"LPJ"}"#)
        XCTAssertThrowsError(try EventCodec.decode(row, sequence: 9) { _ in [] }) { error in
            let reason = (error as? UndecodableEvent)?.reason ?? ""
            XCTAssertTrue(reason.hasPrefix("isi (payload) rusak: kolom \"kind\": nilai \"sulap\" tidak dikenal"), reason)
            XCTAssertTrue(reason.contains("sulap"), reason)
        }
        let empty = StoredEvent(kind: Event.Kind.memberCheckedIn.rawValue, atMilliseconds: 0, member: nil, payload: nil)
        XCTAssertThrowsError(try EventCodec.decode(empty, sequence: 2) { _ in [] }) { error in
            XCTAssertEqual((error as? UndecodableEvent)?.reason, "nomor anggota kosong")
        }
    }

    func testAnUnknownKindIsRefused() {
        let row = StoredEvent(kind: "member_teleported", atMilliseconds: 0, member: "0001", payload: nil)
        XCTAssertThrowsError(try EventCodec.decode(row, sequence: 7) { _ in [] }) { error in
            XCTAssertEqual((error as? UndecodableEvent)?.reason,
                           "jenis peristiwa \"member_teleported\" tidak dikenal (berkas dari versi lebih baru?)")
            XCTAssertEqual((error as? UndecodableEvent)?.sequence, 7)
        }
    }
}
