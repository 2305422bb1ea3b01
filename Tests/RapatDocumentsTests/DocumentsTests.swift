import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// Documents from templates (issue 6): golden files of the scripted demo RAT in every text format, refusals with
/// what to fill in, template errors with file, line and tag, and the built-in templates equal to templates/.
final class DocumentsTests: XCTestCase {
    private func demo() throws -> MeetingState {
        MeetingState.replaying(try DemoMeeting.scripted().entries.map(\.event))
    }

    /// Issue 11 item 4: a closing pressed by mistake, withdrawn and pressed again, is in the berita acara's notes.
    func testTheBeritaAcaraListsAWithdrawal() throws {
        var state = try demo()
        let closed = try XCTUnwrap(state.closedAt)
        let closing = Int64(try XCTUnwrap(state.journalKinds.lastIndex(of: .meetingClosed)) + 1)
        try state.apply(.withdrawEvent(sequence: closing, reason: "salah tekan, masih ada pengumuman",
                                       at: closed.addingTimeInterval(60)))
        XCTAssertNil(state.closedAt)
        try state.apply(.closeMeeting(at: closed.addingTimeInterval(300)))
        let ba = BeritaAcaraModel.build(state, finalDigest: "d1g3st", eventCount: 1, meetingFile: "rat.rapat")
        let text = try DocumentTemplates.builtIn.render(.beritaAcara, .txt, model: ba)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")  // unwrapped
        XCTAssertTrue(text.contains("dibatalkan: salah tekan, masih ada pengumuman"), text)
        XCTAssertTrue(text.contains("penutupan rapat pukul"), text)
    }

    func testGoldenDocumentsOfTheScriptedRAT() throws {
        let state = try demo()
        XCTAssertEqual(BeritaAcaraModel.missingFields(state), [], "the demo RAT has every required field")
        let ba = BeritaAcaraModel.build(state, finalDigest: "d1g3st", eventCount: 1, meetingFile: "rat.rapat")
        let attendance = DaftarHadirModel.build(state)
        let templates = DocumentTemplates.builtIn
        for format in DocumentFormat.allCases {
            let text = try templates.render(.beritaAcara, format, model: ba)
            assertTextSnapshot(text, named: "berita-acara.\(format.rawValue)")
            XCTAssertEqual(text, try templates.render(.beritaAcara, format, model: BeritaAcaraModel.build(state, finalDigest: "d1g3st", eventCount: 1,
                                                                                                        meetingFile: "rat.rapat")),
                           "same journal, same bytes")
            assertTextSnapshot(try templates.render(.daftarHadir, format, model: attendance), named: "daftar-hadir.\(format.rawValue)")
        }
        // daftar-hadir.csv and .json: DataExportsTests.

        // Every other document, in every format, through the same path as `rapat docs`.
        let (entries, ledger) = try DemoMeeting.scripted()
        let output = try DocumentSet.render(entries: entries, ledger: ledger, templates: templates,
                                            formats: ["txt", "md", "html", "csv", "json"], digest: "d1g3st", meetingFile: "rat.rapat")
        XCTAssertEqual(output.missing, [])
        for (name, text) in output.files where !name.hasPrefix("berita-acara.") && !name.hasPrefix("daftar-hadir.") {
            assertTextSnapshot(name.hasSuffix(".csv") ? Self.withoutBOM(text) : text, named: name)
            if name.hasSuffix(".txt") {
                XCTAssertEqual(text.split(separator: "\n").filter { $0.count > 78 }, [], "\(name) fits 78 columns")
            }
        }
        XCTAssertEqual(Set(output.files.map(\.name)).count, 29, "\(output.files.map(\.name))")
        let again = try DocumentSet.render(entries: entries, ledger: ledger, templates: templates,
                                           formats: ["txt", "md", "html", "csv", "json"], digest: "d1g3st", meetingFile: "rat.rapat")
        XCTAssertEqual(output.files.map(\.text), again.files.map(\.text), "same journal, same bytes")
        let statistics = try XCTUnwrap(output.files.first { $0.name == "statistik.html" }?.text)
        XCTAssertEqual(statistics.components(separatedBy: "<svg ").count - 1, 2, "arrivals and H(t) charts")

        let text = try templates.render(.beritaAcara, .txt, model: ba)
        XCTAssertEqual(text.split(separator: "\n").filter { $0.count > 78 }, [], "prints on A4 in 78 columns")
        for fragment in [
            "Pada hari ini Sabtu, tanggal dua puluh satu bulan Maret tahun dua ribu dua",
            "Nomor: 01/BA-RAT/KSP-MB/III/2026", "70 (tujuh puluh) orang", "dibuka pukul 09.25",
            "Rp150.000.000,00 (seratus lima puluh juta rupiah)", "Sidik akhir jurnal rapat (SHA-256, peristiwa ke-", "rapat verify --file rat.rapat \\", "  --sidik d1g3st \\", "  --peristiwa 1",
            "Bogor, 21 Maret 2026", "rapat telah memenuhi kuorum dan dinyatakan sah",
        ] {
            XCTAssertTrue(text.contains(fragment), fragment)
        }
    }

