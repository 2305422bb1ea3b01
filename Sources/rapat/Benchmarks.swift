import Foundation
import RapatApp
import RapatCore
import RapatStore
#if canImport(Glibc)
import Glibc
#endif

/// The measurements behind BENCHMARKS.md. Each target of issue 2 is measured on this machine, in one run,
/// on the disk of the current folder (where meeting files live), never in a timed unit test.
struct Benchmarks {
    let checkIns: Int
    let dir = FileManager.default.currentDirectoryPath + "/.rapat-bench-\(getpid())"
    let opening = Date(timeIntervalSince1970: 1_774_058_400)  // 2026-03-21 09:00 WIB

    func run() throws -> String {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let settingsPath = dir + "/koperasi.toml"
        try CooperativeSettings.writeDefault(to: settingsPath, name: "Koperasi Tolok Ukur", abbreviation: "KTU",
                                             fiscalYear: 2025, meetingDate: "2026-03-21")

        progress("fsync mentah…")
        let floor = fsyncFloor(count: checkIns)
        progress("commit SQLite WAL FULL polos…")
        let sqliteFloor = try bareSQLiteCommits(count: checkIns)
        progress("check-in tahan-crash…")
        let checkIn = try durableCheckIns(count: checkIns)
        progress("pencarian nama (100.000 anggota)…")
        let search = nameSearch()
        progress("impor 100.000 baris CSV…")
        let importMs = try import100k()
        progress("mulai dingin (12.022 anggota, 20.000 peristiwa)…")
        let coldPath = try meeting(named: "cold", members: 12_022, events: 20_000)
        let cold = try spawnTimes(meeting: coldPath, settings: settingsPath, runs: 15)
        progress("replay 100.000 peristiwa…")
        let replayPath = try meeting(named: "replay", members: 12_022, events: 100_000)
        let replay = try replayTimes(replayPath, runs: 5)
        progress("verifikasi dan salin 100.000 peristiwa…")
        let journal = try journalChecks(replayPath, runs: 5)
        progress("memori dengan 100.000 anggota…")
        let bigPath = try meeting(named: "big", members: 100_000, events: 100_000)
        let rss = try spawnTimes(meeting: bigPath, settings: settingsPath, runs: 3)

        progress("pemungutan suara per nama, 12.022 anggota…")
        let vote = try rollCall()
        progress("SHU 100.000 anggota…")
        let shu = shu100k()
        progress("dokumen 12.022 anggota…")
        let docs = try documents12k()
        progress("rapat docs semua format, 12.022 anggota…")
        let whole = try wholeDocs()
        progress("ketukan sampai layar baru di setiap layar, 12.022 anggota…")
        let keys = try keystrokes()

        let ratio = checkIn.median / floor.median
        let rows: [(String, String, String, Bool)] = [
            ("Check-in tahan-crash (perintah → fsync jurnal → state), median", ms(checkIn.median),
             "≤ 1,25 × fsync (\(ms(floor.median * 1.25)))", ratio <= 1.25),
            ("Check-in tahan-crash, p99", ms(checkIn.p99), "—", true),
            ("fsync mentah 200 B di disk yang sama, median / p99", "\(ms(floor.median)) / \(ms(floor.p99))", "lantai", true),
            ("Rasio median check-in / median fsync", String(format: "%.2f×", ratio), "≤ 1,25×", ratio <= 1.25),
            ("Commit SQLite polos (WAL, synchronous=FULL, 1 baris), median / p99",
             "\(ms(sqliteFloor.median)) / \(ms(sqliteFloor.p99))", "lantai SQLite", true),
            ("Rasio median check-in / median commit SQLite polos", String(format: "%.2f×", checkIn.median / sqliteFloor.median),
             "—", true),
            ("Pencarian nama per ketukan, 100.000 anggota, p99", ms(search.p99), "≤ 5 ms", search.p99 <= 5),
            ("Pencarian nama per ketukan, median", ms(search.median), "—", true),
            ("Mulai dingin sampai layar pertama (12.022 anggota, 20.000 peristiwa), median proses", ms(cold.median),
             "≤ 150 ms", cold.median <= 150),
            ("Membuka dengan verifikasi: replay + rantai hash + sidik daftar anggota, 100.000 peristiwa (12.022 anggota), "
                + "median", ms(replay.median), "≤ 1 s", replay.median <= 1000),
            ("rapat verify: rantai hash 100.000 peristiwa (tanpa decode), median", ms(journal.verify.median), "≤ 1 s",
             journal.verify.median <= 1000),
            ("rapat salin: salinan utuh + pemeriksaan ulang, 100.000 peristiwa (\(journal.copyMB) MB), median",
             ms(journal.copy.median), "—", true),
            ("RSS puncak proses (VmHWM), 100.000 anggota + 100.000 peristiwa, sampai layar pertama", "\(rss.maxRSSKiB / 1024) MB",
             "≤ 64 MB", rss.maxRSSKiB <= 64 * 1024),
            ("Impor CSV 100.000 baris (baca + validasi + simpan)", ms(importMs), "—", true),
            ("Membuka pemungutan suara: cek kuorum + membekukan \(vote.eligible) pemilih (tahan-crash)", ms(vote.open),
             "—", true),
            ("Satu suara per nama tahan-crash (\(vote.entries.count) suara, 12.022 anggota), median / p99",
             "\(ms(vote.entries.median)) / \(ms(vote.entries.p99))", "seketika", vote.entries.p99 <= 100),
            ("Menghitung hasil \(vote.eligible) suara per nama (tanpa tulis), median", ms(vote.tally.median),
             "seketika", vote.tally.median <= 100),
            ("Menutup pemungutan suara (hitung + keputusan, tahan-crash)", ms(vote.close), "—", true),
            ("SHU per anggota, 100.000 anggota (JM + JU, pembulatan, sisa terbesar), median dari 7", ms(shu.compute.median),
             "≤ 200 ms", shu.compute.median <= 200),
            ("Semua dokumen txt (BA, daftar hadir \(docs.attended) orang, notulen, statistik, rekap), 12.022 anggota, median",
             ms(docs.text.median), "≤ 300 ms", docs.text.median <= 300),
            ("Semua dokumen md, 12.022 anggota, median", ms(docs.markdown.median), "≤ 300 ms", docs.markdown.median <= 300),
            ("Semua dokumen html (dengan grafik SVG), 12.022 anggota, median", ms(docs.html.median), "≤ 300 ms",
             docs.html.median <= 300),
            ("Semua dokumen PDF, 12.022 anggota, median", ms(docs.pdf.median), "≤ 2 s", docs.pdf.median <= 2_000),
            ("`rapat docs` semua format termasuk SHU per anggota (\(whole.files) berkas), 12.022 anggota, median dari 3",
             ms(whole.time.median), "≤ 6 s", whole.time.median <= 6_000),
            ("`rapat docs` semua format: memori puncak (RSS)", "\(whole.time.maxRSSKiB / 1024) MB", "≤ 128 MB",
             whole.time.maxRSSKiB <= 128 * 1024),
            ("Tanda tangan: SHA256SUMS + sidik-jurnal.txt + SHA256SUMS.minisig atas \(docs.sealedFiles) dokumen "
                + "(\(docs.sealedBytes / 1_048_576) MB), median dari 21", ms(docs.seal.median), "—", true),
        ]
        var out = """
            | Ukuran | Hasil | Target | |
            |---|---|---|---|

            """
        for (name, value, target, ok) in rows {
            out += "| \(name) | \(value) | \(target) | \(target == "—" || target.hasPrefix("lantai") ? "" : ok ? "✅" : "❌") |\n"
        }
        out += "\n\(checkIns) check-in dan \(checkIns) fsync diukur bergantian dalam satu proses; pencarian: "
            + "\(search.count) ketukan.\n"
        out += "\nKetukan sampai layar baru (tick + reduce + efek + render 80×24), issue 13:\n\n" + keystrokeTable(keys)
        return out
    }

