import Foundation
import TerminalUI

/// The notulen and vote record as scrollable text, with a search line (review mode).
enum DocumentScreen {
    static func draw(_ state: AppState, in rect: Rect, on buffer: inout ScreenBuffer) {
        buffer.frame(rect, title: "Notulen dan rekap suara")
        let inner = rect.inset(1)
        let x = inner.x + 1, width = inner.width - 2
        var y = inner.y
        y += InputLine.draw(state, prompt: "Cari: ", x: x, y: y, width: width, maxRows: 1, on: &buffer)
        if let message = state.message, y < inner.maxY {
            y += MessageArea.draw(message, x: x, y: y, width: width, rows: min(4, inner.maxY - y), on: &buffer)
        }
        let needle = state.input.trimmingCharacters(in: .whitespaces).lowercased()
        for line in state.documentLines.dropFirst(state.selection) where y < inner.maxY {
            let hit = !needle.isEmpty && line.lowercased().contains(needle)
            buffer.put(CellWidth.truncate(line, to: width), x: x, y: y, style: hit ? Style(reverse: true) : .plain)
            y += 1
        }
    }
}
