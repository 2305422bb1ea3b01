import ArgumentParser
import Foundation
import RapatApp
import RapatDocuments
import RapatStore
import TerminalUICurses

/// `rapat layar`: the room's screen for a projector (issue 14). Reads the meeting without the writer's lock and
/// never writes; shows another process's commit within a second.
struct LayarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layar",
        abstract: "Layar ruang rapat untuk proyektor: kuorum, acara, keputusan terakhir dalam huruf besar; baca saja.",
        discussion: """
            Berkas dibuka baca-saja (tanpa kunci penulis), jadi dapat berjalan di samping `rapat run` pada berkas yang
            sama. Layar diperbarui dalam satu detik setiap kali jurnal berubah. Tidak memuat daftar hadir atau nama
            yang hadir. q, Esc, F10 atau Ctrl-C keluar.
            """)

    @OptionGroup var options: MeetingOptions

    @Option(help: ArgumentHelp("Gambar layar pertama sebagai teks ke stdout (LEBARxTINGGI) lalu keluar; untuk uji.",
                               visibility: .hidden))
    var renderOnce: String?

    func run() throws {
        let (meeting, scan) = try options.openForReading(purpose: "rapat layar")
        let first = RoomFileSource.view(scan)
        meeting.close()
        if let renderOnce {
            let size = renderOnce.split(separator: "x").compactMap { Int($0) }
            let screen = RoomScreen.render(first, width: size.first ?? 80, height: size.last ?? 24)
            printReport(screen.lines.joined(separator: "\n") + "\n")
            return
        }
        let source = RoomFileSource(path: options.file)
        let runner = RoomRunner(view: first, source: source.viewIfChanged)
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal() } catch { throw failing(error) }
        defer { terminal.close() }
        runner.run(on: terminal)
    }
}

/// The room's view of a SQLite meeting file, read again only when the file or its WAL changed (as `rapat lihat`
/// does, `ReviewRefresh`). A PostgreSQL source gives `RoomRunner` the same closure.
final class RoomFileSource {
    private let path: String
    private var seen: [Int64]

    init(path: String) {
        self.path = path
        seen = ReviewRefresh.signature(path)
    }

    static func view(_ scan: JournalScan) -> RoomView {
        RoomView(state: scan.state, eventCount: scan.eventCount, digest: scan.finalDigest, now: Date())
    }

    /// A new view when the journal changed since the last one read; nil otherwise, or when the file cannot be read
    /// right now (the next poll tries again).
    func viewIfChanged() -> RoomView? {
        let now = ReviewRefresh.signature(path)
        guard now != seen,
              let file = try? MeetingFile.open(at: path, writable: false, purpose: "rapat layar") else { return nil }
        defer { file.close() }
        guard let scan = try? file.scan() else { return nil }
        seen = now
        return Self.view(scan)
    }
}
