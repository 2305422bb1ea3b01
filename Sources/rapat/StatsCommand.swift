import RapatText
import ArgumentParser
import Foundation
import RapatDocuments

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistik kehadiran dan partisipasi: sama persis dengan statistik.<format> dari `rapat docs`.")

    @OptionGroup var options: MeetingOptions
    @Option(help: "txt, md, html, csv, atau json.") var format: PrintedFormat = .txt
    @Flag(help: "Sama dengan --format json.") var json = false
    @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?

    func run() throws {
        try SingleDocument.print(.statistik, format: json ? .json : format, allowed: PrintedFormat.allCases, options: options,
                                 templates: templates, purpose: "rapat stats") { _ in tr("cli.stats.absent") }
    }
}
