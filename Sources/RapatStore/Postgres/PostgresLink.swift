import Foundation
import Logging
import NIOCore
import PostgresNIO
import RapatText

/// One connection to the meeting's server, used synchronously: the desk's run loop is one thread, and every write
/// must be known durable (or known failed) before the screen changes. Each round trip has a deadline, so a server
/// that stops answering (a cut cable, a restarted server) is said at once instead of hanging the desk.
final class PostgresLink: @unchecked Sendable {
    let location: PostgresLocation
    /// How long one round trip may take before the server counts as unreachable.
    let deadline: TimeInterval
    private var connection: PostgresConnection?
    private static let logger: Logger = {
        var logger = Logger(label: "rapat.postgres")
        logger.logLevel = .critical
        return logger
    }()

    init(location: PostgresLocation, deadline: TimeInterval = 5) {
        self.location = location
        self.deadline = deadline
    }

    /// Why a round trip failed, sorted by what the caller must do about it.
    enum Failure: Error {
        /// The server was not reached or the connection broke: nothing more is known about the request.
        case unreachable(String)
        /// The server answered with an error (SQLSTATE and message).
        case server(state: String, message: String)
    }

    var isConnected: Bool { connection.map { !$0.isClosed } ?? false }

    /// Called after each new connection is made (session settings, the desk's own lock).
    var onConnect: (PostgresLink) throws -> Void = { _ in }

    /// The open connection, connecting first when there is none or it broke.
    @discardableResult
    func connect() throws(Failure) -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        var configuration: PostgresConnection.Configuration
        if let socket = location.socketDirectory {
            configuration = .init(unixSocketPath: socket + "/.s.PGSQL.\(location.port)", username: location.user,
                                  password: location.password, database: location.database)
        } else {
            configuration = .init(host: location.host, port: location.port, username: location.user,
                                  password: location.password, database: location.database, tls: .disable)
        }
        configuration.options.connectTimeout = .milliseconds(Int64(deadline * 1000))
        let future = PostgresConnection.connect(on: PostgresConnection.defaultEventLoopGroup.any(),
                                                configuration: configuration, id: 1, logger: Self.logger)
        let made: PostgresConnection
        do {
            made = try wait(future, closing: nil)
        }
        connection = made
        do {
            try onConnect(self)
        } catch let failure as Failure {
            drop()
            throw failure
        } catch {
            drop()
            throw .unreachable(String(describing: error))
        }
        return made
    }

    /// Runs `query` and returns all its rows.
    @discardableResult
    func query(_ query: PostgresQuery) throws(Failure) -> [PostgresRow] {
        let connection = try connect()
        return try wait(connection.query(query, logger: Self.logger), closing: connection).rows
    }

    /// Runs `text` through the simple protocol (several statements, no parameters: the schema).
    func execute(_ text: String) throws(Failure) {
        let connection = try connect()
        _ = try wait(connection.simpleQuery(text), closing: connection)
    }

    /// Closes the connection (a broken one is dropped; the next request reconnects).
    func drop() {
        if let connection { Self.close(connection) }
        connection = nil
    }

    /// Closes and waits (briefly) until the channel is closed: a connection must never be released while open.
    static func close(_ connection: PostgresConnection) {
        let done = DispatchSemaphore(value: 0)
        let future: EventLoopFuture<Void> = connection.close()
        future.whenComplete { _ in done.signal() }
        _ = done.wait(timeout: .now() + 2)
    }

    /// Waits for `future` at most `deadline`; on timeout the connection is closed, so nothing half-done lingers.
    private func wait<Value>(_ future: EventLoopFuture<Value>, closing connection: PostgresConnection?) throws(Failure) -> Value {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<Value>()
        future.whenComplete { result in
            box.result = result
            done.signal()
        }
        guard done.wait(timeout: .now() + deadline) == .success, let result = box.result else {
            if let connection { Self.close(connection) }
            self.connection = nil
            throw .unreachable(tr("store.pg.noAnswer", ["seconds": Int(deadline.rounded())]))
        }
        switch result {
        case let .success(value): return value
        case let .failure(error): throw classify(error)
        }
    }

    private func classify(_ error: any Error) -> Failure {
        guard let error = error as? PSQLError else {
            drop()
            return .unreachable(Self.reason(error))
        }
        if error.code == .server, let state = error.serverInfo?[.sqlState] {
            // 57P01..57P03: the server is shutting down or restarting; 08xxx: the connection failed.
            if state.hasPrefix("57P") || state.hasPrefix("08") {
                drop()
                return .unreachable(tr("store.pg.serverRestarting"))
            }
            return .server(state: state, message: error.serverInfo?[.message] ?? "")
        }
        drop()
        switch error.code {
        case .connectionError: return .unreachable(Self.reason(error.underlying ?? error))
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection: return .unreachable(tr("store.pg.connectionClosed"))
        case .authMechanismRequiresPassword: return .server(state: "28P01", message: tr("store.pg.needsPassword"))
        default: return .unreachable(tr("store.pg.connectFailed") + Verbosity.detail(String(reflecting: error)))
        }
    }

    /// A connect error in the secretary's words (refused, unknown host, timeout).
    private static func reason(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectionRefused") || text.contains("Connection refused") || text.contains("ECONNREFUSED") {
            return tr("store.pg.refused")
        }
        if text.contains("connectTimeout") || text.contains("timed out") { return tr("store.pg.connectTimeout") }
        if text.contains("unknown host") || text.contains("NXDOMAIN") || text.contains("resolution") {
            return tr("store.pg.unknownHost")
        }
        return tr("store.pg.connectFailed") + Verbosity.detail(text)
    }
}

private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
