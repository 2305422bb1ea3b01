/// Colours the screens use; the backend maps them to terminal colour pairs.
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case normal, green, red, yellow, cyan, statusBar
}

/// How one cell is drawn.
public struct Style: Hashable, Sendable {
    public var color: Color
    public var bold: Bool
    public var reverse: Bool

    public init(color: Color = .normal, bold: Bool = false, reverse: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let selected = Style(reverse: true)
}

/// Where something is drawn, in cells.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
}
