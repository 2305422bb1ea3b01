import Foundation
import RapatTesting
import XCTest

/// `rapat kunci buat` and signed documents (issue 10): the real binary, checked with the stock `sha256sum` and
/// `minisign` in the output folder, as a member or pengawas would check them.
final class SignedDocumentsEndToEndTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    func testDocumentsAreSummedSignedAndCheckableWithStockTools() throws {
        let minisign = try ExternalTool("minisign", package: "minisign")
        let sha256sum = try ExternalTool("sha256sum", package: "coreutils")
        let rapat = try RapatBinary()
        defer { rapat.remove() }
        XCTAssertEqual(try rapat.run(["init", "--nama", "KSP Demo", "--tanggal", "2026-03-21"]).status, 0)
        XCTAssertEqual(try rapat.run(["roster", "import", repository + "/demo/anggota.csv"]).status, 0)
        XCTAssertEqual(try rapat.run(["apply", repository + "/demo/rat-singkat.jsonl"]).status, 0)
        let details = #"{"cmd":"ba_details","nomor_badan_hukum":"518/BH/2015","tanggal_badan_hukum":"12 Januari 2015","tempat":"Balai Desa","kota":"Bogor"}"#
        XCTAssertEqual(try rapat.run(["apply", "-"], stdin: details + "\n").status, 0)

        // Unsigned: SHA256SUMS and the digest note, no signature, no key line on the berita acara.
        let unsigned = try rapat.run(["docs", "--output", "dokumen", "--format", "txt,md,csv"])
        XCTAssertEqual(unsigned.status, 0, unsigned.stderr)
        let folder = rapat.file("dokumen")
        XCTAssertEqual(try sha256sum.run(["--strict", "-c", "SHA256SUMS"], in: folder).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: rapat.file("dokumen/SHA256SUMS.minisig")))
        XCTAssertFalse(try String(contentsOfFile: rapat.file("dokumen/berita-acara.txt"), encoding: .utf8).contains("minisign"))

        // The key pair, next to koperasi.toml, where `rapat docs` looks for it; never overwritten.
        let made = try rapat.run(["kunci", "buat"])
        XCTAssertEqual(made.status, 0, made.stderr)
        let publicText = try String(contentsOfFile: rapat.file("kunci-rapat.pub"), encoding: .utf8)
        let keyID = try XCTUnwrap(publicText.split(separator: "\n").first?.split(separator: " ").last.map(String.init))
        let keyLine = try XCTUnwrap(publicText.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(made.stdout.contains("minisign public key \(keyID)\n\(keyLine)"), made.stdout)
        let attributes = try FileManager.default.attributesOfItem(atPath: rapat.file("kunci-rapat.key"))
        XCTAssertEqual(attributes[.posixPermissions] as? Int, 0o600)
        let again = try rapat.run(["kunci", "buat"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("kunci-rapat.key: berkas kunci sudah ada: tidak ditimpa"), again.stderr)
        let meeting = try Data(contentsOf: URL(fileURLWithPath: rapat.file("rat.rapat")))
        XCTAssertNil(meeting.range(of: Data(keyLine.utf8)), "nothing of the key goes into the meeting file")

        // Signed: every document, the digest note and SHA256SUMS check; minisign verifies the signature.
        let signed = try rapat.run(["docs", "--output", "dokumen", "--format", "txt,md,html,csv,json"])
        XCTAssertEqual(signed.status, 0, signed.stderr)
        XCTAssertTrue(signed.stderr.contains("ditandatangani dengan kunci-rapat.key (kunci minisign \(keyID))"), signed.stderr)
        let sums = try String(contentsOfFile: rapat.file("dokumen/SHA256SUMS"), encoding: .utf8)
        let listed = sums.split(separator: "\n").map { String($0.dropFirst(66)) }
        XCTAssertTrue(listed.contains("berita-acara.html") && listed.contains("rekap-suara.json"), sums)
        XCTAssertEqual(listed.last, "sidik-jurnal.txt")
        XCTAssertTrue(sums.split(separator: "\n").allSatisfy { $0.range(of: #"^[0-9a-f]{64}  \S+$"#, options: .regularExpression) != nil })
        let checked = try sha256sum.run(["--strict", "-c", "SHA256SUMS"], in: folder)
        XCTAssertEqual(checked.status, 0, checked.output)
        let verified = try minisign.run(["-Vm", "SHA256SUMS", "-p", "../kunci-rapat.pub"], in: folder)
        XCTAssertEqual(verified.status, 0, verified.output)
        let digest = try rapat.run(["verify"]).stdout.components(separatedBy: "Sidik akhir (SHA-256): ").last?.prefix(64) ?? ""
        XCTAssertEqual(digest.count, 64)
        XCTAssertTrue(verified.output.contains("Trusted comment: sidik-jurnal:\(digest)\tberkas-rapat:rat.rapat"), verified.output)
        let note = try String(contentsOfFile: rapat.file("dokumen/sidik-jurnal.txt"), encoding: .utf8)
        XCTAssertTrue(note.contains("Sidik akhir jurnal rapat (SHA-256): \(digest)") && note.contains(keyLine), note)

        // The berita acara names the key, in every format.
        let ba = try String(contentsOfFile: rapat.file("dokumen/berita-acara.txt"), encoding: .utf8)
        XCTAssertTrue(ba.contains("Dokumen ditandatangani dengan kunci minisign koperasi \(keyID):\n\(keyLine)\n"), ba)
        XCTAssertEqual(ba.split(separator: "\n").filter { $0.count > 78 }, [], "still 78 columns")
        for name in ["berita-acara.md", "berita-acara.html"] {
            XCTAssertTrue(try String(contentsOfFile: rapat.file("dokumen/" + name), encoding: .utf8).contains(keyID), name)
        }

        // One changed byte in SHA256SUMS: minisign refuses.
        var bytes = [UInt8](Data(sums.utf8))
        bytes[0] = bytes[0] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        try Data(bytes).write(to: URL(fileURLWithPath: rapat.file("dokumen/SHA256SUMS")))
        let refused = try minisign.run(["-Vm", "SHA256SUMS", "-p", "../kunci-rapat.pub"], in: folder)
        XCTAssertNotEqual(refused.status, 0, refused.output)

        // A secret key inside the documents folder would be handed out with them: refused.
        try FileManager.default.copyItem(atPath: rapat.file("kunci-rapat.key"), toPath: rapat.file("dokumen/kunci-rapat.key"))
        let inside = try rapat.run(["docs", "--output", "dokumen", "--format", "txt", "--kunci", "dokumen/kunci-rapat.key"])
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.stderr.contains("kunci rahasia berada di folder dokumen"), inside.stderr)
    }
}
