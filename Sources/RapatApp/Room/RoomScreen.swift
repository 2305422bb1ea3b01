import RapatCore
import RapatDocuments
import RapatText
import TerminalUI

/// `rapat layar`: the room's screen on a projector (issue 14). From the top: the quorum in block letters (H of N,
/// Q, SAH / BELUM), the agenda item, the last decision or vote result, the vote under way, and a footer saying whose
/// meeting it is, how long its journal is and that nothing here writes. Pure: a `RoomView` in, a buffer out.
///
/// Each part has a few sizes, largest first; the quorum takes the largest that leaves the others their smallest
/// (with a blank row between parts), then the agenda item, then the last decision, which gets what is left. So
/// 80×24 shows the numbers in block letters and the decision in ordinary text, and 160×45 doubles the block letters.
public enum RoomScreen {
    static let gap = 4

    public static func render(_ view: RoomView, width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        guard width > 0, height > 0 else { return buffer }
        header(view, width: width, on: &buffer)
        if height > 1 { footer(view, width: width, y: height - 1, on: &buffer) }
        let margin = width >= 60 ? 2 : 1
        let content = Rect(x: margin, y: 1, width: width - 2 * margin, height: max(0, height - 2))
        guard content.width > 0, content.height > 0 else { return buffer }

        let quorum = quorumVariants(view.quorum, width: content.width)
        let agenda = agendaVariants(view, width: content.width)
        let vote = openVoteBlock(view, width: content.width)
        let latestFixed = latestVariants(view, width: content.width)
        // The last decision at its smallest: its heading and three lines (or all it has).
        let latestMinimum = latestFixed.last.map { min($0.height, 4) } ?? 1
        let parts = 3 + (vote == nil ? 0 : 1)
        let gaps = content.height >= 20 ? parts - 1 : 0
        let fixed = (vote?.height ?? 0) + gaps

        let available = content.height - fixed
        let quorumBlock = pick(quorum, budget: available - (agenda.last?.height ?? 0) - latestMinimum)
        let agendaBlock = pick(agenda, budget: available - quorumBlock.height - latestMinimum)
        let rest = max(0, available - quorumBlock.height - agendaBlock.height)
        // The last decision: in block letters when they fit, else wrapped to every row that is left.
        let latestBlock = latestFixed.first { $0.height <= rest && $0.big } ?? latestFlexible(view, width: content.width, rows: rest)

        var blocks = [quorumBlock, agendaBlock, latestBlock]
        if let vote { blocks.append(vote) }
        let used = blocks.map(\.height).reduce(0, +)
        // Rows left over spread as space between the parts (at most three each); what remains centres the whole.
        let spare = max(0, content.height - used)
        let between = max(gaps > 0 ? 1 : 0, min(3, spare / (blocks.count + 1)))
        let total = used + between * (blocks.count - 1)
        var y = content.y + max(0, (content.height - total) / 2)
        for block in blocks {
            guard y < content.maxY else { break }
            block.draw(&buffer, Rect(x: content.x, y: y, width: content.width, height: min(block.height, content.maxY - y)))
            y += block.height + between
        }
        return buffer
    }

    // MARK: Blocks

    /// One size of one part: the rows it takes and how to draw it in a rectangle that tall.
    struct Block {
        var height: Int
        var big = false
        var draw: (inout ScreenBuffer, Rect) -> Void
    }

    /// The first (largest) that fits the budget, else the last (smallest).
    private static func pick(_ variants: [Block], budget: Int) -> Block {
        variants.first { $0.height <= budget } ?? variants.last ?? Block(height: 0) { _, _ in }
    }

    static let quorumMet = Style(color: .green, bold: true)
    static let quorumNotMet = Style(color: .red, bold: true)
    static let heading = Style(color: .cyan, bold: true)

