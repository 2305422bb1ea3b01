import Foundation
import RapatCore
import RapatStore
#if canImport(Glibc)
import Glibc
#endif

/// Issue 12's whole run: `rapat docs` in every format, SHU per anggota included, on a 12,022-member meeting file,
/// as a secretary runs it (a child process), timed with its peak resident memory.
extension Benchmarks {
    struct WholeDocsRun {
        var time: Sample
        var files: Int
        var bytes: Int
    }

    func wholeDocs(runs: Int = 3) throws -> WholeDocsRun {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        // RAPAT_BENCH_KEEP=1 keeps the meeting file, to profile `rapat docs` on it.
        defer { if ProcessInfo.processInfo.environment["RAPAT_BENCH_KEEP"] == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let meeting = try meeting12k()
        let path = dir + "/rat-12k.rapat"
        let file = try MeetingFile.create(at: path, purpose: "rapat bench")
        let before = Array(meeting.events[..<meeting.ledgerEventIndex])
        if !before.isEmpty { try file.append(before, recordedAt: opening) }
        try file.append([meeting.events[meeting.ledgerEventIndex]], recordedAt: opening, ledger: meeting.ledger)
        try file.append(Array(meeting.events[(meeting.ledgerEventIndex + 1)...]), recordedAt: opening)
        file.close()

        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var times: [Double] = []
        var maxRSS = 0
        let output = dir + "/dokumen"
        var perFormat: [String] = []
        // A child started by posix_spawn shares this process's memory until it execs, and its ru_maxrss counts that
        // (~90 MB of benchmark meeting). GNU time forks from a small process, so its figure is the child's own.
        let gnuTime = "/usr/bin/time", measured = dir + "/rss-kib.txt"
        let viaTime = FileManager.default.isExecutableFile(atPath: gnuTime)
        // One run per format first, to see where the time goes; then the whole run `runs` times.
        for format in ["txt", "md", "html", "pdf", "docx", "csv", "json"] + Array(repeating: "", count: runs) {
            try? FileManager.default.removeItem(atPath: output)
            var arguments = [executable, "docs", "--file", path, "--settings", dir + "/tidak-ada.toml", "--output", output]
            if !format.isEmpty { arguments += ["--format", format] }
            if viaTime { arguments = [gnuTime, "-f", "%M", "-o", measured] + arguments }
            var pid: pid_t = 0
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = arguments.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) }; posix_spawn_file_actions_destroy(&actions) }
            let start = now()
            guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
                throw BenchError("cannot start \(executable)")
            }
            var status: Int32 = 0
            var usage = rusage()
            _ = wait4(pid, &status, 0, &usage)
            let milliseconds = elapsed(since: start)
            guard status == 0 else { throw BenchError("rapat docs exited with status \(status)") }
            let rss = viaTime ? (try? String(contentsOfFile: measured, encoding: .utf8)).flatMap {
                Int($0.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "")
            } ?? usage.ru_maxrss : usage.ru_maxrss
            if !format.isEmpty {
                perFormat.append("\(format) \(Int(milliseconds)) ms / \(rss / 1024) MB")
                continue
            }
            times.append(milliseconds)
            maxRSS = max(maxRSS, rss)
        }
        progress("rapat docs per format: " + perFormat.joined(separator: ", ")
            + (viaTime ? " (memori diukur dengan /usr/bin/time)" : " (memori termasuk proses tolok ukur; pasang paket time)"))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        let bytes = names.reduce(0) { total, name in
            total + ((try? FileManager.default.attributesOfItem(atPath: output + "/" + name)[.size] as? Int) ?? 0)
        }
        var sample = Sample(times)
        sample.maxRSSKiB = maxRSS
        return WholeDocsRun(time: sample, files: names.count, bytes: bytes)
    }
}
