import RapatCore

/// The SHU proposal starts from the figure the pengurus report recorded, so it is not retyped (and mistyped).
extension AppState {
    /// The SHU of the latest pengurus report that stated one, with where it came from.
    var reportedSurplus: (amount: Rupiah, source: String)? {
        guard let report = meeting.reports.last(where: { $0.kind == .board && $0.figures.values[.surplus] != nil }),
              let amount = report.figures.values[.surplus] else { return nil }
        let item = meeting.agenda.items.indices.contains(report.agendaIndex)
            ? "acara \(report.agendaIndex + 1), " : ""
        return (amount, "laporan pertanggungjawaban pengurus (\(item)\(IndonesianFormat.time(report.at, zone: zone)))")
    }

    mutating func startShuProposal() {
        guard let (amount, source) = reportedSurplus else {
            startForm(.shuProposal(), "SHU tahun buku setelah pajak, mis. Rp150.000.000,00; rugi ditulis negatif.")
            return
        }
        startForm(.shuProposal(reported: amount),
                  "SHU \(amount.formatted) diambil dari \(source). Enter = pakai angka ini; atau hapus (Ctrl-U) "
                      + "dan ketik angka lain, rugi ditulis negatif.")
    }
}
