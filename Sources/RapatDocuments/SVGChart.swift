import Foundation
import TextLayout

/// Small inline SVG charts for the HTML documents: no scripts, prints on A4, deterministic output.
enum SVGChart {
    static let width = 640, height = 220, left = 40, bottom = 30, top = 20

    /// A bar per labelled count.
    static func bars(_ data: [(String, Int)], title: String) -> String {
        guard !data.isEmpty else { return "" }
        let maximum = max(1, data.map(\.1).max() ?? 1)
        let plotWidth = width - left - 10, plotHeight = height - bottom - top
        let step = Double(plotWidth) / Double(data.count)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" "
            + "aria-label=\"\(Markup.escape(title))\"><title>\(Markup.escape(title))</title>"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#000\"/>"
        for (index, (label, count)) in data.enumerated() {
            let h = Int(Double(plotHeight) * Double(count) / Double(maximum))
            let x = left + Int(Double(index) * step + step * 0.1)
            let w = max(1, Int(step * 0.8))
            out += "<rect x=\"\(x)\" y=\"\(height - bottom - h)\" width=\"\(w)\" height=\"\(h)\" fill=\"#4a6fa5\"/>"
            out += "<text x=\"\(x + w / 2)\" y=\"\(height - bottom - h - 3)\" font-size=\"10\" text-anchor=\"middle\">\(count)</text>"
            if data.count <= 16 || index % 2 == 0 {
                out += "<text x=\"\(x + w / 2)\" y=\"\(height - bottom + 14)\" font-size=\"10\" text-anchor=\"middle\">\(Markup.escape(label))</text>"
            }
        }
        return out + "</svg>"
    }

    /// A step line of counts over time with a dashed quorum line.
    static func steps(_ points: [(Double, Int)], quorum: Int, labels: (Double) -> String, title: String) -> String {
        guard let first = points.first?.0, let last = points.last?.0, last > first else { return "" }
        let maximum = max(1, max(quorum, points.map(\.1).max() ?? 1))
        let plotWidth = Double(width - left - 10), plotHeight = Double(height - bottom - top)
        func x(_ t: Double) -> Int { left + Int(plotWidth * (t - first) / (last - first)) }
        func y(_ v: Int) -> Int { height - bottom - Int(plotHeight * Double(v) / Double(maximum)) }
        var path = "M\(x(first)),\(y(points[0].1))"
        for (index, point) in points.enumerated().dropFirst() {
            path += " L\(x(point.0)),\(y(points[index - 1].1)) L\(x(point.0)),\(y(point.1))"
        }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" role=\"img\" "
            + "aria-label=\"\(Markup.escape(title))\"><title>\(Markup.escape(title))</title>"
        out += "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - 10)\" y2=\"\(height - bottom)\" stroke=\"#000\"/>"
        out += "<line x1=\"\(left)\" y1=\"\(y(quorum))\" x2=\"\(width - 10)\" y2=\"\(y(quorum))\" stroke=\"#b00\" stroke-dasharray=\"6,4\"/>"
        out += "<text x=\"\(width - 12)\" y=\"\(y(quorum) - 4)\" font-size=\"10\" text-anchor=\"end\" fill=\"#b00\">Q = \(quorum)</text>"
        out += "<path d=\"\(path)\" fill=\"none\" stroke=\"#4a6fa5\" stroke-width=\"2\"/>"
        out += "<text x=\"\(left - 4)\" y=\"\(y(maximum) + 4)\" font-size=\"10\" text-anchor=\"end\">\(maximum)</text>"
        // The first label starts at the axis and the last ends at it, so neither runs past the drawing and is clipped.
        for (t, anchor) in [(first, "start"), ((first + last) / 2, "middle"), (last, "end")] {
            out += "<text x=\"\(x(t))\" y=\"\(height - bottom + 14)\" font-size=\"10\" text-anchor=\"\(anchor)\">"
                + "\(Markup.escape(labels(t)))</text>"
        }
        return out + "</svg>"
    }
}
