import ArgumentParser
import Foundation
import RapatCore
import RapatStore
import RapatText

/// `rapat arsip`: the whole meeting from the server into one SQLite meeting file, for `verify`, `docs`, `lihat`,
/// `salin` and the members' copy, with the server's own final digest.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arsip",
        abstract: "Menulis seluruh rapat dari server PostgreSQL ke satu berkas rapat SQLite (arsip), dengan sidik akhir yang sama.",
        discussion: """
            Contoh: rapat arsip --file postgresql://rapat@server/rat2026 -o rat2026.rapat
            Arsip dibaca `rapat verify`, `rapat docs`, `rapat lihat` dan `rapat salin` persis seperti berkas laptop.
            Berkas yang sudah ada tidak pernah ditimpa. Boleh dijalankan kapan saja, juga selama rapat: arsip memuat
            semua peristiwa sampai saat itu.
            """)

    @OptionGroup var options: MeetingOptions
    @Option(name: [.short, .customLong("output")], help: "Berkas arsip yang dibuat (atau folder tujuannya).") var output: String

    func run() throws {
        do {
            let journal = try MeetingStore.open(options.file, writable: false, purpose: "rapat arsip")
            defer { journal.close() }
            let source = try journal.verify()
            let (path, verification) = try journal.archive(to: output)
            print(tr("cli.archive.written", ["path": path]))
            guard case let .intact(events, digest) = verification, source == verification else {
                let zone = journal.registeredTimeZone ?? .wib
                print(tr("cli.copy.broken", ["problem": verification.problem(zone: zone) ?? source.problem(zone: zone) ?? ""]))
                throw ExitCode(2)
            }
            print(tr("cli.archive.checked", ["events": IndonesianFormat.integer(Int(events)), "digest": digest]))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failing(error)
        }
    }
}
