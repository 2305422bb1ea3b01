import CPangoCairo
import Foundation
import RapatStore

/// A typeset PDF (A4, landscape when the layout says so) from a document's `PrintLayout`: pango text on a cairo PDF
/// surface (real, extractable text; embedded subsets of DejaVu Serif and Sans), tables with repeated headers, charts,
/// and a footer "Halaman n dari N" with the journal's short digest. A berita acara also carries a QR code of its
/// `PageSeal` at the bottom right of every page, the text stopping above it.
///
/// Two passes: `PdfTypesetter` measures and splits the blocks into pages, then each page is drawn knowing N.
public enum PdfWriter {
    public enum Failure: Error, CustomStringConvertible {
        /// cairo could not start a PDF (the libraries are missing or broken).
        case unavailable
        /// cairo failed while writing.
        case notWritten(String)
        case qrCode(page: Int)

        public var description: String {
            switch self {
            case .unavailable:
                "pustaka cairo/pango tidak dapat membuat PDF; jalankan scripts/setup (libcairo2, libpango-1.0) atau pilih --format tanpa pdf"
            case let .notWritten(detail):
                "PDF tidak bisa ditulis; periksa ruang disk dan izin folder keluaran" + Verbosity.detail(detail)
            case let .qrCode(page):
                "kode QR halaman \(page) tidak bisa dibuat: isi segel terlalu panjang (nama koperasi atau RAT)"
            }
        }
    }

    static let portrait = (width: 595.28, height: 841.89)
    /// The QR code's square, quiet zone included (30 mm: a phone reads it from paper), and its gap to the page's bottom.
    static let sealSide = 30 * PdfGeometry.millimetre, sealBottom = 22.0
    /// Sealed pages end their text above the QR code, so the two never overlap.
    static let sealedMarginBottom = sealBottom + sealSide + 10

    /// The PDF of `layout`. `created` is the meeting's date (ISO 8601), written as the creation date so the same
    /// journal gives the same bytes; `digest` (the journal's final digest) is shortened into every footer.
    public static func pdf(_ layout: PrintLayout, title: String, created: String, digest: String? = nil,
                           seal: PageSeal? = nil) throws -> Data {
        let sink = Sink()
        let size = layout.landscape ? (width: portrait.height, height: portrait.width) : portrait
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, closure, size.width, size.height), cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw Failure.unavailable
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Rapat")
        // The meeting's own date instead of "now", so the same journal gives the same PDF.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created)
        guard let cr = cairo_create(surface), cairo_status(cr) == CAIRO_STATUS_SUCCESS else { throw Failure.unavailable }
        defer { cairo_destroy(cr) }

        let engine = PdfTextEngine(cr: cr)
        let geometry = PdfGeometry(width: size.width, height: size.height,
                                   bodyBottom: size.height - (seal == nil ? 20 * PdfGeometry.millimetre : sealedMarginBottom))
        var typesetter = PdfTypesetter(engine: engine, geometry: geometry)
        typesetter.place(layout.blocks)
        let pages = typesetter.finish()

