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
        let follower: MeetingFollower
        do {
            follower = try MeetingFollower(location: options.file, purpose: "rapat layar")
        } catch {
            throw failing(error)
        }
        let first = Self.view(follower)
        if let renderOnce {
            let size = renderOnce.split(separator: "x").compactMap { Int($0) }
            let screen = RoomScreen.render(first, width: size.first ?? 80, height: size.last ?? 24)
            printReport(screen.lines.joined(separator: "\n") + "\n")
            return
        }
        let runner = RoomRunner(view: first, source: { follower.refresh() ? Self.view(follower) : nil })
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal() } catch { throw failing(error) }
        defer { terminal.close() }
        runner.run(on: terminal)
    }

    static func view(_ follower: MeetingFollower) -> RoomView {
        RoomView(state: follower.state, eventCount: follower.eventCount, digest: follower.finalDigest, now: Date())
    }
}
