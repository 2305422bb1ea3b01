import RapatCore
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
        buffer.frame(rect, title: frozen ? "Kuorum" : "Kuorum (pratinjau)")
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
        row("Terdaftar (N)", IndonesianFormat.integer(quorum.registered))
        row("Hadir kini (H)", IndonesianFormat.integer(quorum.present), style: .bold)
        row("Wajib hadir (Q)", IndonesianFormat.integer(quorum.required))
        line(quorum.rule.label + ":")
        line("  " + quorum.rule.formula(registered: quorum.registered))
        row("Selisih (H−Q)", IndonesianFormat.signed(quorum.margin),
            style: Style(color: quorum.isMet ? .green : .red, bold: true))
        if y < inner.maxY {
            let verdict = quorum.isMet ? "SAH" : (meeting.quorumLost ? "KUORUM HILANG" : "BELUM KUORUM")
            let style = Style(color: quorum.isMet ? .green : .red, bold: true, reverse: true)
            buffer.put(CellWidth.pad(centered(verdict, width), to: width), x: x, y: y, style: style)
            y += 1
        }
        if !frozen { line("Registrasi belum dibuka (F2)", style: Style(color: .yellow)) }
        y += 1
        let byGender = meeting.attendance.presentByGender
        line("Laki-laki \(byGender[.male] ?? 0) · Perempuan \(byGender[.female] ?? 0)")
        if meeting.attendance.presentNotCounting > 0 {
            let kinds = rules.registerCutoff == nil ? "luar biasa/calon" : "luar biasa/calon/peninjau"
            line("Tidak dihitung: \(meeting.attendance.presentNotCounting) (\(kinds))", style: Style(color: .yellow))
        }
        guard y + 1 < inner.maxY else { return }
        line("Per unit (hadir/terdaftar):", style: .bold)
        let units = unitRows(meeting, base: rules.quorumBase)
        let room = inner.maxY - y
        for (index, unit) in units.enumerated() {
            if index == room - 1, units.count > room {
                line("… dan \(units.count - index) unit lain")
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
