import RapatText
import TerminalUI

/// The help screen, generated from `KeyMap.desk` so it can never disagree with the keys.
enum HelpScreen {
    /// The lines for `screen`: its bindings (and the global ones), then notes for that screen.
    static func lines(for screen: AppScreen, readOnly: Bool = false) -> [(keys: String, text: String)] {
        // The review mode (`rapat lihat`) lists the reading keys only.
        let bindings = KeyMap.effective(on: screen).filter { !(readOnly && DeskIntent.writing.contains($0.intent)) }
        var lines: [(String, String)] = bindings.map { binding in
            // Upper/lower case of a letter are one key to the user; a letter bound in one case only is shown as
            // it is (on the document screen n and N are two keys).
            var keys: [String] = []
            let bothCases = Set(binding.keys.map { $0.label.lowercased() }).count < binding.keys.count
            for key in binding.keys where !keys.contains(where: { $0.lowercased() == key.label.lowercased() }) {
                if case .character = key, !bothCases { keys.append(key.label) } else { keys.append(key.label.uppercased()) }
            }
            return (keys.joined(separator: " / "), binding.help)
        }
        lines.append(("", ""))
        let notes = readOnly ? [
            tr("keys.helpScreen.note.readOnly"),
        ] : screen == .desk ? [
            tr("keys.helpScreen.note.scanner"),
            tr("keys.helpScreen.note.rescan"),
            tr("keys.helpScreen.note.durable"),
        ] : screen == .messages ? [
            tr("keys.helpScreen.note.messages"),
        ] : [
            tr("keys.helpScreen.note.form"),
        ]
        lines += notes.map { ("", $0) }
        return lines
    }

    /// The help as screen rows at `width` cells: keys in an 18-cell column, their text wrapped beside it; on a narrow
    /// screen the keys get a row of their own and the text the whole width.
    static func rows(for screen: AppScreen, readOnly: Bool = false, width: Int) -> [(keys: String, text: String)] {
        let keyColumn = 19
        let besideKeys = width - keyColumn >= 20
        var rows: [(String, String)] = []
        for (keys, text) in lines(for: screen, readOnly: readOnly) {
            if keys.isEmpty {
                let wrapped = Paragraph.wrap(text, width: width)
                rows += wrapped.isEmpty ? [("", "")] : wrapped.map { ("", $0) }
            } else if besideKeys {
                // Keys wider than their column ("F10 / CTRL-C / CTRL-Q") take the row above their text.
                let ownRow = CellWidth.of(keys) >= keyColumn
                if ownRow { rows.append((keys, "")) }
                for (index, part) in Paragraph.wrap(text, width: width - keyColumn).enumerated() {
                    rows.append((index == 0 && !ownRow ? keys : "", String(repeating: " ", count: keyColumn) + part))
                }
            } else {
                rows.append((keys, ""))
                rows += Paragraph.wrap(text, width: width - 2).map { ("", "  " + $0) }
            }
        }
        return rows
    }

    /// Draws from row `scroll`; the last row says how to scroll or leave.
    static func draw(for screen: AppScreen, readOnly: Bool = false, scroll: Int, in rect: Rect, on buffer: inout ScreenBuffer) {
        // Indonesian writes the screen's name in lower case within the sentence; English keeps it as titled.
        let name = UIText.language == .indonesian ? screen.title.lowercased() : screen.title
        buffer.frame(rect, title: tr("keys.helpScreen.title", ["screen": name]))
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        guard width > 0 else { return }
        let all = rows(for: screen, readOnly: readOnly, width: width)
        let rows = max(1, inner.height - 1)
        let first = max(0, min(scroll, all.count - rows))
        var y = inner.y
        for (keys, text) in all.dropFirst(first).prefix(rows) {
            buffer.put(text, x: x, y: y, maxWidth: width)
            if !keys.isEmpty { buffer.put(keys, x: x, y: y, style: .bold, maxWidth: width) }
            y += 1
        }
        let more = first + rows < all.count
        let footer = (more ? tr("keys.helpScreen.more") : "") + (first > 0 ? tr("keys.helpScreen.back") : "")
            + tr("keys.helpScreen.close")
        buffer.put(CellWidth.truncate(footer, to: width), x: x, y: inner.maxY - 1, style: Style(color: .cyan))
    }
}
