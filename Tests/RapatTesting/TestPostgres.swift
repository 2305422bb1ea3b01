import Foundation
import XCTest

/// The PostgreSQL server the multi-desk tests run against: `RAPAT_TEST_POSTGRES` (set by `.ci/run`, or by hand from
/// `scripts/test-postgres`), a URL to any database of a local cluster. Each test gets a database of its own.
public enum TestPostgres {
    public static var serverURL: String? {
        ProcessInfo.processInfo.environment["RAPAT_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A new meeting URL on the test server (the database is created by `rapat init` / `PostgresJournal.create`);
    /// skips the test when no server is configured.
    public static func meetingURL(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        guard let server = serverURL, var components = URLComponents(string: server) else {
            throw XCTSkip("RAPAT_TEST_POSTGRES tidak diatur: jalankan scripts/test-postgres (CI menjalankannya sendiri)")
        }
        let safe = name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
        components.path = "/rt_" + String(safe.prefix(30)) + "_" + UUID().uuidString.prefix(8).lowercased()
        return components.string ?? server
    }

    /// The server's data folder and port, for the tests that restart it (`scripts/test-postgres restart`).
    public static var restartScript: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let script = root.appendingPathComponent("scripts/test-postgres").path
        return FileManager.default.isExecutableFile(atPath: script) ? script : nil
    }
}

import RapatStore

extension MeetingSession {
    /// The SQLite file under a session the tests opened on one (its database and pragmas are the file's own).
    public var file: MeetingFile {
        guard let file = journal as? MeetingFile else { preconditionFailure("the session is not on a SQLite file") }
        return file
    }
}
