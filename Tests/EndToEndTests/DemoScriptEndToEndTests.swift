import Foundation
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
        let votes = try XCTUnwrap(object["votes"] as? [[String: Any]])
        XCTAssertEqual(votes.count, 2)
        XCTAssertEqual(votes.first?["passed"] as? Bool, true)
        XCTAssertEqual((object["decisions"] as? [Any])?.count, 5)

        let minutes = try rapat.run(["notulen", "--format", "md"])
        XCTAssertTrue(minutes.stdout.contains("KEPUTUSAN NOMOR 5: Menetapkan Arif Pratama"),
                      minutes.stdout)
        XCTAssertEqual(try rapat.run(["verify"]).status, 0)
    }
}
