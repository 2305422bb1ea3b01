import Foundation
import TextLayout
import RapatCore
import RapatDocuments
import RapatTesting
import TerminalUI
import XCTest
import ZIPFoundation

/// Safe outputs (issue 11, item 8): hostile names never become spreadsheet formulas, table cells, links or terminal
/// escapes; a template folder does not follow symbolic links; documents are written privately.
final class SafeOutputTests: XCTestCase {
    static let hostileNames = [
        "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(A1)", "\tTab Depan", "\rCR Depan", "Budi | Santoso",
        "[x](http://e)", "Merah\u{1B}[31m Sekali", "Siti \u{202E}hanimA", "**Tebal** `kode` <b>x</b> # _m_",
    ]

    /// A meeting where every hostile name has checked in, in the order of `hostileNames` (numbers 0001, 0002, …).
    private func hostileMeeting() throws -> MeetingState {
        let members = Self.hostileNames.enumerated().map { index, name in
            Fixtures.member(String(format: "%04d", index + 1), name, unit: index == 8 ? "Unit\u{1B}]0;judul\u{07}" : "Unit A")
        }
        var state = try Fixtures.openedMeeting(members)
        for (index, member) in members.enumerated() {
            try state.apply(.checkIn(member.number, at: Fixtures.time("2026-03-21 08:\(10 + index)")))
        }
        return state
    }

    private static func forbidden(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { Markup.isForbidden($0) }
    }

