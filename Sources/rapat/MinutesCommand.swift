import ArgumentParser
import Foundation
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
        do {
            let file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat notulen")
            print(MinutesReport.render(try file.entries(), format: format), terminator: "")
        } catch {
            throw fail(describe(error))
        }
    }
}
