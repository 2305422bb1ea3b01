import Foundation
import TextLayout

/// The fixed parts of a DOCX package and the ones that depend only on a little of the document (page, lists).
enum DocxParts {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `word/document.xml` up to its body's content; the body is appended to it in place (see `DocxBody`).
    static let documentHead = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(main)" xmlns:r="\(relationships)"><w:body>
        """

    /// What closes `word/document.xml` after the body: the section with the page size, margins and footer.
    static func documentTail(page: DocxPage) -> String {
        let orientation = page.landscape ? " w:orient=\"landscape\"" : ""
        return """
            <w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>\
            <w:pgSz w:w="\(page.width)" w:h="\(page.height)"\(orientation)/><w:pgMar w:top="\(DocxPage.top)" \
            w:right="\(DocxPage.right)" w:bottom="\(DocxPage.bottom)" w:left="\(DocxPage.left)" \
            w:header="709" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>
            """
    }

    /// Two abstract lists (decimal "1." at every level, bullets "•"), the shared bullet instance, and one instance per
    /// ordered run with its start number.
    static func numbering(_ numbering: DocxNumbering) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering xmlns:w=\"\(main)\">"
        for (id, ordered) in [(0, true), (1, false)] {
            out += "<w:abstractNum w:abstractNumId=\"\(id)\"><w:multiLevelType w:val=\"multilevel\"/>"
            for level in 0..<4 {
                let left = DocxBody.indent(level: level)
                out += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/>"
                    + (ordered ? "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%\(level + 1).\"/>"
                        : "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>")
                    + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(left)\" w:hanging=\"425\"/></w:pPr>"
                    + (ordered ? "" : "<w:rPr><w:rFonts w:ascii=\"DejaVu Sans\" w:hAnsi=\"DejaVu Sans\"/></w:rPr>")
                    + "</w:lvl>"
            }
            out += "</w:abstractNum>"
        }
        out += "<w:num w:numId=\"\(DocxNumbering.bulletId)\"><w:abstractNumId w:val=\"1\"/></w:num>"
        for (index, instance) in numbering.ordered.enumerated() {
            out += "<w:num w:numId=\"\(DocxNumbering.bulletId + 1 + index)\"><w:abstractNumId w:val=\"0\"/>"
            for level in 0..<4 {
                out += "<w:lvlOverride w:ilvl=\"\(level)\"><w:startOverride w:val=\"\(level == instance.level ? instance.start : 1)\"/>"
                    + "</w:lvlOverride>"
            }
            out += "</w:num>"
        }
        return out + "</w:numbering>"
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
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
        <Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
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
        <w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">Halaman </w:t></w:r><w:fldSimple w:instr="PAGE"><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>\
        <w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> dari </w:t></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>
        """

    /// Title (centred, bold), Heading2/Heading3 kept with the next paragraph, list paragraphs, table cells (9 pt, no
    /// spacing: a daftar hadir row is one line), the small paragraph Word needs after a table, the hairline that starts a long table's next page, and code runs.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif"/>\
        <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="id-ID"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="2"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Daftar"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:after="60"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Sel"><w:name w:val="Isi Tabel"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="SesudahTabel"><w:name w:val="Sesudah Tabel"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:rPr><w:sz w:val="12"/><w:szCs w:val="12"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Pemisah"><w:name w:val="Pemisah Halaman"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/></w:pPr>\
        <w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="Kode"><w:name w:val="Kode"/>\
        <w:rPr><w:rFonts w:ascii="DejaVu Sans Mono" w:hAnsi="DejaVu Sans Mono" w:cs="DejaVu Sans Mono"/><w:sz w:val="18"/></w:rPr></w:style>\
        </w:styles>
        """
}
