import RapatText
import ArgumentParser
import Foundation
import RapatDocuments

struct VoteRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekap-suara",
        abstract: "Rekapitulasi setiap pemungutan suara dan keputusan: sama persis dengan rekap-suara.<format> dari `rapat docs`.")

    @OptionGroup var options: MeetingOptions
    @Option(help: "md, txt, html, csv, atau json.") var format: PrintedFormat = .md
    @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?

    func run() throws {
        try SingleDocument.print(.rekapSuara, format: format, allowed: PrintedFormat.allCases, options: options,
                                 templates: templates, purpose: "rapat rekap-suara") { _ in tr("cli.voteRecord.absent") }
    }
}
