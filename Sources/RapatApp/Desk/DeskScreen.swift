import Foundation
import RapatCore
import RapatText
import TerminalUI

/// Renders the attendance desk (or the help screen) into a buffer of any size.
public enum DeskScreen {
    /// Below this the two-column layout does not fit and a compact one is used.
    static let fullSize = (width: 80, height: 24)
    static let minimum = (width: 24, height: 6)

    public static func render(_ state: AppState, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard width >= minimum.width, height >= minimum.height else {
            buffer.put(tr("desk.tooSmall"), x: 0, y: 0, style: .bold)
            buffer.put(tr("desk.tooSmall.size", ["width": width, "height": height]), x: 0, y: 1)
            buffer.put(tr("desk.tooSmall.minimum"), x: 0, y: 2)
            return buffer
        }
        header(state, &buffer)
        let bar: [(key: String, label: String)] = if case .confirm = state.mode { KeyMap.confirmBar }
            else if state.isTyping && state.screen == .agenda { editingBar(state) }
            else { KeyMap.bar(for: state.screen, showing: state.isRelevantOnBar) }
        helpBar(bar, &buffer)
        if state.showingHelp {
            HelpScreen.draw(for: state.screen, readOnly: state.readOnly, scroll: state.helpScroll, in: Rect(x: 0, y: 1, width: width, height: height - 2), on: &buffer)
            return buffer
        }
        // A question that records on Enter is asked in a dialog over the screen, which then shows no message under it.
        let question = confirmation(state)
        var state = state
        if question != nil { state.hideMessageForDialog() }
        if width >= fullSize.width, height >= fullSize.height {
            // The notulen and the member list need the whole width; the list has its own counts.
            let panelWidth = [.document, .presence].contains(state.screen) ? 0
                : QuorumPanel.width(screenWidth: width, units: state.meeting.roster.units)
            let body = Rect(x: 0, y: 1, width: width - panelWidth, height: height - 2)
            drawScreen(state, in: body, on: &buffer)
            if panelWidth > 0 {
                QuorumPanel.draw(state, in: Rect(x: width - panelWidth, y: 1, width: panelWidth, height: height - 2), on: &buffer)
            }
        } else {
            compactQuorumLine(state, y: 1, on: &buffer)
            let body = Rect(x: 0, y: 2, width: width, height: height - 3)
            drawScreen(state, in: body, on: &buffer, framed: false)
        }
        if let question { confirmDialog(question, width: width, height: height, on: &buffer) }
        return buffer
    }

    /// The current screen's body; the desk is framed except in the compact layout.
    private static func drawScreen(_ state: AppState, in body: Rect, on buffer: inout ScreenBuffer, framed: Bool = true) {
        switch state.screen {
        case .agenda: AgendaScreen.draw(state, in: body, on: &buffer)
        case .decisions: DecisionsScreen.draw(state, in: body, on: &buffer)
        case .shu: ShuScreen.draw(state, in: body, on: &buffer)
        case .document: DocumentScreen.draw(state, in: body, on: &buffer)
        case .readiness: ReadinessScreen.draw(state, in: body, on: &buffer)
        case .messages: MessagesScreen.draw(state, in: body, on: &buffer)
        case .presence: PresenceScreen.draw(state, in: body, on: &buffer)
        case .desk: desk(state, in: body, on: &buffer, framed: framed)
        }
    }

    /// The question of a confirmation to show as a dialog; nil when there is none, or on the checklist, which the
    /// chair reads while deciding to close (the question is then the message under it).
    static func confirmation(_ state: AppState) -> String? {
        guard case let .confirm(question) = state.mode, state.screen != .readiness, !state.showingHelp else { return nil }
        return question
    }

    private static func confirmDialog(_ question: String, width: Int, height: Int, on buffer: inout ScreenBuffer) {
        let area = Rect(x: 1, y: 2, width: max(0, width - 2), height: max(0, height - 4))
        Dialog(title: tr("desk.dialog.confirm"), body: question, keys: KeyMap.confirmBar).draw(in: area, on: &buffer)
    }

