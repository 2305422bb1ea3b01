import ArgumentParser
import Foundation
import RapatDocuments
import RapatApp
import RapatCore
import RapatStore

struct VoteRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekap-suara",
        abstract: "Rekapitulasi setiap pemungutan suara dan keputusan, sebagai Markdown, teks, atau JSON.")

    @OptionGroup var options: MeetingOptions
    @Option(help: "md, txt, atau json.") var format: String = "md"

    func run() throws {
        guard let format = VoteRecordReport.Format(rawValue: format) else {
            throw fail("--format \(format) tidak dikenal: gunakan md, txt, atau json.")
        }
        let state = try options.openForReading(purpose: "rapat rekap-suara").1.state
        printReport(VoteRecordReport.render(state, format: format))
    }
}
