import Foundation
import RapatCore
import RapatStore
import XCTest

/// Kills `rapat apply` with SIGKILL at random points while it writes thousands of commands, then checks
/// that every acknowledged command is in the journal, nothing else is half-written, and the chain verifies.
final class CrashDurabilityTests: XCTestCase {
    func testSigkillNeverLosesAnAcknowledgedCommand() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        let memberCount = 400
        var csv = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n"
        for i in 1...memberCount { csv += String(format: "%04d;Anggota %d;%@;Unit %d;biasa;2019-01-01\n", i, i, i % 2 == 0 ? "P" : "L", i % 7) }
        try rapat.prepareMeeting(csv: csv, openRegistration: true)

        // 2,000 commands: every member checks in, then leaves and returns in rounds; one second apart.
        var lines: [String] = []
        var second = 0
        func at() -> String {
            second += 1
            let hour = 8 + second / 3600, minute = (second / 60) % 60, sec = second % 60
            return String(format: "2026-03-21T%02d:%02d:%02d+07:00", hour, minute, sec)
        }
        for i in 1...memberCount { lines.append(#"{"cmd":"check_in","member":"\#(String(format: "%04d", i))","at":"\#(at())"}"#) }
        var round = 0
        while lines.count < 2_000 {
            let cmd = round % 2 == 0 ? "leave" : "return"
            for i in 1...memberCount where lines.count < 2_000 {
                lines.append(#"{"cmd":"\#(cmd)","member":"\#(String(format: "%04d", i))","at":"\#(at())"}"#)
            }
            round += 1
        }
        let eventsBeforeScript: Int64 = 3  // meeting_created, roster_imported, registration_opened

        let seed = crashSeed()
        var rng = SplitMix64(seed: seed)
        var applied = 0  // script lines known to be in the journal
        var kills = 0
        for attempt in 0..<6 {
            let remaining = Array(lines[applied...])
            let scriptPath = rapat.file("skrip-\(attempt).jsonl")
            XCTAssertTrue(FileManager.default.createFile(atPath: scriptPath, contents: Data((remaining.joined(separator: "\n") + "\n").utf8)))
            let killAfter = attempt == 5 ? Int.max : Int.random(in: 20...250, using: &rng)
            _ = seed
            let acknowledged = try runAndKill(rapat, script: scriptPath, afterAcks: killAfter)
            if killAfter != Int.max { kills += 1 }

            // Reopen the file as a new process would and check it against the script.
            let file = try MeetingFile.open(at: rapat.file("rat.rapat"), writable: false, purpose: "test")
            XCTAssertTrue(try file.verify().isIntact, "hash chain broken after kill \(attempt)")
            let entries = try file.entries()
            let scriptEvents = Int(entries.count) - Int(eventsBeforeScript)
            // Every acknowledged command is there; at most the one in flight beyond it.
            XCTAssertGreaterThanOrEqual(scriptEvents, applied + acknowledged, "acknowledged command lost (attempt \(attempt))")
            XCTAssertLessThanOrEqual(scriptEvents, applied + acknowledged + 1, "more events than commands sent")
            // The journal is exactly the script's prefix: nothing reordered, duplicated or torn.
            for (index, entry) in entries.dropFirst(Int(eventsBeforeScript)).enumerated() {
                XCTAssertEqual(summary(of: entry.event), summary(of: lines[index]), "event \(entry.sequence)")
            }
            applied = scriptEvents
            if applied == lines.count { break }
        }
        XCTAssertEqual(kills, 5, "killed at five random points before the final run")
        XCTAssertEqual(applied, lines.count, "the last run applies the rest")
        let replayed = try MeetingFile.open(at: rapat.file("rat.rapat"), writable: false, purpose: "test").replay()
        XCTAssertEqual(replayed.attendance.attendedCount, memberCount)
    }

    /// The seed of this run's kill points: `RAPAT_SEED=N swift test …` replays a failure; printed either way.
    private func crashSeed() -> UInt64 {
        let seed = ProcessInfo.processInfo.environment["RAPAT_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(1) << 40)
        print("CrashDurabilityTests seed: \(seed) (ulang dengan RAPAT_SEED=\(seed))")
        return seed
    }

    /// A kill storm where the WHOLE script is re-run from line 1 after every kill, as the docs tell a secretary:
    /// lines already durable are answered as repeats, never recorded twice and never refused ("sudah hadir").
    func testReRunningTheWholeScriptAfterEachKillRecordsEveryLineExactlyOnce() throws {
        let seed = crashSeed()
        var rng = SplitMix64(seed: seed)
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        var csv = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n"
        for i in 1...60 { csv += String(format: "%04d;Anggota %d;%@;Unit %d;biasa;2019-01-01\n", i, i, i % 2 == 0 ? "P" : "L", i % 3) }
        try rapat.prepareMeeting(csv: csv, openRegistration: true)
        var minute = 0
        func at() -> String {
            minute += 1
            return String(format: "2026-03-21T%02d:%02d:00+07:00", 8 + minute / 60, minute % 60)
        }
        var lines: [String] = []
        for i in 1...60 { lines.append(#"{"cmd":"check_in","member":"\#(String(format: "%04d", i))","at":"\#(at())"}"#) }
        lines.append(#"{"cmd":"open_meeting","by":"Ketua Pengurus","at":"\#(at())"}"#)
        for n in 1...80 {
            lines.append(#"{"cmd":"note","text":"Catatan \#(n)","at":"\#(at())"}"#)
            if n % 8 == 0 {
                lines.append(#"{"cmd":"decide","text":"Keputusan \#(n / 8)","method":"mufakat","outcome":"diterima","at":"\#(at())"}"#)
            }
            if n % 4 == 0 {
                let member = String(format: "%04d", n / 4)
                lines.append(#"{"cmd":"leave","member":"\#(member)","at":"\#(at())"}"#)
                lines.append(#"{"cmd":"check_in","member":"\#(member)","at":"\#(at())"}"#)
            }
        }
        let script = rapat.file("skrip.jsonl")
        XCTAssertTrue(FileManager.default.createFile(atPath: script, contents: Data((lines.joined(separator: "\n") + "\n").utf8)))

        // The reference: the same script applied once, without kills, to a copy made before it.
        XCTAssertEqual(try rapat.run(["salin", "acuan.rapat"]).status, 0)
        let reference = try rapat.run(["apply", "--file", "acuan.rapat", "skrip.jsonl"])
        XCTAssertEqual(reference.status, 0, reference.stderr)
        let expected = try rows(rapat.file("acuan.rapat"))

        var kills = 0, halts = 0
        while kills < 50 {
            let killAfter = Int.random(in: 1...lines.count, using: &rng)
            let (acks, refusals) = try runAndKillCounting(rapat, script: script, afterAcks: killAfter)
            halts += refusals
            if acks < killAfter { break }  // finished before the kill point
            kills += 1
            let file = try MeetingFile.open(at: rapat.file("rat.rapat"), writable: false, purpose: "test")
            XCTAssertTrue(try file.verify().isIntact, "chain broken after kill \(kills) (seed \(seed))")
            let now = try rows(rapat.file("rat.rapat"))
            XCTAssertLessThanOrEqual(now.count, expected.count, "more events than the script (seed \(seed))")
            if let index = now.indices.first(where: { $0 >= expected.count || now[$0] != expected[$0] }), index < expected.count {
                XCTFail("after kill \(kills), event #\(index + 1) is \(now[index]), expected \(expected[index]) (seed \(seed))")
                break
            }
        }
        let final = try rapat.run(["apply", "skrip.jsonl"])
        XCTAssertEqual(final.status, 0, final.stderr)
        XCTAssertEqual(halts, 0, "a re-run was refused (seed \(seed))")
        XCTAssertGreaterThanOrEqual(kills, 50, "seed \(seed)")
        let finalRows = try rows(rapat.file("rat.rapat"))
        XCTAssertEqual(finalRows.count, expected.count, "every line exactly once (seed \(seed))")
        XCTAssertTrue(finalRows == expected, "every line exactly once, in order (seed \(seed))")
    }

    /// The journal rows as the script determines them (times of writing and hashes left out).
    private func rows(_ path: String) throws -> [String] {
        let file = try MeetingFile.open(at: path, writable: false, purpose: "test")
        // The setup events (created, roster, registration) are the same file's in both; the script's follow them.
        return try file.entries().dropFirst(3).map { "\($0.sequence) \(String("\($0.event)".prefix(160)))" }
    }

    /// Starts `rapat apply --json`, reads acknowledgements (a refusal fails the test), and SIGKILLs it after `afterAcks`
    /// of them; returns how many it read and how many were refusals.
    private func runAndKillCounting(_ rapat: RapatBinary, script: String, afterAcks: Int) throws -> (acks: Int, refusals: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rapat.path)
        process.environment = RapatBinary.environment()
        process.arguments = ["apply", "--json", script]
        process.currentDirectoryURL = URL(fileURLWithPath: rapat.directory)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var acknowledged = 0, refusals = 0
        var buffer = Data()
        let reader = out.fileHandleForReading
        reading: while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                if !line.contains(#""ok":true"#) {
                    refusals += 1
                    XCTFail("refused on re-run: \(line)")
                }
                acknowledged += 1
                if acknowledged >= afterAcks {
                    kill(process.processIdentifier, SIGKILL)
                    break reading
                }
            }
        }
        process.waitUntilExit()
        return (acknowledged, refusals)
    }

    /// Starts `rapat apply --json`, reads acknowledgements, and SIGKILLs it after `afterAcks` of them.
    private func runAndKill(_ rapat: RapatBinary, script: String, afterAcks: Int) throws -> Int {
        try runAndKillCounting(rapat, script: script, afterAcks: afterAcks).acks
    }

    private func summary(of event: Event) -> String {
        switch event {
        case let .memberCheckedIn(n, _), let .memberReturned(n, _): "in \(n)"
        case let .memberLeft(n, _): "out \(n)"
        default: "other"
        }
    }

    private func summary(of line: String) -> String {
        let member = line.components(separatedBy: #""member":""#)[1].prefix(4)
        return line.contains(#""cmd":"leave""#) ? "out \(member)" : "in \(member)"
    }
}
