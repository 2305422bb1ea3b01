import Foundation
import RapatCore
import RapatDocuments
import RapatStore
import RapatTesting
import XCTest

/// The PDFs (A4, embedded fonts, real text, page numbers), read back with poppler's pdftotext and pdftoppm.
final class PdfTests: XCTestCase {
    private enum Failure: Error { case missingTool(String) }

    /// Runs `tool`; a missing tool skips the test, except under CI (`CI=true`) when `requiredInCI`, where it fails.
    private func run(_ tool: String, _ arguments: [String], requiredInCI: Bool = false) throws -> Data {
        let candidates = ["/usr/bin/\(tool)", "/usr/local/bin/\(tool)"]
        guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            let message = "\(tool) tidak terpasang (poppler-utils, zbar-tools; scripts/setup memasangnya)"
            if requiredInCI, ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail(message)
                throw Failure.missingTool(tool)
            }
            throw XCTSkip(message)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        // Kept out of the test log (zbarimg complains about a missing D-Bus), shown when the tool fails.
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(tool) \(arguments): \(String(decoding: errors, as: UTF8.self))")
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
        XCTAssertTrue(fonts.contains("DejaVuSerif"), fonts)
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
        XCTAssertEqual(output.binaries.filter { $0.name.hasSuffix(".pdf") }.count, 7, "every document as PDF")
    }

    func testEveryBeritaAcaraPageCarriesAQrCodeOfItsSeal() throws {
        // Given the demo meeting written to a real meeting file, so the digest is the one `rapat verify` prints
        let (entries, ledger) = try DemoMeeting.scripted()
        let dir = TemporaryDirectory()
        let file = try MeetingFile.create(at: dir.file("rat.rapat"))
        try file.append(entries.map(\.event), recordedAt: Fixtures.opening, ledger: ledger)
        guard case let .intact(events, digest) = try file.verify() else { return XCTFail("the demo journal does not verify") }

        // When its berita acara is rendered as text and PDF, as `rapat docs` writes them side by side
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: .builtIn, formats: ["txt", "pdf"],
                                            digest: digest, meetingFile: dir.file("rat.rapat"))
        let text = try XCTUnwrap(output.files.first { $0.name == "berita-acara.txt" })
        try Data(text.text.utf8).write(to: URL(fileURLWithPath: dir.file(text.name)))
        let pdf = try XCTUnwrap(output.binaries.first { $0.name == "berita-acara.pdf" })
        try pdf.data.write(to: URL(fileURLWithPath: dir.file(pdf.name)))
        // The hash a reader checks: `sha256sum berita-acara.txt`.
        let sha256 = String(String(decoding: try run("sha256sum", [dir.file(text.name)]), as: UTF8.self).prefix(64))

        // Then every page, rendered at 150 dpi, has one QR code that zbarimg reads back with the seal and its page
        _ = try run("pdftoppm", ["-r", "150", "-png", dir.file(pdf.name), dir.file("halaman")], requiredInCI: true)
        let images = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("halaman") }
        let info = String(decoding: try run("pdfinfo", [dir.file(pdf.name)]), as: UTF8.self)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0
        XCTAssertGreaterThanOrEqual(pages, 2, info)
        XCTAssertEqual(images.count, pages)
        for image in images {
            let page = try XCTUnwrap(Int(image.dropFirst("halaman-".count).dropLast(".png".count)), image)
            let decoded = String(decoding: try run("zbarimg", ["--raw", "-q", dir.file(image)], requiredInCI: true), as: UTF8.self)
            let lines = decoded.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, PageSeal.header, "page \(page): \(decoded)")
            let fields = Dictionary(lines.dropFirst().compactMap { line -> (String, String)? in
                guard let equals = line.firstIndex(of: "=") else { return nil }
                return (String(line[..<equals]), String(line[line.index(after: equals)...]))
            }, uniquingKeysWith: { first, _ in first })
            XCTAssertEqual(fields, [
                "koperasi": "Koperasi Simpan Pinjam \"Maju Bersama\"", "rat": "RAT ke-12 Tahun Buku 2025", "sidik": digest,
                "berkas": "berita-acara.txt", "sha256": sha256, "halaman": "\(page)/\(pages)", "peristiwa": "\(events)",
            ], "page \(page)")
        }
        // And no text reaches the QR code's corner (bottom right, 150 × 120 pt): the page's text stops above it.
        for page in 1...pages {
            let corner = try run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-x", "440", "-y", "720", "-W", "156", "-H", "122",
                                               dir.file(pdf.name), "-"])
            XCTAssertEqual(String(decoding: corner, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{0C}"])),
                           "", "page \(page)")
        }
    }
}
