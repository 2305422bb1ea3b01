import Foundation
import RapatCore
import RapatText
import TerminalUI

/// The Pesan screen: every message of the session with its time, newest last, wrapped; ↑↓ PgUp PgDn scroll.
///
/// Only the messages in view are wrapped (the log holds one message per check-in, thousands at a large RAT).
enum MessagesScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("keys.screen.messages"))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        guard inner.height >= 2, width >= 8 else { return }
        let log = state.messageLog
        let rows = inner.height - 1
        guard !log.isEmpty else {
            Paragraph(tr("messages.empty")).render(in: Rect(x: x, y: inner.y, width: width, height: rows), on: &buffer)
            footer(tr("messages.back"), x: x, y: inner.maxY - 1, width: width, &buffer)
            return
        }
        let window = visible(log, scroll: state.messageScroll, rows: rows, width: width - timeWidth, zone: state.zone)
        var y = inner.y
        for (index, lines) in window.messages {
            let entry = log[index]
            let style = DeskScreen.style(of: DeskMessage(entry.kind, entry.text))
            // The top message may show only its end: "…" instead of its time says it began above.
            let cut = window.firstCut && index == window.messages.first?.index
            for (offset, line) in lines.enumerated() where y < inner.y + rows {
                if offset == 0 {
                    buffer.put(cut ? "    …" : IndonesianFormat.clock(entry.at, zone: state.zone), x: x, y: y,
                               style: Style(color: .cyan))
                }
                buffer.put(line, x: x + timeWidth, y: y, style: style, maxWidth: width - timeWidth)
                y += 1
            }
        }
        let first = window.messages.first?.index ?? 0, last = window.messages.last?.index ?? 0
        let range = tr("messages.range", ["first": first + 1, "last": last + 1, "count": log.count])
        var moves: [String] = []
        if first > 0 || window.firstCut { moves.append(tr("messages.earlier")) }
        if last < log.count - 1 { moves.append(tr("messages.later")) }
        let long = ([range] + moves + [tr("messages.back")]).joined(separator: " · ")
        let short = [range, moves.isEmpty ? nil : "↑↓ PgUp PgDn", "Esc"].compactMap { $0 }.joined(separator: " · ")
        footer(CellWidth.of(long) <= width ? long : short, x: x, y: inner.maxY - 1, width: width, &buffer)
    }

    /// "08.35 " before each message.
    static let timeWidth = 6

    /// The messages in view and their lines: the one `scroll` messages above the newest at the bottom, earlier ones
    /// above it as far as they fit; at the top of the log the view fills downwards instead.
    static func visible(_ log: [LoggedMessage], scroll: Int, rows: Int, width: Int, zone: IndonesianTimeZone)
        -> (messages: [(index: Int, lines: [String])], firstCut: Bool) {
        let bottom = max(0, log.count - 1 - min(scroll, log.count - 1))
        var messages: [(index: Int, lines: [String])] = []
        var used = 0
        var index = bottom
        while index >= 0, used < rows {
            let lines = Paragraph.wrap(log[index].text, width: width)
            let shown = max(1, lines.count)
            if used + shown > rows {
                // The earliest message in view shows its end; a message taller than the view shows its start.
                if messages.isEmpty { return ([(index, Array(lines.prefix(rows)))], false) }
                messages.insert((index, Array(lines.suffix(rows - used))), at: 0)
                return (messages, true)
            }
            messages.insert((index, lines.isEmpty ? [""] : lines), at: 0)
            used += shown
            index -= 1
        }
        // Reached the oldest message with rows to spare: show later ones below.
        var next = bottom + 1
        while next < log.count, used < rows {
            let lines = Paragraph.wrap(log[next].text, width: width)
            messages.append((next, Array(lines.prefix(rows - used))))
            used += min(rows - used, max(1, lines.count))
            next += 1
        }
        return (messages, false)
    }

    private static func footer(_ text: String, x: Int, y: Int, width: Int, _ buffer: inout ScreenBuffer) {
        buffer.put(CellWidth.truncate(text, to: width), x: x, y: y, style: Style(color: .cyan))
    }
}
