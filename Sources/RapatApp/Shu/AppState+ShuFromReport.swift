import RapatCore
import RapatText

/// The SHU proposal starts from the figure the pengurus report recorded, so it is not retyped (and mistyped).
extension AppState {
    /// The SHU of the latest pengurus report that stated one, with where it came from.
    var reportedSurplus: (amount: Rupiah, source: String)? {
        guard let report = meeting.reports.last(where: { $0.kind == .board && $0.figures.values[.surplus] != nil }),
              let amount = report.figures.values[.surplus] else { return nil }
        let item = meeting.agenda.items.indices.contains(report.agendaIndex)
            ? tr("shu.source.item", ["n": report.agendaIndex + 1]) : ""
        return (amount, tr("shu.source.report", ["item": item, "time": UIFormat.time(report.at, zone: zone)]))
    }

    mutating func startShuProposal() {
        guard let (amount, source) = reportedSurplus else {
            startForm(.shuProposal(), tr("shu.propose.start"))
            return
        }
        startForm(.shuProposal(reported: amount),
                  tr("shu.propose.fromReport", ["amount": amount.formatted, "source": source]))
    }
}
