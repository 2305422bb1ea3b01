import Foundation
import RapatCore
import RapatDocuments
import RapatStore
import RapatTesting
import XCTest

/// The typeset PDF from Markdown fixtures, read back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm). With
/// `RAPAT_PDF_DIR` set, every PDF made here is also copied there to be looked at.
final class PdfTypesetTests: XCTestCase {
    private func poppler(_ tool: String) throws -> ExternalTool { try ExternalTool(tool, package: "poppler-utils") }

    /// Writes `data` as `name` in `dir` (and in `RAPAT_PDF_DIR` when set); returns the path.
    private func save(_ data: Data, _ name: String, in dir: TemporaryDirectory) throws -> String {
        let path = dir.file(name)
        try data.write(to: URL(fileURLWithPath: path))
        if let keep = ProcessInfo.processInfo.environment["RAPAT_PDF_DIR"] {
            try? FileManager.default.createDirectory(atPath: keep, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: keep + "/" + name))
        }
        return path
    }

    private func pdf(_ markdown: String, digest: String? = "3f2a9c0d1e2f3a4b5c6d7e8f90112233") throws -> Data {
        try PdfWriter.pdf(PrintLayout.parse(markdown: markdown), title: "uji", created: "2026-03-21T08:00:00+07:00", digest: digest)
    }

    /// The text of each page, by `pdftotext -layout` (pages end with a form feed).
    private func pages(_ path: String, in dir: TemporaryDirectory) throws -> [String] {
        let result = try poppler("pdftotext").run(["-layout", path, "-"], in: dir.path)
        XCTAssertEqual(result.status, 0, result.output)
        var pages = result.output.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines) == "" { pages.removeLast() }
        return pages
    }

    private func signatureFixture(filler: Int) -> String {
        var lines = ["# BERITA ACARA", ""]
        for index in 1...filler { lines += ["Baris pengisi nomor \(index) dari berita acara ini.", ""] }
        lines += [
            "Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya.", "",
            "Bogor, 21 Maret 2026", "",
            "<!-- rapat: tanda-tangan -->",
            "| Pimpinan rapat — Ketua | Pimpinan rapat — Sekretaris |",
            "|:---:|:---:|",
            "| <br><br><br>( Budi Santoso ) | <br><br><br>( Siti Aminah ) |",
            "<!-- rapat: /tanda-tangan -->",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static let attendanceFixture: String = {
        var lines = ["# DAFTAR HADIR — RAT ke-12", "", "Koperasi Contoh · 21 Maret 2026 · Gedung Koperasi", "",
                     "<!-- rapat: tinggi-baris 8 -->",
                     "| No. | Nomor | Nama | L/P | Unit | Datang | Tanda tangan |",
                     "|---:|-----|-----------|--|--------|----:|---------|"]
        let names = ["Rahmawati Setiawan", "Budi Santoso", "Siti Aminah binti Abdullah Syamsuddin Harahap", "Agus", "Dewi Lestari"]
        for index in 1...140 {
            lines.append("| \(index) | \(String(format: "%04d", index)) | \(names[index % names.count]) | \(index % 2 == 0 ? "P" : "L") "
                + "| Unit \(index % 7) | 08.\(String(format: "%02d", index % 60)) |  |")
        }
        lines += ["", "Anggota yang hadir: 140 dari 200 (70,00%)."]
        return lines.joined(separator: "\n") + "\n"
    }()

    func testTheTextIsSetInAProportionalSerif() throws {
        let dir = TemporaryDirectory()
        let path = try save(try pdf("# JUDUL\n\n## I. Bagian\n\nTeks **tebal** dan `kode`.\n"), "huruf.pdf", in: dir)
        let fonts = try poppler("pdffonts").run([path], in: dir.path).output
        XCTAssertTrue(fonts.contains("DejaVuSerif"), fonts)
        XCTAssertTrue(fonts.contains("DejaVuSans-Bold"), fonts)
        XCTAssertFalse(fonts.split(separator: "\n").dropFirst(2).contains { $0.contains(" no ") }, "every font embedded: \(fonts)")
    }

    func testALongTableRepeatsItsHeaderOnEveryPageAndNeverSplitsARow() throws {
        let dir = TemporaryDirectory()
        let path = try save(try pdf(Self.attendanceFixture), "tabel-panjang.pdf", in: dir)
        let texts = try pages(path, in: dir)
        XCTAssertGreaterThanOrEqual(texts.count, 3)
        for (index, text) in texts.enumerated() {
            XCTAssertTrue(text.contains("Tanda tangan"), "page \(index + 1) has no header:\n\(text)")
            XCTAssertTrue(text.contains("Halaman \(index + 1) dari \(texts.count)"), text)
            XCTAssertTrue(text.contains("Sidik jurnal 3f2a9c0d1e2f3a4b"), text)
            XCTAssertFalse(text.contains("3f2a9c0d1e2f3a4b5"), "only the short digest")
        }
        // Every member number on exactly one page, its whole name on the same page (no row split).
        for number in 1...140 {
            let nomor = String(format: "%04d", number)
            let holding = texts.filter { $0.contains(" \(nomor) ") }
            XCTAssertEqual(holding.count, 1, nomor)
        }
        let long = texts.filter { $0.contains("Siti Aminah binti") }
        XCTAssertTrue(long.allSatisfy { $0.components(separatedBy: "Siti Aminah binti").count == $0.components(separatedBy: "Harahap").count },
                      "a wrapped name continues on its own page")
    }

    func testTheClosingSentenceAndTheSignaturesStayOnOnePage() throws {
        let dir = TemporaryDirectory()
        var moved = 0
        // Filler lengths around one page, so the closing block falls on every position of the page's foot.
        for filler in 34...50 {
            let path = try save(try pdf(signatureFixture(filler: filler)), "penutup-\(filler).pdf", in: dir)
            let texts = try pages(path, in: dir)
            let closing = try XCTUnwrap(texts.firstIndex { $0.contains("Demikian Berita Acara") }, "filler \(filler)")
            XCTAssertTrue(texts[closing].contains("Budi Santoso"), "filler \(filler): signature not on the closing's page")
            XCTAssertTrue(texts[closing].contains("Bogor, 21 Maret 2026"), "filler \(filler)")
            if closing > 0, !texts[closing].contains("Baris pengisi nomor \(filler) ") { moved += 1 }
        }
        XCTAssertGreaterThan(moved, 0, "some filler length makes the closing block move to the next page")
    }

    func testPagesHaveInkAndLandscapePagesAreWide() throws {
        let dir = TemporaryDirectory()
        let wide = "<!-- rapat: mendatar -->\n" + Self.attendanceFixture
        let path = try save(try pdf(wide), "mendatar.pdf", in: dir)
        let info = try poppler("pdfinfo").run([path], in: dir.path).output
        XCTAssertTrue(info.contains("841.89 x 595.28 pts") || info.contains("841.89 x 595.276 pts"), info)
        let pageCount = try XCTUnwrap(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
        _ = try poppler("pdftoppm").run(["-r", "30", "-gray", path, dir.file("halaman")], in: dir.path)
        let images = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("halaman") }.sorted()
        XCTAssertEqual(images.count, pageCount)
        for image in images {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.file(image)))
            // PGM: the header, then one byte per pixel; wider than tall.
            let header = String(decoding: bytes.prefix(20), as: UTF8.self).split(whereSeparator: \.isWhitespace)
            let (width, height) = (Int(header[1]) ?? 0, Int(header[2]) ?? 0)
            XCTAssertGreaterThan(width, height, image)
            XCTAssertGreaterThan(bytes.dropFirst(20).filter { $0 < 128 }.count, 50, "\(image) is blank")
        }
    }

    func testChartsKeepEveryLabelInsideTheirBox() throws {
        let markdown = """
            # STATISTIK

            <!-- rapat: bagan batang "Kedatangan per 15 menit" 0;07.45;3 1;08.00;12 2;08.15;30 3;08.30;25 4;08.45;9 -->

            <!-- rapat: bagan tangga "Hadir H(t)" kuorum=67 0;08.00;0 900;08.15;12 1800;08.30;50 2700;08.45;80 3600;09.00;96 -->

            """
        let dir = TemporaryDirectory()
        let path = try save(try pdf(markdown), "bagan.pdf", in: dir)
        let text = try pages(path, in: dir).joined()
        for fragment in ["Kedatangan per 15 menit", "Hadir H(t)", "Q = 67", "08.15", "09.00", "30"] {
            XCTAssertTrue(text.contains(fragment), "\(fragment):\n\(text)")
        }
        // Every word's box within the text area (20 mm margins on 595 pt).
        let boxes = try poppler("pdftotext").run(["-bbox", path, "-"], in: dir.path).output
        for line in boxes.split(separator: "\n") where line.contains("<word") {
            func attribute(_ name: String) -> Double {
                guard let range = line.range(of: "\(name)=\"") else { return .nan }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            XCTAssertGreaterThanOrEqual(attribute("xMin"), 56, String(line))
            XCTAssertLessThanOrEqual(attribute("xMax"), 540, String(line))
        }
    }

    func testALongListKeepsEveryItemAndMarker() throws {
        let items = (1...120).map { "\($0). Anggota nomor \($0) datang terlambat sekali sehingga baris ini cukup panjang untuk dilipat dua kali." }
        let dir = TemporaryDirectory()
        let path = try save(try pdf("# DAFTAR\n\n" + items.joined(separator: "\n") + "\n"), "daftar-panjang.pdf", in: dir)
        let text = try pages(path, in: dir).joined()
        for number in [1, 60, 120] {
            XCTAssertTrue(text.contains("\(number). Anggota nomor \(number) datang"), "\(number)")
        }
        XCTAssertEqual(text.components(separatedBy: "dilipat dua kali.").count - 1, 120)
    }

    func testTheSameLayoutGivesTheSameBytes() throws {
        let first = try pdf(Self.attendanceFixture + signatureFixture(filler: 3))
        let second = try pdf(Self.attendanceFixture + signatureFixture(filler: 3))
        XCTAssertEqual(first, second)
    }

    func testTheDemoDocumentsTypesetTheSameTwice() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        func render() throws -> DocumentSet.Output {
            try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["pdf"],
                                   digest: String(repeating: "ab", count: 32), meetingFile: "rat.rapat")
        }
        let output = try render()
        XCTAssertEqual(output.binaries.map(\.data), try render().binaries.map(\.data), "same journal, same PDF bytes")
        let dir = TemporaryDirectory()
        for binary in output.binaries {
            let path = try save(binary.data, binary.name, in: dir)
            let texts = try pages(path, in: dir)
            XCTAssertFalse(texts.isEmpty, binary.name)
            XCTAssertTrue(texts.allSatisfy { $0.contains("Sidik jurnal abababababababab") }, binary.name)
        }
    }
}
