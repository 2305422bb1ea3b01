import Foundation
import RapatCore
import RapatText
import RapatDocuments
import RapatText
import TerminalUI

/// "Berapa SHU saya?": a member's bases and shares under the allocation in force, with the amount in words.
enum ShuScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("shu.title"))
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
            line(tr("shu.noLedger"), style: Style(color: .yellow, bold: true))
            line(tr("shu.noLedgerHow"))
            return
        }
        guard let (allocation, approved) = ShuReport.allocation(meeting) else {
            line(tr("shu.notProposed"), style: Style(color: .yellow, bold: true))
            return
        }
        line(approved ? tr("shu.approved", ["n": meeting.shuApproval?.decision ?? 0]) : tr("shu.proposed"),
             style: Style(color: approved ? .green : .yellow, bold: true))
        y += InputLine.draw(state, prompt: tr("shu.prompt"), x: x, y: y, width: width, maxRows: 1, on: &buffer)
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
            line(tr("shu.typeMember"))
            return
        }
        line("\(member.name) (\(member.number)) — \(member.unit)", style: .bold)
        guard !allocation.hasDistribution || state.shuCache?.allocation == allocation else {
            line(tr("shu.recompute"))
            return
        }
        guard allocation.hasDistribution else {
            line(tr("shu.noDistribution", ["amount": allocation.surplus.formatted]))
            return
        }
        guard let cache = state.shuCache, let row = cache.rows[number] else {
            line(tr("shu.notInLedger"))
            return
        }
        let share = cache.distribution.shares[row]
        let d = cache.distribution
        line(tr("shu.savings", ["types": meeting.rules.shu.savingsTypes.joined(separator: " + "), "amount": share.savings.formatted]))
        line(tr("shu.transactions", ["amount": share.transactions.formatted]))
        line(tr("shu.capital", ["pool": allocation.pool(.capitalServices).formatted, "own": share.savings.formatted,
                                "all": d.totalSavings.formatted, "share": share.capital.formatted]))
        line(tr("shu.business", ["pool": allocation.pool(.businessServices).formatted, "own": share.transactions.formatted,
                                 "all": d.totalTransactions.formatted, "share": share.business.formatted]))
        line(tr("shu.share", ["amount": share.total.formatted]), style: Style(color: .green, bold: true))
        line("(\(share.total.inWords))")
        line(tr("shu.payment", ["payment": meeting.rules.shu.payment.uiLabel, "unit": meeting.rules.shu.roundingUnit.formatted]))
    }
}
