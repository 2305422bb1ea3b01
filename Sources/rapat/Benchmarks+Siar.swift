import Foundation
import RapatBroadcast
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14 item 6's measurement: `rapat siar` with many phones. The server runs in this process on loopback; the
/// clients are real TCP sockets (read by one thread with poll), so every update goes through the kernel's network
/// stack, HTTP chunking and the SSE framing as a phone's would.
extension Benchmarks {
    struct SiarResult {
        var clients: Int
        var connected: Int
        var updates: Int
        var received: Int
        var skipped: Int
        var latencies: [Double]  // ms, publish → the frame read by the client, one per (client, update) received
        var publishCost: Sample  // ms inside `publish` (wakes every client)
        var connectMs: Double

        func percentile(_ p: Double) -> Double {
            let sorted = latencies.sorted()
            guard !sorted.isEmpty else { return 0 }
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
        }
    }

    func siar(clients: Int, updates: Int, interval: Double = 0.2) throws -> SiarResult {
        let broadcast = RoomBroadcast(initial: Self.roomJSON(present: 0))
        let server = BroadcastServer(broadcast: broadcast, host: "127.0.0.1", port: 0)
        let ready = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let bound = BenchPort()
        let task = Task {
            defer { finished.signal(); ready.signal() }
            try await server.run { port in
                bound.set(port)
                ready.signal()
            }
        }
        defer {
            task.cancel()
            _ = finished.wait(timeout: .now() + 10)
        }
        guard ready.wait(timeout: .now() + 30) == .success, bound.get() > 0 else { throw BenchError("siar: server did not start") }
        let port = bound.get()

        progress("siar: \(clients) klien SSE tersambung ke 127.0.0.1:\(port)…")
        let connectStart = now()
        var sockets: [Int32] = []
        defer { sockets.forEach { close($0) } }
        for _ in 0..<clients {
            let fd = try Self.connectSSE(port: port)
            sockets.append(fd)
        }
        let reader = SSEReader(sockets: sockets, versions: updates + 1)
        let thread = Thread { reader.run() }
        thread.stackSize = 1 << 20
        thread.start()
        defer { reader.stop() }
        // Every client has its first snapshot (version 1) and the server counts it.
        let connectDeadline = Date().addingTimeInterval(30)
        while (reader.clientsAt(version: 1) < clients || broadcast.clientCount < clients) && Date() < connectDeadline {
            usleep(5_000)
        }
        let connectMs = elapsed(since: connectStart)
        let connected = broadcast.clientCount

        progress("siar: \(updates) pembaruan, \(Int(interval * 1000)) ms berselang…")
        var publishCost: [Double] = []
        for update in 1...updates {
            let json = Self.roomJSON(present: update)
            let start = now()
            reader.published(version: UInt64(update + 1), at: start)
            broadcast.publish(json)
            publishCost.append(elapsed(since: start))
            usleep(UInt32(interval * 1_000_000))
        }
        let lastDeadline = Date().addingTimeInterval(5)
        while reader.clientsAt(version: UInt64(updates + 1)) < connected && Date() < lastDeadline { usleep(5_000) }
        reader.stop()
        let (latencies, skipped) = reader.results(firstVersion: 2, lastVersion: UInt64(updates + 1))
        return SiarResult(clients: clients, connected: connected, updates: updates, received: latencies.count,
                          skipped: skipped, latencies: latencies, publishCost: Sample(publishCost), connectMs: connectMs)
    }

    func siarTable(_ r: SiarResult) -> String {
        let p95 = r.percentile(0.95)
        let expected = r.connected * r.updates
        var out = """
            | Ukuran | Hasil | Target | |
            |---|---|---|---|

            """
        let rows: [(String, String, String, String)] = [
            ("Klien SSE tersambung (TCP loopback, satu proses)", "\(r.connected) dari \(r.clients)", "\(r.clients)",
             r.connected == r.clients ? "✅" : "❌"),
            ("Waktu menyambungkan semua klien sampai snapshot pertama", ms(r.connectMs), "—", ""),
            ("Pembaruan diterima (klien × pembaruan)", "\(r.received) dari \(expected) (\(r.skipped) dilompati ke yang lebih baru)",
             "—", ""),
            ("Latensi terbit → diterima klien, p50", ms(r.percentile(0.5)), "—", ""),
            ("Latensi terbit → diterima klien, p95", ms(p95), "≤ 1 s", p95 <= 1000 ? "✅" : "❌"),
            ("Latensi terbit → diterima klien, maks", ms(r.percentile(1.0)), "—", ""),
            ("Waktu di dalam `publish` (membangunkan \(r.connected) klien), median / p99",
             "\(ms(r.publishCost.median)) / \(ms(r.publishCost.p99))", "—", ""),
        ]
        for (name, value, target, ok) in rows { out += "| \(name) | \(value) | \(target) | \(ok) |\n" }
        return out
    }