    /// Largest first: everything on one row of block letters (twice as big, then normal), H/N above Q and the
    /// verdict, H/N and the verdict with Q in the caption, then ordinary text with the verdict highlighted.
    static func quorumVariants(_ q: RoomView.Quorum, width: Int) -> [Block] {
        let style = q.isMet ? quorumMet : quorumNotMet
        let counts = BigText("\(IndonesianFormat.integer(q.present))/\(IndonesianFormat.integer(q.registered))")
        let required = BigText("Q \(IndonesianFormat.integer(q.required))")
        let verdict = BigText(tr(q.isMet ? "room.quorum.met" : "room.quorum.notMet"))
        let caption = Paragraph.wrap(tr("room.quorum.caption", [
            "present": IndonesianFormat.integer(q.present), "registered": IndonesianFormat.integer(q.registered),
            "required": IndonesianFormat.integer(q.required),
        ]), width: width)
        let formula = Paragraph.wrap(tr("room.quorum.formula", ["formula": q.formula]), width: width)
        let plainCounts = Style(bold: true)
        let layouts: [[[(BigText, Style)]]] = [
            [[(counts, plainCounts), (required, plainCounts), (verdict, style)]],
            [[(counts, plainCounts)], [(required, plainCounts), (verdict, style)]],
            [[(counts, plainCounts), (verdict, style)]],
            [[(counts, plainCounts)], [(verdict, style)]],
        ]
        var variants: [Block] = []
        for scale in [2, 1] {
            for rows in layouts where rows.allSatisfy({ rowWidth($0, scale: scale) <= width }) {
                let bigHeight = rows.count * BigText.rows * scale + (rows.count - 1)
                variants.append(Block(height: caption.count + bigHeight + formula.count, big: true) { buffer, rect in
                    var y = rect.y
                    for line in caption { buffer.put(line, x: rect.x, y: y, style: .bold, maxWidth: rect.width); y += 1 }
                    for row in rows {
                        var x = rect.x + (rect.width - rowWidth(row, scale: scale)) / 2
                        for (text, style) in row {
                            x += drawBig(text, x: x, y: y, scale: scale, style: style, on: &buffer) + gap
                        }
                        y += BigText.rows * scale + 1
                    }
                    y -= 1
                    for line in formula where y < rect.maxY { buffer.put(line, x: rect.x, y: y, maxWidth: rect.width); y += 1 }
                })
            }
        }
        let verdictText = " " + tr(q.isMet ? "room.quorum.met" : "room.quorum.notMet") + " "
        let strong = Style(color: style.color, bold: true, reverse: true)
        // The counts alone in block letters, the verdict highlighted before the formula (a narrow screen).
        if CellWidth.of(verdictText) + 1 < width {
            let formulaBeside = Paragraph.wrap(tr("room.quorum.formula", ["formula": q.formula]),
                                               width: width - CellWidth.of(verdictText) - 1)
            for scale in [2, 1] where counts.width * scale <= width {
                variants.append(Block(height: caption.count + BigText.rows * scale + formulaBeside.count, big: true) { buffer, rect in
                    var y = rect.y
                    for line in caption { buffer.put(line, x: rect.x, y: y, style: .bold, maxWidth: rect.width); y += 1 }
                    drawBig(counts, x: rect.x + (rect.width - counts.width * scale) / 2, y: y, scale: scale, style: plainCounts,
                            on: &buffer)
                    y += BigText.rows * scale
                    buffer.put(verdictText, x: rect.x, y: y, style: strong, maxWidth: rect.width)
                    let x = rect.x + CellWidth.of(verdictText) + 1
                    for line in formulaBeside where y < rect.maxY {
                        buffer.put(line, x: x, y: y, maxWidth: rect.maxX - x)
                        y += 1
                    }
                })
            }
        }
        variants.append(Block(height: caption.count + 1 + formula.count) { buffer, rect in
            var y = rect.y
            for line in caption { buffer.put(line, x: rect.x, y: y, style: .bold, maxWidth: rect.width); y += 1 }
            buffer.put(verdictText, x: rect.x, y: y, style: strong, maxWidth: rect.width)
            y += 1
            for line in formula where y < rect.maxY { buffer.put(line, x: rect.x, y: y, maxWidth: rect.width); y += 1 }
        })
        return variants
    }

