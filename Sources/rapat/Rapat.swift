import ArgumentParser
import Foundation
import RapatCore
import RapatStore

@main
struct Rapat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rapat",
        abstract: "Rapat: menjalankan dan mencatat Rapat Anggota Tahunan (RAT) koperasi.",
        discussion: """
            Alur singkat:
              rapat init --nama "KSP Maju Bersama"      membuat rat.rapat dan koperasi.toml
              rapat roster import anggota.csv           mengimpor buku daftar anggota
              rapat run                                 membuka meja registrasi (layar penuh)
              rapat apply skrip.jsonl                   menjalankan perintah dari berkas JSON Lines
              rapat stats                               statistik kehadiran
              rapat verify                              memeriksa rantai hash jurnal
              rapat kunci buat                          membuat kunci tanda tangan dokumen koperasi
            """,
        subcommands: [InitCommand.self, RosterCommand.self, RunCommand.self, ApplyCommand.self, StatsCommand.self,
                      VerifyCommand.self, CopyCommand.self, MinutesCommand.self, PostponementCommand.self, VoteRecordCommand.self, ShuCommand.self, DocsCommand.self, KeyCommand.self, ReviewCommand.self, DemoCommand.self, BenchCommand.self]
    )
}

/// Where the meeting and the settings live; shared by every command.
struct MeetingOptions: ParsableArguments {
    @Option(name: [.short, .customLong("file")], help: "Berkas rapat (SQLite).")
    var file: String = ProcessInfo.processInfo.environment["RAPAT_FILE"] ?? "rat.rapat"

    @Option(name: .customLong("settings"), help: "Berkas pengaturan koperasi (TOML).")
    var settings: String = ProcessInfo.processInfo.environment["RAPAT_SETTINGS"] ?? "koperasi.toml"

    @Option(name: .customLong("agenda"), help: "Berkas susunan acara (TOML).")
    var agenda: String = ProcessInfo.processInfo.environment["RAPAT_AGENDA"] ?? "susunan-acara.toml"
}

extension MeetingOptions {
    /// The meeting opened for writing (taking the writer lock) and the cooperative's settings.
    func openForWriting(purpose: String) throws -> (MeetingSession, CooperativeSettings) {
        do {
            let session = try MeetingSession.open(path: file, purpose: purpose)
            for note in session.file.openingNotes { printNote(note) }
            return (session, try CooperativeSettings.load(from: settings))
        } catch {
            throw fail(describe(error))
        }
    }

    /// The meeting read-only, verified in the same pass; a broken chain is shown as a warning on stderr.
    func openForReading(purpose: String, keepingEntries: Bool = false) throws -> (MeetingFile, JournalScan) {
        try readMeeting(at: file, purpose: purpose, keepingEntries: keepingEntries)
    }
}

/// Opens `path` read-only and scans it; readers warn about a broken chain instead of refusing.
func readMeeting(at path: String, purpose: String, keepingEntries: Bool = false) throws -> (MeetingFile, JournalScan) {
    do {
        let file = try MeetingFile.open(at: path, writable: false, purpose: purpose)
        let scan = try file.scan(keepingEntries: keepingEntries)
        for note in file.openingNotes { printNote(note) }
        if let problem = scan.verification.problem(zone: scan.zone) {
            printNote("PERINGATAN: jurnal rapat \(path) RUSAK: \(problem). Yang ditampilkan hanya rapat sampai sebelum "
                + "peristiwa itu, dan tidak dapat dipercaya; jalankan `rapat verify --file \(path)` untuk rinciannya.")
        }
        return (file, scan)
    } catch {
        throw fail(describe(error))
    }
}

/// Prints `message` to standard error and ends the command with exit code 1.
func fail(_ message: String) -> ExitCode {
    printError(message)
    return ExitCode(1)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("galat: " + message + "\n").utf8))
}

func printNote(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes to stdout immediately (no buffering), for acknowledgements scripts wait on.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The secretary-facing message of any error the commands meet.
func describe(_ error: any Error) -> String {
    if let e = error as? RapatError { return e.message }
    if let e = error as? StoreError { return e.message }
    if let e = error as? SigningError { return e.message }
    if let e = error as? CommandScript.LineError { return e.message }
    if let e = error as? RosterCSV.Failure { return e.report() }
    return "\(error)"
}
