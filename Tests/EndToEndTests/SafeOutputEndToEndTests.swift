import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// Safe outputs and messages through the real binary (issue 11, items 8 and 9): no escape byte reaches the terminal
/// from a hostile name, documents are private, and errors are Indonesian sentences without library text.
final class SafeOutputEndToEndTests: XCTestCase {
    private func forbidden(_ text: String) -> [String] {
        text.unicodeScalars.filter { $0.value == 0x1B || $0.value == 0x9B || (0x202A...0x202E).contains($0.value) }
            .map { String(format: "U+%04X", $0.value) }
    }

    /// The roster import and JSON Lines now refuse control characters, so a hostile meeting is one written by an
    /// earlier version (or by hand): it is made here through the store, and the outputs must still be clean.
    private func hostileMeeting() throws -> RapatBinary {
        let rapat = try RapatBinary()
        XCTAssertEqual(try rapat.run(["init", "--nama", "KSP Uji", "--tanggal", "2026-03-21"]).status, 0)
        let members = [
            Fixtures.member("0001", "Siti\u{1B}[31m Aminah\u{202E}", .female, unit: "Unit\u{1B}[2J Toko"),
            Fixtures.member("0002", "=HYPERLINK(\"http://x\";\"y\")", unit: "Unit Toko"),
            Fixtures.member("0003", "Yohanes | Lake", unit: "Unit Toko"),
        ]
        let settings = try CooperativeSettings.load(from: rapat.file("koperasi.toml"))
        let session = try MeetingSession.open(path: rapat.file("rat.rapat"), purpose: "test")
        let t = { (text: String) in Fixtures.time("2026-03-21 " + text) }
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "anggota.csv",
                                          at: t("08:00")), recordedAt: t("08:00"))
        try session.execute(.openRegistration(rules: settings.rules, profile: settings.profile, at: t("08:10")),
                            recordedAt: t("08:10"))
        try session.execute(.checkIn(MemberNumber("0001"), at: t("08:30")), recordedAt: t("08:30"))
        try session.execute(.checkIn(MemberNumber("0002"), at: t("08:31")), recordedAt: t("08:31"))
        try session.execute(.openMeeting(by: "Ketua\u{1B}[31m Pengurus\u{202E}", agenda: Agenda(items: [
            AgendaItem(kind: .opening, title: "Pembukaan"), AgendaItem(kind: .closing, title: "Penutupan"),
        ]), at: t("09:15")), recordedAt: t("09:15"))
        session.close()
        return rapat
    }

    func testStatsAndNotulenPrintNoEscapeByteForAHostileName() throws {
        let rapat = try hostileMeeting()
        defer { rapat.remove() }
        for arguments in [["stats"], ["stats", "--json"], ["notulen"], ["rekap-suara"]] {
            let run = try rapat.run(arguments)
            XCTAssertEqual(forbidden(run.stdout), [], "rapat \(arguments.joined(separator: " ")): \(run.stdout)")
            XCTAssertEqual(forbidden(run.stderr), [], "rapat \(arguments.joined(separator: " ")): \(run.stderr)")
        }
        let stats = try rapat.run(["stats"])
        XCTAssertTrue(stats.stdout.contains("Unit\u{FFFD}[2J Toko"), "a visible placeholder: \(stats.stdout)")
    }

    func testDocumentsArePrivateAndTheirWriteErrorsAreIndonesian() throws {
        let rapat = try hostileMeeting()
        defer { rapat.remove() }
        let docs = try rapat.run(["docs", "--format", "txt,md,csv,json", "-o", "dokumen"])
        XCTAssertEqual(docs.status, 1, "the berita acara is refused (fields missing): \(docs.stderr)")
        XCTAssertFalse(docs.stderr.contains("ExitCode"), docs.stderr)
        func mode(_ path: String) -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: rapat.file(path)))?[.posixPermissions] as? Int ?? 0) & 0o777
        }
        XCTAssertEqual(mode("dokumen"), 0o700)
        for name in ["daftar-hadir.csv", "daftar-hadir.md", "statistik.json", "SHA256SUMS"] {
            XCTAssertEqual(mode("dokumen/" + name), 0o600, name)
        }
        let csv = (try? String(contentsOfFile: rapat.file("dokumen/daftar-hadir.csv"), encoding: .utf8)) ?? ""
        XCTAssertTrue(csv.contains("\"'=HYPERLINK("), csv)
        XCTAssertEqual(forbidden(csv), [])

        let shared = try rapat.run(["docs", "--format", "txt", "-o", "cetak", "--izin-baca-grup"])
        XCTAssertFalse(shared.stderr.contains("ExitCode"), shared.stderr)
        XCTAssertEqual(mode("cetak"), 0o750)
        XCTAssertEqual(mode("cetak/daftar-hadir.txt"), 0o640)

        // A folder that cannot be written: an Indonesian sentence, no NSCocoaErrorDomain.
        XCTAssertEqual(chmod(rapat.file("cetak"), 0o500), 0)
        defer { chmod(rapat.file("cetak"), 0o700) }
        if getuid() != 0 {
            let refused = try rapat.run(["docs", "--format", "txt", "-o", "cetak"])
            XCTAssertEqual(refused.status, 1)
            XCTAssertTrue(refused.stderr.contains("galat: dokumen tidak ditulis: berkas cetak/"), refused.stderr)
            XCTAssertTrue(refused.stderr.contains("izin ditolak"), refused.stderr)
            XCTAssertFalse(refused.stderr.contains("Domain"), refused.stderr)
        }
        let missing = try rapat.run(["docs", "--format", "txt", "-o", "/proc/tidak-ada/dokumen"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("galat: dokumen tidak ditulis: berkas /proc/tidak-ada"), missing.stderr)
        XCTAssertFalse(missing.stderr.contains("rincian teknis"), missing.stderr)
        let verbose = try rapat.run(["docs", "--format", "txt", "-o", "/proc/tidak-ada/dokumen", "--verbose"])
        XCTAssertTrue(verbose.stderr.contains("rincian teknis: "), "--verbose adds the technical detail: \(verbose.stderr)")
    }

    func testASymlinkedTemplateIsRefusedAndNothingIsWritten() throws {
        let rapat = try hostileMeeting()
        defer { rapat.remove() }
        try FileManager.default.createDirectory(atPath: rapat.file("templat"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: rapat.file("templat/rekap-suara.txt.mustache"), withDestinationPath: "/etc/passwd")
        let run = try rapat.run(["docs", "--templates", "templat", "--format", "txt", "-o", "dokumen"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("templat/rekap-suara.txt.mustache"), run.stderr)
        XCTAssertTrue(run.stderr.contains("tautan simbolik"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: rapat.file("dokumen")))
    }

    /// Documents are written as they are made, but put in place together: a template error in a later document
    /// leaves the earlier run's folder exactly as it was (no new daftar hadir beside an old SHA256SUMS), and a folder
    /// the failed run created is gone.
    func testATemplateErrorHalfwayLeavesNoDocumentBehind() throws {
        let rapat = try hostileMeeting()
        defer { rapat.remove() }
        XCTAssertEqual(try rapat.run(["docs", "--format", "txt", "-o", "dokumen"]).status, 1, "berita acara refused, the rest written")
        let before = try FileManager.default.contentsOfDirectory(atPath: rapat.file("dokumen")).sorted()
        let sums = try String(contentsOfFile: rapat.file("dokumen/SHA256SUMS"), encoding: .utf8)
        XCTAssertTrue(before.contains("daftar-hadir.txt") && before.contains("notulen.txt"), "\(before)")
        let register = try Data(contentsOf: URL(fileURLWithPath: rapat.file("dokumen/daftar-hadir.txt")))

        // The daftar hadir comes first and renders; the notulen's template names a field that does not exist.
        try FileManager.default.createDirectory(atPath: rapat.file("templat"), withIntermediateDirectories: true)
        try "{{judul}}\n{{daftar}}\n{{tidak_ada}}\n".write(toFile: rapat.file("templat/notulen.txt.mustache"), atomically: true,
                                                            encoding: .utf8)
        try "UBAH {{judul}}\n".write(toFile: rapat.file("templat/daftar-hadir.txt.mustache"), atomically: true, encoding: .utf8)
        let run = try rapat.run(["docs", "--templates", "templat", "--format", "txt", "-o", "dokumen"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("templat/notulen.txt.mustache") && run.stderr.contains("tidak_ada"), run.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: rapat.file("dokumen")).sorted(), before,
                       "no staged file is left")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: rapat.file("dokumen/daftar-hadir.txt"))), register)
        XCTAssertEqual(try String(contentsOfFile: rapat.file("dokumen/SHA256SUMS"), encoding: .utf8), sums)

        let fresh = try rapat.run(["docs", "--templates", "templat", "--format", "txt", "-o", "baru/dokumen"])
        XCTAssertEqual(fresh.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: rapat.file("baru/dokumen")), "the folder it made is removed")
    }

    func testAnErrorInsideACommandIsNeverReWrappedAsExitCode() throws {
        let rapat = try hostileMeeting()
        defer { rapat.remove() }
        XCTAssertTrue(FileManager.default.createFile(atPath: rapat.file("lain.rapat"), contents: Data("bukan rapat\n".utf8)))
        try FileManager.default.createDirectory(atPath: rapat.file("folder.rapat"), withIntermediateDirectories: true)
        for arguments in [["stats", "--file", "lain.rapat"], ["docs", "--file", "lain.rapat", "-o", "dokumen"],
                          ["shu", "anggota", "--file", "folder.rapat"], ["verify", "--file", "tidak-ada.rapat"],
                          ["notulen", "--file", "folder.rapat"], ["docs", "--templates", "tidak-ada", "-o", "dokumen"]] {
            let run = try rapat.run(arguments)
            XCTAssertNotEqual(run.status, 0, arguments.joined(separator: " "))
            for raw in ["ExitCode", "NSCocoaErrorDomain", "SQLite error", "DecodingError", "Error Domain"] {
                XCTAssertFalse(run.stderr.contains(raw), "rapat \(arguments.joined(separator: " ")): \(run.stderr)")
            }
            XCTAssertTrue(run.stderr.hasPrefix("galat: ") || run.stderr.contains("\ngalat: "), run.stderr)
        }
    }
}