    // MARK: - Measurements

    private func fsyncFloor(count: Int) -> Sample {
        let path = dir + "/fsync.bin"
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        defer { close(fd); unlink(path) }
        let record = [UInt8](repeating: 0x41, count: 200)
        var times: [Double] = []
        for _ in 0..<count {
            let start = now()
            _ = record.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            times.append(elapsed(since: start))
        }
        return Sample(times)
    }

    /// The same journal INSERT through GRDB with nothing else: the cost SQLite itself puts on a durable commit.
    private func bareSQLiteCommits(count: Int) throws -> Sample {
        let file = try MeetingFile.create(at: dir + "/sqlite-floor.rapat", purpose: "bench")
        var times: [Double] = []
        for i in 0..<count {
            let start = now()
            try file.appendRawForBenchmark(sequence: Int64(i + 1))
            times.append(elapsed(since: start))
        }
        return Sample(times)
    }

    private func durableCheckIns(count: Int) throws -> Sample {
        let members = SyntheticRoster.members(count: 12_022, seed: 7).filter { $0.status == .regular }
        let file = try MeetingFile.create(at: dir + "/checkin.rapat", purpose: "bench")
        let session = try MeetingSession(file: file)
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "bench", at: opening))
        try session.execute(.openRegistration(rules: .defaults, profile: profile, at: opening))
        var times: [Double] = []
        for i in 0..<min(count, members.count) {
            let command = Command.checkIn(members[i].number, at: opening.addingTimeInterval(Double(i)))
            // As the desk does it: with a command id, looked up before and stored with the event.
            let id = "layar:" + UUID().uuidString
            let start = now()
            _ = try session.execute(command, commandID: id, fresh: true)
            times.append(elapsed(since: start))
        }
        return Sample(times)
    }

    private func nameSearch() -> Sample {
        let roster = Roster(version: 1, members: SyntheticRoster.members(count: 100_000, seed: 11), digest: "")
        let index = MemberSearchIndex(roster: roster)
        var rng = SplitMix64(seed: 5)
        var times: [Double] = []
        for _ in 0..<300 {
            let name = roster.members[Int(rng.next() % UInt64(roster.count))].name.lowercased()
            var typed = ""
            for ch in name.prefix(10) {
                typed.append(ch)
                let start = now()
                _ = index.search(typed, limit: 200)
                times.append(elapsed(since: start))
            }
        }
        return Sample(times)
    }

    private func import100k() throws -> Double {
        let csvPath = dir + "/anggota-100k.csv"
        _ = FileManager.default.createFile(atPath: csvPath,
                                       contents: Data(SyntheticRoster.csv(SyntheticRoster.members(count: 100_000, seed: 3)).utf8))
        let start = now()
        let members = try RosterCSV.read(path: csvPath).members
        let session = try MeetingSession(file: MeetingFile.create(at: dir + "/import.rapat", purpose: "bench"))
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "100k", at: opening))
        return elapsed(since: start)
    }

    /// A meeting file with `members` and about `events` journal events, written in large transactions.
    private func meeting(named name: String, members count: Int, events: Int) throws -> String {
        let path = dir + "/\(name).rapat"
        let members = SyntheticRoster.members(count: count, seed: 13)
        var journal = JournalBuilder(file: try MeetingFile.create(at: path, purpose: "bench"))
        func add(_ command: Command) throws { try journal.add(command) }
        try add(.importRoster(members: members, digest: Roster.digest(of: members), source: "bench", at: opening))
        try add(.openRegistration(rules: .defaults, profile: profile, at: opening))
        var written = 2, second = 0.0
        var present: [MemberNumber] = []
        var away: [MemberNumber] = []
        var next = 0
        while written < events {
            second += 0.05
            let at = opening.addingTimeInterval(second)
            if next < members.count, written % 3 != 2 {
                try add(.checkIn(members[next].number, at: at))
                present.append(members[next].number)
                next += 1
            } else if written % 2 == 0, let number = present.popLast() {
                try add(.markLeft(number, at: at))
                away.append(number)
            } else if let number = away.popLast() {
                try add(.markReturned(number, at: at))
                present.insert(number, at: 0)
            } else if let number = present.popLast() {
                try add(.markLeft(number, at: at))
                away.append(number)
            }
            written += 1
        }
        try journal.flush()
        return path
    }

    private func replayTimes(_ path: String, runs: Int) throws -> Sample {
        var times: [Double] = []
        for _ in 0..<runs {
            let file = try MeetingFile.open(at: path, writable: false, purpose: "bench")
            let start = now()
            _ = try file.replay()
            times.append(elapsed(since: start))
        }
        return Sample(times)
    }

    /// `verify` alone (hash chain, no decoding) and `salin` (VACUUM INTO + re-verification of the copy).
    func journalChecks(_ path: String, runs: Int) throws -> (verify: Sample, copy: Sample, copyMB: Int) {
        let file = try MeetingFile.open(at: path, writable: false, purpose: "bench")
        var verify: [Double] = [], copy: [Double] = []
        for run in 0..<runs {
            var start = now()
            guard try file.verify().isIntact else { throw BenchError("bench journal does not verify") }
            verify.append(elapsed(since: start))
            let target = dir + "/salinan-\(run).rapat"
            start = now()
            _ = try file.copy(to: target)
            copy.append(elapsed(since: start))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: dir + "/salinan-0.rapat"))?[.size] as? Int ?? 0
        return (Sample(verify), Sample(copy), size / 1_048_576)
    }

    /// The journal rows alone: open with verification, verify, copy (for `rapat bench --jurnal`).
    func journalOnly() throws -> String {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let settingsPath = dir + "/koperasi.toml"
        try CooperativeSettings.writeDefault(to: settingsPath, name: "Koperasi Tolok Ukur", abbreviation: "KTU",
                                             fiscalYear: 2025, meetingDate: "2026-03-21")
        let coldPath = try meeting(named: "cold", members: 12_022, events: 20_000)
        let cold = try spawnTimes(meeting: coldPath, settings: settingsPath, runs: 15)
        let replayPath = try meeting(named: "replay", members: 12_022, events: 100_000)
        let replay = try replayTimes(replayPath, runs: 5)
        let journal = try journalChecks(replayPath, runs: 5)
        return "mulai dingin (12.022 + 20.000, dengan verifikasi) \(ms(cold.median)); buka+verifikasi 100.000 "
            + "\(ms(replay.median)); verify 100.000 \(ms(journal.verify.median)); salin 100.000 (\(journal.copyMB) MB) "
            + "\(ms(journal.copy.median))"
    }

    /// Runs the real binary to its first drawn screen (`run --render-once`), timing the whole process.
    private func spawnTimes(meeting: String, settings: String, runs: Int) throws -> Sample {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var times: [Double] = []
        var maxRSS = 0
        for _ in 0..<runs {
            let arguments = [executable, "run", "--file", meeting, "--settings", settings, "--render-once", "80x24"]
            var pid: pid_t = 0
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            var stderrPipe: [Int32] = [-1, -1]
            guard pipe(&stderrPipe) == 0 else { throw BenchError("pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
            posix_spawn_file_actions_addclose(&actions, stderrPipe[0])
            let argv = arguments.map { strdup($0) } + [nil]
            var environment: [String] = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
            environment.append("RAPAT_REPORT_PEAK_MEMORY=1")
            let env = environment.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) }; env.forEach { free($0) }; posix_spawn_file_actions_destroy(&actions) }
            let start = now()
            guard posix_spawn(&pid, executable, &actions, nil, argv, env) == 0 else {
                throw BenchError("cannot start \(executable)")
            }
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            times.append(elapsed(since: start))
            close(stderrPipe[1])
            var bytes = [UInt8](repeating: 0, count: 4096)
            let count = read(stderrPipe[0], &bytes, bytes.count)
            close(stderrPipe[0])
            let report = count > 0 ? String(decoding: bytes[0..<count], as: UTF8.self) : ""
            if let value = report.components(separatedBy: "peak_rss_kib=").last.flatMap({ Int($0.prefix { $0.isNumber }) }) {
                maxRSS = max(maxRSS, value)
            }
            guard status == 0 else { throw BenchError("render-once exited with status \(status)") }
        }
        var sample = Sample(times)
        sample.maxRSSKiB = maxRSS
        return sample
    }

    // MARK: - Helpers

    var profile: CooperativeProfile {
        CooperativeProfile(name: "Koperasi Tolok Ukur", fiscalYear: 2025, scheduledStart: opening)
    }

    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    func elapsed(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
    func ms(_ value: Double) -> String { String(format: value < 10 ? "%.2f ms" : "%.0f ms", value) }
    func progress(_ text: String) { FileHandle.standardError.write(Data("tolok ukur: \(text)\n".utf8)) }
}

/// Builds a large journal quickly: commands go through the core, events are written in big transactions.
struct JournalBuilder {
    let file: MeetingFile
    private(set) var state = MeetingState()
    private var batch: [Event] = []

    init(file: MeetingFile) { self.file = file }

    mutating func add(_ command: Command) throws {
        let produced = try state.decide(command)
        for event in produced { state.evolve(event) }
        batch += produced
        if batch.count >= 5_000 { try flush() }
    }

    mutating func flush() throws {
        try file.append(batch)
        batch.removeAll()
    }
}

struct Sample {
    var sorted: [Double]
    var maxRSSKiB = 0
    init(_ values: [Double]) { sorted = values.sorted() }
    var count: Int { sorted.count }
    var median: Double { sorted.isEmpty ? 0 : sorted[sorted.count / 2] }
    var p99: Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.99))] }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
