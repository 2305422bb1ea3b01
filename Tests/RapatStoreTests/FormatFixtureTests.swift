import Foundation
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

/// Meeting files written by earlier versions of Rapat (see Fixtures/README.md) still open, migrate, verify and replay.
final class FormatFixtureTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Each fixture with the format version it was written in.
    static let formats = [("format-1.rapat", 1), ("format-2.rapat", 2), ("format-3.rapat", 3)]

    func testEveryEarlierFormatOpensMigratesVerifiesAndReplays() throws {
        for (name, version) in Self.formats {
            // Given a copy of a file written by an earlier version
            let dir = TemporaryDirectory()
            let path = dir.file(name)
            try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(name).path, toPath: path)
            XCTAssertEqual(try Self.userVersion(path), version, name)

            // When it is opened read-only, then it verifies and replays without being changed
            let (digest, entries) = try Self.check(path, writable: false, version: version, name: name)
            XCTAssertEqual(try Self.userVersion(path), version, "\(name): read-only opening does not migrate")
            XCTAssertTrue(entries.contains { if case .meetingClosed = $0.event { true } else { false } }, name)

            // When it is opened for writing, then it is migrated to the current format with its journal intact
            let (migratedDigest, migratedEntries) = try Self.check(path, writable: true, version: version, name: name)
            XCTAssertEqual(try Self.userVersion(path), MeetingFile.formatVersion, name)
            XCTAssertEqual(migratedDigest, digest, name)
            XCTAssertEqual(migratedEntries, entries, name)
        }
    }

    /// Opens `path`, verifies its chain, replays it, and checks that every stored row encodes back to its own bytes;
    /// in files older than the current format the rules frozen at registration lack what was added since (the
    /// defaults fill it, so those rows encode longer).
    private static func check(_ path: String, writable: Bool, version: Int, name: String) throws
        -> (String, [JournalEntry]) {
        let file = try MeetingFile.open(at: path, writable: writable, purpose: "test")
        let verification = try file.verify()
        guard case let .intact(events, digest) = verification else {
            XCTFail("\(name): \(verification)")
            return ("", [])
        }
        XCTAssertEqual(events, file.eventCount, name)
        let state = try file.replay()
        XCTAssertNotNil(state.opening, name)
        let entries = try file.entries()
        XCTAssertEqual(Int64(entries.count), events, name)
        var rows: [StoredEvent] = []
        try file.forEachStoredRow(after: 0) { row, _ in
            rows.append(row.stored)
            return true
        }
        for (row, entry) in zip(rows, entries)
            where version >= 3 || row.kind != Event.Kind.registrationOpened.rawValue {
            XCTAssertEqual(EventCodec.encode(entry.event), row, "\(name) #\(entry.sequence) \(row.kind)")
        }
        return (digest, entries)
    }

    /// `PRAGMA user_version` as the SQLite header holds it (4 bytes, big-endian, at offset 60).
    private static func userVersion(_ path: String) throws -> Int {
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(64)
        return header.suffix(4).reduce(0) { $0 << 8 | Int($1) }
    }
}
