import RapatText
import ArgumentParser
import Foundation
import RapatDocuments

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notulen",
        abstract: "Notulen rapat (kronologis) dari jurnal: sama persis dengan notulen.<format> yang ditulis `rapat docs`.")

    @OptionGroup var options: MeetingOptions
    @Option(help: "md, txt, atau html.") var format: PrintedFormat = .md
    @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?

    func run() throws {
        try SingleDocument.print(.notulen, format: format, allowed: [.md, .txt, .html], options: options, templates: templates,
                                 purpose: "rapat notulen") { _ in tr("cli.minutes.absent") }
    }
}
