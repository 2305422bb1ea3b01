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
        let statistics = state.attendanceStatistics()
        printReport(json ? StatisticsReport.json(statistics) : StatisticsReport.text(statistics, profile: state.opening?.profile))
    }
}