    /// The editing bar, offering ↑ only where there is an earlier field to go back to (not on a prompt, not on the
    /// first field, not in the one-line roll-call).
    static func editingBar(_ state: AppState) -> [(key: String, label: String)] {
        let canGoBack = if case let .form(form) = state.mode { form.current > 0 } else { false }
        return canGoBack ? KeyMap.editingBar : KeyMap.editingBar.filter { $0.key != "↑" }
    }

    private static func header(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let bar = Style(color: .statusBar, reverse: false)
        buffer.fill(Rect(x: 0, y: 0, width: buffer.width, height: 1), style: bar)
        let profile = state.meeting.opening?.profile ?? state.settingsProfile
        let clock = UIFormat.longDate(state.now, zone: state.zone) + " "
            + IndonesianFormat.clock(state.now, zone: state.zone) + " " + state.zone.rawValue
        let clockWidth = CellWidth.of(clock)
        let title = (state.readOnly ? tr("desk.header.review") : tr("desk.header.live")) + (state.deskLabel.isEmpty ? "" : " · " + state.deskLabel)
            + " · \(profile.name) · \(profile.meetingTitle)"
        if buffer.width > clockWidth + 20 {
            buffer.put(clock + " ", x: buffer.width - clockWidth - 1, y: 0, style: bar)
            buffer.put(CellWidth.truncate(title, to: buffer.width - clockWidth - 2), x: 0, y: 0, style: Style(color: .statusBar, bold: true))
        } else {
            buffer.put(title, x: 0, y: 0, style: Style(color: .statusBar, bold: true))
        }
    }

    private static func helpBar(_ items: [(key: String, label: String)], _ buffer: inout ScreenBuffer) {
        let y = buffer.height - 1
        var items = items
        // The way out is always visible: the last item (quit) is drawn at the right edge first, leaving the
        // bottom-right cell empty (the terminal layer never writes it: it would scroll some terminals).
        var right = buffer.width
        if let quit = items.popLast() {
            let width = CellWidth.of(quit.key) + 1 + CellWidth.of(quit.label)
            if width < buffer.width {
                right = buffer.width - width - 1
                let used = buffer.put(quit.key, x: right, y: y, style: Style(reverse: true))
                buffer.put(" " + quit.label, x: right + used, y: y)
            }
        }
        // Help comes next, so every other key stays discoverable however narrow the bar.
        if let help = items.last, help.key == "F1" {
            let width = CellWidth.of(help.key) + 1 + CellWidth.of(help.label) + 2
            if width < right {
                items.removeLast()
                right -= width
                let used = buffer.put(help.key, x: right, y: y, style: Style(reverse: true))
                buffer.put(" " + help.label, x: right + used, y: y)
            }
        }
        var x = 0
        for (key, label) in items {
            let item = " \(label)  "
            guard x + CellWidth.of(key) + CellWidth.of(item) - 2 <= right else { break }
            x += buffer.put(key, x: x, y: y, style: Style(reverse: true))
            // The two spaces after an item are left blank, not written: they may reach the help key drawn at `right`.
            x += buffer.put(" \(label)", x: x, y: y) + 2
        }
    }

    private static func compactQuorumLine(_ state: AppState, y: Int, on buffer: inout ScreenBuffer) {
        let q = state.meeting.quorum
        let text = "N \(q.registered) · H \(q.present) · Q \(q.required) "
        let used = buffer.put(text, x: 0, y: y, style: .bold)
        buffer.put(q.isMet ? tr("desk.quorum.met") : tr("desk.quorum.notMet"), x: used, y: y,
                   style: Style(color: q.isMet ? .green : .red, bold: true, reverse: true))
    }

