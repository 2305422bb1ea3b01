import Foundation
import GRDB
import RapatStore
import XCTest

/// The record cannot be made to lie (issue 10): the printed digest anchors the end, one writer per inode,
/// copies are complete, archives read on read-only media, and only `init` makes a meeting.
final class JournalIntegrityEndToEndTests: XCTestCase {
    /// A small closed meeting made through the CLI; returns its final digest and event count.
    private func meeting(_ rapat: RapatBinary) throws -> (digest: String, events: Int) {
        var csv = "nomor_anggota;nama;jenis_kelamin;unit;status;tanggal_masuk\n"
        for i in 1...12 { csv += String(format: "%04d;Anggota %d;%@;Unit A;biasa;2019-01-01\n", i, i, i % 2 == 0 ? "P" : "L") }
        try rapat.prepareMeeting(csv: csv, openRegistration: true)
        var script = ""
        for i in 1...9 { script += String(format: #"{"cmd":"check_in","member":"%04d","at":"2026-03-21T08:%02d:00+07:00"}"#, i, i) + "\n" }
        script += #"{"cmd":"leave","member":"0003","at":"2026-03-21T08:30:00+07:00"}"# + "\n"
        let applied = try rapat.run(["apply", "-"], stdin: script)
        XCTAssertEqual(applied.status, 0, applied.stderr)
        return try finalDigest(rapat, file: "rat.rapat")
    }

    private func finalDigest(_ rapat: RapatBinary, file: String) throws -> (digest: String, events: Int) {
        let verify = try rapat.run(["verify", "--file", file])
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr)
        let digest = String(verify.stdout.components(separatedBy: "Sidik akhir (SHA-256): ").last?.prefix(64) ?? "")
        let events = Int(verify.stdout.components(separatedBy: ": ").dropFirst().first?.split(separator: " ").first ?? "") ?? -1
        return (digest, events)
    }

    private func copy(_ rapat: RapatBinary, to name: String) throws -> String {
        let result = try rapat.run(["salin", name])
        XCTAssertEqual(result.status, 0, result.stderr)
        return rapat.file(name)
    }

    /// Recomputes the chain from `from` on, the way an attacker who knows the format would (fields joined by U+001F).
    private func rechain(_ db: Database, from sequence: Int64) throws {
        var previous = [UInt8](repeating: 0, count: 32)
        if sequence > 1, let hex = try String.fetchOne(db, sql: "SELECT hash FROM journal WHERE seq = ?", arguments: [sequence - 1]) {
            previous = stride(from: 0, to: hex.count, by: 2).map {
                UInt8(hex[hex.index(hex.startIndex, offsetBy: $0)..<hex.index(hex.startIndex, offsetBy: $0 + 2)], radix: 16)!
            }
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT seq, at_ms, recorded_ms, kind, member, payload, command_id FROM journal WHERE seq >= ? ORDER BY seq
            """, arguments: [sequence])
        for row in rows {
            var fields: [String] = [String(row[0] as Int64), String(row[1] as Int64), String(row[2] as Int64), row[3],
                                    (row[4] as String?) ?? "", (row[5] as String?) ?? ""]
            if let id = row[6] as String? { fields.append(id) }
            let hasher = SHA256Hasher()
            hasher.update(previous)
            hasher.update(fields.joined(separator: "\u{1F}"))
            previous = hasher.finalize()
            try db.execute(sql: "UPDATE journal SET hash = ? WHERE seq = ?", arguments: [previous.hexString, row[0] as Int64])
        }
    }

    private func tamper(_ path: String, _ change: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER journal_append_only_update; DROP TRIGGER journal_append_only_delete")
            try change(db)
        }
        try queue.close()
    }

    func testTheDigestOnTheBeritaAcaraCatchesTruncationExtensionRechainAndEdits() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        let (digest, events) = try meeting(rapat)
        XCTAssertEqual(digest.count, 64)

        let exact = try rapat.run(["verify", "--sidik", String(digest.prefix(16)), "--peristiwa", "\(events)"])
        XCTAssertEqual(exact.status, 0, exact.stdout)
        XCTAssertTrue(exact.stdout.contains("COCOK: jurnal berakhir tepat"), exact.stdout)
        let tooShort = try rapat.run(["verify", "--sidik", "abc"])
        XCTAssertNotEqual(tooShort.status, 0)
        XCTAssertTrue(tooShort.stderr.contains("paling sedikit 16"), tooShort.stderr)

        // Truncation: the last three rows deleted (trigger dropped); the chain that remains is internally intact.
        let truncated = try copy(rapat, to: "potong.rapat")
        try tamper(truncated) { try $0.execute(sql: "DELETE FROM journal WHERE seq > ?", arguments: [events - 3]) }
        XCTAssertEqual(try rapat.run(["verify", "--file", "potong.rapat"]).status, 0, "a truncated chain still chains")
        let short = try rapat.run(["verify", "--file", "potong.rapat", "--sidik", digest, "--peristiwa", "\(events)"])
        XCTAssertEqual(short.status, 2)
        XCTAssertTrue(short.stdout.contains("LEBIH PENDEK") && short.stdout.contains("#\(events - 3)")
            && short.stdout.contains("3 peristiwa terakhir"), short.stdout)
        let shortWithoutCount = try rapat.run(["verify", "--file", "potong.rapat", "--sidik", digest])
        XCTAssertEqual(shortWithoutCount.status, 2)
        XCTAssertTrue(shortWithoutCount.stdout.contains("TIDAK COCOK"), shortWithoutCount.stdout)

        // Extension: two more events appended after the berita acara was printed.
        let longer = try copy(rapat, to: "panjang.rapat")
        let more = #"{"cmd":"check_in","member":"0010","at":"2026-03-21T09:00:00+07:00"}"# + "\n"
            + #"{"cmd":"check_in","member":"0011","at":"2026-03-21T09:01:00+07:00"}"# + "\n"
        XCTAssertEqual(try rapat.run(["apply", "--file", longer, "-"], stdin: more).status, 0)
        let long = try rapat.run(["verify", "--file", "panjang.rapat", "--sidik", String(digest.prefix(20))])
        XCTAssertEqual(long.status, 2)
        XCTAssertTrue(long.stdout.contains("LEBIH PANJANG") && long.stdout.contains("#\(events)")
            && long.stdout.contains("ada 2 peristiwa"), long.stdout)

        // A middle edit alone breaks the chain at that event.
        let edited = try copy(rapat, to: "ubah.rapat")
        try tamper(edited) { try $0.execute(sql: "UPDATE journal SET member = '0012' WHERE seq = 6") }
        let broken = try rapat.run(["verify", "--file", "ubah.rapat"])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stdout.contains("RUSAK: peristiwa #6"), broken.stdout)

        // The same edit with the chain recomputed passes the chain check, but not the printed digest.
        let rechained = try copy(rapat, to: "hitung-ulang.rapat")
        try tamper(rechained) { db in
            try db.execute(sql: "UPDATE journal SET member = '0012' WHERE seq = 6")
            try rechain(db, from: 6)
        }
        XCTAssertEqual(try rapat.run(["verify", "--file", "hitung-ulang.rapat"]).status, 0, "a recomputed chain chains")
        let differs = try rapat.run(["verify", "--file", "hitung-ulang.rapat", "--sidik", digest, "--peristiwa", "\(events)"])
        XCTAssertEqual(differs.status, 2)
        XCTAssertTrue(differs.stdout.contains("BERBEDA") && differs.stdout.contains("#\(events)"), differs.stdout)

        // A forger who also writes the printed digest over the last stored hash gains nothing: digests are recomputed.
        let forged = try copy(rapat, to: "palsu.rapat")
        try tamper(forged) { db in
            try db.execute(sql: "UPDATE journal SET member = '0012' WHERE seq = 6")
            try rechain(db, from: 6)
            try db.execute(sql: "UPDATE journal SET hash = ? WHERE seq = ?", arguments: [digest, events])
        }
        let forgery = try rapat.run(["verify", "--file", "palsu.rapat", "--sidik", digest, "--peristiwa", "\(events)"])
        XCTAssertEqual(forgery.status, 2)
        XCTAssertFalse(forgery.stdout.split(separator: "\n").contains { $0.hasPrefix("COCOK") }, forgery.stdout)
        XCTAssertTrue(forgery.stdout.contains("RUSAK") && forgery.stdout.contains("TIDAK COCOK"), forgery.stdout)
    }

    func testAWriterNeverAppendsToABrokenChainAndReadersWarn() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        _ = try meeting(rapat)
        try tamper(rapat.file("rat.rapat")) { try $0.execute(sql: "UPDATE journal SET at_ms = at_ms + 1 WHERE seq = 5") }
        func rows() throws -> Int {
            try DatabaseQueue(path: rapat.file("rat.rapat")).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM journal") ?? -1 }
        }
        let before = try rows()
        let append = try rapat.run(["apply", "-"], stdin: #"{"cmd":"check_in","member":"0012"}"# + "\n")
        XCTAssertEqual(append.status, 1)
        XCTAssertTrue(append.stderr.contains("jurnal rapat RUSAK") && append.stderr.contains("peristiwa #5"), append.stderr)
        XCTAssertFalse(append.stderr.contains("SQLite"), append.stderr)
        XCTAssertEqual(try rows(), before, "nothing appended")
        let stats = try rapat.run(["stats"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertTrue(stats.stderr.contains("PERINGATAN") && stats.stderr.contains("peristiwa #5"), stats.stderr)
        XCTAssertTrue(stats.stderr.contains("pemicu tulis-sekali"), "the dropped triggers are said: \(stats.stderr)")
        let evidence = try rapat.run(["salin", "bukti.rapat"])
        XCTAssertEqual(evidence.status, 2, "a broken meeting is copied as evidence, with a warning")
        XCTAssertTrue(evidence.stdout.contains("RUSAK") && FileManager.default.fileExists(atPath: rapat.file("bukti.rapat")),
                      evidence.stdout)
        let notulen = try rapat.run(["notulen"])
        XCTAssertTrue(notulen.stderr.contains("PERINGATAN"), notulen.stderr)
    }

    func testOnlyInitMakesAMeetingAndForeignFilesAreNamed() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("rat.rapat"), contents: Data()))
        for arguments in [["verify"], ["stats"], ["apply", "-"], ["notulen"], ["docs", "-o", "d"], ["salin", "x.rapat"]] {
            let result = try rapat.run(arguments, stdin: #"{"cmd":"open_registration"}"# + "\n")
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains("kosong (0 byte)") && result.stderr.contains("rapat init"), result.stderr)
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: rapat.file("rat.rapat"))
        XCTAssertEqual(attributes[.size] as? Int, 0, "an empty file is never set up as a blank meeting")
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("anggota.csv"), contents: Data("nomor;nama\n1;A\n".utf8)))
        let csv = try rapat.run(["verify", "--file", "anggota.csv"])
        XCTAssertEqual(csv.status, 1)
        XCTAssertTrue(csv.stderr.contains("berkas teks"), csv.stderr)
    }

    func testHardLinksSymlinksAndDotDotPathsShareOneWriterAndCloseCheckpoints() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        _ = try meeting(rapat)
        XCTAssertEqual(link(rapat.file("rat.rapat"), rapat.file("tautan.rapat")), 0)
        XCTAssertEqual(symlink(rapat.file("rat.rapat"), rapat.file("simbolik.rapat")), 0)
        try FileManager.default.createDirectory(atPath: rapat.file("sub"), withIntermediateDirectories: true)

        let tmux = try rapat.runInTmux()
        try tmux.waitFor(text: "Kuorum")
        let dotted = "sub/../rat.rapat"
        for name in ["tautan.rapat", "simbolik.rapat", dotted] {
            let other = try rapat.run(["apply", "--file", name, "-"], stdin: #"{"cmd":"check_in","member":"0012"}"# + "\n")
            XCTAssertEqual(other.status, 1, name)
            XCTAssertTrue(other.stderr.contains("sedang dibuka untuk menulis oleh proses") && other.stderr.contains("rapat run"),
                          "\(name): \(other.stderr)")
            XCTAssertFalse(other.stderr.contains("UNIQUE"), other.stderr)
        }
        // A check-in on the desk, then the desk closes.
        try tmux.type("0010")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Anggota 10")
        try tmux.send("F10")
        try tmux.waitFor(text: "EXIT=0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: rapat.file("rat.rapat-wal"))
            && ((try? FileManager.default.attributesOfItem(atPath: rapat.file("rat.rapat-wal")))?[.size] as? Int ?? 0) > 0,
                       "closing checkpoints the WAL into the file")
        // A plain copy made after closing is complete: it has the desk's check-in.
        try FileManager.default.copyItem(atPath: rapat.file("rat.rapat"), toPath: rapat.file("cp.rapat"))
        let copied = try MeetingFile.open(at: rapat.file("cp.rapat"), writable: false, purpose: "test").replay()
        XCTAssertTrue(copied.hasAttended("0010"))
        // Through the hard link now: the same meeting, one more event, still one chain.
        let viaLink = try rapat.run(["apply", "--file", "tautan.rapat", "-"], stdin: #"{"cmd":"check_in","member":"0011"}"# + "\n")
        XCTAssertEqual(viaLink.status, 0, viaLink.stderr)
        XCTAssertEqual(try rapat.run(["verify"]).status, 0)
        let state = try MeetingFile.open(at: rapat.file("rat.rapat"), writable: false, purpose: "test").replay()
        XCTAssertTrue(state.hasAttended("0011"))
    }

    func testSalinMakesACompleteVerifiedCopyDuringTheMeeting() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        _ = try meeting(rapat)
        // A writer that stays open: its latest commits are in the WAL, not yet in the main file.
        let writer = try StreamingApply(rapat)
        for i in 10...12 {
            let ack = try writer.send(String(format: #"{"cmd":"check_in","member":"%04d"}"#, i))
            XCTAssertTrue(ack.contains(#""ok":true"#), ack)
        }
        // Through a hard link too: the reader follows the writer's name, whose -wal holds the latest commits.
        XCTAssertEqual(link(rapat.file("rat.rapat"), rapat.file("tautan.rapat")), 0)
        let viaLink = try rapat.run(["salin", "--file", "tautan.rapat", "kopi-tautan.rapat"])
        XCTAssertEqual(viaLink.status, 0, viaLink.stderr)
        let linked = try MeetingFile.open(at: rapat.file("kopi-tautan.rapat"), writable: false, purpose: "test")
        XCTAssertTrue(try linked.replay().hasAttended("0012"), "a copy through a hard link is current too")
        XCTAssertFalse(FileManager.default.fileExists(atPath: rapat.file("tautan.rapat-shm")), "no second -shm for the link")
        let salin = try rapat.run(["salin", "kopi.rapat"])
        XCTAssertEqual(salin.status, 0, salin.stderr)
        let copy = try MeetingFile.open(at: rapat.file("kopi.rapat"), writable: false, purpose: "test")
        XCTAssertTrue(try copy.verify().isIntact)
        XCTAssertTrue(try copy.replay().hasAttended("0012"), "the copy has the latest acknowledged check-in")
        let mode = (try FileManager.default.attributesOfItem(atPath: rapat.file("kopi.rapat"))[.posixPermissions] as? Int) ?? 0
        XCTAssertEqual(mode & 0o077, 0, "the copy is private like the meeting file")
        XCTAssertEqual(try rapat.run(["salin", "kopi.rapat"]).status, 1, "an existing copy is never overwritten")
        try writer.finish()
    }

    func testStreamingApplyAcknowledgesEachLineBeforeReadingTheNextAndRefusesHugeLines() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        _ = try meeting(rapat)
        let writer = try StreamingApply(rapat)
        // Each acknowledgement arrives while stdin stays open: the line is durable before the next is read.
        let first = try writer.send(#"{"cmd":"check_in","member":"0010","id":"pindai-1"}"#)
        XCTAssertTrue(first.contains(#""ok":true"#) && !first.contains("repeat"), first)
        let file = try MeetingFile.open(at: rapat.file("rat.rapat"), writable: false, purpose: "test")
        XCTAssertTrue(try file.replay().hasAttended("0010"), "durable before the next line is even written")
        let again = try writer.send(#"{"cmd":"check_in","member":"0010","id":"pindai-1"}"#)
        XCTAssertTrue(again.contains(#""repeat":true"#), again)
        let huge = try writer.send(#"{"cmd":"note","text":""# + String(repeating: "x", count: 1_200_000) + #""}"#)
        XCTAssertTrue(huge.contains(#""ok":false"#) && huge.contains("1 MB"), String(huge.prefix(300)))
        try writer.finish(expectStatus: 1)
    }

    func testAScannerBridgeFeedsTheDeskThroughAFifo() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        _ = try meeting(rapat)
        let fifo = rapat.file("meja1")
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let writer = try StreamingApply(rapat, fifo: fifo)
        for i in 10...12 {
            let ack = try writer.send(String(format: #"{"cmd":"check_in","member":"%04d"}"#, i))
            XCTAssertTrue(ack.contains(#""ok":true"#), ack)
            let state = try MeetingFile.open(at: rapat.file("rat.rapat"), writable: false, purpose: "test").replay()
            XCTAssertTrue(state.hasAttended(String(format: "%04d", i)), "durable as soon as it is acknowledged")
        }
        try writer.finish()
    }

    func testAReadOnlyArchiveIsVerifiedReadAndDocumentedButNeverWritten() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        _ = try meeting(rapat)
        // An archive left in WAL mode: a writer killed before it could checkpoint.
        let writer = try StreamingApply(rapat)
        _ = try writer.send(#"{"cmd":"check_in","member":"0010"}"#)
        writer.kill()
        let archive = rapat.file("arsip")
        try FileManager.default.createDirectory(atPath: archive, withIntermediateDirectories: true)
        for name in ["rat.rapat", "koperasi.toml"] {
            try FileManager.default.copyItem(atPath: rapat.file(name), toPath: archive + "/" + name)
        }
        chmod(archive + "/rat.rapat", 0o444)
        chmod(archive + "/koperasi.toml", 0o444)
        chmod(archive, 0o555)
        defer { chmod(archive, 0o755) }
        let output = rapat.file("keluaran")
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        chmod(output, 0o777)
        chmod(rapat.directory, 0o755)
        // As root every file is writable: run the reader as an unprivileged user, as on a read-only medium.
        let asUser: [String] = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "nobody", "--"] : []
        func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: asUser.first ?? rapat.path)
            process.environment = RapatBinary.environment()
            process.arguments = Array(asUser.dropFirst()) + (asUser.isEmpty ? [] : [rapat.path]) + arguments
            process.currentDirectoryURL = URL(fileURLWithPath: archive)
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
        }
        if getuid() == 0, !FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") {
            throw XCTSkip("runuser tidak ada")
        }
        let verify = try run(["verify"])
        XCTAssertEqual(verify.status, 0, verify.out + verify.err)
        XCTAssertFalse((verify.out + verify.err).contains("SQLite error"), verify.err)
        let stats = try run(["stats"])
        XCTAssertEqual(stats.status, 0, stats.err)
        let docs = try run(["docs", "-o", output, "--format", "txt"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/daftar-hadir.txt"), docs.err)
        let lihat = try run(["lihat", "rat.rapat", "--render-once", "80x24"])
        XCTAssertEqual(lihat.status, 0, lihat.err)
        let desk = try run(["run"])
        XCTAssertEqual(desk.status, 1)
        XCTAssertTrue(desk.err.contains("tidak bisa ditulis") && desk.err.contains("rapat salin"), desk.err)
    }
}

/// `rapat apply --json -` kept running with its stdin open, answering one line at a time.
final class StreamingApply {
    private let process = Process()
    private let input: FileHandle
    private let output = Pipe()
    private var buffer = Data()

    /// Feeds stdin through a pipe, or through the FIFO at `fifo` (as a scanner bridge would).
    init(_ rapat: RapatBinary, fifo: String? = nil) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: rapat.path)
        process.environment = RapatBinary.environment()
        process.arguments = ["apply", "--json", "-"]
        process.currentDirectoryURL = URL(fileURLWithPath: rapat.directory)
        if let fifo {
            // The read end opens without waiting for a writer, then blocks again like any FIFO a bridge writes to.
            let reading = open(fifo, O_RDONLY | O_NONBLOCK)
            input = FileHandle(fileDescriptor: open(fifo, O_WRONLY), closeOnDealloc: true)
            _ = fcntl(reading, F_SETFL, fcntl(reading, F_GETFL) & ~O_NONBLOCK)
            process.standardInput = FileHandle(fileDescriptor: reading, closeOnDealloc: true)
        } else {
            let pipe = Pipe()
            process.standardInput = pipe
            input = pipe.fileHandleForWriting
        }
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Writes one line and waits (up to 20 s) for its acknowledgement.
    func send(_ line: String) throws -> String {
        // The app may refuse and exit mid-line (a line over the limit): a closed pipe is not the test's failure.
        try? input.write(contentsOf: Data((line + "\n").utf8))
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let ack = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return ack
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
        }
        throw CocoaError(.fileReadUnknown)
    }

    func kill() {
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func finish(expectStatus: Int32 = 0) throws {
        try? input.close()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, expectStatus)
    }
}

import RapatCore

extension MeetingState {
    /// Whether member `number` has checked in at all.
    func hasAttended(_ number: String) -> Bool {
        guard let position = roster.members.firstIndex(where: { $0.number.rawValue == number }) else { return false }
        return attendance.record(at: position) != nil
    }
}
