import TerminalUI
import XCTest

/// Compares a screen, characters and styles, with `__Snapshots__/<name>.txt`: the text as `assertSnapshot` writes
/// it, then one row of style codes per screen row (`.` plain; the legend below names each code used), so a lost
/// highlight or colour fails like a lost character.
public func assertStyledSnapshot(_ buffer: ScreenBuffer, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    assertTextSnapshot(styledText(buffer), named: name + ".txt", file: file, line: line)
}

/// The text, a separator, the style rows and the legend.
public func styledText(_ buffer: ScreenBuffer) -> String {
    var used: Set<Style> = []
    var rows: [String] = []
    for y in 0..<buffer.height {
        var row = ""
        for x in 0..<buffer.width {
            let style = buffer[x, y].style
            if style != .plain { used.insert(style) }
            row.append(styleCode(style))
        }
        while row.hasSuffix(".") { row.removeLast() }
        rows.append(row)
    }
    let legend = used.sorted { styleCode($0) < styleCode($1) }.map { style in
        "\(styleCode(style)) = " + ([style.color == .normal ? nil : "\(style.color)", style.bold ? "bold" : nil,
                                     style.reverse ? "reverse" : nil].compactMap { $0 }.joined(separator: " "))
    }
    return buffer.lines.joined(separator: "\n") + "\n--- gaya\n" + rows.joined(separator: "\n") + "\n--- "
        + legend.joined(separator: ", ") + "\n"
}

/// A fixed code per style (colour × bold × reverse), so snapshots stay stable whatever styles a screen uses.
func styleCode(_ style: Style) -> Character {
    if style == .plain { return "." }
    let codes = Array("abcdefghijklmnopqrstuvwx")
    let index = Int(style.color.rawValue) * 4 + (style.bold ? 2 : 0) + (style.reverse ? 1 : 0)
    return codes[index % codes.count]
}