    private static func desk(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer, framed: Bool = true) {
        if framed { buffer.frame(rect, title: tr("keys.screen.desk")) }
        let inner = framed ? rect.inset(1) : rect
        let x = inner.x + (framed ? 1 : 0), width = inner.width - (framed ? 2 : 0)
        var y = inner.y
        guard state.registrationOpen || !state.meeting.roster.members.isEmpty else {
            buffer.put(tr("desk.rosterMissing"), x: x, y: y, maxWidth: width)
            buffer.put("rapat roster import anggota.csv", x: x, y: y + 1, style: .bold, maxWidth: width)
            return
        }
        if !state.registrationOpen {
            let source = state.meeting.rosterSource
            let lines = CellWidth.wrap(tr("desk.notOpen", [
                "count": state.meeting.roster.count,
                "source": source.isEmpty ? "." : tr("desk.notOpen.source", ["source": source]),
            ]), width)
            for line in lines where y < inner.maxY {
                buffer.put(line, x: x, y: y, style: Style(color: .yellow))
                y += 1
            }
            y += 1
            if let message = state.message {
                MessageArea.draw(message, x: x, y: y, width: width, rows: inner.maxY - y, on: &buffer)
            }
            return
        }
        // Input line
        let prompt = state.mode.prompt ?? tr("shell.prompt.search")
        y += InputLine.draw(state, prompt: prompt, x: x, y: y, width: width,
                            maxRows: InputLine.maxRows(forHeight: inner.height), on: &buffer)
        if let message = state.message {
            // The message takes the rows it needs; the list below keeps its heading and two rows when it can.
            let rows = max(min(3, inner.maxY - y), inner.maxY - y - 3)
            y += MessageArea.draw(message, x: x, y: y, width: width, rows: rows, on: &buffer)
        } else {
            y += 1
        }
        guard y < inner.maxY else { return }
        y += framed ? 0 : 0
        if !state.input.isEmpty, state.mode == .search {
            results(state, x: x, y: y, width: width, maxY: inner.maxY, &buffer)
        } else {
            y += bigName(state, x: x, y: y, width: width, maxY: inner.maxY, on: &buffer)
            buffer.put(tr("desk.recent"), x: x, y: y, style: .bold, maxWidth: width)
            y += 1
            if state.log.isEmpty, y < inner.maxY {
                Paragraph(tr("desk.recent.empty"))
                    .render(in: Rect(x: x, y: y, width: width, height: inner.maxY - y), on: &buffer)
            }
            for entry in state.log where y < inner.maxY {
                buffer.put("\(entry.time) \(entry.symbol) \(entry.text)", x: x, y: y, maxWidth: width)
                y += 1
            }
        }
    }

    private static func results(_ state: AppState, x: Int, y: Int, width: Int, maxY: Int, _ buffer: inout ScreenBuffer) {
        var y = y
        let total = state.results.total
        let count = state.results.isComplete ? IndonesianFormat.integer(total) : tr("desk.results.moreThan", ["count": IndonesianFormat.integer(total)])
        buffer.put(total == 0 ? tr("desk.results.none") : tr("desk.results.count", ["count": count]),
                   x: x, y: y, style: .bold, maxWidth: width)
        y += 1
        let rows = maxY - y
        guard rows > 0 else { return }
        let first = max(0, min(state.searchSelection.row - rows + 1, state.results.positions.count - rows))
        for (offset, position) in state.results.positions.dropFirst(first).prefix(rows).enumerated() {
            let member = state.meeting.roster.members[position]
            let index = first + offset
            var mark = " "
            if let record = state.meeting.attendance.record(at: position) { mark = record.isPresent ? "✔" : "←" }
            let text = "\(mark) \(CellWidth.pad(member.number.rawValue, to: 9)) \(member.name) — \(member.unit)"
            let style: Style = index == state.searchSelection.row ? .selected : (member.status == .regular ? .plain : Style(color: .yellow))
            buffer.put(CellWidth.pad(text, to: width), x: x, y: y, style: style)
            y += 1
        }
    }

    static func style(of message: DeskMessage) -> Style {
        switch message.kind {
        case .success: Style(color: .green, bold: true)
        case .info: .plain
        case .warning: Style(color: .yellow, bold: true)
        case .error: Style(color: .red, bold: true)
        }
    }
}
