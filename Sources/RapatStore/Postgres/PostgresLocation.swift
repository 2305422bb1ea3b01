import Foundation
import RapatText

/// A meeting on a PostgreSQL server, as a `postgresql://user:password@host:port/database` URL (`--file`,
/// `RAPAT_FILE`). One database holds one meeting. `?host=/run/postgresql` reaches the server over its Unix socket;
/// a password may also come from `PGPASSWORD`.
public struct PostgresLocation: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// A folder holding the server's socket (`?host=/run/postgresql`), instead of TCP.
    public var socketDirectory: String?

    /// Whether `text` names a PostgreSQL meeting rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Parses a meeting URL, or says in the secretary's words what is wrong with it.
    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw .notAMeetingFile(path: text, reason: tr("store.pg.badURL"))
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw .notAMeetingFile(path: Self.redacted(text), reason: tr("store.pg.noDatabase"))
        }
        self.database = database.removingPercentEncoding ?? database
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"].flatMap { $0.hasPrefix("/") ? nil : $0 } ?? "localhost"
        port = components.port ?? query["port"].flatMap(Int.init) ?? 5432
        user = components.user?.removingPercentEncoding ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        password = components.password?.removingPercentEncoding ?? environment["PGPASSWORD"]
        if let mode = query["sslmode"], !["disable", "allow", "prefer"].contains(mode) {
            throw .notAMeetingFile(path: Self.redacted(text), reason: tr("store.pg.sslUnsupported", ["mode": mode]))
        }
    }

    /// The URL without its password, for messages and documents.
    public var display: String {
        let userPart = user.isEmpty ? "" : user + "@"
        if let socketDirectory { return "postgresql://\(userPart)/\(database)?host=\(socketDirectory)" }
        return "postgresql://\(userPart)\(host):\(port)/\(database)"
    }

    /// The same server with another database (`postgres`, to create the meeting's own).
    func with(database: String) -> PostgresLocation {
        var copy = self
        copy.database = database
        return copy
    }

    /// `text` with any password replaced, for a refusal about a URL that did not parse.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? text
    }
}
