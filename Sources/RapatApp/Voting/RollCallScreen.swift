import Foundation
import RapatCore
import RapatText
import TerminalUI

/// The roll-call entry on the agenda screen: the running tally, one line per voter, who the line means and
/// whether they may vote (the core's answer), then the last votes recorded.
enum RollCallScreen {
    static func draw(_ form: EntryForm, _ state: AppState, x: Int, width: Int, y: inout Int, maxY: Int,
                     on buffer: inout ScreenBuffer) {
        // Lines under the entry are indented; the panel is about 40 cells wide beside the quorum panel at 80×24.
        func put(_ text: String, style: Style, limit: Int, indent: String = "") {
            for part in CellWidth.wrap(text, max(1, width - CellWidth.of(indent))).prefix(limit) where y < maxY {
                buffer.put(indent + part, x: x, y: y, style: style, maxWidth: width)
                y += 1
            }
        }
        // The header above already names the round and its method: the form's title would repeat it.
        if let tally = state.rollCallTally {
            let bold = Style(bold: true)
            put(tr("voting.tally.counts", ["yes": tally.yes, "no": tally.no, "abstain": tally.abstain]), style: bold, limit: 2)
            var rest = tr("voting.tally.notYet", ["n": tally.notYet, "total": tally.eligible])
            if tally.recordedApart > 0 { rest += tr("voting.tally.recordedApart", ["n": tally.recordedApart]) }
            put(rest, style: bold, limit: 2)
        }
        guard y < maxY else { return }
        y += InputLine.draw(state, prompt: form.currentField.label + ": ", promptStyle: Style(bold: true, reverse: true),
                            x: x, y: y, width: width, maxRows: 1, on: &buffer)
        let line = state.rollCallLine(state.input)
        if let status = state.rollCallStatus(line) {
            let color: Color = switch status.kind {
            case .success: .green
            case .error: .red
            case .warning, .info: .yellow
            }
            put(status.text, style: Style(color: color, bold: status.kind == .error), limit: 4, indent: "  ")
        } else {
            put(AppState.rollCallHint, style: Style(color: .cyan), limit: 4, indent: "  ")
        }
        // The last votes recorded, newest first, as many as fit.
        for vote in state.rollCallLastVotes(3) where y < maxY {
            let name = state.meeting.roster.member(vote.member)?.name ?? vote.member.rawValue
            buffer.put(CellWidth.truncate("✔ \(vote.member) \(name): \(vote.choice.uiLabel)", to: width), x: x, y: y)
            y += 1
        }
    }
}
