/// Text in large block letters (five rows of █), for what must be read from across the room: the name of the
/// member who has just checked in. A–Z, 0–9 and common punctuation have glyphs; any other character is drawn as
/// itself on the middle row, so nothing is lost.
public struct BigText: Sendable, Equatable {
    public static let rows = 5

    /// The text as drawn: letters are uppercased (the font has capitals only).
    public let text: String

    public init(_ text: String) { self.text = text.uppercased() }

    /// Whether `character` has a block glyph (after uppercasing).
    public static func hasGlyph(_ character: Character) -> Bool { glyphs[character] != nil }

    /// Cells needed across: each glyph plus one blank column between glyphs.
    public var width: Int {
        let widths = text.map(Self.width(of:))
        return widths.reduce(0, +) + max(0, widths.count - 1)
    }

    private static func width(of character: Character) -> Int {
        glyphs[character]?.first?.count ?? CellWidth.of(character)
    }

    /// Draws the text with its top-left corner at (x, y), clipped to `maxWidth` cells (whole glyphs only).
    /// Returns the cells used across.
    @discardableResult
    public func draw(x: Int, y: Int, maxWidth: Int, style: Style = .plain, on buffer: inout ScreenBuffer) -> Int {
        var column = x
        for (index, character) in text.enumerated() {
            let gap = index == 0 ? 0 : 1
            let glyphWidth = Self.width(of: character)
            guard column + gap + glyphWidth - x <= maxWidth else { break }
            column += gap
            if let glyph = Self.glyphs[character] {
                for (row, pattern) in glyph.enumerated() {
                    for (offset, pixel) in pattern.enumerated() where pixel == "#" {
                        buffer.put("█", x: column + offset, y: y + row, style: style)
                    }
                }
            } else {
                buffer.put(String(character), x: column, y: y + Self.rows / 2, style: style)
            }
            column += glyphWidth
        }
        return column - x
    }

    /// `name` shortened to fit `width` cells in block letters: the whole name, else the first name and the
    /// initials of the others ("SITI A. R."), else the first name, else as much of the first name as fits.
    public static func fitting(name: String, width: Int) -> BigText {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return BigText("") }
        let initials = words.dropFirst().compactMap(\.first).map { "\($0)." }
        let candidates = [words.joined(separator: " "), ([first] + initials).joined(separator: " "),
                          ([first] + initials.map { String($0.dropLast()) }).joined(separator: " "), first]
        for candidate in candidates {
            let big = BigText(candidate)
            if big.width <= width { return big }
        }
        var prefix = first
        while !prefix.isEmpty, BigText(prefix).width > width { prefix.removeLast() }
        return BigText(prefix)
    }

    /// 5-row glyphs, "#" = a block; most letters are 3 wide, M N W wider so they stay legible.
    static let glyphs: [Character: [String]] = [
        "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
        "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
        "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
        "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
        "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
        "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"], "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
        "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
        "Q": [".#.", "#.#", "#.#", "##.", ".##"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
        "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
        "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
        "6": [".##", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "##."],
        " ": ["..", "..", "..", "..", ".."], ".": [".", ".", ".", ".", "#"], ",": [".", ".", ".", "#", "#"],
        "-": ["...", "...", "###", "...", "..."], "'": ["#", "#", ".", ".", "."], "/": ["..#", "..#", ".#.", "#..", "#.."],
        "(": [".#", "#.", "#.", "#.", ".#"], ")": ["#.", ".#", ".#", ".#", "#."], "!": ["#", "#", "#", ".", "#"],
        "?": ["##.", "..#", ".#.", "...", ".#."], ":": [".", "#", ".", "#", "."], "&": [".#.", "#.#", ".#.", "#.#", ".##"],
    ]
}
