import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// The PDFs (A4, embedded fonts, real text, page numbers), read back with poppler's pdftotext and pdftoppm.
final class PdfTests: XCTestCase {
    private func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("\(tool) tidak terpasang (poppler-utils; scripts/setup memasangnya)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments)")
        return data
    }

    func testThePdfsHaveTheTextPagesAndInk() throws {
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["pdf", "txt"],
                                            digest: "d1g3st", meetingFile: "rat.rapat")
        let dir = TemporaryDirectory()
        let pdf = try XCTUnwrap(output.binaries.first { $0.name == "berita-acara.pdf" })
        let path = dir.file(pdf.name)
        try pdf.data.write(to: URL(fileURLWithPath: path))
        XCTAssertTrue(pdf.data.starts(with: Data("%PDF-".utf8)))

        let info = String(decoding: try run("pdfinfo", [path]), as: UTF8.self)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        XCTAssertGreaterThanOrEqual(pages, 2, info)
        XCTAssertTrue(info.contains("595.28 x 841.89 pts (A4)") || info.contains("595.276 x 841.89"), info)

        let text = String(decoding: try run("pdftotext", ["-layout", path, "-"]), as: UTF8.self)
        for fragment in ["BERITA ACARA", "Nomor: 01/BA-RAT/KSP-MB/III/2026", "Rp150.000.000,00", "Halaman 1 dari \(pages)",
                         "Halaman \(pages) dari \(pages)", "dua puluh satu bulan Maret"] {
            XCTAssertTrue(text.contains(fragment), "\(fragment) not extracted:\n\(text)")
        }
        let fonts = String(decoding: try run("pdffonts", [path]), as: UTF8.self)
        XCTAssertTrue(fonts.contains("DejaVuSansMono"), fonts)
        XCTAssertFalse(fonts.split(separator: "\n").dropFirst(2).contains { $0.contains(" no ") }, "every font embedded: \(fonts)")

        // Every page rendered to a grey image has ink on it.
        _ = try run("pdftoppm", ["-r", "40", "-gray", path, dir.file("halaman")])
        let images = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("halaman") }.sorted()
        XCTAssertEqual(images.count, pages)
        for image in images {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.file(image)))
            let dark = bytes.dropFirst(20).filter { $0 < 128 }.count
            XCTAssertGreaterThan(dark, 30, "\(image) is blank")
        }
        XCTAssertEqual(output.binaries.filter { $0.name.hasSuffix(".pdf") }.count, 6, "every document as PDF")
    }
}
