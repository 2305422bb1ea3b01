import ArgumentParser
import Foundation
import RapatBroadcast
import RapatCore
import RapatDocuments
import RapatStore
import RapatText
#if canImport(Glibc)
import Glibc
#endif

/// `rapat siar`: the room's screen (quorum, agenda item, last decision, open vote) as a read-only page on the LAN,
/// pushed to members' phones by Server-Sent Events. The meeting file is only read: every ≤ 250 ms a stat tells whether
/// another process committed (as `rapat lihat` does, DECISIONS 65), and only then is the journal read again.
struct SiarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "siar",
        abstract: "Menyiarkan layar rapat (kuorum, acara, keputusan) sebagai halaman hanya-baca ke ponsel anggota di LAN.",
        discussion: """
            Laptop dan ponsel anggota di Wi-Fi/LAN yang sama: rapat siar --port 8080 --alamat 0.0.0.0, lalu
            anggota membuka http://<alamat laptop>:8080/ (alamatnya dicetak saat mulai). Halaman diperbarui
            sendiri dalam sekitar satu detik setelah setiap catatan; tidak memuat daftar anggota atau nama yang
            hadir. Berkas rapat hanya dibaca. Ctrl-C untuk berhenti.
            """)

    @OptionGroup var meeting: MeetingOptions

    @Option(help: "Port HTTP, mis. 8080 (0: port bebas yang dipilih sistem, dicetak saat mulai).")
    var port: Int

    @Option(name: .customLong("alamat"), help: "Alamat IPv4 yang didengarkan: 0.0.0.0 semua jaringan laptop ini, 127.0.0.1 laptop ini saja.")
    var address: String = "0.0.0.0"

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError(tr("siar.cli.port", ["port": port])) }
        var parsed = in_addr()
        guard inet_pton(AF_INET, address, &parsed) == 1 else {
            throw ValidationError(tr("siar.cli.address", ["address": address]))
        }
    }

    func run() throws {
        let path = meeting.file
        let source = SiarSource(path: path)
        let broadcast = RoomBroadcast(initial: try source.firstSnapshot())
        let server = BroadcastServer(broadcast: broadcast, host: address, port: port)

        // The poller reads SQLite on a thread of its own, never on the server's.
        let stop = StopFlag()
        let poller = Thread {
            while !stop.isSet {
                usleep(250_000)
                if let json = source.snapshotIfChanged() { broadcast.publish(json) }
            }
        }
        poller.start()

        let outcome = ServerOutcome()
        let finished = DispatchSemaphore(value: 0)
        let address = self.address
        let task = Task {
            do {
                try await server.run { bound in
                    Self.announce(path: path, address: address, port: bound)
                }
            } catch is CancellationError {
            } catch {
                outcome.error = error
            }
            finished.signal()
        }
        // Ctrl-C (and SIGTERM) stop the server; open phones are disconnected, the meeting file was never opened to write.
        var sources: [any DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { task.cancel() }
            source.resume()
            sources.append(source)
        }
        finished.wait()
        stop.set()
        sources.forEach { $0.cancel() }
        if let error = outcome.error {
            throw fail(describe(error))
        }
        emit(tr("siar.cli.stopped"))
    }

    /// The addresses members' phones can open: each non-loopback IPv4 address of this machine when listening on all.
    static func announce(path: String, address: String, port: Int) {
        emit(tr("siar.cli.listening", ["path": path]))
        if address.hasPrefix("127.") {
            emit(tr("siar.cli.thisLaptopOnly", ["address": address, "port": port]))
        } else {
            let hosts = address == "0.0.0.0" ? lanAddresses() : [address]
            if hosts.isEmpty {
                emit(tr("siar.cli.noLan", ["port": port]))
            } else {
                emit(tr("siar.cli.openOnPhones"))
                for host in hosts { emit(tr("siar.cli.url", ["host": host, "port": port])) }
            }
        }
        emit(tr("siar.cli.stop"))
    }

    /// Every IPv4 address of an interface that is up, loopback excluded, in interface order, without repeats.
    static func lanAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard let socketAddress = entry.pointee.ifa_addr, socketAddress.pointee.sa_family == sa_family_t(AF_INET),
                  flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0 else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            var ipv4 = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &ipv4, &text, socklen_t(INET_ADDRSTRLEN)) != nil else { continue }
            let host = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if !host.hasPrefix("127."), !found.contains(host) { found.append(host) }
        }
        return found
    }
}

/// The meeting seen read-only (a file, or a server meeting followed by its notifications): the RoomView JSON now,
/// and again whenever the journal moved on.
final class SiarSource: @unchecked Sendable {
    private let path: String
    private var follower: MeetingFollower?

    init(path: String) { self.path = path }

    /// The first snapshot; a meeting that cannot be read ends the command with the store's message.
    func firstSnapshot() throws -> Data {
        let follower: MeetingFollower
        do {
            follower = try MeetingFollower(location: path, purpose: "rapat siar")
        } catch {
            throw failing(error)
        }
        self.follower = follower
        return try Self.json(follower)
    }

    /// The JSON when a commit moved the meeting on since the last look; nil otherwise, or when it could not be read
    /// this time (the next look reads it).
    func snapshotIfChanged() -> Data? {
        guard let follower, follower.refresh() else { return nil }
        return try? Self.json(follower)
    }

    private static func json(_ follower: MeetingFollower) throws -> Data {
        try RoomView(state: follower.state, eventCount: follower.eventCount, digest: follower.finalDigest, now: Date()).json()
    }
}

final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

final class ServerOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (any Error)?
    var error: (any Error)? {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
