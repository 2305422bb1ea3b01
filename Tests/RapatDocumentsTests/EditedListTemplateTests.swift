import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// Long lists (the daftar hadir's members, the SHU table's rows) reach templates as rows that compute a field when it
/// is printed. An edited template still reads every field of a row, in Markdown escaped, and a misspelt field is
/// still refused with its line.
final class EditedListTemplateTests: XCTestCase {
    private func folder(_ files: [String: String]) throws -> String {
        let path = NSTemporaryDirectory() + "rapat-daftar-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    private func meeting() throws -> MeetingState {
        let members = [Fixtures.member("0001", "Siti | *Aminah*", .female, unit: "Unit Toko"),
                       Fixtures.member("0002", "Budi", unit: "Unit Jasa"), Fixtures.member("0003", "Tak Hadir", unit: "Unit Jasa")]
        var state = try Fixtures.openedMeeting(members)
        try state.apply(.checkIn(MemberNumber("0001"), at: Fixtures.time("2026-03-21 08:10")))
        try state.apply(.checkIn(MemberNumber("0002"), at: Fixtures.time("2026-03-21 08:20")))
        try state.apply(.markLeft(MemberNumber("0002"), at: Fixtures.time("2026-03-21 10:00")))
        return state
    }

    func testAnEditedDaftarHadirReadsEveryFieldOfARow() throws {
        let row = "{{#anggota}}{{no}}/{{nomor}}/{{nama}}/{{lp}}/{{unit}}/{{datang}}/{{keluar}}/{{#ada_keterangan}}K{{/ada_keterangan}}\n{{/anggota}}"
            + "{{#tidak_hadir}}-{{nomor}} {{nama}} ({{status}})\n{{/tidak_hadir}}"
        let templates = try DocumentTemplates.load(directory: try folder(["daftar-hadir.txt.mustache": row,
                                                                          "daftar-hadir.md.mustache": row]))
        let model = DaftarHadirModel.build(try meeting())
        XCTAssertEqual(try templates.render(.daftarHadir, .txt, model: model),
                       "1/0001/Siti | *Aminah*/P/Unit Toko/08.10//\n2/0002/Budi/L/Unit Jasa/08.20/10.00/\n-0003 Tak Hadir (anggota biasa)\n")
        let markdown = try templates.render(.daftarHadir, .md, model: model)
        XCTAssertTrue(markdown.hasPrefix("1/0001/Siti \\| \\*Aminah\\*/P/"), "a row's fields are escaped in Markdown: \(markdown)")

        let misspelt = try DocumentTemplates.load(directory: try folder(["daftar-hadir.txt.mustache": "a\n{{#anggota}}{{namma}}{{/anggota}}\n"]))
        XCTAssertThrowsError(try misspelt.render(.daftarHadir, .txt, model: model)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("namma") && message.contains(":2"), message)
        }
    }

    func testAnEditedReportTableReadsItsCells() throws {
        let table = ReportDocument.Table(columns: ["Nama", "Jumlah"], rows: [["Siti", "1.000"], ["Budi", "20"]], numeric: [1])
        let model = ReportDocument(title: "T", subtitle: "S", cooperative: "K", date: "D",
                                   sections: [.init(title: "B", table: table)]).model
        let templates = try DocumentTemplates.load(directory: try folder([
            "laporan.txt.mustache": "{{#bagian}}{{#tabel}}{{#baris}}[{{#sel}}{{teks}}{{#kanan}}>{{/kanan}};{{/sel}}] {{teks}} |{{tetap}}|\n{{/baris}}{{/tabel}}{{/bagian}}",
        ]))
        XCTAssertEqual(try templates.render(.statistik, .txt, model: model),
                       "[Siti;1.000>;] Siti · 1.000 |Siti   1.000|\n[Budi;20>;] Budi · 20 |Budi      20|\n")
    }
}
