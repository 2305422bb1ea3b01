import RapatText
import ArgumentParser
import Foundation
import RapatCore
import RapatStore

/// `rapat salin`: the only safe way to copy a meeting file, also during the meeting.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "salin",
        abstract: "Membuat salinan berkas rapat yang utuh dan sudah diperiksa, kapan saja (juga selama rapat berjalan).",
        discussion: """
            Jangan menyalin rat.rapat dengan cp atau pengelola berkas selama rapat: peristiwa terakhir masih berada
            di berkas -wal di sampingnya, dan salinannya tidak lengkap. `rapat salin` menyalin satu potret utuh
            (SQLite VACUUM INTO), memeriksa rantai hash salinannya, dan tidak pernah menimpa berkas yang sudah ada.
            TUJUAN boleh berupa folder (mis. flashdisk): salinan diberi nama yang sama dengan berkas rapat.
            """)

    @OptionGroup var options: MeetingOptions
    @Argument(help: "Berkas atau folder tujuan.") var destination: String

    func run() throws {
        do {
            let file = try MeetingStore.open(options.file, writable: false, purpose: "rapat salin")
            defer { file.close() }
            let (path, verification) = try file.archive(to: destination)
            print(tr("cli.copy.written", ["path": path]))
            guard case let .intact(events, digest) = verification else {
                let zone = file.registeredTimeZone ?? .wib
                print(tr("cli.copy.broken", ["problem": verification.problem(zone: zone) ?? ""]))
                throw ExitCode(2)
            }
            print(tr("cli.copy.checked", ["events": IndonesianFormat.integer(Int(events)), "digest": digest]))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw failing(error)
        }
    }
}
