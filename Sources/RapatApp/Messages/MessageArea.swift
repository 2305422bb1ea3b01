import RapatText
import TerminalUI

/// The message under the input line on the desk and agenda screens: wrapped, as tall as it needs within the rows
/// the screen can give it; what does not fit is pointed to the Pesan screen, where every message is kept whole.
enum MessageArea {
    /// Draws `message` from (x, y) in at most `rows` rows; returns the rows used.
    @discardableResult
    static func draw(_ message: DeskMessage, x: Int, y: Int, width: Int, rows: Int, on buffer: inout ScreenBuffer) -> Int {
        Paragraph(message.text, style: DeskScreen.style(of: message))
            .render(in: Rect(x: x, y: y, width: width, height: rows), on: &buffer, overflow: overflowNote,
                    overflowStyle: Style(color: .cyan))
    }

    /// The last row of a message cut short.
    static var overflowNote: String { tr("messages.overflow", ["key": AppState.messagesKeyLabel]) }
}
