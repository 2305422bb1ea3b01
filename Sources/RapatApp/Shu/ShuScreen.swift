import Foundation
import RapatCore
import RapatDocuments
import TerminalUI

/// "Berapa SHU saya?": a member's bases and shares under the allocation in force, with the amount in words.
enum ShuScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: "SHU anggota")
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        var y = inner.y
        func line(_ text: String, style: Style = .plain) {
            for part in CellWidth.wrap(text, width) where y < inner.maxY {
                buffer.put(part, x: x, y: y, style: style, maxWidth: width)
                y += 1
            }
        }
        let meeting = state.meeting
        guard state.shuLedger != nil else {
            line("Buku simpanan dan transaksi belum diimpor:", style: Style(color: .yellow, bold: true))
            line("rapat shu import simpanan.csv (sebelum rapat dibuka di layar ini).")
            return
        }
        guard let (allocation, approved) = ShuReport.allocation(meeting) else {
            line("Pembagian SHU belum diusulkan: B pada layar acara.", style: Style(color: .yellow, bold: true))
            return
        }
        line(approved ? "Pembagian SHU disahkan (keputusan nomor \(meeting.shuApproval?.decision ?? 0))."
                      : "USULAN pembagian SHU — belum disahkan rapat.",
             style: Style(color: approved ? .green : .yellow, bold: true))
        y += InputLine.draw(state, prompt: "Nomor / nama: ", x: x, y: y, width: width, maxRows: 1, on: &buffer)
        // A refused look-up ("tidak terdaftar") is said here, where it was typed.
        if let message = state.message, y < inner.maxY {
            y += MessageArea.draw(message, x: x, y: y, width: width, rows: min(4, inner.maxY - y), on: &buffer)
        }
        for (offset, position) in state.results.positions.prefix(4).enumerated() where y < inner.maxY {
            let member = meeting.roster.members[position]
            buffer.put("\(offset == state.searchSelection.row ? "▶" : " ") \(member.number) \(member.name)", x: x, y: y,
                       style: offset == state.searchSelection.row ? Style(reverse: true) : .plain, maxWidth: width)
            y += 1
        }
        y += 1
        guard let number = state.shuLookup, let member = meeting.roster.member(number) else {
            line("Ketik atau pindai nomor anggota, atau ketik nama, lalu Enter.")
            return
        }
        line("\(member.name) (\(member.number)) — \(member.unit)", style: .bold)
        guard !allocation.hasDistribution || state.shuCache?.allocation == allocation else {
            line("Tekan Enter lagi untuk menghitung ulang dengan pembagian terbaru.")
            return
        }
        guard allocation.hasDistribution else {
            line("SHU tahun buku \(allocation.surplus.formatted): tidak ada pembagian SHU.")
            return
        }
        guard let cache = state.shuCache, let row = cache.rows[number] else {
            line("Tidak tercatat di buku simpanan/transaksi: SHU Rp0,00.")
            return
        }
        let share = cache.distribution.shares[row]
        let d = cache.distribution
        line("Simpanan (\(meeting.rules.shu.savingsTypes.joined(separator: " + "))): \(share.savings.formatted)")
        line("Transaksi: \(share.transactions.formatted)")
        line("Jasa modal: \(allocation.pool(.capitalServices).formatted) × \(share.savings.formatted) / "
            + "\(d.totalSavings.formatted) = \(share.capital.formatted)")
        line("Jasa usaha: \(allocation.pool(.businessServices).formatted) × \(share.transactions.formatted) / "
            + "\(d.totalTransactions.formatted) = \(share.business.formatted)")
        line("SHU: \(share.total.formatted)", style: Style(color: .green, bold: true))
        line("(\(share.total.inWords))")
        line("Dibayarkan \(meeting.rules.shu.payment.label); dibulatkan ke bawah \(meeting.rules.shu.roundingUnit.formatted).")
    }
}