    /// A CSV without its leading BOM, which it must have (Foundation drops a BOM when the golden file is read back).
    private static func withoutBOM(_ csv: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}"), "a CSV starts with the UTF-8 BOM", file: file, line: line)
        return String(csv.unicodeScalars.dropFirst())
    }

    func testTheBeritaAcaraIsRefusedWithWhatToFillIn() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(3))
        try state.apply(.checkIn(MemberNumber("0001"), at: Fixtures.time("2026-03-21 08:30")))
        let missing = BeritaAcaraModel.missingFields(state).map(\.field)
        XCTAssertEqual(missing, ["Nomor badan hukum", "Tanggal badan hukum", "Pukul dibuka", "Pukul ditutup",
                                 "Pernyataan kuorum sah", "Pimpinan rapat", "Keputusan rapat"])
        XCTAssertTrue(BeritaAcaraModel.missingFields(state)[0].fix.contains("ba_details"))
        try state.apply(.amendDocumentDetails(fields: ["nomor_badan_hukum": "1/BH/2015", "tanggal_badan_hukum": "1 Mei 2015"],
                                              at: Fixtures.time("2026-03-21 08:31")))
        XCTAssertFalse(BeritaAcaraModel.missingFields(state).map(\.field).contains("Nomor badan hukum"))
        XCTAssertThrowsError(try state.apply(.amendDocumentDetails(fields: ["npwp": "1"], at: Fixtures.time("2026-03-21 08:32"))))
    }

    func testTemplateErrorsNameTheFileLineAndTag() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("berita-acara.txt.mustache")
        try "Koperasi {{koperasi.nama}}\nTanggal {{tanggal}}\nNomor {{nomr}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let templates = try DocumentTemplates.load(directory: dir.path)
        let state = try demo()
        let model = BeritaAcaraModel.build(state, finalDigest: "x", eventCount: 1, meetingFile: "rat.rapat")
        XCTAssertThrowsError(try templates.render(.beritaAcara, .txt, model: model)) { error in
            XCTAssertEqual(error as? TemplateError, TemplateError(file: path, line: 3, tag: "{{nomr}}",
                                                                  problem: "nama \"nomr\" tidak dikenal dalam dokumen ini; periksa ejaannya"))
        }
        try "Baris satu\n{{#acara}}\n{{judul}}\n{{/acaraa}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try DocumentTemplates.load(directory: dir.path).render(.beritaAcara, .txt, model: model)) { error in
            let e = error as? TemplateError
            XCTAssertEqual(e?.file, path)
            XCTAssertEqual(e?.line, 4, "\(String(describing: e))")
        }
        // An edited template is used; the others stay built in.
        try "{{% CONTENT_TYPE: TEXT }}\nBA {{nomor}} untuk {{koperasi.nama}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let edited = try DocumentTemplates.load(directory: dir.path)
        XCTAssertEqual(try edited.render(.beritaAcara, .txt, model: model),
                       "BA 01/BA-RAT/KSP-MB/III/2026 untuk Koperasi Simpan Pinjam \"Maju Bersama\"\n")
        XCTAssertTrue(try edited.render(.daftarHadir, .txt, model: DaftarHadirModel.build(state)).contains("DAFTAR HADIR"))
    }

    func testBuiltInTemplatesAreTheFilesInTemplates() throws {
        let folder = DemoMeeting.repository.appendingPathComponent("templates").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".mustache") }
        XCTAssertFalse(names.isEmpty)
        let fromFiles = try DocumentTemplates.load(directory: folder)
        let state = try demo()
        let model = BeritaAcaraModel.build(state, finalDigest: "x", eventCount: 1, meetingFile: "rat.rapat")
        for format in DocumentFormat.allCases {
            XCTAssertEqual(try fromFiles.render(.beritaAcara, format, model: model),
                           try DocumentTemplates.builtIn.render(.beritaAcara, format, model: model),
                           "templates/ changed: run scripts/embed-templates")
        }
        XCTAssertEqual(Set(names), Set(DocumentTemplates.builtInNames), "templates/ changed: run scripts/embed-templates")
    }

    /// DOMAIN §14 and §12.2: who joined after the register cut-off is listed apart as peninjau, and the berita acara
    /// states N per the cut-off date with how many it excluded.
    func testPeninjauAreListedApartAndTheBeritaAcaraStatesTheCutoff() throws {
        var members = Fixtures.members(4)
        members[3] = Fixtures.member("0004", "Rina Baru", .female, unit: "Unit B")
        members[3].joinedOn = "2026-03-21"
        members.append(Fixtures.member("LB-1", "Yohanes Lake", status: .associate))
        var state = try Fixtures.openedMeeting(members, rules: MeetingRules(registerCutoff: "2026-03-20"))
        for (number, time) in [("0001", "08:10"), ("0004", "08:12"), ("LB-1", "08:13"), ("0002", "08:14")] {
            try state.apply(.checkIn(MemberNumber(number), at: Fixtures.time("2026-03-21 \(time)")))
        }
        let templates = DocumentTemplates.builtIn
        let text = try templates.render(.daftarHadir, .txt, model: DaftarHadirModel.build(state))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let counted = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Anggota yang hadir:") })
        let others = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Hadir, tidak dihitung dalam kuorum") })
        let observers = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Peninjau, masuk sesudah batas buku daftar anggota") })
        XCTAssertEqual(lines[counted], "Anggota yang hadir: 2 (dua) orang dari 3 (tiga) orang (66,67%).")
        XCTAssertTrue(lines[..<counted].joined().contains("Anggota 1") && lines[..<counted].joined().contains("Anggota 2"))
        XCTAssertFalse(lines[..<observers].joined().contains("Rina Baru"), "the peninjau is not among the members")
        XCTAssertTrue(lines[others..<observers].joined().contains("Yohanes Lake"))
        XCTAssertEqual(Array(lines[observers...].prefix(2)), [
            "Peninjau, masuk sesudah batas buku daftar anggota 20 Maret 2026",
            "(tidak dihitung dalam kuorum, tanpa hak suara):",
        ])
        XCTAssertTrue(lines[observers...].contains { $0.hasPrefix("    1 0004  Rina Baru") && $0.contains("Unit B        08.12") })
        XCTAssertTrue(lines[observers...].contains("    1  0004  peninjau, masuk 21 Maret 2026"), text)
        XCTAssertEqual(lines.filter { $0.count > 78 }, [], "prints on A4 in 78 columns")
        for format in [DocumentFormat.md, .html] {
            let other = try templates.render(.daftarHadir, format, model: DaftarHadirModel.build(state))
            XCTAssertTrue(other.contains("Peninjau (masuk sesudah batas buku daftar anggota 20 Maret 2026)"), format.rawValue)
        }
        let csv = DataExports.attendanceCSV(state)
        XCTAssertTrue(csv.contains("\"\u{2060}0004\";\"Rina Baru\";\"P\";\"Unit B\""), csv)
        XCTAssertTrue(csv.contains("\"peninjau\""), csv)

        let ba = try templates.render(.beritaAcara, .txt, model: BeritaAcaraModel.build(
            state, finalDigest: "d", eventCount: 1, meetingFile: "rat.rapat"))
        let words = ba.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("Jumlah anggota dalam buku daftar anggota: 5 (lima) orang."), ba)
        XCTAssertTrue(words.contains("Jumlah anggota yang dihitung untuk kuorum per 20 Maret 2026, batas buku daftar anggota: "
            + "3 (tiga) orang. Tidak dihitung: anggota luar biasa 1 orang; peninjau, yaitu anggota yang masuk sesudah "
            + "20 Maret 2026, 1 orang."), ba)
    }
}

