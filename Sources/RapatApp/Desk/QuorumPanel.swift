import RapatCore
import RapatText
import TerminalUI

/// The quorum panel: N, H, Q with the rule's formula, the margin, SAH / BELUM KUORUM, and counts by L/P and unit.
enum QuorumPanel {
    /// The panel's width with its frame: 34 below 120 columns; from 120 at least 44, and as wide as the longest unit
    /// name needs while the body keeps 76 columns (at most 64).
    static func width(screenWidth: Int, units: [String]) -> Int {
        guard screenWidth >= 120 else { return 34 }
        // Frame and margins 4, the leading space 1, the "hadir/terdaftar" column 8.
        let needed = (units.map(CellWidth.of).max() ?? 0) + 13
        return min(max(44, needed), max(44, min(64, screenWidth - 76)))
    }

    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        let meeting = state.meeting
        let frozen = meeting.opening != nil
        let rules = frozen ? meeting.rules : state.settingsRules
        let registered = meeting.opening?.registered ?? meeting.roster.registeredCount(rules.quorumBase)
        let quorum = QuorumStatus(registered: registered, present: meeting.attendance.presentCounting, rule: rules.quorumRule)
        buffer.frame(rect, title: frozen ? tr("desk.panel.title") : tr("desk.panel.titlePreview"))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        var y = inner.y
        func row(_ label: String, _ value: String, style: Style = .plain) {
            guard y < inner.maxY else { return }
            // The value is never cut ("1.204/12.022"); the label gets the rest of the row.
            let valueWidth = min(width, max(8, CellWidth.of(value) + 1))
            buffer.put(CellWidth.pad(label, to: width - valueWidth), x: x, y: y, maxWidth: width)
            buffer.put(CellWidth.pad(value, to: valueWidth, alignRight: true), x: x + width - valueWidth, y: y, style: style,
                       maxWidth: valueWidth)
            y += 1
        }
        func line(_ text: String, style: Style = .plain) {
            // Wrapped, not cut: "Tidak dihitung: 3 (luar biasa/calon/peninjau)" is wider than the 80-column panel.
            for part in Paragraph.wrap(text, width: width) where y < inner.maxY {
                buffer.put(part, x: x, y: y, style: style)
                y += 1
            }
        }
        row(tr("desk.panel.registered"), IndonesianFormat.integer(quorum.registered))
        row(tr("desk.panel.present"), IndonesianFormat.integer(quorum.present), style: .bold)
        row(tr("desk.panel.required"), IndonesianFormat.integer(quorum.required))
        line(DeskLabels.rule(quorum.rule) + ":")
        line("  " + quorum.rule.formula(registered: quorum.registered))
        row(tr("desk.panel.margin"), IndonesianFormat.signed(quorum.margin),
            style: Style(color: quorum.isMet ? .green : .red, bold: true))
        if y < inner.maxY {
            let verdict = quorum.isMet ? tr("desk.quorum.met") : tr(meeting.quorumLost ? "desk.quorum.lost" : "desk.quorum.notMet")
            let style = Style(color: quorum.isMet ? .green : .red, bold: true, reverse: true)
            buffer.put(CellWidth.pad(centered(verdict, width), to: width), x: x, y: y, style: style)
            y += 1
        }
        if !frozen { line(tr("desk.panel.notOpen"), style: Style(color: .yellow)) }
        y += 1
        let byGender = meeting.attendance.presentByGender
        line(tr("desk.panel.gender", ["male": byGender[.male] ?? 0, "female": byGender[.female] ?? 0]))
        if meeting.attendance.presentNotCounting > 0 {
            let kinds = tr(rules.registerCutoff == nil ? "desk.panel.kinds" : "desk.panel.kindsObservers")
            line(tr("desk.panel.notCounted", ["count": meeting.attendance.presentNotCounting, "kinds": kinds]), style: Style(color: .yellow))
        }
        guard y + 1 < inner.maxY else { return }
        line(tr("desk.panel.byUnit"), style: .bold)
        let units = unitRows(meeting, base: rules.quorumBase)
        let room = inner.maxY - y
        for (index, unit) in units.enumerated() {
            if index == room - 1, units.count > room {
                line(tr("desk.panel.moreUnits", ["count": units.count - index]))
                break
            }
            row(" " + unit.name, "\(unit.present)/\(unit.registered)")
        }
    }

    static func unitRows(_ meeting: MeetingState, base: QuorumBase) -> [(name: String, present: Int, registered: Int)] {
        let registered = meeting.roster.registered(base).byUnit
        return meeting.roster.units.compactMap { unit in
            registered[unit].map { (unit, meeting.attendance.presentByUnit[unit] ?? 0, $0) }
        }
    }

    static func centered(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, (width - CellWidth.of(text)) / 2)) + text
    }
}
