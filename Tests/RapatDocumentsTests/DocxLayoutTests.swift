import Foundation
import RapatDocuments
import XCTest

/// The DOCX follows `PrintLayout`: read back from the package's XML (issue 12 item 6).
final class DocxLayoutTests: XCTestCase {
    static let portraitWidth = 11906 - 1247 - 1021
    static let landscapeWidth = 16838 - 1247 - 1021

    static let markdown = """
        # BERITA ACARA RAPAT ANGGOTA TAHUNAN

        <!-- rapat: tengah -->
        Nomor: 01/BA-RAT/III/2026

        ## Susunan acara

        Rapat dibuka oleh **Budi Santoso** pukul `09.00`.

        1. Pembukaan
           Catatan: tepat waktu.
        2. Laporan pengurus
          - neraca
          - SHU
        5. Penutupan

        ### Keputusan

        - Keputusan pertama

        <!-- rapat: tinggi-baris 7 -->
        | No. | Nama | Jumlah |
        |---:|--------|----:|
        | 1 | Siti Rahayu | 1.000 |
        | 2 | Budi \\| Santoso | 2.500 |

        <!-- rapat: bagan tangga "Kehadiran" kuorum=67 0;08.00;10 900;08.15;70 -->

        <!-- rapat: halaman-baru -->
        <!-- rapat: satukan -->
        Demikian berita acara ini dibuat dengan sebenarnya.

        <!-- rapat: tanda-tangan -->
        | Pimpinan Rapat | Sekretaris |
        |:---:|:---:|
        | <br><br>(Budi Santoso) | <br><br>(Dewi Lestari) |
        <!-- rapat: /tanda-tangan -->
        <!-- rapat: /satukan -->
        """

    struct Package {
        var parts: [String: String]
        var body: DocxXML

        init(_ markdown: String) throws {
            let data = try DocxWriter.docx(markdown: markdown, title: "uji", date: Date(timeIntervalSince1970: 1_774_058_400))
            parts = try DocxSupport.parts(data)
            let document = try XCTUnwrap(DocxXML.parse(parts["word/document.xml"] ?? ""), "document.xml is well-formed")
            body = try XCTUnwrap(document.first("w:body"))
        }

        var tables: [DocxXML] { body.all("w:tbl") }
        var paragraphs: [DocxXML] { body.all("w:p") }

        func paragraph(containing text: String) -> DocxXML? { paragraphs.first { $0.plainText.contains(text) } }
    }

    static func properties(_ paragraph: DocxXML) -> DocxXML? { paragraph.first("w:pPr") }
    static func has(_ paragraph: DocxXML, _ property: String) -> Bool { properties(paragraph)?.first(property) != nil }

    func testTablesHaveFixedWidthsARepeatedHeaderAndRowsThatDoNotSplit() throws {
        let package = try Package(Self.markdown)
        let table = try XCTUnwrap(package.tables.first)
        let properties = try XCTUnwrap(table.first("w:tblPr"))
        XCTAssertEqual(properties.first("w:tblLayout")?["w:type"], "fixed")
        let grid = try XCTUnwrap(table.first("w:tblGrid")).all("w:gridCol").compactMap { $0["w:w"].flatMap(Int.init) }
        XCTAssertEqual(grid.count, 3)
        XCTAssertEqual(grid.reduce(0, +), Self.portraitWidth, "the columns fill the text width")
        XCTAssertEqual(Double(grid[1]) / Double(grid[0]), 8.0 / 3.0, accuracy: 0.01, "widths follow the separator's dashes")
        let rows = table.all("w:tr")
        XCTAssertEqual(rows.count, 3)
        XCTAssertNotNil(rows[0].first("w:trPr")?.first("w:tblHeader"), "the header row repeats on each page")
        XCTAssertEqual(rows.dropFirst().filter { $0.first("w:trPr")?.first("w:tblHeader") != nil }.count, 0)
        XCTAssertTrue(rows.allSatisfy { $0.first("w:trPr")?.first("w:cantSplit") != nil }, "no row splits across pages")
        for row in rows {
            let widths = row.all("w:tc").compactMap { $0.first("w:tcPr")?.first("w:tcW")?["w:w"].flatMap(Int.init) }
            XCTAssertEqual(widths, grid, "every cell carries its width")
        }
        XCTAssertTrue(rows[0].descendants("w:r").allSatisfy { $0.first("w:rPr")?.first("w:b") != nil }, "header in bold")
        XCTAssertEqual(rows[1].first("w:trPr")?.first("w:trHeight")?["w:val"], "397", "7 mm")
        XCTAssertEqual(rows[1].first("w:trPr")?.first("w:trHeight")?["w:hRule"], "atLeast")
        let cells = rows[2].all("w:tc")
        XCTAssertEqual(cells[1].plainText, "Budi | Santoso", "an escaped pipe stays in its cell")
        XCTAssertEqual(cells[0].descendants("w:jc").first?["w:val"], "right", "right-aligned column")
        XCTAssertEqual(cells[2].descendants("w:jc").first?["w:val"], "right")
        XCTAssertNil(cells[1].descendants("w:jc").first)
        let borders = try XCTUnwrap(properties.first("w:tblBorders"))
        XCTAssertEqual(borders.children.map { $0["w:val"] }, Array(repeating: "single", count: 6), "thin borders")
    }

