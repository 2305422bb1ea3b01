import Foundation
import TextLayout
import ZIPFoundation

/// Word documents (DOCX, Office Open XML) built from a document's Markdown render, so the edited templates shape
/// the DOCX too: headings, paragraphs, lists, tables, bold and code; A4 pages with page numbers in the footer.
public enum DocxWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The DOCX bytes; entries carry `date` so the same document gives the same archive.
    public static func docx(markdown: String, title: String, date: Date) throws -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRelationships),
            ("docProps/core.xml", core(title: title)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/footer1.xml", footer),
            ("word/document.xml", document(body(markdown))),
        ]
        let archive: Archive
        do { archive = try Archive(accessMode: .create) } catch {
            throw Failure(description: "arsip DOCX tidak bisa dibuat di memori; coba lagi, atau laporkan dengan --verbose")
        }
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 compressionMethod: .deflate, provider: { position, size in
                                     data.subdata(in: Int(position)..<Int(position) + size)
                                 })
        }
        guard let bytes = archive.data else { throw Failure(description: "arsip DOCX kosong") }
        return bytes
    }

    /// Runs for `**bold**` and `` `code` `` spans; `<br>` becomes a line break; a backslash-escaped character
    /// (`\|`, `\*`, `\[`, …, as `Markup.markdown` writes names) is that character, literally.
    static func runs(_ text: String) -> String {
        var out = ""
        var bold = false, code = false
        var buffer = ""
        func flush() {
            guard !buffer.isEmpty else { return }
            var properties = ""
            if bold { properties += "<w:b/>" }
            if code { properties += "<w:rFonts w:ascii=\"DejaVu Sans Mono\" w:hAnsi=\"DejaVu Sans Mono\"/><w:sz w:val=\"18\"/>" }
            out += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
                + "<w:t xml:space=\"preserve\">\(Markup.escape(buffer))</w:t></w:r>"
            buffer = ""
        }
        var chars = Array(text)[...]
        while let c = chars.first {
            if c == "\\", let next = chars.dropFirst().first, next.isASCII, next.isPunctuation || next.isSymbol {
                buffer.append(next)
                chars = chars.dropFirst(2)
            } else if c == "<", chars.starts(with: "<br>") {
                flush()
                out += "<w:r><w:br/></w:r>"
                chars = chars.dropFirst(4)
            } else if c == "*", chars.dropFirst().first == "*" {
                flush()
                bold.toggle()
                chars = chars.dropFirst(2)
            } else if c == "`" {
                flush()
                code.toggle()
                chars = chars.dropFirst()
            } else {
                buffer.append(c)
                chars = chars.dropFirst()
            }
        }
        flush()
        return out
    }

    /// The cells of a Markdown table row: split at each `|` that is not escaped (`\|` stays in its cell).
    public static func tableCells(_ row: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var chars = row.dropFirst()[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "\\", let next = chars.first {
                current.append(c)
                current.append(next)
                chars = chars.dropFirst()
            } else if c == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(c)
            }
        }
        return cells
    }

    static func paragraph(_ text: String, style: String? = nil, indent: Int = 0) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if indent > 0 { properties += "<w:ind w:left=\"\(indent)\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs(text) + "</w:p>"
    }

    static func table(_ rows: [[String]]) -> String {
        var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabel\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
            + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
            + "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr>"
        let columns = rows.map(\.count).max() ?? 0
        out += "<w:tblGrid>" + String(repeating: "<w:gridCol/>", count: columns) + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            out += "<w:tr>"
            for column in 0..<columns {
                let cell = column < row.count ? row[column] : ""
                out += "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>"
                    + paragraph(index == 0 ? "**\(cell)**" : cell) + "</w:tc>"
            }
            out += "</w:tr>"
        }
        return out + "</w:tbl>"
    }

    /// The body paragraphs of `markdown` (the subset the templates use).
    static func body(_ markdown: String) -> String {
        var out = ""
        var pending: [String] = []
        var tableRows: [[String]] = []
        func flushParagraph() {
            guard !pending.isEmpty else { return }
            out += paragraph(pending.joined(separator: " "))
            pending = []
        }
        func flushTable() {
            guard !tableRows.isEmpty else { return }
            out += table(tableRows)
            tableRows = []
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            // Layout marks (`<!-- rapat: … -->`, PrintLayout) are invisible in Markdown; never text in the DOCX.
            if trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") { continue }
            if trimmed.hasPrefix("|") {
                flushParagraph()
                let cells = Self.tableCells(Substring(trimmed))
                if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) { continue }
                tableRows.append(cells)
                continue
            }
            flushTable()
            if trimmed.isEmpty {
                flushParagraph()
            } else if let level = ["### ": 3, "## ": 2, "# ": 1].first(where: { trimmed.hasPrefix($0.key) }) {
                flushParagraph()
                out += paragraph(String(trimmed.dropFirst(level.key.count)), style: "Heading\(level.value)")
            } else if trimmed.hasPrefix("- ") {
                flushParagraph()
                out += paragraph("• " + trimmed.dropFirst(2), indent: 360)
            } else if trimmed.range(of: #"^\d+\. "#, options: .regularExpression) != nil {
                flushParagraph()
                out += paragraph(trimmed, indent: 360)
            } else if line.hasPrefix("   ") {
                flushParagraph()
                out += paragraph(trimmed, indent: 720)
            } else if line.hasSuffix("  ") {
                pending.append(trimmed + "<br>")
            } else {
                pending.append(trimmed)
            }
        }
        flushParagraph()
        flushTable()
        return out
    }

    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)\
        <w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>\
        <w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1021" w:bottom="1247" w:left="1247" \
        w:header="709" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>
        """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
        </Relationships>
        """

    static func core(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(Markup.escape(title))</dc:title><dc:language>id-ID</dc:language>\
        <dc:creator>Rapat</dc:creator></cp:coreProperties>
        """
    }

    static let footer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:r><w:t xml:space="preserve">Halaman </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:t xml:space="preserve"> dari </w:t></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif"/>\
        <w:sz w:val="22"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="Tabel"><w:name w:val="Tabel"/></w:style>\
        </w:styles>
        """
}
