import Foundation
import RapatCore
import RapatText
import TerminalUI

/// Every numbered decision with its method and, for votes, the counts (issue 4 item 7); ↑↓ scroll.
enum DecisionsScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("agenda.decisions.title"))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        var y = inner.y
        let meeting = state.meeting
        guard !meeting.decisions.isEmpty else {
            buffer.put(tr("agenda.decisions.none"), x: x, y: y, maxWidth: width)
            return
        }
        for decision in meeting.decisions.dropFirst(state.decisionsScroll) where y < inner.maxY {
            let clock = IndonesianFormat.clock(decision.at, zone: meeting.timeZone)
            let head = tr("agenda.decisions.head", ["n": decision.number, "clock": clock, "method": decision.method.uiLabel,
                                                   "outcome": decision.outcome.uiLabel.uppercased()])
            // Wrapped, not truncated: the outcome at the end of the line is what the row is for.
            for part in CellWidth.wrap(head, width) where y < inner.maxY {
                buffer.put(part, x: x, y: y, style: Style(color: decision.outcome == .rejected ? .red : .green, bold: true),
                           maxWidth: width)
                y += 1
            }
            var lines = CellWidth.wrap(decision.text, width - 2)
            if let round = decision.voteRound,
               let result = meeting.closedVotes.first(where: { $0.result.round == round })?.result {
                if case .motion = result.subject {
                    lines += CellWidth.wrap(tr("agenda.decisions.counts", ["yes": result.yes, "no": result.no, "abstain": result.abstain,
                                                                           "invalid": result.invalid, "notVoting": result.notVoting,
                                                                           "rule": result.ruleText]), width - 2)
                } else {
                    lines += CellWidth.wrap(tr("agenda.decisions.candidateVotes") + result.candidateVotes.map(String.init).joined(separator: " / "),
                                            width - 2)
                }
            }
            lines += CellWidth.wrap(tr("agenda.decisions.present", ["n": decision.present]) + (decision.notes.isEmpty ? ""
                : tr("agenda.decisions.notes") + decision.notes.joined(separator: "; ")), width - 2)
            for text in lines where y < inner.maxY {
                buffer.put("  " + text, x: x, y: y, maxWidth: width)
                y += 1
            }
        }
    }
}
