import ArgumentParser
import Foundation
import RapatBroadcast
import RapatCore
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

/// The meeting file seen read-only: the RoomView JSON now, and again whenever the file (or its WAL) changed.
final class SiarSource: @unchecked Sendable {
    private let path: String
    private var seen: [Int64] = []

    init(path: String) { self.path = path }

    /// The first snapshot; a file that cannot be read ends the command with the store's message.
    func firstSnapshot() throws -> Data {
        seen = ReviewRefresh.signature(path)
        let (file, scan) = try readMeeting(at: path, purpose: "rapat siar")
        defer { file.close() }
        return TemporaryRoomJSON.encode(scan.state, digest: file.finalDigest)
    }

    /// The JSON when another process committed since the last look; nil otherwise, or when the file could not be
    /// read this time (a commit under way: the next look reads it).
    func snapshotIfChanged() -> Data? {
        let now = ReviewRefresh.signature(path)
        guard now != seen else { return nil }
        guard let file = try? MeetingFile.open(at: path, writable: false, purpose: "rapat siar") else { return nil }
        defer { file.close() }
        guard let scan = try? file.scan() else { return nil }
        seen = now
        return TemporaryRoomJSON.encode(scan.state, digest: file.finalDigest)
    }
}

// TEMPORARY until RoomView lands: the RoomView JSON (keys of the shared contract) built straight from MeetingState.
// The integrator replaces `TemporaryRoomJSON.encode` with RoomView's own encoding and deletes this enum.
enum TemporaryRoomJSON {
    struct Room: Encodable {
        struct Quorum: Encodable { var n: Int, h: Int, q: Int, sah: Bool, label: String, rumus: String }
        struct Item: Encodable { var nomor: Int, judul: String }
        struct Last: Encodable { var jenis: String, teks: String, pukul: String }
        var koperasi: String
        var judul: String
        var tahap: String
        var kuorum: Quorum
        var acara: Item?
        var terakhir: Last?
        var suara_terbuka: String?
        var peristiwa: Int64
        var sidik: String
        var diperbarui: String?

        // Optionals are written as null, as the contract has them, not left out.
        func encode(to encoder: any Encoder) throws {
            enum Key: String, CodingKey {
                case koperasi, judul, tahap, kuorum, acara, terakhir, suara_terbuka, peristiwa, sidik, diperbarui
            }
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(koperasi, forKey: .koperasi)
            try c.encode(judul, forKey: .judul)
            try c.encode(tahap, forKey: .tahap)
            try c.encode(kuorum, forKey: .kuorum)
            try c.encode(acara, forKey: .acara)
            try c.encode(terakhir, forKey: .terakhir)
            try c.encode(suara_terbuka, forKey: .suara_terbuka)
            try c.encode(peristiwa, forKey: .peristiwa)
            try c.encode(sidik, forKey: .sidik)
            try c.encode(diperbarui, forKey: .diperbarui)
        }
    }

    static func encode(_ state: MeetingState, digest: String) -> Data {
        let quorum = state.quorum
        let zone = state.timeZone
        let stage: String = switch state.phase {
        case .preparation: "Persiapan"
        case .registration: "Pendaftaran"
        case .opened: state.currentRecess == nil ? "Sidang" : "Skorsing"
        case .postponed: "Ditunda"
        case .closed: "Ditutup"
        }
        let item = state.currentAgendaIndex.map { Room.Item(nomor: $0 + 1, judul: state.agenda.items[$0].title) }
        let last = state.decisions.last.map {
            Room.Last(jenis: "keputusan", teks: "Keputusan \($0.number): \($0.text)",
                      pukul: IndonesianFormat.clock($0.at, zone: zone) + " " + zone.rawValue)
        }
        let openVote: String? = state.openVote.map { round in
            let subject: String = switch round.opening.subject {
            case let .motion(number): state.motions.first { $0.number == number }?.text ?? "usul \(number)"
            case let .election(number): "pemilihan \(number)"
            }
            return "Pemungutan suara sedang berlangsung: \(subject)"
        }
        let iso = ISO8601DateFormatter()
        let room = Room(
            koperasi: state.cooperativeName,
            judul: state.opening?.profile.meetingTitle ?? "",
            tahap: stage,
            kuorum: .init(n: quorum.registered, h: quorum.present, q: quorum.required, sah: quorum.isMet,
                          label: quorum.isMet ? "SAH" : "BELUM", rumus: quorum.formula),
            acara: item, terakhir: last, suara_terbuka: openVote,
            peristiwa: state.eventCount, sidik: String(digest.prefix(16)),
            diperbarui: state.lastEventAt.map { iso.string(from: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(room)) ?? Data("{}".utf8)
    }
}

/// Set once by the main thread, read by the poller.
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
