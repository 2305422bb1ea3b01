import ArgumentParser
import Foundation
import RapatApp
import RapatStore

struct PostponementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "penundaan",
        abstract: "Berita acara penundaan (teks) untuk rapat yang DITUNDA karena kuorum tidak tercapai.")

    @OptionGroup var options: MeetingOptions

    func run() throws {
        do {
            let file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat penundaan")
            let state = try file.replay()
            guard let text = PostponementReport.text(state, finalDigest: file.finalDigest) else {
                throw fail("\(options.file): rapat ini tidak ditunda; berita acara penundaan hanya untuk rapat yang DITUNDA.")
            }
            print(text, terminator: "")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail(describe(error))
        }
    }
}
