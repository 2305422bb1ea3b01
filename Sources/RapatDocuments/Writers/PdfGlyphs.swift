import CPangoCairo
import Foundation

/// Table cells drawn as glyphs straight through cairo, in the font pango chose: one character, one glyph, advances
/// summed (no kerning, which table cells do not miss). Shaping every cell with pango cost ~100 µs a line, seconds for a
/// 9,600-row daftar hadir; a glyph run costs a few. Text with a character the font lacks, or one that needs shaping
/// (combining marks), is left to pango.
final class PdfGlyphs {
    struct Glyph {
        var index: UInt
        var advance: Double
    }

    private let cr: OpaquePointer?
    /// Per font: cairo's scaled font (owned by pango's font, kept alive with it), the baseline below a line's top.
    private var scaledFonts: [OpaquePointer?] = []
    private var pangoFonts: [UnsafeMutableRawPointer?] = []
    private(set) var baselines: [Double] = []
    private var ascii: [[Glyph?]] = []
    private var other: [[UInt32: Glyph?]] = []
    private var glyphBuffer: [cairo_glyph_t] = []
    private var clusterBuffer: [cairo_text_cluster_t] = []

    init(cr: OpaquePointer?, context: OpaquePointer?, descriptions: [OpaquePointer?], baselines: [Double]) {
        self.cr = cr
        self.baselines = baselines
        let map = pango_context_get_font_map(context)
        for description in descriptions {
            let font = pango_font_map_load_font(map, context, description)
            pangoFonts.append(UnsafeMutableRawPointer(font))
            scaledFonts.append(font.flatMap { pango_cairo_font_get_scaled_font(OpaquePointer($0)) })
        }
        ascii = Array(repeating: Array(repeating: nil, count: 128), count: descriptions.count)
        other = Array(repeating: [:], count: descriptions.count)
        for font in descriptions.indices {
            for byte in 32..<127 { ascii[font][byte] = lookUp(Unicode.Scalar(UInt8(byte)), font: font) }
        }
    }

    deinit {
        for font in pangoFonts where font != nil { g_object_unref(font) }
    }

    private func lookUp(_ scalar: Unicode.Scalar, font: Int) -> Glyph? {
        guard let scaled = scaledFonts[font], cairo_scaled_font_status(scaled) == CAIRO_STATUS_SUCCESS else { return nil }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .control, .format, .surrogate, .privateUse, .unassigned: return nil
        default: break
        }
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
        var count: Int32 = 0
        let text = String(scalar)
        let status = cairo_scaled_font_text_to_glyphs(scaled, 0, 0, text, Int32(text.utf8.count), &glyphs, &count, nil, nil, nil)
        defer { cairo_glyph_free(glyphs) }
        guard status == CAIRO_STATUS_SUCCESS, count == 1, let glyph = glyphs, glyph.pointee.index != 0 else { return nil }
        var extents = cairo_text_extents_t()
        cairo_scaled_font_glyph_extents(scaled, glyph, 1, &extents)
        return Glyph(index: glyph.pointee.index, advance: extents.x_advance)
    }

    func glyph(_ scalar: Unicode.Scalar, font: PdfFont) -> Glyph? {
        let value = scalar.value
        if value < 128 { return ascii[font.rawValue][Int(value)] }
        if let known = other[font.rawValue][value] { return known }
        let found = lookUp(scalar, font: font.rawValue)
        other[font.rawValue][value] = .some(found)
        return found
    }

    /// The advance width of `text` as glyphs, or nil when pango must draw it.
    func width(_ text: String, font: PdfFont) -> Double? {
        var sum = 0.0
        for scalar in text.unicodeScalars {
            guard let glyph = glyph(scalar, font: font) else { return nil }
            sum += glyph.advance
        }
        return sum
    }

    /// `text` broken into lines of at most `width` points at spaces (a word longer than a line broken with a hyphen),
    /// as pango would; nil when pango must lay it out.
    func wrap(_ text: String, font: PdfFont, width: Double) -> [String]? {
        // Units and statuses repeat down a long table: each is broken once.
        let key = WrapKey(text: text, font: font, width: width)
        if let known = wrapped[key] { return known }
        let lines = breakLines(text, font: font, width: width)
        if wrapped.count > 20_000 { wrapped.removeAll(keepingCapacity: true) }
        wrapped[key] = .some(lines)
        return lines
    }

    private struct WrapKey: Hashable {
        var text: String
        var font: PdfFont
        var width: Double
    }
    private var wrapped: [WrapKey: [String]?] = [:]

    private func breakLines(_ text: String, font: PdfFont, width: Double) -> [String]? {
        guard let space = glyph(" ", font: font), let hyphen = glyph("-", font: font) else { return nil }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0.0
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                guard var wordWidth = self.width(String(word), font: font) else { return nil }
                if !line.isEmpty, lineWidth + space.advance + wordWidth <= width {
                    line += " " + word
                    lineWidth += space.advance + wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                lineWidth = 0
                // A word wider than the line: as many characters as fit, then a hyphen.
                while wordWidth > width, word.count > 1 {
                    var piece = "", pieceWidth = hyphen.advance
                    var rest = word
                    while let character = rest.first, let advance = self.width(String(character), font: font),
                          pieceWidth + advance <= width || piece.isEmpty {
                        piece.append(character)
                        pieceWidth += advance
                        rest = rest.dropFirst()
                    }
                    if rest.isEmpty { break }
                    lines.append(piece + "-")
                    word = rest
                    wordWidth = self.width(String(word), font: font) ?? 0
                }
                line = String(word)
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }

    /// Draws the `texts` of one line (each measured by `width`) starting at `xs`, the line's top at `y`: one cairo
    /// call with the text mapped to its glyphs, so the PDF's text is extractable.
    func draw(_ texts: [String], xs: [Double], font: PdfFont, y: Double) {
        guard let scaled = scaledFonts[font.rawValue] else { return }
        let baseline = y + baselines[font.rawValue]
        glyphBuffer.removeAll(keepingCapacity: true)
        clusterBuffer.removeAll(keepingCapacity: true)
        var utf8 = ""
        for (index, text) in texts.enumerated() {
            if index > 0 {
                // The gap between cells reads as a space, with no glyph of its own.
                utf8 += " "
                clusterBuffer.append(cairo_text_cluster_t(num_bytes: 1, num_glyphs: 0))
            }
            var x = xs[index]
            for scalar in text.unicodeScalars {
                guard let glyph = glyph(scalar, font: font) else { continue }
                glyphBuffer.append(cairo_glyph_t(index: glyph.index, x: x, y: baseline))
                clusterBuffer.append(cairo_text_cluster_t(num_bytes: Int32(UTF8.width(scalar)), num_glyphs: 1))
                x += glyph.advance
            }
            utf8 += text
        }
        guard !glyphBuffer.isEmpty else { return }
        cairo_set_scaled_font(cr, scaled)
        cairo_show_text_glyphs(cr, utf8, Int32(utf8.utf8.count), glyphBuffer, Int32(glyphBuffer.count), clusterBuffer,
                               Int32(clusterBuffer.count), cairo_text_cluster_flags_t(rawValue: 0))
    }
}
