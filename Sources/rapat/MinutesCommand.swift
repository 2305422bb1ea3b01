import ArgumentParser
import Foundation
import RapatDocuments
import RapatApp
import RapatStore

struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notulen", abstract: "Notulen rapat (kronologis) dari jurnal, sebagai Markdown atau teks.")

    @OptionGroup var options: MeetingOptions
    @Option(help: "md atau txt.") var format: String = "md"

    func run() throws {
        guard let format = MinutesReport.Format(rawValue: format) else {
            throw fail("--format \(format) tidak dikenal: gunakan md atau txt.")
        }
        let scan = try options.openForReading(purpose: "rapat notulen", keepingEntries: true).1
        printReport(MinutesReport.render(scan.entries, format: format))
    }
}