    /// The agenda item: its number as a heading and its title in block letters (up to two rows of them), else in
    /// bold ordinary text.
    static func agendaVariants(_ view: RoomView, width: Int) -> [Block] {
        guard let item = view.agendaItem else {
            let lines = Paragraph.wrap(tr("room.agenda.none", ["stage": stageName(view.stage)]), width: width)
            return [Block(height: lines.count) { buffer, rect in
                for (i, line) in lines.enumerated() where i < rect.height {
                    buffer.put(line, x: rect.x, y: rect.y + i, style: heading, maxWidth: rect.width)
                }
            }]
        }
        let label = tr("room.agenda.label", ["number": item.number])
        var variants: [Block] = []
        if let big = bigLines(item.title, width: width), big.count <= 2 {
            variants.append(Block(height: 1 + big.count * (BigText.rows + 1) - 1, big: true) { buffer, rect in
                buffer.put(label, x: rect.x, y: rect.y, style: heading, maxWidth: rect.width)
                for (i, line) in big.enumerated() {
                    line.draw(x: rect.x, y: rect.y + 1 + i * (BigText.rows + 1), maxWidth: rect.width, style: .bold, on: &buffer)
                }
            })
        }
        let lines = Array(Paragraph.wrap(item.title, width: width).prefix(3))
        variants.append(Block(height: 1 + lines.count) { buffer, rect in
            buffer.put(label, x: rect.x, y: rect.y, style: heading, maxWidth: rect.width)
            for (i, line) in lines.enumerated() where 1 + i < rect.height {
                buffer.put(line, x: rect.x, y: rect.y + 1 + i, style: .bold, maxWidth: rect.width)
            }
        })
        return variants
    }

    private static func latestHeading(_ view: RoomView) -> String {
        guard let latest = view.latest else { return tr("room.latest.none") }
        return tr(latest.kind == .decision ? "room.latest.decision" : "room.latest.vote", ["time": latest.time])
    }

    /// The last decision in block letters (up to three rows of them); the last variant is its full ordinary text.
    static func latestVariants(_ view: RoomView, width: Int) -> [Block] {
        let title = latestHeading(view)
        guard let latest = view.latest else {
            return [Block(height: 1) { buffer, rect in buffer.put(title, x: rect.x, y: rect.y, style: heading, maxWidth: rect.width) }]
        }
        var variants: [Block] = []
        if let big = bigLines(latest.text, width: width), big.count <= 3 {
            variants.append(Block(height: 1 + big.count * (BigText.rows + 1) - 1, big: true) { buffer, rect in
                buffer.put(title, x: rect.x, y: rect.y, style: heading, maxWidth: rect.width)
                for (i, line) in big.enumerated() {
                    line.draw(x: rect.x, y: rect.y + 1 + i * (BigText.rows + 1), maxWidth: rect.width, on: &buffer)
                }
            })
        }
        variants.append(latestFlexible(view, width: width, rows: Int.max))
        return variants
    }

    /// The last decision in ordinary text wrapped into at most `rows` rows (its heading included); when it needs more,
    /// the last row says so.
    static func latestFlexible(_ view: RoomView, width: Int, rows: Int) -> Block {
        let title = latestHeading(view)
        guard let latest = view.latest else {
            return Block(height: min(1, rows)) { buffer, rect in
                buffer.put(title, x: rect.x, y: rect.y, style: heading, maxWidth: rect.width)
            }
        }
        let lines = Paragraph.wrap(latest.text, width: width)
        let height = min(rows, 1 + lines.count)
        return Block(height: max(0, height)) { buffer, rect in
            guard rect.height > 0 else { return }
            buffer.put(title, x: rect.x, y: rect.y, style: heading, maxWidth: rect.width)
            Paragraph(latest.text).render(in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
                                          on: &buffer, overflow: tr("room.latest.more"))
        }
    }

    /// The vote under way, highlighted, in at most three rows.
    static func openVoteBlock(_ view: RoomView, width: Int) -> Block? {
        guard let text = view.openVote else { return nil }
        let lines = Array(Paragraph.wrap(text, width: width).prefix(3))
        return Block(height: lines.count) { buffer, rect in
            for (i, line) in lines.enumerated() where i < rect.height {
                buffer.put(line, x: rect.x, y: rect.y + i, style: Style(color: .yellow, bold: true), maxWidth: rect.width)
            }
        }
    }

    // MARK: Header and footer

    static func stageName(_ stage: RoomView.Stage) -> String {
        switch stage {
        case .preparation: tr("room.stage.preparation")
        case .registration: tr("room.stage.registration")
        case .sitting: tr("room.stage.sitting")
        case .recess: tr("room.stage.recess")
        case .postponed: tr("room.stage.postponed")
        case .closed: tr("room.stage.closed")
        }
    }

