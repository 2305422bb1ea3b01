import RapatText
import ArgumentParser
import Foundation
import TextLayout
import RapatApp
import RapatBroadcast
import RapatCore
import RapatDocuments
import RapatStore
import TerminalUICurses

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
              rapat siar --port 8080                    layar rapat di ponsel anggota (LAN, hanya-baca)
            """,
        subcommands: [InitCommand.self, RosterCommand.self, RunCommand.self, ApplyCommand.self, StatsCommand.self,
                      VerifyCommand.self, CopyCommand.self, ArchiveCommand.self, MinutesCommand.self, PostponementCommand.self, VoteRecordCommand.self, ShuCommand.self, DocsCommand.self, KeyCommand.self, ReviewCommand.self, LayarCommand.self, SiarCommand.self, DemoCommand.self, BenchCommand.self]
    )

    /// The full-screen commands hold the keyboard's signals from the very start (see `CursesTerminal`): a Ctrl-\
    /// typed while the meeting is being opened would otherwise kill the process before raw mode.
    static let fullScreenCommands: Set<String> = ["run", "lihat", "layar", "demo"]

    static func main() {
        let given = Array(CommandLine.arguments.dropFirst())
        LanguageOptions.choose(arguments: given, environment: ProcessInfo.processInfo.environment)
        let arguments = LanguageOptions.removingFlag(from: given)
        let command = arguments.first { !$0.hasPrefix("-") }
        let printsOnly = arguments.contains { $0.hasPrefix("--render-once") || ["--help", "-h", "--siapkan-saja"].contains($0) }
        if let command, fullScreenCommands.contains(command), !printsOnly { CursesTerminal.holdStartupSignals() }
        main(arguments)
    }
}

/// Where the meeting and the settings live; shared by every command.
struct MeetingOptions: ParsableArguments {
    @Option(name: [.short, .customLong("file")], help: "Berkas rapat (SQLite), atau alamat rapat di server PostgreSQL (postgresql://pengguna@server/basisdata).")
    var file: String = ProcessInfo.processInfo.environment["RAPAT_FILE"] ?? "rat.rapat"

    @Option(name: .customLong("settings"), help: "Berkas pengaturan koperasi (TOML).")
    var settings: String = ProcessInfo.processInfo.environment["RAPAT_SETTINGS"] ?? "koperasi.toml"

    @Option(name: .customLong("agenda"), help: "Berkas susunan acara (TOML).")
    var agenda: String = ProcessInfo.processInfo.environment["RAPAT_AGENDA"] ?? "susunan-acara.toml"

    /// Read through `Verbosity` (the flag is declared here so every command accepts it).
    @Flag(name: .customLong("verbose"), help: "Tampilkan juga rincian teknis galat (untuk pelaporan masalah; juga RAPAT_VERBOSE=1).")
    var verbose = false

    @OptionGroup var language: LanguageOptions
}


extension MeetingOptions {
    /// The meeting opened for writing (taking the writer lock) and the cooperative's settings.
    func openForWriting(purpose: String, desk: DeskAssignment? = nil) throws -> (MeetingSession, CooperativeSettings) {
        do {
            let session = try MeetingSession.open(file, purpose: purpose, desk: desk)
            for note in session.journal.openingNotes { printNote(note) }
            return (session, try CooperativeSettings.load(from: settings))
        } catch {
            throw failing(error)
        }
    }

    /// The meeting read-only, verified in the same pass; a broken chain is shown as a warning on stderr.
    func openForReading(purpose: String, keepingEntries: Bool = false) throws -> (any MeetingJournal, JournalScan) {
        try readMeeting(at: file, purpose: purpose, keepingEntries: keepingEntries)
    }
}

/// `--meja N [--peran pimpinan|presensi]`: which desk this process is when several share a meeting on a server.
struct DeskOptions: ParsableArguments {
    @Option(name: .customLong("meja"), help: "Nomor meja ini (1–99) bila beberapa meja memakai satu rapat di server. Meja 1 = meja pimpinan.")
    var number: Int?

    @Option(name: .customLong("peran"), help: "Peran meja: pimpinan (agenda, suara, pemilihan, SHU, penutupan) atau presensi (hanya kehadiran).")
    var role: DeskAssignment.Role?

    func validate() throws {
        if let number, !(1...99).contains(number) { throw ValidationError(tr("cli.desk.numberRange")) }
        if role != nil, number == nil { throw ValidationError(tr("cli.desk.roleWithoutNumber")) }
    }

    /// The desk, when one was named. On a server without `--meja`, the desk is number 1, the chair's.
    func assignment(for location: String) -> DeskAssignment? {
        guard let number = number ?? (MeetingStore.isServer(location) ? 1 : nil) else { return nil }
        return DeskAssignment(number: number, role: role ?? DeskAssignment.defaultRole(for: number))
    }
}

extension DeskAssignment.Role: ExpressibleByArgument {}

/// Opens `path` read-only and scans it; readers warn about a broken chain instead of refusing.
func readMeeting(at path: String, purpose: String, keepingEntries: Bool = false) throws -> (any MeetingJournal, JournalScan) {
    do {
        let file = try MeetingStore.open(path, writable: false, purpose: purpose)
        let scan = try file.scan(keepingEntries: keepingEntries)
        for note in file.openingNotes { printNote(note) }
        if let problem = scan.verification.problem(zone: scan.zone) {
            printNote(tr("cli.brokenJournalWarning", ["path": path, "problem": problem]))
        }
        return (file, scan)
    } catch {
        throw failing(error)
    }
}

/// Prints `message` to standard error and ends the command with exit code 1.
func fail(_ message: String) -> ExitCode {
    printError(message)
    return ExitCode(1)
}

/// What a command's catch-all throws: an exit already decided (a `fail(…)` inside the `do`, `ExitCode`, a usage
/// error, `--help`) passes through untouched, so it is never re-wrapped as "galat: ExitCode(rawValue: 1)"; any
/// other error is printed as its Indonesian message (`describe`) and ends the command with exit code 1.
func failing(_ error: any Error) -> any Error {
    if error is ExitCode || error is ValidationError || error is CleanExit { return error }
    return fail(describe(error))
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((tr("cli.errorPrefix") + Markup.printable(message) + "\n").utf8))
}

func printNote(_ message: String) {
    FileHandle.standardError.write(Data((Markup.printable(message) + "\n").utf8))
}

/// A report for the terminal (`rapat stats`, `notulen`, `shu anggota`, …): the one choke point of stdout, where control
/// and bidi characters from names and notes are replaced before they could move the cursor or recolour the screen.
func printReport(_ text: String) {
    FileHandle.standardOutput.write(Data(Markup.printable(text).utf8))
}

/// Writes to stdout immediately (no buffering), for acknowledgements scripts wait on.
func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((Markup.printable(line) + "\n").utf8))
}

/// The secretary-facing message of any error the commands meet: an Indonesian sentence with what is wrong and how
/// to fix it. The library's own text is shown only with `--verbose` (or `RAPAT_VERBOSE=1`), as "(rincian teknis: …)".
func describe(_ error: any Error) -> String {
    let message: String
    if let e = error as? RapatError { message = e.message }
    else if let e = error as? StoreError { message = e.message }
    else if let e = error as? SigningError { message = e.message }
    else if let e = error as? CommandScript.LineError { message = e.message }
    else if let e = error as? RosterCSV.Failure { message = e.report() }
    else if let e = error as? TemplateError { message = e.description }
    else if let e = error as? DocumentFileError { message = e.message }
    else if let e = error as? DocxWriter.Failure { message = e.description }
    else if let e = error as? PdfWriter.Failure { message = e.description }
    else if let e = error as? TerminalError { message = e.description }
    else if let e = error as? BroadcastError { message = e.message }
    else { message = SystemErrorText.sentence(for: error) }
    // Library errors carry their detail (`SystemErrorText`, `Verbosity.detail`) under `--verbose`.
    return message
}
