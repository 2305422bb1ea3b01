import RapatText
import ArgumentParser
import Foundation
import RapatCore
import RapatStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Membuat berkas rapat baru (mode 0600) dan berkas pengaturan koperasi bawaan.")

    @OptionGroup var options: MeetingOptions

    @Option(help: "Nama koperasi (untuk pengaturan baru).")
    var nama: String = "Koperasi Contoh"

    @Option(help: "Singkatan koperasi untuk nomor dokumen, mis. KSP-MB.")
    var singkatan: String = ""

    @Option(name: .customLong("tahun-buku"), help: "Tahun buku yang dipertanggungjawabkan.")
    var tahunBuku: Int?

    @Option(help: "Tanggal rapat, TTTT-BB-HH.")
    var tanggal: String?

    @Option(help: "RAT ke-berapa (rat_ke di koperasi.toml); tanpa ini baris rat_ke ditulis sebagai komentar yang perlu diisi.")
    var ke: Int?

    func validate() throws {
        if let ke, ke < 1 { throw ValidationError(tr("cli.init.ke", ["n": ke])) }
    }

    func run() throws {
        let today = IndonesianFormat.iso8601(Date(), zone: .wib).prefix(10)
        let year = tahunBuku ?? (Int(today.prefix(4)) ?? 2025) - 1
        do {
            if FileManager.default.fileExists(atPath: options.settings) {
                printNote(tr("cli.init.settingsExist", ["path": options.settings])
                    + (ke == nil ? "" : tr("cli.init.keIgnored")))
            } else {
                try CooperativeSettings.writeDefault(to: options.settings, name: nama, abbreviation: singkatan,
                                                     fiscalYear: year, meetingDate: tanggal ?? String(today), ratNumber: ke)
                printNote(tr("cli.init.settingsCreated", ["path": options.settings]))
                if ke == nil {
                    printNote(tr("cli.init.keMissing", ["path": options.settings]))
                }
            }
            let settings = try CooperativeSettings.load(from: options.settings)
            if FileManager.default.fileExists(atPath: options.agenda) {
                printNote(tr("cli.init.agendaExists", ["path": options.agenda]))
            } else {
                try AgendaFile.writeDefault(to: options.agenda)
                printNote(tr("cli.init.agendaCreated", ["path": options.agenda]))
            }
            _ = try AgendaFile.load(from: options.agenda, tatibFirst: settings.agendaTatibFirst)
            let session = try MeetingSession(journal: MeetingStore.create(options.file))
            defer { session.close() }
            try session.execute(.createMeeting(meetingID: UUID().uuidString, cooperative: settings.profile.name, at: Date()))
            let created = ["path": MeetingStore.display(options.file), "name": settings.profile.name,
                           "title": settings.profile.meetingTitle]
            printNote(MeetingStore.isServer(options.file) ? tr("cli.init.serverCreated", created) : tr("cli.init.fileCreated", created))
            printNote(tr("cli.init.next"))
        } catch {
            throw failing(error)
        }
    }
}
