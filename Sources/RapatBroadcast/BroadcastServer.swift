import Foundation
import Hummingbird
import Logging
import RapatText

/// `rapat siar`'s web server: the room's page and its Server-Sent Events, read-only.
///
/// - `GET /` the page (self-contained HTML, no external resources), which follows `/peristiwa` with an EventSource
/// - `GET /peristiwa` `text/event-stream`: the latest snapshot at once, then each new one (`id:` = version), and a
///   comment every `keepAlive` so proxies and phones keep the connection
/// - `GET /keadaan` the latest snapshot as JSON (503 before the first)
/// - `GET /sehat` `ok`
/// Any other method on any path is answered 405: nothing on this server changes anything.
public struct BroadcastServer: Sendable {
    public let broadcast: RoomBroadcast
    public let host: String
    public let port: Int
    public let keepAlive: Duration
    let page: (prefix: String, suffix: String)

    public init(broadcast: RoomBroadcast, host: String, port: Int, keepAlive: Duration = .seconds(15)) {
        self.broadcast = broadcast
        self.host = host
        self.port = port
        self.keepAlive = keepAlive
        page = RoomPage.parts()
    }

    /// Serves until the calling task is cancelled. `onListening` gets the port actually bound (useful with port 0).
    /// On the way out every client's stream is ended, so a stop never waits on an open phone.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let listening = Flag()
        var logger = Logger(label: "rapat.siar")
        logger.logLevel = .critical
        let app = Application(
            router: makeRouter(),
            configuration: .init(address: .hostname(host, port: port), serverName: nil, backlog: 1024),
            onServerRunning: { channel in
                listening.set()
                await onListening(channel.localAddress?.port ?? 0)
            },
            logger: logger
        )
        let broadcast = self.broadcast
        let interval = keepAlive
        let (host, port) = (self.host, self.port)
        defer { broadcast.finishAll() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await app.run()
                } catch where !(error is CancellationError) && !listening.isSet {
                    throw BroadcastError.cannotListen(address: host, port: port, detail: "\(error)")
                }
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: interval)
                    broadcast.keepAlive()
                }
            }
            // Whichever ends first (the server failing to bind, or cancellation) ends the other.
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ReadOnlyMiddleware())
        let page = self.page
        let broadcast = self.broadcast
        router.get("/") { _, _ in
            // The latest snapshot goes in the page, so a phone shows the room before its stream connects.
            let initial = broadcast.latest.map { RoomPage.scriptSafe($0.json) } ?? ""
            return Response(status: .ok, headers: Self.pageHeaders,
                            body: .init(byteBuffer: ByteBuffer(string: page.prefix + initial + page.suffix)))
        }
        router.get("/sehat") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        router.get("/keadaan") { _, _ in
            guard let latest = broadcast.latest else {
                return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                                body: .init(byteBuffer: ByteBuffer(string: tr("siar.http.noData") + "\n")))
            }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store",
                                                   .init("X-Content-Type-Options")!: "nosniff"],
                            body: .init(byteBuffer: ByteBuffer(data: latest.json)))
        }
        router.get("/peristiwa") { request, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store",
                          .init("X-Accel-Buffering")!: "no"],
                body: .init { writer in
                    try await Self.stream(broadcast, to: &writer, request: request)
                }
            )
        }
        return router
    }

    /// One client's event stream: the latest at once, then each new version when it is woken, and a comment on a
    /// keep-alive wake with nothing new. Ends (and the client is dropped) when the client closes its side.
    static func stream(_ broadcast: RoomBroadcast, to writer: inout any ResponseBodyWriter, request: Request) async throws {
        // Subscribe before reading the latest, so nothing published in between is missed.
        let (id, wakes) = broadcast.subscribe()
        defer { broadcast.remove(id) }
        do {
            try await request.body.consumeWithCancellationOnInboundClose { _ in
                // A reconnecting EventSource sends Last-Event-ID; it is answered with the latest all the same (after a
                // restart of `rapat siar` versions start again at 1, so an equal id proves nothing).
                try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
                var sent: UInt64 = 0
                if let latest = broadcast.latest {
                    try await writer.write(latest.frame)
                    sent = latest.version
                }
                for await wake in wakes {
                    if let latest = broadcast.latest, latest.version != sent {
                        try await writer.write(latest.frame)
                        sent = latest.version
                    } else if wake == .keepAlive {
                        try await writer.write(ByteBuffer(string: ": hidup\n\n"))
                    }
                }
            }
        } catch is CancellationError {
            return  // the client went away, or the server is stopping: nothing left to write to
        }
        try? await writer.finish(nil)
    }

    static let pageHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .cacheControl: "no-store",
        .init("X-Content-Type-Options")!: "nosniff",
        .init("Referrer-Policy")!: "no-referrer",
        // Everything is inline; the page may only talk back to this server.
        .init("Content-Security-Policy")!:
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'",
    ]
}

/// GET only: a read-only server answers every other method with 405, on any path.
struct ReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET", .contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: tr("siar.http.readOnly") + "\n")))
        }
        return try await next(request, context)
    }
}

/// Set once, read from any thread.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