    /// A RoomView-shaped JSON of realistic size (about 600 bytes), with H = `present`.
    static func roomJSON(present: Int) -> Data {
        Data("""
            {"koperasi":"KSP Maju Bersama","judul":"Rapat Anggota Tahunan Tahun Buku 2025","tahap":"Sidang",\
            "kuorum":{"n":12022,"h":\(6000 + present),"q":6012,"sah":\(6000 + present >= 6012),\
            "label":"\(6000 + present >= 6012 ? "SAH" : "BELUM")","rumus":"lebih dari 1/2: ⌊12022/2⌋+1 = 6012"},\
            "acara":{"nomor":3,"judul":"Laporan Pertanggungjawaban Pengurus"},\
            "terakhir":{"jenis":"keputusan","teks":"Keputusan 2: Rapat menerima laporan pertanggungjawaban pengurus tahun buku 2025 dengan catatan pengawas.","pukul":"10.42 WITA"},\
            "suara_terbuka":"Pemungutan suara sedang berlangsung: pengesahan laporan pengurus",\
            "peristiwa":\(20_000 + present),"sidik":"3fa9c2d41b7e0a55","diperbarui":"2026-03-21T02:42:10Z"}
            """.utf8)
    }

    /// A blocking connect and the `/peristiwa` request; the socket is then left non-blocking for the reader.
    static func connectSSE(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchError("siar: socket() failed, errno \(errno) (ulimit -n?)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw BenchError("siar: connect failed, errno \(errno)") }
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let request = Array("GET /peristiwa HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else {
            close(fd)
            throw BenchError("siar: send failed, errno \(errno)")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        return fd
    }
}

final class BenchPort: @unchecked Sendable {
    private let lock = NSLock()
    private var port = 0
    func set(_ value: Int) { lock.withLock { port = value } }
    func get() -> Int { lock.withLock { port } }
}

/// Reads every client socket with poll() on one thread and notes, per client, when each version's `id:` line arrived.
final class SSEReader: @unchecked Sendable {
    private let sockets: [Int32]
    private let lock = NSLock()
    private var stopped = false
    private var publishedAt: [UInt64: UInt64] = [:]
    /// receivedAt[client][version] = uptime ns.
    private var receivedAt: [[UInt64: UInt64]]
    private var pending: [[UInt8]]
    private var latestVersion: [UInt64]

    init(sockets: [Int32], versions: Int) {
        self.sockets = sockets
        receivedAt = Array(repeating: [:], count: sockets.count)
        pending = Array(repeating: [], count: sockets.count)
        latestVersion = Array(repeating: 0, count: sockets.count)
        _ = versions
    }

    func published(version: UInt64, at: UInt64) { lock.withLock { publishedAt[version] = at } }
    func stop() { lock.withLock { stopped = true } }

    func clientsAt(version: UInt64) -> Int { lock.withLock { latestVersion.filter { $0 >= version }.count } }

    /// Latencies (ms) of every (client, version) received in the range, and how many were skipped over.
    func results(firstVersion: UInt64, lastVersion: UInt64) -> ([Double], Int) {
        lock.withLock {
            var latencies: [Double] = []
            var skipped = 0
            for client in receivedAt.indices {
                for version in firstVersion...lastVersion {
                    if let at = receivedAt[client][version], let sent = publishedAt[version] {
                        latencies.append(Double(at &- sent) / 1e6)
                    } else {
                        skipped += 1
                    }
                }
            }
            return (latencies, skipped)
        }
    }

    func run() {
        var fds = sockets.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while !lock.withLock({ stopped }) {
            let ready = poll(&fds, nfds_t(fds.count), 50)
            guard ready > 0 else { continue }
            let stamp = DispatchTime.now().uptimeNanoseconds
            for index in fds.indices where fds[index].revents != 0 {
                fds[index].revents = 0
                while true {
                    let n = buffer.withUnsafeMutableBytes { recv(fds[index].fd, $0.baseAddress, $0.count, 0) }
                    if n <= 0 {
                        if n == 0 { fds[index].fd = -1 }  // closed: poll ignores negative descriptors
                        break
                    }
                    pending[index] += buffer[0..<n]
                    scan(client: index, at: stamp)
                }
            }
        }
    }

    /// Finds complete "id: N\n" lines in what the client has read so far.
    private func scan(client: Int, at stamp: UInt64) {
        let marker = Array("id: ".utf8)
        var bytes = pending[client]
        var consumed = 0
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker {
                guard let end = bytes[(i + marker.count)...].firstIndex(of: 0x0A) else { break }
                if let version = UInt64(String(decoding: bytes[(i + marker.count)..<end], as: UTF8.self)) {
                    lock.withLock {
                        if receivedAt[client][version] == nil { receivedAt[client][version] = stamp }
                        latestVersion[client] = max(latestVersion[client], version)
                    }
                }
                i = end + 1
                consumed = i
            } else {
                i += 1
            }
        }
        // Keep only what might hold the start of an unfinished marker.
        let keepFrom = max(consumed, bytes.count - 64)
        bytes.removeFirst(max(0, keepFrom))
        pending[client] = bytes
    }
}
