import RapatText
import ArgumentParser
import Foundation
import RapatApp
import RapatCore
import RapatStore

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster", abstract: "Buku daftar anggota.",
        subcommands: [Import.self, Generate.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mengimpor buku daftar anggota dari CSV (UTF-8, pemisah ; atau ,).",
            discussion: """
                Kolom: nomor_anggota, nama, jenis_kelamin (L/P), unit, status (biasa / luar biasa / calon),
                tanggal_masuk; opsional: peran (pengurus/pengawas, boleh dengan jabatan), hak_suara (ya/tidak).
                Bila ada satu baris salah, tidak ada yang diimpor; setiap kesalahan ditulis sebagai berkas:baris.
                """)

        @OptionGroup var options: MeetingOptions
        @Argument(help: "Berkas CSV buku daftar anggota.") var csv: String

        func run() throws {
            let progress = ProgressLine(label: "Membaca \(csv)")
            let result: RosterCSV.Result
            do {
                result = try RosterCSV.read(path: csv) { done, total in progress.update(done, of: total) }
            } catch {
                progress.finish()
                printNote(error.report())
                throw ExitCode(1)
            }
            progress.finish()
            for note in result.notes { printNote(note) }
            do {
                let session = try MeetingSession.open(path: options.file, purpose: "rapat roster import")
                defer { session.close() }
                let start = Date()
                try session.execute(.importRoster(members: result.members, digest: Roster.digest(of: result.members),
                                                  source: (csv as NSString).lastPathComponent, at: Date()))
                let roster = session.state.roster
                let counting = roster.registeredCount(session.state.rules.quorumBase)
                printNote(tr("cli.roster.imported", ["n": IndonesianFormat.integer(roster.count),
                                                    "regular": IndonesianFormat.integer(counting), "version": roster.version,
                                                    "ms": Int(Date().timeIntervalSince(start) * 1000)]))
                printNote(tr("cli.roster.digest", ["digest": roster.digest]))
                // The cut-off applies when registration opens; say now who it will leave out of N.
                if let rules = try? CooperativeSettings.load(from: options.settings).rules, let cutoff = rules.registerCutoff {
                    let late = roster.members.filter { rules.isObserver($0) && $0.countsToQuorum(rules.quorumBase) }.count
                    if late > 0 {
                        printNote(tr("cli.roster.late", ["n": IndonesianFormat.integer(late),
                                                     "cutoff": IndonesianFormat.isoDateLong(cutoff)]))
                    }
                }
            } catch {
                throw failing(error)
            }
        }
    }

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Membuat daftar anggota sintetis (nama Indonesia realistis) untuk uji dan tolok ukur.")

        @Option(help: "Jumlah anggota.") var count: Int = 133
        @Option(help: "Benih acak; sama benih = sama hasil.") var seed: UInt64 = 2026
        @Option(name: .shortAndLong, help: "Berkas keluaran (bawaan: stdout).") var output: String?

        func run() throws {
            let csv = SyntheticRoster.csv(SyntheticRoster.members(count: count, seed: seed))
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(csv.utf8)) else {
                    throw fail(tr("cli.roster.cannotWrite", ["path": output]))
                }
                printNote(tr("cli.roster.generated", ["n": IndonesianFormat.integer(count), "path": output]))
            } else {
                FileHandle.standardOutput.write(Data(csv.utf8))
            }
        }
    }
}

/// A progress indicator on stderr: redrawn in place on a terminal, a line per quarter otherwise.
final class ProgressLine {
    private let label: String
    private let interactive = isatty(STDERR_FILENO) == 1
    private var lastQuarter = -1

    init(label: String) { self.label = label }

    func update(_ done: Int, of total: Int) {
        let percent = total > 0 ? min(100, done * 100 / total) : 0
        if interactive {
            FileHandle.standardError.write(Data("\r\(label): \(IndonesianFormat.integer(done)) baris (\(percent)%)  ".utf8))
        } else if percent / 25 > lastQuarter {
            lastQuarter = percent / 25
            FileHandle.standardError.write(Data("\(label): \(IndonesianFormat.integer(done)) baris (\(percent)%)\n".utf8))
        }
    }

    func finish() {
        if interactive, lastQuarter != -2 { FileHandle.standardError.write(Data("\n".utf8)) }
        lastQuarter = -2
    }
}