    func testTheTitleIsCentredAndBoldAndHeadingsUseHeadingStyles() throws {
        let package = try Package(Self.markdown)
        let title = try XCTUnwrap(package.paragraph(containing: "BERITA ACARA"))
        XCTAssertEqual(Self.properties(title)?.first("w:pStyle")?["w:val"], "Title")
        XCTAssertEqual(Self.properties(title)?.first("w:jc")?["w:val"], "center")
        let styles = try XCTUnwrap(DocxXML.parse(package.parts["word/styles.xml"] ?? ""))
        let titleStyle = try XCTUnwrap(styles.all("w:style").first { $0["w:styleId"] == "Title" })
        XCTAssertNotNil(titleStyle.first("w:rPr")?.first("w:b"), "titles are bold")
        XCTAssertEqual(titleStyle.first("w:pPr")?.first("w:jc")?["w:val"], "center")
        XCTAssertEqual(Self.properties(try XCTUnwrap(package.paragraph(containing: "Nomor: 01")))?.first("w:jc")?["w:val"], "center",
                       "a paragraph marked tengah is centred")
        XCTAssertEqual(Self.properties(try XCTUnwrap(package.paragraph(containing: "Susunan acara")))?.first("w:pStyle")?["w:val"], "Heading2")
        XCTAssertEqual(Self.properties(try XCTUnwrap(package.paragraph(containing: "Keputusan")))?.first("w:pStyle")?["w:val"], "Heading3")
        for id in ["Heading2", "Heading3"] { XCTAssertTrue(styles.all("w:style").contains { $0["w:styleId"] == id }, id) }
        let opened = try XCTUnwrap(package.paragraph(containing: "Rapat dibuka"))
        let runs = opened.all("w:r")
        XCTAssertEqual(runs.map(\.plainText), ["Rapat dibuka oleh ", "Budi Santoso", " pukul ", "09.00", "."])
        XCTAssertNotNil(runs[1].first("w:rPr")?.first("w:b"), "**bold**")
        XCTAssertEqual(runs[3].first("w:rPr")?.first("w:rStyle")?["w:val"], "Kode", "`code`")
        XCTAssertFalse(package.parts["word/document.xml"]?.contains("**") ?? true)
    }

    func testListsAreWordListsNumberedAsTheTemplateWrote() throws {
        let package = try Package(Self.markdown)
        let numbering = try XCTUnwrap(DocxXML.parse(package.parts["word/numbering.xml"] ?? ""), "numbering.xml")
        XCTAssertTrue(package.parts["word/_rels/document.xml.rels"]?.contains("Target=\"numbering.xml\"") ?? false)
        XCTAssertTrue(package.parts["[Content_Types].xml"]?.contains("/word/numbering.xml") ?? false)
        var instances: [String: (abstract: String, starts: [String])] = [:]
        for num in numbering.all("w:num") {
            let starts = num.all("w:lvlOverride").compactMap { $0.first("w:startOverride")?["w:val"] }
            instances[num["w:numId"] ?? ""] = (num.first("w:abstractNumId")?["w:val"] ?? "", starts)
        }
        let formats = Dictionary(uniqueKeysWithValues: numbering.all("w:abstractNum").map {
            ($0["w:abstractNumId"] ?? "", $0.all("w:lvl").first?.first("w:numFmt")?["w:val"] ?? "")
        })
        func list(_ text: String) throws -> (format: String, level: String, id: String) {
            let paragraph = try XCTUnwrap(package.paragraph(containing: text), text)
            let numPr = try XCTUnwrap(Self.properties(paragraph)?.first("w:numPr"), "\(text) is a list paragraph")
            let id = numPr.first("w:numId")?["w:val"] ?? ""
            let instance = try XCTUnwrap(instances[id], "numId \(id) of \(text) is in numbering.xml")
            return (formats[instance.abstract] ?? "", numPr.first("w:ilvl")?["w:val"] ?? "", id)
        }
        let opening = try list("Pembukaan"), report = try list("Laporan pengurus"), closing = try list("Penutupan")
        XCTAssertEqual(opening.format, "decimal")
        XCTAssertEqual(opening.level, "0")
        XCTAssertEqual(report.id, opening.id, "2 follows 1 in one list")
        XCTAssertNotEqual(closing.id, opening.id, "5 after 2: a new instance, so Word prints 5")
        XCTAssertEqual(instances[closing.id]?.starts.first, "5")
        XCTAssertEqual(instances[opening.id]?.starts.first, "1")
        let bullet = try list("neraca")
        XCTAssertEqual(bullet.format, "bullet")
        XCTAssertEqual(bullet.level, "1", "indented two spaces: level 1")
        XCTAssertEqual(try list("Keputusan pertama").format, "bullet")
        let note = try XCTUnwrap(package.paragraph(containing: "Catatan: tepat waktu"))
        XCTAssertNil(Self.properties(note)?.first("w:numPr"), "a continuation is not a new item")
        XCTAssertEqual(Self.properties(note)?.first("w:ind")?["w:left"], "425", "indented under its item")
    }

