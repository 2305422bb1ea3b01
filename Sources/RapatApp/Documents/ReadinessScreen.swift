import Foundation
import RapatCore
import RapatText
import TerminalUI

/// "Siap berita acara?": each item of the berita acara, done (✓ with its value) or missing (✗ with the key that
/// fills it), then the identity fields as they will be printed and what to check; ↑↓ scroll, Enter opens the form.
enum ReadinessScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("documents.readiness.title"))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        var lines: [(text: String, style: Style)] = []
        let items = state.readinessItems
        let missing = items.filter { !$0.done }.count
        lines.append(missing == 0
            ? (tr("documents.readiness.complete"), Style(color: .green, bold: true))
            : (tr("documents.readiness.missing", ["n": missing]), Style(color: .red, bold: true)))
        for item in items {
            // "✗ Nomor badan hukum: Enter: isi …", wrapped under the field name, never cut.
            let text = item.field + ": " + (item.detail.isEmpty ? "—" : item.detail)
            for (index, part) in CellWidth.wrap(text, max(10, width - 2)).enumerated() {
                lines.append(((index == 0 ? (item.done ? "✓ " : "✗ ") : "  ") + part, item.done ? .plain : Style(color: .red)))
            }
        }
        let warnings = state.readinessWarnings
        if !warnings.isEmpty {
            lines.append(("", .plain))
            lines.append((tr("documents.readiness.check"), .bold))
            for warning in warnings {
                for (index, part) in CellWidth.wrap(warning, width - 2).enumerated() {
                    lines.append(((index == 0 ? "! " : "  ") + part, Style(color: .yellow)))
                }
            }
        }
        let details = state.documentDetailLines
        if !details.isEmpty {
            lines.append(("", .plain))
            lines.append((tr("documents.readiness.details"), .bold))
            for (label, value) in details {
                let head = "  " + label + ": "
                for (index, part) in CellWidth.wrap(value.isEmpty ? "—" : value, max(10, width - CellWidth.of(head))).enumerated() {
                    lines.append(((index == 0 ? head : String(repeating: " ", count: CellWidth.of(head))) + part, .plain))
                }
            }
        }
        var y = inner.y
        // The confirmation or the last message stays in sight at the top (closing the meeting asks from here).
        if let message = state.message {
            // A question is shown whole; other messages take three lines at most above the list.
            let limit: Int = if case .confirm = state.mode { 8 } else { 3 }
            for part in CellWidth.wrap(message.text, width).prefix(limit) where y < inner.maxY {
                buffer.put(part, x: x, y: y, style: DeskScreen.style(of: message), maxWidth: width)
                y += 1
            }
        }
        for line in lines.dropFirst(min(state.readinessScroll, max(0, lines.count - 1))) where y < inner.maxY {
            buffer.put(line.text, x: x, y: y, style: line.style, maxWidth: width)
            y += 1
        }
    }
}