    func testCellsThatASpreadsheetWouldReadAsFormulasAreNeutralised() throws {
        XCTAssertEqual(Markup.csvLine(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "0001", "12", "87,5%", "682500,00", "a;b"]),
                       "\"'=1+1\";\"'+1\";\"'-1\";\"'@SUM(A1)\";\"'\tx\";\"\u{FFFD}x\";\"0001\";12;87,5%;682500,00;\"a;b\"")
        let csv = DataExports.attendanceCSV(try hostileMeeting())
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}\"no\";\"nomor_anggota\";"), "UTF-8 BOM for Excel")
        XCTAssertEqual(Self.forbidden(csv), [], "no control or bidi character in the CSV")
        for line in csv.split(separator: "\n").dropFirst() {
            let name = line.split(separator: ";")[2]
            XCTAssertFalse(["\"=", "\"+", "\"-", "\"@", "\"\t"].contains { name.hasPrefix($0) }, "neutralised: \(line)")
        }
        XCTAssertTrue(csv.contains(";\"\u{2060}0001\";"), "member numbers are quoted text, kept as text by a word joiner")
    }

    /// LibreOffice, told to evaluate formulas on import, finds none; the member numbers stay text when quoted fields
    /// are read as text (the documented import option). Skipped without LibreOffice; CI installs libreoffice-calc.
    func testLibreOfficeFindsNoFormulaInTheCSVs() throws {
        let soffice = try ExternalTool("soffice", package: "libreoffice-calc")
        let state = try hostileMeeting()
        let dir = TemporaryDirectory()
        let csvs = ["daftar-hadir.csv": DataExports.attendanceCSV(state)]
        for (name, text) in csvs { _ = dir.write(name, text) }
        // Tokens: `;`, `"`, UTF-8, from line 1, no column types, en-US, quoted fields as text, detect special
        // numbers off, …, evaluate formulas ON (the most dangerous reading).
        let run = try soffice.run(["--headless", "-env:UserInstallation=file://\(dir.path)/profile",
                                   "--infilter=CSV:59,34,76,1,,1033,true,false,false,false,false,-1,true",
                                   "--convert-to", "ods", "--outdir", dir.path] + csvs.keys.map(dir.file), in: dir.path)
        XCTAssertEqual(run.status, 0, run.output)
        for name in csvs.keys {
            let ods = dir.file(String(name.dropLast(4)) + ".ods")
            let archive = try Archive(url: URL(fileURLWithPath: ods), accessMode: .read)
            let entry = try XCTUnwrap(archive["content.xml"], "LibreOffice converted \(name): \(run.output)")
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let content = String(decoding: data, as: UTF8.self)
            XCTAssertEqual(content.components(separatedBy: "table:formula=").count - 1, 0, "no formula in \(name)")
            XCTAssertFalse(content.contains("xlink:href"), "no hyperlink in \(name)")
            XCTAssertTrue(content.contains("<text:p>\u{2060}0001</text:p>"), "0001 stays 0001 in \(name)")
            XCTAssertTrue(content.contains("office:value-type=\"string\" calcext:value-type=\"string\"><text:p>\u{2060}0001</text:p>"),
                          "0001 is a text cell in \(name)")
        }
    }

    func testAHostileNameStaysOneCellInMarkdownAndDocx() throws {
        let state = try hostileMeeting()
        let markdown = try DocumentTemplates.builtIn.render(.daftarHadir, .md, model: DaftarHadirModel.build(state))
        XCTAssertEqual(Self.forbidden(markdown), [])
        // The attendee table: from its header row to the first line that is not a table row.
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("| No | Nomor") })
        let rows = lines[start...].prefix { $0.hasPrefix("|") }.filter { $0.hasPrefix("| ") }
        assertTextSnapshot(rows.joined(separator: "\n") + "\n", named: "daftar-hadir-hostile.md")
        for row in rows { XCTAssertEqual(DocxWriterProbe.cells(row).count, 9, "one row, nine cells: \(row)") }
        XCTAssertFalse(markdown.contains("[x]("), "no Markdown link")
        XCTAssertTrue(markdown.contains("\\[x\\](http\\://e)"), "brackets and the scheme escaped")
        XCTAssertFalse(markdown.contains("http://e"), "no bare URL to autolink")

        let table = lines[start...].prefix { $0.hasPrefix("|") }.joined(separator: "\n") + "\n"
        let docx = try DocxWriter.docx(markdown: table, title: "daftar-hadir", date: Date(timeIntervalSince1970: 0))
        let archive = try Archive(data: docx, accessMode: .read)
        var data = Data()
        _ = try archive.extract(try XCTUnwrap(archive["word/document.xml"])) { data.append($0) }
        let xml = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(xml.components(separatedBy: "<w:tr>").count - 1, Self.hostileNames.count + 1, "header and one row each")
        XCTAssertEqual(xml.components(separatedBy: "<w:tc>").count - 1, 9 * (Self.hostileNames.count + 1), "nine cells a row")
        XCTAssertTrue(xml.contains("Budi | Santoso"), "the pipe is text in its cell")
        XCTAssertTrue(xml.contains("[x](http://e)"), "the link is literal text")
        XCTAssertTrue(xml.contains("**Tebal** `kode` &lt;b&gt;x&lt;/b&gt; # _m_"), "emphasis and code stay literal")
        XCTAssertEqual(xml.components(separatedBy: "<w:b/>").count - 1, 9, "only the header row is bold")
        assertTextSnapshot(xml.components(separatedBy: "<w:tr>").dropFirst().prefix(1).joined() + "\n" +
                           (xml.components(separatedBy: "<w:tr>").dropFirst(8).first ?? ""), named: "daftar-hadir-hostile.docx.xml")
    }

    func testNoDocumentCarriesAControlOrBidiCharacter() throws {
        let state = try hostileMeeting()
        for format in DocumentFormat.allCases {
            let text = try DocumentTemplates.builtIn.render(.daftarHadir, format, model: DaftarHadirModel.build(state))
            XCTAssertEqual(Self.forbidden(text), [], "daftar-hadir.\(format.rawValue)")
            XCTAssertTrue(text.contains("Siti \u{FFFD}hanimA"), "visible placeholder in \(format.rawValue)")
        }
        XCTAssertEqual(Self.forbidden(DataExports.attendanceJSON(state)), [])
        XCTAssertEqual(Markup.printable("a\u{1B}[31mb\u{9B}c\u{2066}d\u{7F}\ne\tf"), "a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}d\u{FFFD}\ne\tf")
    }

    /// The desk screens draw through `ScreenBuffer`, which drops zero-width controls and format characters.
    func testTheScreenBufferDrawsNoControlOrBidiCharacter() {
        var buffer = ScreenBuffer(width: 40, height: Self.hostileNames.count)
        for (row, name) in Self.hostileNames.enumerated() { buffer.put(name, x: 0, y: row) }
        XCTAssertEqual(Self.forbidden(buffer.lines.joined(separator: "\n")), [])
    }

    func testASymlinkedTemplateIsRefusedWithItsName() throws {
        let dir = TemporaryDirectory()
        let secret = dir.write("rahasia.txt", "isi rahasia\n")
        try FileManager.default.createDirectory(atPath: dir.file("templat"), withIntermediateDirectories: true)
        let link = dir.file("templat/rekap-suara.txt.mustache")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: secret)
        XCTAssertThrowsError(try DocumentTemplates.load(directory: dir.file("templat"))) { error in
            let e = error as? TemplateError
            XCTAssertEqual(e?.file, link)
            XCTAssertTrue(e?.problem.contains("tautan simbolik") ?? false, "\(String(describing: e))")
        }
        // A hard link to a file outside the folder is refused too.
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.linkItem(atPath: secret, toPath: link)
        XCTAssertThrowsError(try DocumentTemplates.load(directory: dir.file("templat"))) { error in
            XCTAssertEqual((error as? TemplateError)?.file, link)
        }
        // A regular file is read.
        try FileManager.default.removeItem(atPath: link)
        _ = dir.write("templat/rekap-suara.txt.mustache", "{{% CONTENT_TYPE: TEXT }}\nREKAP\n")
        XCTAssertNoThrow(try DocumentTemplates.load(directory: dir.file("templat")))
    }

    func testDocumentsAndTheirFolderArePrivateUnlessGroupReadingIsAsked() throws {
        let dir = TemporaryDirectory()
        func mode(_ path: String) throws -> Int {
            try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) & 0o777
        }
        let previous = umask(0o022)
        defer { umask(previous) }
        let folder = dir.file("dokumen/rat")
        XCTAssertTrue(try DocumentFile.makeFolder(folder, mode: DocumentFile.modes(groupReadable: false).folder))
        try DocumentFile.write(Data("isi\n".utf8), to: folder + "/daftar-hadir.csv", mode: 0o600)
        XCTAssertEqual(try mode(folder), 0o700)
        XCTAssertEqual(try mode(dir.file("dokumen")), 0o700)
        XCTAssertEqual(try mode(folder + "/daftar-hadir.csv"), 0o600)
        // Rewriting keeps the mode asked for, even over a wider file left from an earlier version.
        XCTAssertEqual(chmod(folder + "/daftar-hadir.csv", 0o644), 0)
        try DocumentFile.write(Data("baru\n".utf8), to: folder + "/daftar-hadir.csv", mode: 0o600)
        XCTAssertEqual(try mode(folder + "/daftar-hadir.csv"), 0o600)
        XCTAssertEqual(try String(contentsOfFile: folder + "/daftar-hadir.csv", encoding: .utf8), "baru\n")

        let shared = DocumentFile.modes(groupReadable: true)
        XCTAssertEqual(shared.file, 0o640)
        XCTAssertTrue(try DocumentFile.makeFolder(dir.file("cetak"), mode: shared.folder))
        try DocumentFile.write(Data("x".utf8), to: dir.file("cetak/notulen.txt"), mode: shared.file)
        XCTAssertEqual(try mode(dir.file("cetak")), 0o750)
        XCTAssertEqual(try mode(dir.file("cetak/notulen.txt")), 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.file("cetak")), ["notulen.txt"], "no temporary left")
    }

    func testAWriteErrorIsAnIndonesianSentence() throws {
        XCTAssertThrowsError(try DocumentFile.write(Data(), to: "/proc/rapat-tidak-boleh/x.txt", mode: 0o600)) { error in
            let message = (error as? DocumentFileError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("dokumen tidak ditulis: berkas /proc/rapat-tidak-boleh/x.txt"), message)
            XCTAssertFalse(message.contains("Error"), message)
        }
    }
}

/// The DOCX writer's table-row splitting, seen from the tests.
enum DocxWriterProbe {
    static func cells(_ row: Substring) -> [String] { DocxWriter.tableCells(row) }
}

final class MarkdownEscapeTests: XCTestCase {
    func testTheQuickCheckAgreesWithTheEscape() {
        for text in ["Budi", "0001", "08.10", "1. Pembukaan", "12)", "1.", "a+b", "+1", "-", "x > y", "> kutip", "a:b", "http://e",
                     "a|b", "[x]", "baris\nbaru", "1 2", "Rp150.000,00", "87,5%", "", "#1", "a\u{2028}b", "=x", "3.5", "9."] {
            XCTAssertEqual(Markup.needsMarkdownEscape(text), Markup.markdown(text) != text, text.debugDescription)
        }
    }
}
