import RapatText
import ArgumentParser
import Foundation
import RapatApp
import RapatCore
import RapatStore
import TerminalUICurses

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Membuka meja registrasi dan panel kuorum (layar penuh).")

    @OptionGroup var options: MeetingOptions
    @OptionGroup var desk: DeskOptions

    @Option(help: ArgumentHelp("Gambar layar pertama sebagai teks ke stdout (LEBARxTINGGI) lalu keluar; untuk uji.",
                               visibility: .hidden))
    var renderOnce: String?

    func run() throws {
        let (session, settings) = try options.openForWriting(purpose: "rapat run", desk: desk.assignment(for: options.file))
        // Closing checkpoints the WAL into the file, so a copy made after the meeting is complete.
        defer { session.close() }
        let agenda: Agenda
        do {
            agenda = try AgendaFile.loadOrDefault(from: options.agenda, tatibFirst: settings.agendaTatibFirst)
        } catch {
            throw failing(error)
        }
        let runner = DeskRunner(session: session, settings: settings, agenda: agenda)
        if let renderOnce {
            let size = renderOnce.split(separator: "x").compactMap { Int($0) }
            let screen = DeskScreen.render(runner.state, width: size.first ?? 80, height: size.last ?? 24)
            printReport(screen.lines.joined(separator: "\n") + "\n")
            if ProcessInfo.processInfo.environment["RAPAT_REPORT_PEAK_MEMORY"] != nil, let peak = peakResidentKiB() {
                printNote("peak_rss_kib=\(peak)")
            }
            return
        }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal()
        } catch {
            throw failing(error)
        }
        defer { terminal.close() }
        runner.run(on: terminal)
        terminal.close()
        let q = session.state.quorum
        printNote(tr("cli.run.saved", ["path": MeetingStore.display(options.file), "present": q.present, "registered": q.registered,
                                     "required": q.required, "verdict": q.verdict]))
    }
}

/// VmHWM of this process's own address space. `ru_maxrss` is not used: after a vfork-style spawn it also
/// counts the parent's resident set at exec time.
func peakResidentKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    return Int(line.split(separator: " ").dropFirst().first ?? "")
}
