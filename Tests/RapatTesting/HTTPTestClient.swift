import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain-socket HTTP/1.1 client for the tests: real TCP to the running server, blocking reads with a timeout,
/// chunked bodies decoded, Server-Sent Events parsed as they arrive. Nothing in it is shared with the server.
public final class HTTPTestClient {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(description: String) { self.description = description }
    }

    public struct Response {
        public var status: Int
        public var headers: [String: String]  // lower-cased names
        public var body: String
    }

    /// One SSE frame: its `id:`, its `data:` lines joined with "\n", and any comment lines (": …").
    public struct Event: Equatable {
        public var id: String?
        public var data: String?
        public var comments: [String]
    }

    private let fd: Int32
    private var buffer: [UInt8] = []
    private var chunked = false
    private var chunkLeft = 0
    private var body: [UInt8] = []
    private var ended = false
    public private(set) var status = 0
    public private(set) var headers: [String: String] = [:]

    public init(port: Int, timeout: TimeInterval = 5) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: \(errno)") }
        var tv = timeval(tv_sec: Int(timeout), tv_usec: .init((timeout - floor(timeout)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw Failure(description: "connect to 127.0.0.1:\(port) failed: errno \(errno)")
        }
    }

    deinit { close(fd) }

    /// Closes the connection now (a phone leaving the page).
    public func disconnect() { shutdown(fd, Int32(SHUT_RDWR)) }

    public func request(_ method: String, _ path: String, headers extra: [String: String] = [:], body: String = "") throws {
        var request = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in extra { request += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { request += "Content-Length: \(body.utf8.count)\r\n" }
        request += "\r\n" + body
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            sent += n
        }
    }

    /// Reads more bytes into the buffer; false at end of stream. Throws on timeout.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK { throw Failure(description: "timed out waiting for the server") }
            return false
        }
        if n == 0 { return false }
        buffer += chunk[0..<n]
        return true
    }

    private func line() throws -> String? {
        while true {
            if let i = buffer.firstIndex(of: 0x0A) {
                var bytes = Array(buffer[..<i])
                buffer.removeSubrange(...i)
                if bytes.last == 0x0D { bytes.removeLast() }
                return String(decoding: bytes, as: UTF8.self)
            }
            guard try fill() else { return nil }
        }
    }

    /// Reads the status line and headers.
    public func readHead() throws {
        guard let statusLine = try line() else { throw Failure(description: "connection closed before a response") }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let code = Int(parts[1]) else { throw Failure(description: "bad status line: \(statusLine)") }
        status = code
        while let header = try line(), !header.isEmpty {
            guard let colon = header.firstIndex(of: ":") else { continue }
            headers[header[..<colon].lowercased()] = header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        chunked = headers["transfer-encoding"]?.lowercased().contains("chunked") == true
    }

    /// Decodes more of the body into `body`; false once the body (or the connection) ended.
    private func moreBody() throws -> Bool {
        if ended { return false }
        if !chunked {
            if let length = headers["content-length"].flatMap(Int.init) {
                while buffer.count < length - body.count { guard try fill() else { break } }
                let take = min(buffer.count, length - body.count)
                body += buffer[..<take]
                buffer.removeFirst(take)
                ended = true
                return take > 0
            }
            if buffer.isEmpty { guard try fill() else { ended = true; return false } }
            body += buffer
            buffer.removeAll()
            return true
        }
        if chunkLeft == 0 {
            guard let sizeLine = try line() else { ended = true; return false }
            if sizeLine.isEmpty { return true }  // the CRLF after a chunk
            guard let size = Int(sizeLine.split(separator: ";")[0], radix: 16) else {
                throw Failure(description: "bad chunk size: \(sizeLine)")
            }
            if size == 0 { ended = true; return false }
            chunkLeft = size
        }
        if buffer.isEmpty { guard try fill() else { ended = true; return false } }
        let take = min(buffer.count, chunkLeft)
        body += buffer[..<take]
        buffer.removeFirst(take)
        chunkLeft -= take
        return true
    }

    /// The whole body, for ordinary responses.
    public func readBody() throws -> String {
        while try moreBody() {}
        return String(decoding: body, as: UTF8.self)
    }

    /// The next SSE frame (up to its blank line), or nil when the stream ended.
    public func nextEvent() throws -> Event? {
        while true {
            if let end = Self.frameEnd(body) {
                let frame = String(decoding: body[..<end], as: UTF8.self)
                body.removeFirst(end + 2)
                var event = Event(id: nil, data: nil, comments: [])
                for line in frame.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.hasPrefix(":") { event.comments.append(String(line.dropFirst()).trimmingCharacters(in: .whitespaces)) }
                    else if line.hasPrefix("id: ") { event.id = String(line.dropFirst(4)) }
                    else if line.hasPrefix("data: ") {
                        event.data = (event.data.map { $0 + "\n" } ?? "") + line.dropFirst(6)
                    }
                }
                return event
            }
            guard try moreBody() else { return nil }
        }
    }

    /// The next frame that carries data, skipping `retry:` and keep-alive comments.
    public func nextData() throws -> Event? {
        while let event = try nextEvent() {
            if event.data != nil { return event }
        }
        return nil
    }

    private static func frameEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for i in 0..<(bytes.count - 1) where bytes[i] == 0x0A && bytes[i + 1] == 0x0A { return i }
        return nil
    }

    /// One request on a fresh connection, read to the end.
    public static func fetch(_ method: String, _ path: String, port: Int, headers: [String: String] = [:], body: String = "") throws -> Response {
        let client = try HTTPTestClient(port: port)
        try client.request(method, path, headers: headers.merging(["Connection": "close"]) { a, _ in a }, body: body)
        try client.readHead()
        return Response(status: client.status, headers: client.headers, body: try client.readBody())
    }

    /// An open `/peristiwa` stream with its head read.
    public static func events(port: Int, lastEventID: String? = nil, timeout: TimeInterval = 5) throws -> HTTPTestClient {
        let client = try HTTPTestClient(port: port, timeout: timeout)
        var headers = ["Accept": "text/event-stream"]
        if let lastEventID { headers["Last-Event-ID"] = lastEventID }
        try client.request("GET", "/peristiwa", headers: headers)
        try client.readHead()
        return client
    }
}
