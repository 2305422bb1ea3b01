import Foundation
import RapatCore
import RapatText
import TerminalUI

/// The present / absent list: counts per status, the filters, a search line and the members (issue 13 item 5).
enum PresenceScreen {
    /// Lines above and below the list inside the frame: counts, filters, search, two for a message, the column
    /// heads, and the position line.
    static let fixedLines = 7

    /// How many member rows the list shows at this terminal size (the same layout `DeskScreen.render` picks).
    static func listRows(width: Int = 80, height: Int) -> Int {
        let full = width >= DeskScreen.fullSize.width && height >= DeskScreen.fullSize.height
        let body = full ? height - 2 : height - 3
        return max(1, body - 2 - fixedLines)
    }

    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("keys.screen.presence"))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        guard width > 0, inner.height > 0 else { return }
        let meeting = state.meeting
        let view = state.presence
        var y = inner.y

        buffer.put(countsLine(meeting.presenceCounts, total: meeting.roster.count, width: width), x: x, y: y, style: .bold,
                   maxWidth: width)
        y += 1
        let unit = view.unitFilter.flatMap { $0 < meeting.roster.units.count ? meeting.roster.units[$0] : nil } ?? tr("desk.presence.all")
        let filters = tr("desk.presence.filters", ["status": view.statusFilter?.label ?? tr("desk.presence.all"),
                                                   "unit": unit, "count": IndonesianFormat.integer(view.rows.count)])
        buffer.put(CellWidth.truncate(filters, to: width), x: x, y: y, style: Style(color: .cyan), maxWidth: width)
        y += 1
        let used = buffer.put(tr("desk.presence.search"), x: x, y: y, style: .bold, maxWidth: width)
        let room = max(1, width - used - 1)
        let shown = CellWidth.of(state.input) > room ? "…" + String(state.input.suffix(room - 1)) : state.input
        let typed = buffer.put(shown, x: x + used, y: y, maxWidth: room)
        if !state.showingHelp { buffer.cursor = (x + used + typed, y) }
        y += 1
        if let message = state.message {
            let lines = CellWidth.wrap(message.text, width)
            for (index, line) in lines.prefix(2).enumerated() {
                // A third line would push the list; the rest of a long message ends in "…".
                let text = index == 1 && lines.count > 2 ? CellWidth.truncate(line + " " + lines[2], to: width) : line
                buffer.put(text, x: x, y: y + index, style: DeskScreen.style(of: message), maxWidth: width)
            }
        } else {
            let hint = tr("desk.presence.hint")
            for (index, line) in CellWidth.wrap(hint, width).prefix(2).enumerated() {
                buffer.put(line, x: x, y: y + index, style: Style(color: .cyan), maxWidth: width)
            }
        }
        y += 2
        guard y < inner.maxY else { return }

        let table = Self.table(numberWidth: view.numberWidth)
        let tableRect = Rect(x: x, y: y, width: width, height: max(0, inner.maxY - y))
        let listHeight = max(0, tableRect.height - 2)
        let rows = view.rows
        let drawn = table.draw(count: rows.count, state: view.list, in: Rect(x: x, y: y, width: width, height: listHeight + 1),
                               on: &buffer) { index in
            let position = Int(rows[index])
            let member = meeting.roster.members[position]
            let status = meeting.presenceStatus(at: position)
            return ([member.number.rawValue, member.name, member.unit, status.label], style(of: status))
        }
        y += 1
        if rows.isEmpty {
            let empty = state.input.isEmpty ? tr("desk.presence.noneFiltered")
                : tr("desk.presence.noMatch", ["input": state.input])
            buffer.put(empty, x: x, y: y, maxWidth: width)
        }
        let listRect = Rect(x: x, y: y, width: width, height: listHeight)
        if !rows.isEmpty, inner.maxY - 1 > y {
            let last = min(rows.count, drawn.offset + listRect.height)
            var position = tr("desk.presence.position", ["first": IndonesianFormat.integer(drawn.offset + 1),
                                                         "last": IndonesianFormat.integer(last),
                                                         "count": IndonesianFormat.integer(rows.count)])
            // Whole hints only: what does not fit is left out (the help screen has them all).
            for hint in [tr("desk.presence.hint.move"), tr("desk.presence.hint.enter")]
            where CellWidth.of(position + hint) <= width {
                position += hint
            }
            buffer.put(CellWidth.truncate(position, to: width), x: x, y: inner.maxY - 1, style: Style(color: .cyan),
                       maxWidth: width)
        }
    }

    /// "Hadir 3 · Keluar ruangan 1 · …", shortened when the width is too small for the long words.
    static func countsLine(_ counts: PresenceCounts, total: Int, width: Int) -> String {
        let n = IndonesianFormat.integer
        let values = ["present": n(counts.present), "left": n(counts.left), "absent": n(counts.absent),
                      "notCounted": n(counts.notCounted), "total": n(total)]
        let long = tr("desk.presence.counts", values)
        if CellWidth.of(long) <= width { return long }
        return CellWidth.truncate(tr("desk.presence.countsShort", values), to: width)
    }

    static func style(of status: PresenceStatus) -> Style {
        switch status {
        case .present: Style(color: .green)
        case .left: Style(color: .yellow)
        case .notCounted: Style(color: .cyan)
        case .absent: .plain
        }
    }

    /// Number, name, unit (left out below 50 columns) and status; name and unit share what the others leave.
    static func table(numberWidth: Int) -> Table {
        Table([
            Table.Column(tr("desk.presence.column.number"), .fixed(numberWidth)),
            Table.Column(tr("desk.presence.column.name"), .fill(1)),
            Table.Column(tr("desk.presence.column.unit"), .fill(1), hiddenBelow: 50),
            Table.Column(tr("desk.presence.column.status"), .fixed(14)),
        ])
    }
}
