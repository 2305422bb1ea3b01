import Foundation
import RapatCore
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
        buffer.frame(rect, title: "Daftar hadir dan belum hadir")
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        guard width > 0, inner.height > 0 else { return }
        let meeting = state.meeting
        let view = state.presence
        var y = inner.y

        buffer.put(countsLine(meeting.presenceCounts, total: meeting.roster.count, width: width), x: x, y: y, style: .bold,
                   maxWidth: width)
        y += 1
        let unit = view.unitFilter.flatMap { $0 < meeting.roster.units.count ? meeting.roster.units[$0] : nil } ?? "semua"
        let filters = "Status: \(view.statusFilter?.label ?? "semua") (F2) · Unit: \(unit) (F3) · tampil "
            + IndonesianFormat.integer(view.rows.count)
        buffer.put(CellWidth.truncate(filters, to: width), x: x, y: y, style: Style(color: .cyan), maxWidth: width)
        y += 1
        let used = buffer.put("Cari nomor/nama: ", x: x, y: y, style: .bold, maxWidth: width)
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
            let hint = "Ketik nomor atau nama untuk mencari. Enter pada anggota yang belum hadir mencatat hadirnya."
            for (index, line) in CellWidth.wrap(hint, width).prefix(2).enumerated() {
                buffer.put(line, x: x, y: y + index, style: Style(color: .cyan), maxWidth: width)
            }
        }
        y += 2
        guard y < inner.maxY else { return }

        let columns = Columns(width: width, number: view.numberWidth)
        buffer.put(columns.row(number: "Nomor", name: "Nama", unit: "Unit", status: "Status"), x: x, y: y, style: .bold,
                   maxWidth: width)
        y += 1
        let listRect = Rect(x: x, y: y, width: width, height: max(0, inner.maxY - 1 - y))
        let rows = view.rows
        if rows.isEmpty {
            let empty = state.input.isEmpty ? "Tidak ada anggota dengan status dan unit ini."
                : "Tidak ada yang cocok dengan \"\(state.input)\"."
            buffer.put(empty, x: x, y: y, maxWidth: width)
        }
        let drawn = ListView.draw(count: rows.count, state: view.list, in: listRect, on: &buffer) { index, _ in
            let position = Int(rows[index])
            let member = meeting.roster.members[position]
            let status = meeting.presenceStatus(at: position)
            return (columns.row(number: member.number.rawValue, name: member.name, unit: member.unit, status: status.label),
                    style(of: status))
        }
        if !rows.isEmpty, inner.maxY - 1 > y {
            let last = min(rows.count, drawn.offset + listRect.height)
            var position = "\(IndonesianFormat.integer(drawn.offset + 1))–\(IndonesianFormat.integer(last)) dari "
                + IndonesianFormat.integer(rows.count)
            // Whole hints only: what does not fit is left out (the help screen has them all).
            for hint in [" · ↑↓ PgUp PgDn pilih", " · Enter: catat hadir bila belum"]
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
        let long = "Hadir \(n(counts.present)) · Keluar ruangan \(n(counts.left)) · Belum hadir \(n(counts.absent)) · "
            + "Tidak dihitung \(n(counts.notCounted)) · Semua \(n(total))"
        if CellWidth.of(long) <= width { return long }
        return CellWidth.truncate("Hadir \(n(counts.present)) · Keluar \(n(counts.left)) · Belum \(n(counts.absent)) · "
            + "Tdk dihitung \(n(counts.notCounted)) · Semua \(n(total))", to: width)
    }

    static func style(of status: PresenceStatus) -> Style {
        switch status {
        case .present: Style(color: .green)
        case .left: Style(color: .yellow)
        case .notCounted: Style(color: .cyan)
        case .absent: .plain
        }
    }

    /// Column widths: number, name, unit (dropped when narrow), status.
    struct Columns {
        var number: Int, name: Int, unit: Int, status = 14

        init(width: Int, number: Int) {
            self.number = number
            let rest = max(0, width - number - status - 3)
            unit = width >= 50 ? rest / 2 : 0
            name = rest - unit
        }

        func row(number: String, name: String, unit: String, status: String) -> String {
            var text = CellWidth.pad(number, to: self.number) + " " + CellWidth.pad(name, to: self.name) + " "
            if self.unit > 0 { text += CellWidth.pad(unit, to: self.unit) + " " }
            return text + status
        }
    }
}