    func testSignaturesHaveNoBordersAndStayWithTheClosingSentence() throws {
        let package = try Package(Self.markdown)
        let signature = try XCTUnwrap(package.tables.last)
        XCTAssertTrue(signature.plainText.contains("Dewi Lestari"))
        let borders = try XCTUnwrap(signature.first("w:tblPr")?.first("w:tblBorders"))
        XCTAssertEqual(borders.children.count, 6)
        XCTAssertTrue(borders.children.allSatisfy { $0["w:val"] == "nil" }, "a signature block has no borders")
        XCTAssertTrue(signature.all("w:tr").allSatisfy { $0.first("w:trPr")?.first("w:tblHeader") == nil })
        XCTAssertTrue(signature.descendants("w:b").isEmpty, "signature names are not a bold header")
        let closing = try XCTUnwrap(package.paragraph(containing: "Demikian"))
        XCTAssertTrue(Self.has(closing, "w:keepNext") && Self.has(closing, "w:keepLines"), "the closing sentence keeps with the signatures")
        let rows = signature.all("w:tr")
        XCTAssertTrue(rows.dropLast().allSatisfy { row in row.descendants("w:p").allSatisfy { Self.has($0, "w:keepNext") } })
        XCTAssertTrue(rows.last?.descendants("w:p").allSatisfy { !Self.has($0, "w:keepNext") && Self.has($0, "w:keepLines") } ?? false,
                      "the last signature line does not pull the next page in")
        XCTAssertEqual(signature.all("w:tr").last?.descendants("w:br").count, 4, "room to sign: <br> as line breaks")
        let breakIndex = try XCTUnwrap(package.body.children.firstIndex { $0.descendants("w:br").contains { $0["w:type"] == "page" } })
        let closingIndex = try XCTUnwrap(package.body.children.firstIndex { $0 === closing })
        XCTAssertLessThan(breakIndex, closingIndex, "halaman-baru before the closing")
    }

    func testAChartIsATableOfItsValues() throws {
        let package = try Package(Self.markdown)
        let title = try XCTUnwrap(package.paragraph(containing: "Kehadiran"))
        XCTAssertTrue(Self.has(title, "w:keepNext"), "the chart's title stays with its table")
        let table = try XCTUnwrap(package.tables.first { $0.plainText.contains("08.15") })
        XCTAssertEqual(table.all("w:tr").map { $0.all("w:tc").map(\.plainText) },
                       [["Pukul", "Jumlah hadir"], ["08.00", "10"], ["08.15", "70"], ["Kuorum", "67"]])
    }

    func testPortraitA4AndLandscapeWhenMarked() throws {
        let portrait = try Package(Self.markdown)
        let section = try XCTUnwrap(portrait.body.first("w:sectPr"))
        XCTAssertEqual(section.first("w:pgSz")?.attributes, ["w:w": "11906", "w:h": "16838"])
        XCTAssertEqual(section.first("w:footerReference")?["r:id"], "rIdFooter")
        let landscape = try Package("<!-- rapat: mendatar -->\n# SHU\n\n| A | B |\n|---|------|\n| 1 | 2 |\n")
        let wide = try XCTUnwrap(landscape.body.first("w:sectPr")?.first("w:pgSz"))
        XCTAssertEqual(wide.attributes, ["w:w": "16838", "w:h": "11906", "w:orient": "landscape"])
        let grid = try XCTUnwrap(landscape.tables.first?.first("w:tblGrid")).all("w:gridCol").compactMap { $0["w:w"].flatMap(Int.init) }
        XCTAssertEqual(grid.reduce(0, +), Self.landscapeWidth, "landscape tables fill the wider text width")
        XCTAssertEqual(grid, [Self.landscapeWidth / 3, Self.landscapeWidth - Self.landscapeWidth / 3])
    }

    func testTheSameMarkdownGivesTheSameBytes() throws {
        let date = Date(timeIntervalSince1970: 1_774_058_400)
        let first = try DocxWriter.docx(markdown: Self.markdown, title: "uji", date: date)
        XCTAssertEqual(first, try DocxWriter.docx(markdown: Self.markdown, title: "uji", date: date))
        XCTAssertNotEqual(first, try DocxWriter.docx(markdown: Self.markdown, title: "uji", date: date.addingTimeInterval(86_400)),
                          "entry dates come from the meeting")
    }
}
