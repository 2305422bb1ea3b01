import RapatText
import ArgumentParser
import Foundation
import RapatApp
import RapatCore
import RapatStore
import TerminalUICurses

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Menyiapkan koperasi contoh (133 anggota) lalu membuka meja registrasi.",
        discussion: "Bila folder demo sudah ada, rapat contoh dilanjutkan dari keadaan terakhirnya; --baru untuk mengulang.")

    @Option(help: "Folder rapat contoh.") var dir: String = ".demo"
    @Option(help: "Buku daftar anggota contoh.") var roster: String = "demo/anggota.csv"
    @Flag(help: "Hapus rapat contoh lama dan mulai baru.") var baru = false
    @Flag(help: "Hanya siapkan, jangan buka layar.") var siapkanSaja = false
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let fm = FileManager.default
        if baru { try? fm.removeItem(atPath: dir) }
        let meeting = dir + "/rat.rapat", settingsPath = dir + "/koperasi.toml", agendaPath = dir + "/susunan-acara.toml"
        do {
            if !fm.fileExists(atPath: meeting) {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                let today = String(IndonesianFormat.iso8601(Date(), zone: .wib).prefix(10))
                if !fm.fileExists(atPath: settingsPath) {
                    try CooperativeSettings.writeDefault(
                        to: settingsPath, name: "Koperasi Simpan Pinjam \"Maju Bersama\"", abbreviation: "KSP-MB",
                        fiscalYear: (Int(today.prefix(4)) ?? 2026) - 1, meetingDate: today, ratNumber: 12)
                }
                let settings = try CooperativeSettings.load(from: settingsPath)
                if !fm.fileExists(atPath: agendaPath) { try AgendaFile.writeDefault(to: agendaPath) }
                let members = try RosterCSV.read(path: roster).members
                let file = try MeetingFile.create(at: meeting, purpose: "rapat demo")
                let session = try MeetingSession(file: file)
                let now = Date()
                try session.execute(.importRoster(members: members, digest: Roster.digest(of: members),
                                                  source: "anggota.csv", at: now))
                // The demo's simpanan and transaksi, so SHU shares can be looked up during the meeting.
                let ledgerPath = (roster as NSString).deletingLastPathComponent + "/simpanan.csv"
                if fm.fileExists(atPath: ledgerPath) {
                    let ledger = try ShuLedgerCSV.read(path: ledgerPath, roster: session.state.roster).ledger
                    try session.importLedger(ledger, source: "simpanan.csv", at: now)
                }
                try session.execute(.openRegistration(rules: settings.rules, profile: settings.profile, at: now))
                printNote(tr("cli.demo.ready", ["path": dir, "n": members.count]))
            }
        } catch {
            throw failing(error)
        }
        if siapkanSaja { return }
        let run = try RunCommand.parse(["--file", meeting, "--settings", settingsPath, "--agenda", agendaPath])
        try run.run()
    }
}
