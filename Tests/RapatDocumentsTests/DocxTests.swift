import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest
import ZIPFoundation

/// The DOCX of every document: a valid package whose XML parts all parse, whose relationships point at parts that
/// exist, with A4 pages, page numbers, and the text of the document.
final class DocxTests: XCTestCase {
    private final class Check: NSObject, XMLParserDelegate {
        var text = ""
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    func testEveryDocumentIsAValidWordPackage() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["docx"],
                                            digest: "d1g3st", meetingFile: "rat.rapat")
        XCTAssertEqual(output.binaries.map(\.name).sorted(), ["berita-acara.docx", "daftar-hadir.docx", "notulen.docx",
                                                              "rekap-suara.docx", "shu-alokasi.docx", "shu-anggota.docx", "statistik.docx"])
        for (name, data) in output.binaries {
            let archive = try Archive(data: data, accessMode: .read)
            var parts: [String: Data] = [:]
            for entry in archive {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                parts[entry.path] = bytes
            }
            for required in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footer1.xml",
                             "word/numbering.xml", "word/_rels/document.xml.rels"] {
                XCTAssertNotNil(parts[required], "\(name): \(required)")
            }
            var documentText = ""
            for (path, bytes) in parts {
                let parser = XMLParser(data: bytes)
                let check = Check()
                parser.delegate = check
                XCTAssertTrue(parser.parse(), "\(name): \(path) is not well-formed XML: \(String(describing: parser.parserError))")
                if path == "word/document.xml" { documentText = check.text }
            }
            let relationships = String(decoding: parts["word/_rels/document.xml.rels"] ?? Data(), as: UTF8.self)
            for target in ["styles.xml", "numbering.xml", "footer1.xml"] {
                XCTAssertTrue(relationships.contains("Target=\"\(target)\""), name)
                XCTAssertNotNil(parts["word/" + target], name)
            }
            let document = String(decoding: parts["word/document.xml"] ?? Data(), as: UTF8.self)
            // SHU per anggota is a wide table: its template marks the pages landscape (A4 turned).
            XCTAssertTrue(document.contains(name == "shu-anggota.docx" ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
                                                                     : "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "\(name): A4")
            XCTAssertTrue(String(decoding: parts["word/footer1.xml"] ?? Data(), as: UTF8.self).contains("w:instr=\"PAGE\""))
            XCTAssertFalse(documentText.contains("**"), "\(name): Markdown markers become formatting")
            if name == "berita-acara.docx" {
                XCTAssertTrue(documentText.contains("Nomor: 01/BA-RAT/KSP-MB/III/2026"), documentText)
                XCTAssertTrue(documentText.contains("Rp150.000.000,00"), "the SHU table")
                XCTAssertTrue(document.contains("<w:tbl>"), "tables stay tables")
                XCTAssertTrue(document.contains("<w:tblLayout w:type=\"fixed\"/>"), "fixed-width tables")
            }
        }
        let again = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["docx"],
                                           digest: "d1g3st", meetingFile: "rat.rapat")
        XCTAssertEqual(output.binaries.map(\.data), again.binaries.map(\.data), "same journal, same DOCX bytes")
    }

    /// Word processors open it: LibreOffice headless converts every DOCX of the demo RAT to PDF (CI installs it;
    /// skipped elsewhere), and the PDF keeps the page numbers, the signatures and every daftar hadir row.
    func testLibreOfficeOpensEveryDocx() throws {
        guard DocxSupport.soffice != nil else { throw XCTSkip("LibreOffice tidak terpasang (CI memasangnya dengan RAPAT_LIBREOFFICE=1)") }
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["docx", "md"],
                                            digest: "d1g3st", meetingFile: "rat.rapat")
        let dir = TemporaryDirectory()
        var paths: [String] = []
        for (name, data) in output.binaries {
            let path = dir.file(name)
            try data.write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let conversion = try DocxSupport.convertToPDF(paths, in: dir, limit: 300)
        XCTAssertFalse(conversion.timedOut)
        XCTAssertEqual(conversion.status, 0)
        for path in paths {
            let pdf = String(path.dropLast(5)) + ".pdf"
            let size = (try? FileManager.default.attributesOfItem(atPath: pdf)[.size] as? Int) ?? 0
            XCTAssertGreaterThan(size, 1_000, "LibreOffice converted \(path)")
            let text = DocxSupport.text(pdf)
            XCTAssertTrue(text.contains("Halaman 1 dari"), "\(path): page numbers in the footer")
        }
        let attendance = DocxSupport.text(dir.file("daftar-hadir.pdf"))
        XCTAssertTrue(attendance.contains("DAFTAR HADIR"), attendance)
        let markdown = try XCTUnwrap(output.files.first { $0.name == "daftar-hadir.md" }?.text)
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") }.dropFirst()
        for row in rows {
            // The member number: a short cell that does not wrap (names may, in a narrow column).
            let number = PrintLayout.plain(PrintLayout.tableCells(row)[1])
            // The undangan table has the guest's name there (an instansi may wrap); its rows are not members.
            guard !number.contains(" ") else { continue }
            XCTAssertTrue(attendance.contains(number), "\(number) is in the converted daftar hadir")
        }
    }
}
