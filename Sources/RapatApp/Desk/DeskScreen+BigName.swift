import RapatCore
import TerminalUI

/// `nama_besar`: the name of who has just arrived, in block letters, so the member at the table and the queue
/// behind can read it from a couple of metres (the secretary's screen faces them at many koperasi).
extension DeskScreen {
    /// Draws the big name from `y` when it is on and there is room (the recent log keeps a heading and two rows);
    /// returns the rows used.
    static func bigName(_ state: AppState, x: Int, y: Int, width: Int, maxY: Int, on buffer: inout ScreenBuffer) -> Int {
        guard state.bigName, state.mode == .search, state.input.isEmpty, let number = state.lastArrival,
              let member = state.meeting.roster.member(number), maxY - y >= BigText.rows + 4 else { return 0 }
        let big = BigText.fitting(name: member.name, width: width)
        guard big.width > 0 else { return 0 }
        big.draw(x: x, y: y, maxWidth: width, style: Style(color: .green, bold: true), on: &buffer)
        return BigText.rows + 1
    }
}
