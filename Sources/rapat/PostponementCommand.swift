import ArgumentParser
import Foundation
import RapatDocuments
import RapatApp
import RapatStore

struct PostponementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "penundaan",
        abstract: "Berita acara penundaan (teks) untuk rapat yang DITUNDA karena kuorum tidak tercapai.")

    @OptionGroup var options: MeetingOptions

    func run() throws {
        let (file, scan) = try options.openForReading(purpose: "rapat penundaan")
        guard let text = PostponementReport.text(scan.state, finalDigest: file.finalDigest) else {
            throw fail("\(options.file): rapat ini tidak ditunda; berita acara penundaan hanya untuk rapat yang DITUNDA.")
        }
        printReport(text)
    }
}
