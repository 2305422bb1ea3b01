import Foundation
import RapatText
import TerminalUI

/// The notulen and vote record as scrollable text, wrapped to the screen, with a search (issue 13 item 4).
public enum DocumentScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: tr("documents.title"))
        let inner = rect.inset(1)
        // No margin inside the frame: the txt documents are 78 columns wide, so at 80 columns nothing re-wraps.
        let x = inner.x, width = inner.width
        guard width > 0, inner.height > 0 else { return }
        let view = state.documentView
        var y = inner.y
        if view.searching {
            y += InputLine.draw(state, prompt: tr("documents.search.prompt"), x: x, y: y, width: width, maxRows: 1, on: &buffer)
            if state.showingHelp { buffer.cursor = nil }
        } else {
            let used = buffer.put(tr("documents.search.prompt"), x: x, y: y, style: .bold, maxWidth: width)
            let hint = view.term.isEmpty ? tr("documents.search.hint")
                : tr("documents.search.termHint", ["term": view.term])
            buffer.put(hint, x: x + used, y: y, style: Style(color: .cyan), maxWidth: width - used)
            y += 1
        }
        if let message = state.message, y < inner.maxY {
            y += MessageArea.draw(message, x: x, y: y, width: width, rows: min(4, inner.maxY - y), on: &buffer)
        }
        if state.documentLines.isEmpty, y < inner.maxY {
            buffer.put(tr("documents.empty"), x: x, y: y, maxWidth: width)
            return
        }
        var index = view.top
        while y < inner.maxY, index < state.documentLines.count {
            let line = state.documentLines[index]
            let style: Style = index == view.match ? Style(bold: true, reverse: true)
                : state.contains(line, view.term) ? Style(color: .yellow, bold: true) : .plain
            for row in wrap(line, width: width) where y < inner.maxY {
                // The current match is a bar across the width, easy to find on a full screen.
                buffer.put(index == view.match ? CellWidth.pad(row, to: width) : row, x: x, y: y, style: style, maxWidth: width)
                y += 1
            }
            index += 1
        }
    }

    /// `line` in rows of at most `width` cells: broken at spaces, continuation rows indented like the line,
    /// a word longer than a row broken inside it; nothing is left out.
    public static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        guard CellWidth.of(line) > width else { return [line] }
        // A rule under a heading ("-----", "=====") is decoration: it shrinks to the width instead of wrapping.
        if let first = line.first, first == "-" || first == "=", line.allSatisfy({ $0 == first }) {
            return [String(repeating: first, count: width)]
        }
        let indentText = String(line.prefix { $0 == " " })
        // Deep indentation would leave no room: continuation rows keep at most half the width.
        let indent = String(indentText.prefix(width / 2))
        var rows: [String] = []
        var current = indentText
        var currentWidth = CellWidth.of(current)
        let rowStart = { (rows: [String]) in rows.isEmpty ? indentText : indent }
        for word in line.dropFirst(indentText.count).split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            let wordWidth = CellWidth.of(String(word))
            let separator = currentWidth > CellWidth.of(rowStart(rows)) ? 1 : 0
            if currentWidth + separator + wordWidth <= width {
                if separator == 1 { current += " " }
                current += word
                currentWidth += separator + wordWidth
                continue
            }
            if currentWidth > CellWidth.of(rowStart(rows)) {
                rows.append(current)
                current = indent
                currentWidth = CellWidth.of(indent)
            }
            // A word wider than a row is cut into rows.
            while currentWidth + CellWidth.of(String(word)) > width {
                var piece = "", pieceWidth = 0
                while let ch = word.first, currentWidth + pieceWidth + CellWidth.of(ch) <= width {
                    piece.append(ch)
                    pieceWidth += CellWidth.of(ch)
                    word = word.dropFirst()
                }
                if piece.isEmpty, let ch = word.first { piece.append(ch); word = word.dropFirst() }  // a wide character in one cell
                rows.append(current + piece)
                current = indent
                currentWidth = CellWidth.of(indent)
            }
            current += word
            currentWidth += CellWidth.of(String(word))
        }
        if currentWidth > CellWidth.of(rowStart(rows)) || rows.isEmpty { rows.append(current) }
        return rows
    }
}
