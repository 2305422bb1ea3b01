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

        var rng = SystemRandomNumberGenerator()
        var applied = 0  // script lines known to be in the journal
        var kills = 0
        for attempt in 0..<6 {
            let remaining = Array(lines[applied...])
            let scriptPath = rapat.file("skrip-\(attempt).jsonl")
            XCTAssertTrue(FileManager.default.createFile(atPath: scriptPath, contents: Data((remaining.joined(separator: "\n") + "\n").utf8)))
            let killAfter = attempt == 5 ? Int.max : Int.random(in: 20...250, using: &rng)
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

    /// Starts `rapat apply --json`, reads acknowledgements, and SIGKILLs it after `afterAcks` of them.
    private func runAndKill(_ rapat: RapatBinary, script: String, afterAcks: Int) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rapat.path)
        process.arguments = ["apply", "--json", script]
        process.currentDirectoryURL = URL(fileURLWithPath: rapat.directory)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var acknowledged = 0
        var buffer = Data()
        let reader = out.fileHandleForReading
        reading: while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                XCTAssertTrue(line.contains(#""ok":true"#), line)
                acknowledged += 1
                if acknowledged >= afterAcks {
                    kill(process.processIdentifier, SIGKILL)
                    break reading
                }
            }
        }
        process.waitUntilExit()
        return acknowledged
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
