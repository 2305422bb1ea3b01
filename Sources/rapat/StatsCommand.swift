import ArgumentParser
import Foundation
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
        do {
            let file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat stats")
            let state = try file.replay()
            let statistics = state.attendanceStatistics()
            print(json ? StatisticsReport.json(statistics) : StatisticsReport.text(statistics, profile: state.opening?.profile),
                  terminator: "")
        } catch {
            throw fail(describe(error))
        }
    }
}
