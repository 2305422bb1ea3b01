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
        if let ke, ke < 1 { throw ValidationError("--ke \(ke): RAT ke-berapa, isi 1 atau lebih") }
    }

    func run() throws {
        let today = IndonesianFormat.iso8601(Date(), zone: .wib).prefix(10)
        let year = tahunBuku ?? (Int(today.prefix(4)) ?? 2025) - 1
        do {
            if FileManager.default.fileExists(atPath: options.settings) {
                printNote("Memakai pengaturan yang sudah ada: \(options.settings)"
                    + (ke == nil ? "" : "; --ke tidak dipakai, ubah rat_ke di berkas itu"))
            } else {
                try CooperativeSettings.writeDefault(to: options.settings, name: nama, abbreviation: singkatan,
                                                     fiscalYear: year, meetingDate: tanggal ?? String(today), ratNumber: ke)
                printNote("Pengaturan koperasi dibuat: \(options.settings) (sunting sesuai AD/ART)")
                if ke == nil {
                    printNote("PERINGATAN: RAT ke-berapa belum diisi; isi rat_ke di [rapat] \(options.settings) "
                        + "(atau rapat init --ke N), tanpa itu dokumen menulis RAT ke-1")
                }
            }
            let settings = try CooperativeSettings.load(from: options.settings)
            if FileManager.default.fileExists(atPath: options.agenda) {
                printNote("Memakai susunan acara yang sudah ada: \(options.agenda)")
            } else {
                try AgendaFile.writeDefault(to: options.agenda)
                printNote("Susunan acara bawaan dibuat: \(options.agenda) (tambah, hapus, atau ubah urutan acara)")
            }
            _ = try AgendaFile.load(from: options.agenda, tatibFirst: settings.agendaTatibFirst)
            let session = try MeetingSession(file: MeetingFile.create(at: options.file))
            defer { session.close() }
            try session.execute(.createMeeting(meetingID: UUID().uuidString, cooperative: settings.profile.name, at: Date()))
            printNote("Berkas rapat dibuat: \(options.file) (\(settings.profile.name), \(settings.profile.meetingTitle))")
            printNote("Berikutnya: rapat roster import anggota.csv")
        } catch {
            throw failing(error)
        }
    }
}
