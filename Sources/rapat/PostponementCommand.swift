import RapatText
import ArgumentParser
import Foundation
import RapatDocuments

struct PostponementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "penundaan",
        abstract: "Berita acara penundaan untuk rapat yang DITUNDA (kuorum tidak tercapai, atau acara tersisa ditunda).")

    @OptionGroup var options: MeetingOptions
    @Option(help: "txt, md, atau html.") var format: PrintedFormat = .txt
    @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?

    func run() throws {
        try SingleDocument.print(.penundaan, format: format, allowed: [.txt, .md, .html], options: options, templates: templates,
                                 purpose: "rapat penundaan") { _ in
            tr("cli.postponement.absent", ["path": options.file])
        }
    }
}
