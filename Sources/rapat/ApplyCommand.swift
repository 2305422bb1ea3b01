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
            Setiap baris disimpan permanen sebelum baris berikutnya dibaca. Baris yang salah menghentikan
            proses dengan nomor barisnya; baris sebelumnya tetap tersimpan.
            """)

    @OptionGroup var options: MeetingOptions
    @Argument(help: "Berkas .jsonl, atau - untuk stdin.") var script: String
    @Flag(help: "Tulis satu hasil JSON per baris ke stdout (untuk otomasi).") var json = false

    func run() throws {
        let (session, settings) = try options.openForWriting(purpose: "rapat apply")
        let agenda: Agenda
        do {
            agenda = try AgendaFile.loadOrDefault(from: options.agenda, tatibFirst: settings.agendaTatibFirst)
        } catch {
            throw fail(describe(error))
        }
        guard let handle = script == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: script) else {
            throw fail("\(script): berkas skrip tidak ditemukan.")
        }
        var applied = 0
        var lineNumber = 0
        for line in LineReader(handle) {
            lineNumber += 1
            let context = CommandScript.Context(rules: settings.rules, profile: settings.profile, agenda: agenda, now: Date())
            do {
                guard let command = try CommandScript.parse(line, context: context) else { continue }
                let entries = try session.execute(command)
                applied += 1
                if json { emit(#"{"line":\#(lineNumber),"ok":true,"seq":\#(entries.last?.sequence ?? 0)}"#) }
            } catch {
                let reason = describe(error)
                if json { emit(#"{"line":\#(lineNumber),"ok":false,"error":\#(jsonString(reason))}"#) }
                printNote("\(script):\(lineNumber): \(reason)")
                printNote("\(applied) perintah sebelum baris \(lineNumber) sudah tersimpan; perbaiki baris itu lalu "
                    + "jalankan sisanya.")
                throw ExitCode(1)
            }
        }
        if !json {
            printNote("\(applied) perintah diterapkan; jurnal kini \(session.file.eventCount) peristiwa. "
                + "Hadir: \(session.state.quorum.present) dari \(session.state.quorum.registered) "
                + "(\(session.state.quorum.verdict)).")
        }
    }

    private func jsonString(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}

/// Reads lines lazily from a file handle, so a long script starts applying at once.
struct LineReader: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer = Data()
    private var finished = false

    init(_ handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return String(decoding: line, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            let chunk = handle.readData(ofLength: 64 * 1024)
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }
}
