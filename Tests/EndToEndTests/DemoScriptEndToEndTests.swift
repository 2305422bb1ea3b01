import Foundation
import RapatCore
import XCTest

/// The bundled demo cooperative and its scripted RAT, through the real binary: votes, an election and every
/// read-only report.
final class DemoScriptEndToEndTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testScriptedRATWithAVoteAndAnElection() throws {
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        XCTAssertEqual(try rapat.run(["init", "--nama", "KSP Demo", "--tanggal", "2026-03-21"]).status, 0)
        XCTAssertEqual(try rapat.run(["roster", "import", repository + "/demo/anggota.csv"]).status, 0)
        let ledger = try rapat.run(["shu", "import", repository + "/demo/simpanan.csv"])
        XCTAssertEqual(ledger.status, 0, ledger.stderr)
        XCTAssertTrue(ledger.stderr.contains("130 anggota diimpor"), ledger.stderr)
        let apply = try rapat.run(["apply", repository + "/demo/rat-singkat.jsonl"])
        XCTAssertEqual(apply.status, 0, apply.stderr)

        let record = try rapat.run(["rekap-suara", "--format", "txt"])
        XCTAssertEqual(record.status, 0, record.stderr)
        for fragment in ["Setuju 52, tidak setuju 9, abstain 4, tidak sah 0; tidak memberikan suara 4.",
                         "setuju 52 × 2 = 104 > 61", "Hasil: usul DITERIMA.", "Tidak sah 1: mencoret dua nama.",
                         "Arif Pratama (0009): 37 suara", "Terpilih: Arif Pratama (0009)."] {
            XCTAssertTrue(record.stdout.contains(fragment), "\(fragment)\n\(record.stdout)")
        }
        let json = try rapat.run(["rekap-suara", "--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let votes = try XCTUnwrap(object["pemungutan_suara"] as? [[String: Any]])
        XCTAssertEqual(votes.count, 2)
        XCTAssertEqual(votes.first?["diterima"] as? Bool, true)
        XCTAssertEqual((object["keputusan"] as? [Any])?.count, 6)

        let minutes = try rapat.run(["notulen", "--format", "md"])
        XCTAssertTrue(minutes.stdout.contains("KEPUTUSAN NOMOR 6: Menetapkan Arif Pratama"),
                      minutes.stdout)
        XCTAssertTrue(minutes.stdout.contains("pembagian SHU disahkan dengan keputusan nomor 4"), minutes.stdout)

        // SHU (issue 5): the approved allocation and each member's share.
        let allocation = try rapat.run(["shu", "alokasi", "--format", "txt"])
        XCTAssertEqual(allocation.status, 0, allocation.stderr)
        for fragment in ["Disahkan rapat dengan keputusan nomor 4.", "Dana pendidikan                2,5    Rp3.750.000,00",
                         "Jumlah                         100  Rp150.000.000,00",
                         "Terbilang: seratus lima puluh juta rupiah."] {
            XCTAssertTrue(allocation.stdout.contains(fragment), "\(fragment)\n\(allocation.stdout)")
        }
        let members = try rapat.run(["shu", "anggota", "--format", "csv"])
        XCTAssertEqual(members.status, 0, members.stderr)
        let rows = members.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ";", omittingEmptySubsequences: false) }
        XCTAssertEqual(rows.count, 130)
        func sen(_ field: Substring) -> Int64 { Int64(field.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\"", with: "")) ?? -1 }
        let jm = rows.reduce(Int64(0)) { $0 + sen($1[5]) }, ju = rows.reduce(Int64(0)) { $0 + sen($1[6]) }
        XCTAssertLessThanOrEqual(jm, 3_000_000_000, "Σ JM ≤ JMA Rp30.000.000")
        XCTAssertLessThanOrEqual(ju, 3_750_000_000, "Σ JU ≤ JUA Rp37.500.000")
        XCTAssertTrue(allocation.stdout.contains(Rupiah(sen: 3_000_000_000 - jm + 3_750_000_000 - ju).formatted + " masuk dana"),
                      "the residual printed is exactly what the member list leaves: \(allocation.stdout)")
        XCTAssertEqual(try rapat.run(["verify"]).status, 0)

        // Documents (issue 6): refused while required fields are empty, with what to fill in and where.
        let refused = try rapat.run(["docs", "--output", "dokumen"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("Berita acara TIDAK dibuat"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("Nomor badan hukum kosong: nomor_badan_hukum"), refused.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: rapat.file("dokumen/daftar-hadir.csv")))
        let details = #"{"cmd":"ba_details","nomor_badan_hukum":"518/BH/2015","tanggal_badan_hukum":"12 Januari 2015","tempat":"Balai Desa","kota":"Bogor"}"#
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: details + "\n").status, 0, "accepted after the meeting closed")
        let docs = try rapat.run(["docs", "--output", "dokumen"])
        XCTAssertEqual(docs.status, 0, docs.stderr)
        let ba = try String(contentsOfFile: rapat.file("dokumen/berita-acara.txt"), encoding: .utf8)
        XCTAssertTrue(ba.contains("Badan Hukum Nomor: 518/BH/2015\ntanggal 12 Januari 2015"), ba)
        let verify = try rapat.run(["verify"])
        let digest = verify.stdout.components(separatedBy: "Sidik akhir (SHA-256): ").last?.prefix(64) ?? ""
        XCTAssertTrue(ba.contains(String(digest)), "the berita acara carries the journal's final digest")
        for name in ["berita-acara.md", "berita-acara.html", "daftar-hadir.txt", "daftar-hadir.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: rapat.file("dokumen/" + name)), name)
        }
    }
}