        let short = digest.map { String($0.prefix(16)) }.flatMap { $0.isEmpty ? nil : $0 }
        for (index, items) in pages.enumerated() {
            draw(items, engine)
            footer(page: index + 1, of: pages.count, digest: short, geometry: geometry, engine)
            if let seal { try drawSeal(seal, page: index + 1, of: pages.count, cr, pageWidth: size.width, pageHeight: size.height) }
            cairo_show_page(cr)
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Failure.notWritten("cairo: " + String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }

    /// The PDF of `layout` written at `path`.
    public static func write(_ layout: PrintLayout, title: String, created: String, digest: String? = nil,
                             seal: PageSeal? = nil, to path: String) throws {
        let data = try pdf(layout, title: title, created: created, digest: digest, seal: seal)
        do { try data.write(to: URL(fileURLWithPath: path)) } catch { throw Failure.notWritten("\(path): \(error)") }
    }

    private final class Sink { var data = Data() }

    private static func draw(_ items: [PdfItem], _ engine: PdfTextEngine) {
        let cr = engine.cr
        // Rules first (one stroked path per page), then fills, then text over them.
        cairo_set_line_width(cr, 0.5)
        cairo_set_source_rgb(cr, 0.55, 0.55, 0.55)
        var ruled = false
        for case let .fill(x, y, width, height, gray) in items {
            cairo_set_source_rgb(cr, gray, gray, gray)
            cairo_rectangle(cr, x, y, width, height)
            cairo_fill(cr)
        }
        cairo_set_source_rgb(cr, 0.55, 0.55, 0.55)
        for case let .rule(x1, y1, x2, y2) in items {
            cairo_move_to(cr, x1, y1)
            cairo_line_to(cr, x2, y2)
            ruled = true
        }
        if ruled { cairo_stroke(cr) }
        cairo_set_source_rgb(cr, 0, 0, 0)
        for item in items {
            switch item {
            case let .text(run, x, y, lines):
                engine.draw(run, x: x, y: y, lines: lines)
            case let .cells(texts, xs, font, y):
                engine.glyphs?.draw(texts, xs: xs, font: font, y: y)
            case let .row(text, markup, font, tabs, x, y):
                engine.drawRow(text, markup: markup, font: font, tabs: tabs, x: x, y: y)
            case let .chart(chart, x, y, width, height):
                PdfChart.draw(chart, in: PdfChart.Box(x: x, y: y, width: width, height: height), engine: engine)
                cairo_set_source_rgb(cr, 0, 0, 0)
            case .fill, .rule:
                break
            }
        }
    }

    /// "Halaman n dari N" centred under the text, the short digest at the left.
    private static func footer(page: Int, of pages: Int, digest: String?, geometry: PdfGeometry, _ engine: PdfTextEngine) {
        let cr = engine.cr
        let y = geometry.height - 12 * PdfGeometry.millimetre
        cairo_set_source_rgb(cr, 0.25, 0.25, 0.25)
        engine.draw(PdfRun(text: "Halaman \(page) dari \(pages)", markup: false, font: .footer, width: geometry.textWidth,
                           alignment: .center), x: geometry.margin, y: y)
        if let digest {
            engine.draw(PdfRun(text: "Sidik jurnal \(digest)", markup: false, font: .footer, width: nil), x: geometry.margin, y: y)
        }
        cairo_set_source_rgb(cr, 0, 0, 0)
    }

    /// The page's QR code at the bottom right (black modules as one filled path of rectangles, the quiet zone left
    /// white), the dark area's right edge on the text's right margin, and a note on the left saying what it carries.
    static func drawSeal(_ seal: PageSeal, page: Int, of pages: Int, _ cr: OpaquePointer?, pageWidth: Double = portrait.width,
                         pageHeight: Double = portrait.height) throws {
        guard let code = QRCode(seal.payload(page: page, of: pages)) else { throw Failure.qrCode(page: page) }
        let margin = 20 * PdfGeometry.millimetre
        let module = sealSide / Double(code.width + 2 * QRCode.quietZone)
        let left = pageWidth - margin + Double(QRCode.quietZone) * module - sealSide
        let top = pageHeight - sealBottom - sealSide
        let origin = (x: left + Double(QRCode.quietZone) * module, y: top + Double(QRCode.quietZone) * module)
        cairo_set_source_rgb(cr, 0, 0, 0)
        for run in code.darkRuns {
            cairo_rectangle(cr, origin.x + Double(run.column) * module, origin.y + Double(run.row) * module,
                            Double(run.length) * module, module)
        }
        cairo_fill(cr)

        let note = makeLayout(cr)
        defer { release(note) }
        let description = pango_font_description_from_string("DejaVu Sans 7")
        defer { pango_font_description_free(description) }
        pango_layout_set_font_description(note, description)
        pango_layout_set_width(note, Int32((left - 12 - margin) * Double(PANGO_SCALE)))
        pango_layout_set_wrap(note, PANGO_WRAP_WORD)
        // Two short lines, so no file name is split at its hyphen.
        pango_layout_set_text(note, "Kode QR di kanan: koperasi, RAT, sidik akhir jurnal, halaman, SHA-256 \(seal.textFile).\n"
            + "Periksa: sha256sum \(seal.textFile); rapat verify.", -1)
        cairo_move_to(cr, margin, top + Double(QRCode.quietZone) * module)
        pango_cairo_show_layout(cr, note)
    }

    /// A layout at 72 dpi, the PDF's own unit (pango's default of 96 would enlarge the font by a third).
    static func makeLayout(_ cr: OpaquePointer?) -> OpaquePointer? {
        let layout = pango_cairo_create_layout(cr)
        pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72)
        pango_layout_context_changed(layout)
        return layout
    }

    /// Drops a GObject reference (pango layouts are GObjects).
    static func release(_ object: OpaquePointer?) {
        g_object_unref(UnsafeMutableRawPointer(object))
    }
}
