import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// Several `rapat` processes on one PostgreSQL meeting, killed and cut off the way a room's laptops are:
/// nothing acknowledged is lost, nothing is recorded twice, and the chain stays one.
final class MultiDeskEndToEndTests: XCTestCase {
    private func prepare(_ rapat: RapatBinary, members: Int) throws -> String {
        let url = try TestPostgres.meetingURL(name)
        var csv = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n"
        for i in 1...members { csv += String(format: "%04d;Anggota %d;%@;Unit %d;biasa;2019-01-01\n", i, i, i % 2 == 0 ? "P" : "L", i % 5) }
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("anggota.csv"), contents: Data(csv.utf8)))
        for step in [["init", "--file", url, "--nama", "KSP Uji"], ["roster", "import", "--file", url, "anggota.csv"]] {
            let result = try rapat.run(step)
            XCTAssertEqual(result.status, 0, "rapat \(step.joined(separator: " ")): \(result.stderr)")
        }
        let opened = try rapat.run(["apply", "--file", url, "-"], stdin: #"{"cmd":"open_registration"}"# + "\n")
        XCTAssertEqual(opened.status, 0, opened.stderr)
        return url
    }

    /// A script of check-ins without times (each happens "now", as at a desk), members `range`.
    private func script(_ rapat: RapatBinary, _ name: String, members range: ClosedRange<Int>) -> String {
        let text = range.map { #"{"cmd":"check_in","member":"\#(String(format: "%04d", $0))"}"# }.joined(separator: "\n") + "\n"
        let path = rapat.file(name)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// Runs `rapat apply --json` and counts acknowledgements; `onAck(n)` may kill it or restart the server.
    private static func apply(_ rapat: RapatBinary, _ arguments: [String], onAck: (Int, Process) -> Void = { _, _ in })
        throws -> (acks: Int, status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: rapat.path)
        process.environment = RapatBinary.environment()
        process.arguments = ["apply", "--json"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: rapat.directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var acks = 0
        var buffer = Data()
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let newline = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                if line.contains(#""ok":true"#) {
                    acks += 1
                    onAck(acks, process)
                }
            }
        }
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (acks, process.terminationStatus, stderr)
    }

    /// Waits until the (restarted) server takes connections again.
    private func waitForServer(_ url: String) throws {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.3)
            if let journal = try? MeetingStore.open(url, writable: false, purpose: "test") {
                journal.close()
                return
            }
        }
        XCTFail("the test server did not come back within 30 s")
    }

    private func arrivals(_ url: String) throws -> (members: [MemberNumber], byDesk: [Int: Int], intact: Bool) {
        let journal = try MeetingStore.open(url, writable: false, purpose: "test")
        defer { journal.close() }
        var members: [MemberNumber] = []
        var byDesk: [Int: Int] = [:]
        for entry in try journal.entries() {
            if case let .memberCheckedIn(number, _) = entry.event {
                members.append(number)
                byDesk[entry.desk ?? 0, default: 0] += 1
            }
        }
        return (members, byDesk, try journal.verify().isIntact)
    }

    func testThreeDeskProcessesOneKilledMidBurst() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        let url = try prepare(rapat, members: 300)
        let scripts = [script(rapat, "meja1.jsonl", members: 1...100), script(rapat, "meja2.jsonl", members: 101...200),
                       script(rapat, "meja3.jsonl", members: 201...300)]
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            do {
                let outcome = try Self.apply(rapat, ["--file", url, "--meja", "\(index + 2)", scripts[index]]) { acks, process in
                    if index == 1, acks == 40 { kill(process.processIdentifier, SIGKILL) }
                }
                results.set(index, outcome.acks)
            } catch {
                XCTFail("\(error)")
            }
        }
        var state = try arrivals(url)
        XCTAssertTrue(state.intact)
        XCTAssertEqual(state.members.count, Set(state.members).count, "a member was recorded twice")
        XCTAssertEqual(state.byDesk[2], 100)
        XCTAssertEqual(state.byDesk[4], 100)
        // The killed desk: every acknowledged scan is there, at most the one in flight beyond it.
        let killedAcks = results.get(1)
        XCTAssertGreaterThanOrEqual(state.byDesk[3] ?? 0, killedAcks)
        XCTAssertLessThanOrEqual(state.byDesk[3] ?? 0, killedAcks + 1)
        // Re-running its script resumes: nothing is recorded twice.
        let rerun = try Self.apply(rapat, ["--file", url, "--meja", "3", scripts[1]])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        state = try arrivals(url)
        XCTAssertEqual(state.members.count, 300)
        XCTAssertEqual(Set(state.members).count, 300)
        XCTAssertEqual(state.byDesk[3], 100)
        XCTAssertTrue(state.intact)
        // One archive, the server's digest.
        let archived = try rapat.run(["arsip", "--file", url, "-o", "arsip.rapat"])
        XCTAssertEqual(archived.status, 0, archived.stderr)
        let server = try MeetingStore.open(url, writable: false, purpose: "test")
        defer { server.close() }
        let local = try rapat.run(["verify", "--file", "arsip.rapat"])
        XCTAssertTrue(local.stdout.contains(try server.verify().digestText), local.stdout)
    }

    func testTheServerRestartedMidBurstLosesNothingAndDoublesNothing() throws {
        guard let control = ProcessInfo.processInfo.environment["RAPAT_TEST_POSTGRES_SCRIPT"] else {
            throw XCTSkip("RAPAT_TEST_POSTGRES_SCRIPT tidak diatur (scripts/test mengaturnya saat menyalakan server uji sendiri)")
        }
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        let url = try prepare(rapat, members: 400)
        let path = script(rapat, "meja2.jsonl", members: 1...400)
        var acknowledged = 0
        let first = try Self.apply(rapat, ["--file", url, "--meja", "2", path]) { acks, _ in
            if acks == 80 {
                // Restarted from another thread while the desk goes on scanning, as a server's power cut would land.
                Thread.detachNewThread { _ = system("'\(control)' restart immediate >/dev/null 2>&1") }
            }
        }
        acknowledged = first.acks
        try waitForServer(url)
        if first.status != 0 {
            // The desk said so at once, in its words, and recorded nothing it could not confirm.
            XCTAssertTrue(first.stderr.contains("server"), first.stderr)
        }
        var state = try arrivals(url)
        XCTAssertGreaterThanOrEqual(state.members.count, acknowledged)
        XCTAssertLessThanOrEqual(state.members.count, acknowledged + 1)
        XCTAssertEqual(state.members.count, Set(state.members).count)
        // Once the server is back, re-running the script finishes the burst without doubling anything.
        var finished = false
        for _ in 0..<20 where !finished {
            let again = try Self.apply(rapat, ["--file", url, "--meja", "2", path])
            finished = again.status == 0
            if !finished { Thread.sleep(forTimeInterval: 0.5) }
        }
        XCTAssertTrue(finished, "the script did not finish after the server came back")
        state = try arrivals(url)
        XCTAssertEqual(state.members.count, 400)
        XCTAssertEqual(Set(state.members).count, 400)
        XCTAssertTrue(state.intact)
    }
}

final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Int] = [:]
    func set(_ key: Int, _ value: Int) { lock.lock(); values[key] = value; lock.unlock() }
    func get(_ key: Int) -> Int { lock.lock(); defer { lock.unlock() }; return values[key] ?? 0 }
}

extension JournalVerification {
    var digestText: String {
        if case let .intact(_, digest) = self { return digest }
        return "-"
    }
}