    private static func header(_ view: RoomView, width: Int, on buffer: inout ScreenBuffer) {
        let bar = Style(color: .statusBar)
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: bar)
        let stage = " " + stageName(view.stage) + " "
        let stageWidth = CellWidth.of(stage)
        let title = view.title.isEmpty ? view.cooperative : view.title
        let titleWidth = max(0, width - stageWidth - 1)
        buffer.put(CellWidth.truncate(" " + title, to: titleWidth), x: 0, y: 0, style: Style(color: .statusBar, bold: true),
                   maxWidth: titleWidth)
        let calm = view.stage == .registration || view.stage == .sitting
        buffer.put(stage, x: max(0, width - stageWidth), y: 0,
                   style: calm ? Style(color: .statusBar, bold: true) : Style(color: .yellow, bold: true, reverse: true),
                   maxWidth: width)
    }

    /// The footer: whose meeting, how many events, the digest's prefix and that nothing here writes; on a narrow
    /// screen the quit key goes first, then the event count, then half the digest; "hanya membaca" always stays.
    private static func footer(_ view: RoomView, width: Int, y: Int, on buffer: inout ScreenBuffer) {
        let bar = Style(color: .statusBar)
        buffer.fill(Rect(x: 0, y: y, width: width, height: 1), style: bar)
        let quit = tr("room.footer.quit") + " "
        let cooperative = view.cooperative
        let events = tr("room.footer.events", ["events": IndonesianFormat.integer(Int(view.eventCount))])
        let digest = tr("room.footer.digest", ["digest": view.digest])
        let shortDigest = tr("room.footer.digest", ["digest": String(view.digest.prefix(8))])
        let readOnly = tr("room.footer.readOnly")
        let candidates = [[cooperative, events, digest, readOnly], [cooperative, events, shortDigest, readOnly],
                          [cooperative, shortDigest, readOnly], [shortDigest, readOnly], [readOnly]]
            .map { " " + $0.filter { !$0.isEmpty }.joined(separator: " · ") }
        if let text = candidates.first(where: { CellWidth.of($0) + 1 + CellWidth.of(quit) <= width }) {
            buffer.put(text, x: 0, y: y, style: bar, maxWidth: width)
            buffer.put(quit, x: width - CellWidth.of(quit), y: y, style: bar, maxWidth: width)
        } else {
            let text = candidates.first { CellWidth.of($0) <= width } ?? candidates[candidates.count - 1]
            buffer.put(text, x: 0, y: y, style: bar, maxWidth: width)
        }
    }

    // MARK: Block letters

    private static func rowWidth(_ row: [(BigText, Style)], scale: Int) -> Int {
        row.map { $0.0.width * scale }.reduce(0, +) + gap * max(0, row.count - 1)
    }

    /// `text` in block letters `scale` times as wide and tall; returns the cells used across.
    @discardableResult
    static func drawBig(_ text: BigText, x: Int, y: Int, scale: Int, style: Style, on buffer: inout ScreenBuffer) -> Int {
        guard scale > 1 else { return text.draw(x: x, y: y, maxWidth: text.width, style: style, on: &buffer) }
        var small = ScreenBuffer(width: max(1, text.width), height: BigText.rows)
        text.draw(x: 0, y: 0, maxWidth: text.width, on: &small)
        for row in 0..<BigText.rows {
            for column in 0..<text.width where small[column, row].text != " " {
                let cell = small[column, row].text
                for dy in 0..<scale {
                    for dx in 0..<scale where cell == "█" || (dx == 0 && dy == scale / 2) {
                        buffer.put(cell, x: x + column * scale + dx, y: y + row * scale + dy, style: style)
                    }
                }
            }
        }
        return text.width * scale
    }

    /// `text` broken at spaces into rows of block letters no wider than `width`; nil when a word alone is wider.
    static func bigLines(_ text: String, width: Int) -> [BigText]? {
        var lines: [BigText] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            guard BigText(word).width <= width else { return nil }
            let candidate = current.isEmpty ? word : current + " " + word
            if BigText(candidate).width <= width {
                current = candidate
            } else {
                lines.append(BigText(current))
                current = word
            }
        }
        if !current.isEmpty { lines.append(BigText(current)) }
        return lines
    }
}
