import Foundation
import XCTest

/// Issue 12 item 4 through the real binary: `rapat init --ke N` sets the RAT number, init without it leaves a line
/// to fill and says so, and `rapat docs` warns (PERINGATAN on stderr) about an unset RAT number and about a pimpinan
/// rapat who is pengawas, without refusing the berita acara; `ba_details rat_ke` then corrects it.
final class BeritaAcaraEndToEndTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testInitWithKeWritesTheRatNumber() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        let result = try rapat.run(["init", "--nama", "KSP Uji", "--tanggal", "2026-03-21", "--ke", "12"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stderr.contains("PERINGATAN"), result.stderr)
        XCTAssertTrue(result.stderr.contains("RAT ke-12 Tahun Buku"), result.stderr)
        let settings = try String(contentsOfFile: rapat.file("koperasi.toml"), encoding: .utf8)
        XCTAssertTrue(settings.contains("\nrat_ke = 12 "), settings)
        XCTAssertNotEqual(try rapat.run(["init", "--file", "lain.rapat", "--settings", "lain.toml", "--ke", "0"]).status, 0)
    }

    func testDocsWarnsAboutAnUnsetRatNumberAndAnOfficerInThePimpinan() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        let initResult = try rapat.run(["init", "--nama", "KSP Demo", "--tanggal", "2026-03-21"])
        XCTAssertTrue(initResult.stderr.contains("PERINGATAN: RAT ke-berapa belum diisi"), initResult.stderr)
        XCTAssertTrue(try String(contentsOfFile: rapat.file("koperasi.toml"), encoding: .utf8).contains("# rat_ke = 1"))
        XCTAssertEqual(try rapat.run(["roster", "import", repository + "/demo/anggota.csv"]).status, 0)
        XCTAssertEqual(try rapat.run(["apply", repository + "/demo/rat-singkat.jsonl"]).status, 0)
        let details = #"{"cmd":"ba_details","nomor_badan_hukum":"518/BH/2015","tanggal_badan_hukum":"2015-01-12","#
            + #""tempat":"Balai Desa","kota":"Bogor","saksi":["0022","Zainal Anggraini"]}"#
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: details + "\n").status, 0)

        let docs = try rapat.run(["docs", "--format", "txt", "--output", "dokumen"])
        XCTAssertEqual(docs.status, 0, docs.stderr)
        XCTAssertTrue(docs.stderr.contains("PERINGATAN: RAT ke-berapa belum diisi: berita acara menulis RAT ke-1"), docs.stderr)
        XCTAssertTrue(docs.stderr.contains("PERINGATAN: anggota pimpinan rapat Dewi Ginting Sitompul adalah Ketua Pengawas"),
                      docs.stderr)
        var ba = try String(contentsOfFile: rapat.file("dokumen/berita-acara.txt"), encoding: .utf8)
        XCTAssertTrue(ba.contains("tanggal 12 Januari 2015"), "the BH date in words: \(ba)")
        XCTAssertTrue(ba.contains("1. Mega Harahap"), ba)

        let fix = #"{"cmd":"ba_details","rat_ke":12}"#
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: fix + "\n").status, 0)
        let again = try rapat.run(["docs", "--format", "txt", "--output", "dokumen"])
        XCTAssertFalse(again.stderr.contains("RAT ke-berapa"), again.stderr)
        ba = try String(contentsOfFile: rapat.file("dokumen/berita-acara.txt"), encoding: .utf8)
        XCTAssertTrue(ba.contains("RAPAT ANGGOTA TAHUNAN (RAT) KE-12 TAHUN BUKU"), ba)
    }
}
