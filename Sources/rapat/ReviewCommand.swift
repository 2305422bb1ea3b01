import ArgumentParser
import Foundation
import RapatApp
import RapatCore
import RapatStore
import TerminalUICurses

/// `rapat lihat`: members browse a meeting afterwards without any way to change it.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lihat",
        abstract: "Membuka berkas rapat untuk dibaca saja: keputusan, notulen, kehadiran, suara, SHU; jurnal diperiksa.",
        discussion: """
            Berkas dibuka baca-saja (tanpa kunci penulis): tidak ada perintah yang dapat menulis. Layar acara: D daftar
            keputusan, O notulen dan rekap suara (ketik lalu Enter untuk mencari), I SHU anggota; F5 meja registrasi
            untuk melihat kehadiran seseorang (nomor atau nama, Enter).
            """)

    @Argument(help: "Berkas rapat.") var file: String

    @Option(help: ArgumentHelp("Gambar layar pertama sebagai teks ke stdout (LEBARxTINGGI) lalu keluar; untuk uji.",
                               visibility: .hidden))
    var renderOnce: String?

    func run() throws {
        let runner: DeskRunner
        let (meeting, scan) = try readMeeting(at: file, purpose: "rapat lihat", keepingEntries: true)
        do {
            let verification = ReviewRefresh.verificationText(scan, path: file)
            let ledger = try meeting.currentLedger(of: scan.state)
            runner = DeskRunner(reviewing: scan.entries, ledger: ledger, verification: verification, digest: meeting.finalDigest)
            meeting.close()
        } catch {
            throw failing(error)
        }
        if let renderOnce {
            let size = renderOnce.split(separator: "x").compactMap { Int($0) }
            printReport(DeskScreen.render(runner.state, width: size.first ?? 80, height: size.last ?? 24).lines.joined(separator: "\n") + "\n")
            return
        }
        runner.reviewSource = ReviewRefresh(path: file).snapshotIfChanged
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal() } catch { throw failing(error) }
        defer { terminal.close() }
        runner.run(on: terminal)
    }
}
