import RapatText
import ArgumentParser
import Foundation
import RapatCore
import RapatStore

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Menjalankan perintah rapat dari berkas JSON Lines (satu objek per baris).",
        discussion: """
            Contoh baris: {"cmd":"check_in","member":"0012","at":"2026-03-21T09:05:00+07:00"}
            Perintah: \(CommandScript.commands.map(\.name).joined(separator: ", ")). Format lengkap: docs/perintah-jsonl.md.
            Setiap baris disimpan permanen dan dijawab sebelum baris berikutnya dibaca, juga dari stdin (-), sehingga
            program lain (mis. jembatan pemindai) dapat mengisi meja baris demi baris. Baris lebih dari 1 MB ditolak.
            Baris yang salah menghentikan proses dengan nomor barisnya; baris sebelumnya tetap tersimpan.
            Tepat sekali: bila proses terhenti (listrik padam, kill), jalankan lagi skrip yang sama dari baris 1.
            Baris yang sudah tersimpan dijawab "sudah tercatat" dengan nomor peristiwanya dan tidak dicatat dua kali.
            Dari berkas, tiap baris dikenali dari berkasnya, isinya dan semua baris sebelumnya: menjalankan lagi berkas
            yang sama tidak mencatat apa pun dua kali (--baru mencatat semuanya sebagai perintah baru). Baris boleh
            membawa "id" sendiri (perlu untuk stdin bila ingin tepat sekali): id yang sudah ada dijawab dengan hasil
            pertamanya.
            """)

    @OptionGroup var options: MeetingOptions
    @OptionGroup var desk: DeskOptions
    @Argument(help: "Berkas .jsonl, atau - untuk stdin.") var script: String
    @Flag(help: "Tulis satu hasil JSON per baris ke stdout (untuk otomasi).") var json = false
    @Flag(help: "Catat setiap baris sebagai perintah baru, juga bila skrip yang sama sudah pernah dijalankan.")
    var baru = false

    func run() throws {
        /// A refusal before line 1: also a JSON object with `--json`, so automation always reads why it stopped.
        func refuseStart(_ message: String) -> ExitCode {
            if json { emit(#"{"line":0,"ok":false,"error":\#(jsonString(message))}"#) }
            return fail(message)
        }
        let session: MeetingSession, settings: CooperativeSettings, agenda: Agenda
        do {
            // A script names its desk only to mark its rows (and keep a registration desk's script to attendance).
            let assignment = desk.number.map { DeskAssignment(number: $0, role: desk.role ?? DeskAssignment.defaultRole(for: $0)) }
            session = try MeetingSession.open(options.file, purpose: "rapat apply", desk: assignment, claimingDesk: false)
        } catch {
            throw refuseStart(describe(error))
        }
        defer { session.close() }
        do {
            settings = try CooperativeSettings.load(from: options.settings)
            agenda = try AgendaFile.loadOrDefault(from: options.agenda, tatibFirst: settings.agendaTatibFirst)
        } catch {
            throw refuseStart(describe(error))
        }
        let fromStandardInput = script == "-"
        let descriptor = fromStandardInput ? STDIN_FILENO : open(script, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw refuseStart(tr("cli.apply.noScript", ["script": script])) }
        defer { if !fromStandardInput { close(descriptor) } }
        var reader = LineReader(descriptor: descriptor, limit: LineReader.defaultLimit)
        // A script is known by its real path: the same file re-run resumes; a copy elsewhere is another script.
        var lines = ScriptLineIdentity(script: fromStandardInput ? "-" : Self.realPath(script))
        var applied = 0, repeated = 0
        var lineNumber = 0
        func stop(_ reason: String) -> ExitCode {
            if json { emit(#"{"line":\#(lineNumber),"ok":false,"error":\#(jsonString(reason))}"#) }
            printNote("\(script):\(lineNumber): \(reason)")
            let again = repeated > 0 ? tr("cli.apply.alsoRepeated", ["n": repeated]) : ""
            let before = applied == 0 && repeated == 0 ? tr("cli.apply.nothingSaved")
                : tr("cli.apply.savedBefore", ["n": applied, "line": lineNumber, "again": again])
            if fromStandardInput {
                printNote(tr("cli.apply.resendFromStdin", ["before": before]))
            } else {
                printNote(tr("cli.apply.rerunScript", ["before": before]))
            }
            return ExitCode(1)
        }
        reading: while true {
            let bytes: [UInt8]
            switch reader.next() {
            case .end: break reading
            case let .tooLong(bytes):
                lineNumber += 1
                throw stop(tr("cli.apply.lineTooLong", ["mb": LineReader.defaultLimit / 1_048_576, "bytes": bytes]))
            case let .line(line):
                lineNumber += 1
                bytes = line
            }
            // On a server the script's "now" is the server's clock, like every desk's.
            let now = Date().addingTimeInterval(session.journal.serverClockOffset)
            let context = CommandScript.Context(rules: settings.rules, profile: settings.profile, agenda: agenda, now: now)
            do {
                // Raw bytes: invalid UTF-8 and NUL are refused with the line, never replaced.
                guard let parsed = try CommandScript.parseLine(bytes: bytes, context: context) else { continue }
                let text = String(decoding: bytes, as: UTF8.self)
                // Lines read from a file are known by their text and every line before it, so re-running the same
                // script resumes; stdin lines are new unless they carry an id (a scanner may resend a card).
                let implicit = lines.next(text)
                let outcome: MeetingSession.Outcome
                // A line without "at" happens now: beside other desks it is stamped just after their latest event.
                let live = parsed.command.at == now
                if let sender = parsed.id {
                    outcome = try session.execute(parsed.command, senderID: "id:" + sender,
                                                  fingerprint: Self.fingerprint(of: text), liveClock: live)
                } else if !fromStandardInput, !baru {
                    outcome = try session.execute(parsed.command, commandID: implicit, liveClock: live)
                } else {
                    outcome = .recorded(try session.execute(parsed.command, liveClock: live))
                }
                let seq = outcome.sequences.last ?? 0
                if case .repeated = outcome {
                    repeated += 1
                    if json { emit(#"{"line":\#(lineNumber),"ok":true,"seq":\#(seq),"repeat":true}"#) }
                } else {
                    applied += 1
                    // Closing returns what the berita acara still lacks before it can be final (DECISIONS 33).
                    let missing = if case .closeMeeting = parsed.command { session.state.beritaAcaraGaps } else { [BeritaAcaraGap]() }
                    if json {
                        let list = missing.isEmpty ? ""
                            : #","missing":["# + missing.map { jsonString($0.description) }.joined(separator: ",") + "]"
                        emit(#"{"line":\#(lineNumber),"ok":true,"seq":\#(seq)\#(list)}"#)
                    } else if !missing.isEmpty {
                        printNote(tr("cli.apply.closedIncomplete", ["script": script, "line": lineNumber,
                                     "missing": missing.map(\.description).joined(separator: "; ")]))
                    }
                    if case .openRegistration = parsed.command, let warning = session.state.opening?.quorumWarning {
                        printNote("\(script):\(lineNumber): \(warning)")
                    }
                }
            } catch {
                throw stop(describe(error))
            }
        }
        if !json {
            let again = repeated > 0 ? tr("cli.apply.repeatedSummary", ["n": repeated]) : ""
            printNote(tr("cli.apply.summary", ["n": applied, "again": again, "events": session.journal.eventCount,
                                              "present": session.state.quorum.present,
                                              "registered": session.state.quorum.registered,
                                              "verdict": session.state.quorum.verdict]))
        }
    }

    /// The line's content without its id (keys sorted), hashed: what a resend under the same id must repeat.
    static func fingerprint(of line: String) -> String {
        guard var object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
            return String(SHA256Hasher.hex(line).prefix(16))
        }
        object["id"] = nil
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(line.utf8)
        return String(SHA256Hasher.hex(String(decoding: data, as: UTF8.self)).prefix(16))
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func jsonString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}

/// The implicit id of each line of a script file: SHA-256 over the line and every line before it, so the same
/// script re-run from line 1 is recognised line by line, and a line repeated later in it is still a new command.
struct ScriptLineIdentity {
    private var previous: String

    /// `script` is the file's real path, so a copy of the same lines under another name is another script.
    init(script: String) { previous = SHA256Hasher.hex("skrip\n" + script) }

    mutating func next(_ line: String) -> String {
        previous = SHA256Hasher.hex(previous + "\n" + line.trimmingCharacters(in: .whitespaces))
        return "skrip:" + previous
    }
}

/// Reads lines from a descriptor as they arrive (one `read` at a time, never waiting for a full buffer), in time
/// linear in the input; a line longer than `limit` bytes is reported at once instead of being read to its end.
struct LineReader {
    static let defaultLimit = 1_048_576

    enum Read {
        /// The line's bytes without the newline (and a CR before it), not yet decoded.
        case line([UInt8])
        case tooLong(bytes: Int)
        case end
    }

    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    /// Start of the unread part of `buffer`, and where the newline search resumes.
    private var start = 0
    private var scanned = 0
    private var finished = false

    init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    mutating func next() -> Read {
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                scanned = start
                compact()
                return .line(line)
            }
            scanned = buffer.count
            if buffer.count - start > limit { return .tooLong(bytes: buffer.count - start) }
            if finished {
                guard start < buffer.count else { return .end }
                let line = Array(buffer[start...])
                start = buffer.count
                scanned = start
                return .line(line)
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { finished = true } else { buffer.append(contentsOf: chunk[0..<count]) }
        }
    }

    /// Drops consumed bytes once they dominate the buffer, keeping appends and scans linear overall.
    private mutating func compact() {
        guard start > 64 * 1024, start * 2 > buffer.count else { return }
        buffer.removeFirst(start)
        scanned -= start
        start = 0
    }
}
