import CPangoCairo
import Foundation
import RapatStore

/// PDF (A4) from a document's fixed-width text render: a pango layout on a cairo PDF surface gives real text
/// (selectable, extractable by `pdftotext`), embedded subset DejaVu fonts, and page numbers "Halaman n dari N".
/// A berita acara also carries a QR code of its `PageSeal` at the bottom right of every page.
public enum PdfWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static let pageWidth = 595.28, pageHeight = 841.89
    static let marginLeft = 62.0, marginTop = 56.0, marginBottom = 64.0
    static let font = "DejaVu Sans Mono 10"
    /// The QR code's square, quiet zone included (30 mm: a phone reads it from paper), and its gap to the page's bottom.
    static let sealSide = 30 * 72 / 25.4, sealBottom = 22.0
    /// Sealed pages end their text above the QR code, so the two never overlap.
    static let sealedMarginBottom = sealBottom + sealSide + 10

    /// Writes `text` (already wrapped to 78 columns) as a PDF at `path`, with `seal`'s QR code on every page when
    /// given; returns the number of pages.
    @discardableResult
    public static func write(text: String, title: String, created: String, seal: PageSeal? = nil, to path: String) throws -> Int {
        // First pass: which lines go on which page; the second draws them with "Halaman n dari N".
        let pages = try layOut(text, marginBottom: seal == nil ? marginBottom : sealedMarginBottom)
        guard let surface = cairo_pdf_surface_create(path, pageWidth, pageHeight) else {
            throw Failure(description: "\(path): PDF tidak bisa dibuat; periksa ruang disk dan izin folder sementara (TMPDIR)")
        }
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Rapat")
        // The meeting's own date instead of "now", so the same journal gives the same PDF.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, created)
        guard let cr = cairo_create(surface) else { throw Failure(description: "\(path): konteks cairo gagal") }
        defer { cairo_destroy(cr) }
        let description = pango_font_description_from_string(font)
        defer { pango_font_description_free(description) }
        // One layout for every page: creating a layout per line dominated the time for a 200-page daftar hadir.
        let layout = makeLayout(cr)
        defer { release(layout) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, "Ag", -1)
        let height = lineHeight(layout)
        for (index, page) in pages.enumerated() {
            cairo_set_source_rgb(cr, 0, 0, 0)
            // A page is one layout (lines joined): one shaping pass per page rather than per line.
            _ = height
            pango_layout_set_text(layout, page.joined(separator: "\n"), -1)
            cairo_move_to(cr, marginLeft, marginTop)
            pango_cairo_show_layout(cr, layout)
            let footer = makeLayout(cr)
            pango_layout_set_font_description(footer, description)
            pango_layout_set_text(footer, "Halaman \(index + 1) dari \(pages.count)", -1)
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_layout_get_pixel_extents(footer, &ink, &logical)
            cairo_move_to(cr, (pageWidth - Double(logical.width)) / 2, pageHeight - marginBottom / 2 - Double(logical.height))
            pango_cairo_show_layout(cr, footer)
            release(footer)
            if let seal { try drawSeal(seal, page: index + 1, of: pages.count, cr) }
            cairo_show_page(cr)
        }
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw Failure(description: "\(path): PDF tidak bisa ditulis (cairo status \(status.rawValue)); periksa ruang disk di folder sementara (TMPDIR)"
                + Verbosity.detail(String(cString: cairo_status_to_string(status))))
        }
        return pages.count
    }

    /// The page's QR code at the bottom right (black modules as one filled path of rectangles, the quiet zone left
    /// white), the dark area's right edge on the text's right margin, and a note on the left saying what it carries.
    static func drawSeal(_ seal: PageSeal, page: Int, of pages: Int, _ cr: OpaquePointer?) throws {
        guard let code = QRCode(seal.payload(page: page, of: pages)) else {
            throw Failure(description: "kode QR halaman \(page) tidak bisa dibuat")
        }
        let module = sealSide / Double(code.width + 2 * QRCode.quietZone)
        let left = pageWidth - marginLeft + Double(QRCode.quietZone) * module - sealSide
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
        pango_layout_set_width(note, Int32((left - 12 - marginLeft) * Double(PANGO_SCALE)))
        pango_layout_set_wrap(note, PANGO_WRAP_WORD)
        // Two short lines, so no file name is split at its hyphen.
        pango_layout_set_text(note, "Kode QR di kanan: koperasi, RAT, sidik akhir jurnal, halaman, SHA-256 \(seal.textFile).\n"
            + "Periksa: sha256sum \(seal.textFile); rapat verify.", -1)
        cairo_move_to(cr, marginLeft, top + Double(QRCode.quietZone) * module)
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

    static func lineHeight(_ layout: OpaquePointer?) -> Double {
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_pixel_extents(layout, &ink, &logical)
        return Double(max(logical.height, 1))
    }

    /// Splits the lines into pages by their measured height.
    static func layOut(_ text: String, marginBottom: Double) throws -> [[String]] {
        guard let surface = cairo_pdf_surface_create(nil, pageWidth, pageHeight), let cr = cairo_create(surface) else {
            throw Failure(description: "pustaka cairo/pango tidak tersedia; jalankan scripts/setup atau pilih --format tanpa pdf")
        }
        defer { cairo_destroy(cr); cairo_surface_destroy(surface) }
        let description = pango_font_description_from_string(font)
        defer { pango_font_description_free(description) }
        let layout = makeLayout(cr)
        defer { release(layout) }
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, "Ag", -1)
        let height = lineHeight(layout)
        let perPage = max(1, Int((pageHeight - marginTop - marginBottom) / height))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var pages: [[String]] = []
        var index = 0
        while index < lines.count {
            pages.append(Array(lines[index..<min(lines.count, index + perPage)]))
            index += perPage
        }
        return pages.isEmpty ? [[]] : pages
    }
}
