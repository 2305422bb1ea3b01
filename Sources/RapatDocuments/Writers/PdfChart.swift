import CPangoCairo
import Foundation
import RapatCore

/// The statistik charts drawn with cairo: bars (a bar per point, its label under it, its value above it) and steps
/// (H(t) over time with the dashed quorum line). Every label stays inside the chart's box.
enum PdfChart {
    struct Box {
        var x: Double, y: Double, width: Double, height: Double
        var right: Double { x + width }
        var bottom: Double { y + height }
    }

    static let ink = (0.29, 0.44, 0.65)

    static func draw(_ chart: PrintLayout.Chart, in box: Box, engine: PdfTextEngine) {
        let cr = engine.cr
        cairo_save(cr)
        defer { cairo_restore(cr) }
        // The title, centred at the top.
        let title = PdfRun(text: chart.title, markup: false, font: .chartTitle, width: box.width, alignment: .center)
        let titleHeight = engine.lines(title).last?.bottom ?? 0
        cairo_set_source_rgb(cr, 0, 0, 0)
        engine.draw(title, x: box.x, y: box.y)
        guard !chart.points.isEmpty else { return }

        let line = engine.lineHeight(.chart)
        let maximum = max(1, chart.points.map(\.value).max() ?? 1, chart.quorum ?? 0)
        let maxLabel = label(IndonesianFormat.integer(maximum), engine)
        let plot = Box(x: box.x + maxLabel + 6, y: box.y + titleHeight + line + 6,
                       width: box.width - maxLabel - 10, height: box.height - titleHeight - 2 * line - 12)
        func yOf(_ value: Int) -> Double { plot.bottom - plot.height * Double(value) / Double(maximum) }

        // Axes: the baseline, the left axis with 0 and the maximum.
        cairo_set_line_width(cr, 0.6)
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_move_to(cr, plot.x, plot.y)
        cairo_line_to(cr, plot.x, plot.bottom)
        cairo_line_to(cr, plot.right, plot.bottom)
        cairo_stroke(cr)
        text("0", right: plot.x - 3, y: plot.bottom - line, engine)
        text(IndonesianFormat.integer(maximum), right: plot.x - 3, y: yOf(maximum) - line / 2, engine)

        switch chart.kind {
        case .bars: bars(chart, plot: plot, box: box, yOf: yOf, engine: engine)
        case .steps: steps(chart, plot: plot, box: box, yOf: yOf, engine: engine)
        }
    }

    private static func bars(_ chart: PrintLayout.Chart, plot: Box, box: Box, yOf: (Int) -> Double, engine: PdfTextEngine) {
        let cr = engine.cr
        let line = engine.lineHeight(.chart)
        let slot = plot.width / Double(chart.points.count)
        let widest = chart.points.map { label($0.label, engine) }.max() ?? 0
        // Every k-th label when they would touch.
        let every = max(1, Int((widest + 4) / slot) + 1)
        for (index, point) in chart.points.enumerated() {
            let centre = plot.x + slot * (Double(index) + 0.5)
            let top = yOf(point.value)
            cairo_set_source_rgb(cr, ink.0, ink.1, ink.2)
            cairo_rectangle(cr, centre - slot * 0.35, top, slot * 0.7, plot.bottom - top)
            cairo_fill(cr)
            cairo_set_source_rgb(cr, 0, 0, 0)
            if slot >= label(IndonesianFormat.integer(point.value), engine) || index % every == 0 {
                text(IndonesianFormat.integer(point.value), centre: centre, y: top - line - 1, within: box, engine)
            }
            if index % every == 0 { text(point.label, centre: centre, y: plot.bottom + 2, within: box, engine) }
        }
    }

    private static func steps(_ chart: PrintLayout.Chart, plot: Box, box: Box, yOf: (Int) -> Double, engine: PdfTextEngine) {
        let cr = engine.cr
        let line = engine.lineHeight(.chart)
        let first = chart.points.first?.x ?? 0, last = chart.points.last?.x ?? 1
        let span = last > first ? last - first : 1
        func xOf(_ x: Double) -> Double { plot.x + plot.width * (x - first) / span }

        if let quorum = chart.quorum {
            cairo_set_source_rgb(cr, 0.7, 0, 0)
            cairo_set_line_width(cr, 0.8)
            var dashes = [4.0, 3.0]
            cairo_set_dash(cr, &dashes, 2, 0)
            cairo_move_to(cr, plot.x, yOf(quorum))
            cairo_line_to(cr, plot.right, yOf(quorum))
            cairo_stroke(cr)
            cairo_set_dash(cr, nil, 0, 0)
            text("Q = \(IndonesianFormat.integer(quorum))", right: plot.right, y: yOf(quorum) - line - 1, engine)
        }
        cairo_set_source_rgb(cr, ink.0, ink.1, ink.2)
        cairo_set_line_width(cr, 1.4)
        cairo_move_to(cr, xOf(chart.points[0].x), yOf(chart.points[0].value))
        for (index, point) in chart.points.enumerated().dropFirst() {
            cairo_line_to(cr, xOf(point.x), yOf(chart.points[index - 1].value))
            cairo_line_to(cr, xOf(point.x), yOf(point.value))
        }
        cairo_stroke(cr)

        // Time labels under their points: the first and the last always, others where they do not touch.
        cairo_set_source_rgb(cr, 0, 0, 0)
        let placed = chart.points.map { point -> (text: String, left: Double, width: Double) in
            let width = label(point.label, engine)
            let left = min(max(xOf(point.x) - width / 2, box.x), box.right - width)
            return (point.label, left, width)
        }
        var chosen: [Int] = []
        for index in placed.indices {
            let candidate = placed[index]
            if let previous = chosen.last, placed[previous].left + placed[previous].width + 4 > candidate.left { continue }
            if index != placed.count - 1, let lastLabel = placed.last, candidate.left + candidate.width + 4 > lastLabel.left {
                continue
            }
            chosen.append(index)
        }
        for index in chosen {
            let (labelText, left, _) = placed[index]
            engine.draw(PdfRun(text: labelText, markup: false, font: .chart, width: nil), x: left, y: plot.bottom + 2)
        }
    }

    private static func label(_ text: String, _ engine: PdfTextEngine) -> Double {
        engine.load(PdfRun(text: text, markup: false, font: .chart, width: nil))
        return engine.logicalSize().width
    }

    /// `text` centred on `centre`, moved inside `box` when it would cross its edge.
    private static func text(_ text: String, centre: Double, y: Double, within box: Box, _ engine: PdfTextEngine) {
        let width = label(text, engine)
        let left = min(max(centre - width / 2, box.x), box.right - width)
        engine.draw(PdfRun(text: text, markup: false, font: .chart, width: nil), x: left, y: max(box.y, y))
    }

    private static func text(_ text: String, right: Double, y: Double, _ engine: PdfTextEngine) {
        let width = label(text, engine)
        engine.draw(PdfRun(text: text, markup: false, font: .chart, width: nil), x: right - width, y: y)
    }
}
