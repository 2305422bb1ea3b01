import ArgumentParser
import Foundation
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
        do {
            let file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat rekap-suara")
            let state = MeetingState.replaying(try file.entries().map(\.event))
            print(VoteRecordReport.render(state, format: format), terminator: "")
        } catch {
            throw fail(describe(error))
        }
    }
}
