import Foundation
import XCTest

/// Issue 12 item 1: each single-document command prints, byte for byte, the file `rapat docs` writes for that document
/// and format, through the real binary on the demo RAT.
final class SingleDocumentEndToEndTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testEverySingleDocumentCommandEqualsTheFileOfRapatDocs() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        XCTAssertEqual(try rapat.run(["init", "--nama", "KSP Demo", "--tanggal", "2026-03-21"]).status, 0)
        XCTAssertEqual(try rapat.run(["roster", "import", repository + "/demo/anggota.csv"]).status, 0)
        XCTAssertEqual(try rapat.run(["shu", "import", repository + "/demo/simpanan.csv"]).status, 0)
        let apply = try rapat.run(["apply", repository + "/demo/rat-singkat.jsonl"])
        XCTAssertEqual(apply.status, 0, apply.stderr)
        let details = #"{"cmd":"ba_details","nomor_badan_hukum":"518/BH/2015","tanggal_badan_hukum":"12 Januari 2015","tempat":"Balai Desa","kota":"Bogor"}"#
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: details + "\n").status, 0)
        let docs = try rapat.run(["docs", "--output", "dokumen", "--format", "txt,md,html,csv,json"])
        XCTAssertEqual(docs.status, 0, docs.stderr)

        let cases: [([String], String)] = [
            (["notulen"], "notulen.md"), (["notulen", "--format", "txt"], "notulen.txt"),
            (["notulen", "--format", "html"], "notulen.html"),
            (["stats"], "statistik.txt"), (["stats", "--format", "md"], "statistik.md"), (["stats", "--json"], "statistik.json"),
            (["stats", "--format", "csv"], "statistik.csv"),
            (["rekap-suara"], "rekap-suara.md"), (["rekap-suara", "--format", "txt"], "rekap-suara.txt"),
            (["rekap-suara", "--format", "html"], "rekap-suara.html"),
            (["shu", "alokasi"], "shu-alokasi.md"), (["shu", "alokasi", "--format", "txt"], "shu-alokasi.txt"),
            (["shu", "anggota", "--format", "md"], "shu-anggota.md"), (["shu", "anggota", "--format", "txt"], "shu-anggota.txt"),
            (["shu", "anggota", "--format", "html"], "shu-anggota.html"),
        ]
        for (arguments, name) in cases {
            let result = try rapat.run(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            let file = try Data(contentsOf: URL(fileURLWithPath: rapat.file("dokumen/" + name)))
            XCTAssertEqual(Data(result.stdout.utf8), file, "rapat \(arguments.joined(separator: " ")) ≠ dokumen/\(name)")
        }
        let wrong = try rapat.run(["notulen", "--format", "csv"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.stderr.contains("gunakan md, txt, html"), wrong.stderr)
        let notPostponed = try rapat.run(["penundaan"])
        XCTAssertEqual(notPostponed.status, 1)
        XCTAssertTrue(notPostponed.stderr.contains("tidak ditunda"), notPostponed.stderr)
    }
}
