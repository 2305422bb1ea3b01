import Foundation
import RapatCore
import RapatStore

/// `rapat bench --meja-server URL`: ten simulated desks check 1,200 members in each against a real PostgreSQL server
/// (synchronous commit on): how long a desk waits for each durable acknowledgement, what the server carries in all,
/// and how soon another desk sees a check-in (LISTEN/NOTIFY, then catching up from the last sequence seen).
struct DeskBenchmark {
    var server: String
    var desks = 10
    var perDesk = 1200
    /// Time between one desk's scans (0: back to back, the server's ceiling). Real desks scan every ~2 s.
    var pacing: TimeInterval = 0

    struct Report {
        var ackMedian: Double, ackP99: Double, ackMax: Double
        var throughput: Double, wall: Double
        var visibilityP50: Double, visibilityP95: Double
        var checkIns: Int, desks: Int
        var pacing: TimeInterval
    }

    func run() throws -> Report {
        guard var components = URLComponents(string: server) else { throw StoreError.notAMeetingFile(path: server, reason: "URL") }
        components.path = "/rapat_bench_" + UUID().uuidString.prefix(8).lowercased()
        let location = components.string ?? server
        let total = desks * perDesk
        let members = (1...max(total, 12_022)).map { i in
            Member(number: MemberNumber(String(format: "%05d", i)), name: "Anggota \(i)", gender: i % 2 == 0 ? .female : .male,
                   unit: "Unit \(i % 40)", status: .regular, joinedOn: "2019-01-01", office: nil, hasVotingRight: true)
        }
        let opening = Date()
        do {
            let setup = try MeetingSession(journal: try MeetingStore.create(location))
            defer { setup.close() }
            try setup.execute(.createMeeting(meetingID: "bench", cooperative: "Koperasi ASN Uji", at: opening))
            try setup.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "bench.csv", at: opening))
            let profile = CooperativeProfile(name: "Koperasi ASN Uji", abbreviation: "KASN", ratNumber: 1, fiscalYear: 2025,
                                             timeZone: .wita, scheduledStart: opening, place: "Aula")
            try setup.execute(.openRegistration(rules: .defaults, profile: profile, at: opening))
        }
        let sessions = try (1...desks).map {
            try MeetingSession.open(location, purpose: "bench", desk: DeskAssignment(number: $0 + 1, role: .registration))
        }
        // Each thread uses only its own session; the observer only on its thread.
        nonisolated(unsafe) let observer = try MeetingFollower(location: location, purpose: "bench")
        nonisolated(unsafe) let deskSessions = sessions
        let acks = Stamps(count: total)
        let latencies = Stamps(count: total)
        let stop = Flag()
        let visible = Stamps(count: 0)
        // The observer desk: woken by the notification, it folds what the others committed and notes when.
        let watching = Thread {
            var seen: Int64 = observer.eventCount
            while !stop.isSet {
                if observer.refresh() {
                    let now = Date().timeIntervalSince1970
                    for sequence in (seen + 1)...observer.eventCount {
                        if let acked = acks.value(atSequence: sequence) { visible.append(max(0, now - acked)) }
                    }
                    seen = observer.eventCount
                } else {
                    Thread.sleep(forTimeInterval: 0.001)
                }
            }
        }
        watching.start()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: desks) { desk in
            let session = deskSessions[desk]
            for scan in 0..<perDesk {
                if pacing > 0 {
                    // Desks start out of step, as in a room.
                    Thread.sleep(until: started.addingTimeInterval(pacing * (Double(scan) + Double(desk) / Double(desks))))
                }
                let number = MemberNumber(String(format: "%05d", desk * perDesk + scan + 1))
                let before = Date()
                guard case let .recorded(entries) = try? session.execute(.checkIn(number, at: Date()), commandID: "b:\(desk):\(scan)",
                                                                          fresh: true, liveClock: true) else { continue }
                let after = Date()
                latencies.set(desk * perDesk + scan, after.timeIntervalSince(before))
                if let sequence = entries.first?.sequence { acks.set(sequence: sequence, after.timeIntervalSince1970) }
            }
        }
        let wall = Date().timeIntervalSince(started)
        Thread.sleep(forTimeInterval: 1)
        stop.set()
        sessions.forEach { $0.close() }
        let times = latencies.values.filter { $0 > 0 }.sorted()
        let seenSorted = visible.values.sorted()
        func percentile(_ values: [Double], _ p: Double) -> Double {
            values.isEmpty ? .nan : values[min(values.count - 1, Int((Double(values.count - 1) * p).rounded()))] * 1000
        }
        return Report(ackMedian: percentile(times, 0.5), ackP99: percentile(times, 0.99), ackMax: (times.last ?? .nan) * 1000,
                      throughput: Double(times.count) / wall, wall: wall,
                      visibilityP50: percentile(seenSorted, 0.5), visibilityP95: percentile(seenSorted, 0.95),
                      checkIns: times.count, desks: desks, pacing: pacing)
    }

    static func table(_ r: Report) -> String {
        let projected = 12_022.0 * 2 / Double(r.desks)
        let quorum = 6_012.0 * 2 / Double(r.desks)
        return """
            | Ukuran (\(r.desks) meja × \(r.checkIns / max(r.desks, 1)) check-in, \(r.pacing > 0 ? "satu pindai per \(Int(r.pacing * 1000)) ms per meja" : "tanpa jeda"), PostgreSQL lokal, synchronous_commit=on) | Hasil | Sasaran |
            |---|---|---|
            | Tunggu tanda terima per check-in (tahan-crash), median | \(String(format: "%.1f", r.ackMedian)) ms | — |
            | Tunggu tanda terima per check-in, p99 / maks | \(String(format: "%.1f", r.ackP99)) / \(String(format: "%.1f", r.ackMax)) ms | p99 ≤ 50 ms |
            | Throughput seluruh meja | \(String(format: "%.0f", r.throughput)) check-in/detik (\(r.checkIns) dalam \(String(format: "%.1f", r.wall)) s) | ≥ \(r.desks / 2)/detik (\(r.desks) meja × 1 pindai/2 s) |
            | Terlihat di meja lain (NOTIFY → catch-up), p50 / p95 | \(String(format: "%.0f", r.visibilityP50)) / \(String(format: "%.0f", r.visibilityP95)) ms | p95 ≤ 1000 ms |
            | Proyeksi 12.022 anggota, 2 s/pindai/meja, \(r.desks) meja | \(String(format: "%.0f", projected / 60)) menit (kuorum 6.012 hadir: \(String(format: "%.0f", quorum / 60)) menit) | server bukan hambatan bila throughput ≫ \(r.desks / 2)/detik |
            """
    }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

/// Times written by the desks' threads, read by the observer.
private final class Stamps: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Double]
    private var bySequence: [Int64: Double] = [:]
    init(count: Int) { list = Array(repeating: 0, count: count) }
    func set(_ index: Int, _ value: Double) { lock.lock(); list[index] = value; lock.unlock() }
    func append(_ value: Double) { lock.lock(); list.append(value); lock.unlock() }
    func set(sequence: Int64, _ value: Double) { lock.lock(); bySequence[sequence] = value; lock.unlock() }
    func value(atSequence sequence: Int64) -> Double? { lock.lock(); defer { lock.unlock() }; return bySequence[sequence] }
    var values: [Double] { lock.lock(); defer { lock.unlock() }; return list }
}
