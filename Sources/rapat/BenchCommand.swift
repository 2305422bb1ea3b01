import ArgumentParser
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Tolok ukur: check-in tahan-crash vs fsync, pencarian nama, mulai dingin, replay, memori.",
        discussion: "Jalankan build rilis: swift run -c release rapat bench --output BENCHMARKS.md")

    @Option(help: "Tulis tabel hasil (Markdown) ke berkas ini.") var output: String?
    @Option(help: "Jumlah check-in yang diukur.") var checkIns: Int = 400

    func run() throws {
        let report = try Benchmarks(checkIns: checkIns).run()
        print(report)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(report.utf8)) else {
                throw fail("\(output): tidak bisa ditulis.")
            }
        }
    }
}
