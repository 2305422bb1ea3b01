import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP relay on loopback between a desk and the test server that can be cut like a cable: while cut, bytes are
/// swallowed and nothing is answered (no reset, as when a network goes away), and new connections hang. Restoring
/// drops the cut connections and relays new ones again.
public final class BlackholeProxy: @unchecked Sendable {
    public let port: Int
    private let targetPort: Int
    private let listener: Int32
    private let lock = NSLock()
    private var cut = false
    private var repliesCut = false
    private var generation = 0
    private var sockets: [Int32] = []

    public init(targetPort: Int) throws {
        self.targetPort = targetPort
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        guard bound == 0, listen(listener, 64) == 0 else { throw CocoaError(.fileWriteUnknown) }
        withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(listener, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [weak self] in self?.acceptLoop() }.start()
    }

    deinit { shutdown(listener, Int32(SHUT_RDWR)); close(listener) }

    /// Pulls the cable: from now on nothing passes either way.
    public func cutOff() {
        lock.lock()
        cut = true
        lock.unlock()
    }

    /// Loses only what the server sends: requests still arrive (a COMMIT is carried out), answers never come back.
    public func cutReplies() {
        lock.lock()
        repliesCut = true
        lock.unlock()
    }

    /// Plugs it back: the connections that were cut are closed (their state is lost), new ones are relayed.
    public func restore() {
        lock.lock()
        cut = false
        repliesCut = false
        generation += 1
        let old = sockets
        sockets = []
        lock.unlock()
        for fd in old { shutdown(fd, Int32(SHUT_RDWR)) }
    }

    private func isCut(fromServer: Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return cut || (fromServer && repliesCut)
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            address.sin_port = in_port_t(UInt16(targetPort).bigEndian)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { close(client); close(server); continue }
            lock.lock()
            sockets += [client, server]
            lock.unlock()
            Thread { [weak self] in self?.relay(from: client, to: server, fromServer: false) }.start()
            Thread { [weak self] in self?.relay(from: server, to: client, fromServer: true) }.start()
        }
    }

    private func relay(from source: Int32, to destination: Int32, fromServer: Bool) {
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = read(source, &buffer, buffer.count)
            if count <= 0 { break }
            if isCut(fromServer: fromServer) { continue }  // swallowed: the other side hears nothing
            var sent = 0
            while sent < count {
                let n = buffer[sent..<count].withUnsafeBytes { write(destination, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                sent += n
            }
        }
        shutdown(destination, Int32(SHUT_RDWR))
        close(source)
    }
}
