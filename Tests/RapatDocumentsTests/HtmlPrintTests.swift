import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// Issue 12 item 5: the HTML documents printed by headless Chromium (as a secretary prints them from a browser) and
/// read back with `pdftotext -layout`: A4 pages numbered "Halaman n dari N", the table header on every page, the
/// closing and its signatures on one page, the wide SHU table whole. Skipped where Chromium is missing, failed under CI.
final class HtmlPrintTests: XCTestCase {
    private struct Missing: Error {}

    /// Chromium's path; a skip where it is not installed, a failure when `CI` is set (CI installs it).
    private func chromium() throws -> String {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let message = "chromium tidak terpasang (paket Debian chromium; scripts/setup memasangnya)"
        if let ci = ProcessInfo.processInfo.environment["CI"], !ci.isEmpty {
            XCTFail(message)
            throw Missing()
        }
        throw XCTSkip(message)
    }

    /// The text of each printed page of `html`.
    private func printedPages(_ html: String, name: String) throws -> [String] {
        try printed(html, name: name).pages
    }

    /// The text of each printed page of `html` and `pdfinfo`'s page sizes ("841.92 x 594.96" for landscape A4).
    private func printed(_ html: String, name: String) throws -> (pages: [String], sizes: [String]) {
        let browser = try chromium()
        let pdftotext = try ExternalTool("pdftotext", package: "poppler-utils")
        let dir = TemporaryDirectory()
        let page = dir.write("\(name).html", html), pdf = dir.file("\(name).pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(dir.file("profil"))",
                             "--print-to-pdf=\(pdf)", URL(fileURLWithPath: page).absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice  // D-Bus complaints of a headless machine
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 240, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationStatus, 0, "chromium --print-to-pdf \(name)")
        let (status, text) = try pdftotext.run(["-layout", pdf, "-"], in: dir.path)
        XCTAssertEqual(status, 0, text)
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        let info = try ExternalTool("pdfinfo", package: "poppler-utils").run(["-f", "1", "-l", "999", pdf], in: dir.path).output
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.map {
            String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces)
        }
        return (pages, sizes)
    }

    private func assertNumbered(_ pages: [String], file: StaticString = #filePath, line: UInt = #line) {
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Halaman \(index + 1) dari \(pages.count)"), "page \(index + 1):\n\(page)", file: file, line: line)
        }
    }

    /// Whether `page` shows the header row of the attendee table (its words on one line).
    private static func hasAttendeeHeader(_ page: String) -> Bool {
        page.split(separator: "\n").contains { $0.contains("Nomor") && $0.contains("Nama") && $0.contains("Tanda tangan") }
    }

    private static func hasAbsenteeHeader(_ page: String) -> Bool {
        page.split(separator: "\n").contains { $0.contains("Nomor") && $0.contains("Nama") && $0.contains("Status") }
    }

    func testTheDemoDaftarHadirPrintsWithItsHeaderOnEveryPageAndTheSignaturesTogether() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["html"],
                                            digest: "d1g3st", meetingFile: "rat.rapat")
        let html = try XCTUnwrap(output.files.first { $0.name == "daftar-hadir.html" }?.text)
        let pages = try printedPages(html, name: "daftar-hadir")
        XCTAssertGreaterThan(pages.count, 1)
        XCTAssertTrue(pages[0].contains("Halaman 1 dari"), pages[0])
        assertNumbered(pages)
        let closing = try XCTUnwrap(pages.firstIndex { $0.contains("Daftar hadir ini memuat") })
        // Every page of a table shows its header row; the closing may stand on a page of its own, kept with its signatures.
        for (index, page) in pages.enumerated() where index < closing || page.contains("0133") {
            XCTAssertTrue(Self.hasAttendeeHeader(page) || Self.hasAbsenteeHeader(page), "page \(index + 1) has no header row:\n\(page)")
        }
        for fragment in ["Sekretaris Rapat,", "Pimpinan Rapat,", "(Eka Harahap)", "(Made Nasution)", "Bogor, 21 Maret 2026"] {
            XCTAssertTrue(pages[closing].contains(fragment), "\(fragment) not on the page of the closing:\n\(pages[closing])")
        }
    }

    func testALongDaftarHadirRepeatsItsHeaderOnEveryPage() throws {
        let members = (1...420).map { i in
            Fixtures.member("A-\(i)", "Anggota Nomor \(i)", i % 2 == 0 ? .female : .male, unit: "Kelompok Tani \(i % 7)")
        }
        var state = try Fixtures.openedMeeting(members)
        for i in 1...420 where i % 6 != 0 {
            try state.apply(.checkIn(MemberNumber("A-\(i)"), at: Fixtures.time("2026-03-21 08:30").addingTimeInterval(Double(i))))
        }
        let html = try DocumentTemplates.builtIn.render(.daftarHadir, .html, model: DaftarHadirModel.build(state))
        let pages = try printedPages(html, name: "daftar-hadir-panjang")
        XCTAssertGreaterThanOrEqual(pages.count, 8)
        assertNumbered(pages)
        let absentStart = try XCTUnwrap(pages.firstIndex { $0.contains("Anggota yang tidak hadir") })
        for (index, page) in pages.enumerated() {
            let header = index < absentStart ? Self.hasAttendeeHeader(page) : index > absentStart ? Self.hasAbsenteeHeader(page)
                : Self.hasAttendeeHeader(page) || Self.hasAbsenteeHeader(page)
            XCTAssertTrue(header, "page \(index + 1) has no header row:\n\(page)")
        }
        // Natural order on paper: A-2 before A-10, and every member present is on some page exactly once.
        let all = pages[...absentStart].joined(separator: "\n")
        let a2 = try XCTUnwrap(all.range(of: "Anggota Nomor 2 ")), a10 = try XCTUnwrap(all.range(of: "Anggota Nomor 10 "))
        XCTAssertLessThan(a2.lowerBound, a10.lowerBound)
        XCTAssertEqual(all.components(separatedBy: "Anggota Nomor 419 ").count - 1, 1)
    }

    /// SHU per anggota is the widest table: its last column (Jumlah) must be on the page, not cut off at its edge.
    func testTheWideShuTableKeepsItsLastColumnOnThePage() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["html"],
                                            digest: "d1g3st", meetingFile: "rat.rapat")
        let html = try XCTUnwrap(output.files.first { $0.name == "shu-anggota.html" }?.text)
        // The amount at the end of the first member's row, as the HTML has it.
        let row = try XCTUnwrap(html.components(separatedBy: "<tr>").first { $0.hasPrefix("<td>0001</td>") })
        let last = try XCTUnwrap(row.components(separatedBy: "<td class=\"kanan\">").last?.components(separatedBy: "</td>").first)
        let pages = try printedPages(html, name: "shu-anggota")
        assertNumbered(pages)
        let page = try XCTUnwrap(pages.first { $0.contains("0001") && $0.contains("Ujang") })
        let line = try XCTUnwrap(page.split(separator: "\n").first { $0.contains("0001") })
        XCTAssertTrue(line.contains(last), "the last column (\(last)) is off the page:\n\(page)")
        XCTAssertTrue(page.split(separator: "\n").contains { $0.contains("Nomor") && $0.contains("Jumlah") }, page)
    }

    /// The shared stylesheet (`{{> cetak}}`): a table of class `lebar` prints on landscape pages of its own, every
    /// column on the page, the pages before and after it portrait.
    func testAWideTablePrintsOnLandscapePages() throws {
        let dir = TemporaryDirectory()
        let header = "<tr><th>Nomor</th><th>Nama</th><th>Unit</th>" + (1...7).map { "<th>Kolom \($0)</th>" }.joined() + "<th>Jumlah</th></tr>"
        let rows = (1...80).map { i in
            "<tr><td>\(i)</td><td>Nama Anggota Panjang \(i)</td><td>Kelompok Wanita Tani Melati</td>"
                + (1...7).map { "<td>Rp\(i)\($0)0.000.000,00</td>" }.joined() + "<td>AKHIR\(i)</td></tr>"
        }.joined(separator: "\n")
        _ = dir.write("statistik.html.mustache", """
            <!DOCTYPE html><html lang="id"><head><meta charset="utf-8">{{> cetak}}</head><body><h1>Judul</h1>
            <table class="lebar"><thead>\(header)</thead><tbody>\(rows)</tbody></table><p>Sesudah tabel.</p></body></html>
            """)
        let html = try DocumentTemplates.load(directory: dir.path).render(.statistik, .html, model: [:])
        let (pages, sizes) = try printed(html, name: "lebar")
        assertNumbered(pages)
        XCTAssertEqual(sizes.count, pages.count)
        let landscape = sizes.indices.filter { sizes[$0].hasPrefix("841") }
        XCTAssertFalse(landscape.isEmpty, "\(sizes)")
        XCTAssertTrue(sizes.first?.hasPrefix("59") == true && sizes.last?.hasPrefix("59") == true, "portrait around the table: \(sizes)")
        for i in 1...80 {
            let onPage = landscape.contains { index in
                pages[index].split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("AKHIR\(i)") }
            }
            XCTAssertTrue(onPage, "row \(i)'s last column is on a landscape page")
        }
        for index in landscape { XCTAssertTrue(pages[index].contains("Jumlah"), "the header on landscape page \(index + 1)") }
    }
}
