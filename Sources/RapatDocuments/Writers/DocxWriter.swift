import Foundation
import TextLayout
import ZIPFoundation

/// Word documents (DOCX, Office Open XML) built from a document's Markdown render read back by
/// `PrintLayout.parse(markdown:)`, so the edited templates shape the DOCX as they shape the PDF: centred titles,
/// heading styles, real Word lists, fixed-layout tables with column widths, a header row repeated on every page and
/// rows that never split, borderless signature blocks kept with the closing sentence, A4 pages (landscape when the
/// template asks) with "Halaman n dari N" in the footer.
public enum DocxWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The DOCX bytes of a Markdown render; entries carry `date` (the meeting's), so the same document gives the
    /// same archive, byte for byte.
    public static func docx(markdown: String, title: String, date: Date) throws -> Data {
        try docx(layout: PrintLayout.parse(markdown: markdown), title: title, date: date)
    }

    /// The DOCX bytes of a laid-out document.
    public static func docx(layout: PrintLayout, title: String, date: Date) throws -> Data {
        let page = DocxPage(landscape: layout.landscape)
        var body = DocxBody(page: page, expectedBytes: DocxBody.expectedBytes(layout.blocks))
        body.append(layout.blocks)
        let numbering = body.numbering
        var parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.rootRelationships),
            ("docProps/core.xml", DocxParts.core(title: title)),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/styles.xml", DocxParts.styles),
            ("word/numbering.xml", DocxParts.numbering(numbering)),
            ("word/footer1.xml", DocxParts.footer),
        ]
        parts.append(("word/document.xml", body.finished()))
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch {
            throw Failure(description: "arsip DOCX tidak bisa dibuat di memori; coba lagi, atau laporkan dengan --verbose")
        }
        while !parts.isEmpty {
            // Each part is read in place, chunk by chunk, and let go once deflated (no copy of the XML as Data).
            var (path, text) = parts.removeFirst()
            do {
                try text.withUTF8 { bytes in
                    try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                         compressionMethod: .deflate, provider: { position, size in
                                             Data(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[Int(position)..<Int(position) + size]))
                                         })
                }
            } catch {
                throw Failure(description: "bagian \(path) tidak bisa ditulis ke arsip DOCX; coba lagi, atau laporkan dengan --verbose")
            }
        }
        guard let bytes = archive.data else { throw Failure(description: "arsip DOCX kosong") }
        return bytes
    }

    /// The cells of a Markdown table row as the DOCX sees them (`PrintLayout.tableCells`: `\|` stays in its cell).
    public static func tableCells(_ row: Substring) -> [String] { PrintLayout.tableCells(row) }
}
