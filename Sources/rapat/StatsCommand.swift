import ArgumentParser
import Foundation
import RapatDocuments
import RapatApp
import RapatCore
import RapatStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Statistik kehadiran: terdaftar, hadir, %, per L/P, per unit, kedatangan, terlambat, yang keluar.")

    @OptionGroup var options: MeetingOptions
    @Flag(help: "Keluaran JSON.") var json = false

    func run() throws {
        let state = try options.openForReading(purpose: "rapat stats").1.state
        // The JSON is the bytes of `rapat docs`' statistik.json (docs/data-dokumen.md).
        printReport(json ? DataExports.statisticsJSON(state)
            : StatisticsReport.text(state.attendanceStatistics(), profile: state.opening?.profile))
    }
}
