import Foundation
import RapatCore
@testable import RapatDocuments
import RapatTesting
import XCTest

/// Issue 12 item 3: a daftar hadir to sign. Natural member-number order (or by unit with subtotals, or by arrival),
/// the absent members and non-members apart, the certification with the counts in words, and the layout marks the
/// PDF and DOCX writers read from the Markdown.
final class DaftarHadirTests: XCTestCase {
    private func meeting(_ rules: MeetingRules = .defaults) throws -> MeetingState {
        let members = [
            Fixtures.member("A-10", "Sepuluh", unit: "Unit 2"), Fixtures.member("A-2", "Dua", .female, unit: "Unit 10"),
            Fixtures.member("A-1", "Satu", unit: "Unit 2"), Fixtures.member("B-1", "Bebas", unit: "Unit 10"),
            Fixtures.member("A-3", "Tiga Tak Hadir", unit: "Unit 2"), Fixtures.member("LB-1", "Luar Biasa", status: .associate),
        ]
        var state = try Fixtures.openedMeeting(members, rules: rules)
        for (number, time) in [("B-1", "08:10"), ("A-10", "08:11"), ("A-1", "08:13"), ("LB-1", "08:14"), ("A-2", "09:20")] {
            try state.apply(.checkIn(MemberNumber(number), at: Fixtures.time("2026-03-21 \(time)")))
        }
        try state.apply(.markLeft(MemberNumber("A-10"), at: Fixtures.time("2026-03-21 10:00")))
        try state.apply(.checkIn(MemberNumber("A-10"), at: Fixtures.time("2026-03-21 10:30")))
        try state.apply(.markLeft(MemberNumber("A-10"), at: Fixtures.time("2026-03-21 11:00")))
        return state
    }

    private func numbers(_ model: [String: Any], _ key: String = "anggota") -> [String] {
        rows(model[key]).compactMap { $0.child(named: "nomor") as? String }
    }

    /// The rows of a list of the model as templates see them (records that compute a field when asked).
    private func rows(_ list: Any?) -> [any TemplateRecord] { (list as? [Any] ?? []).compactMap { $0 as? any TemplateRecord } }

    func testMembersAreInNaturalNumberOrderByDefault() throws {
        let state = try meeting()
        XCTAssertEqual(numbers(DaftarHadirModel.build(state)), ["A-1", "A-2", "A-10", "B-1"])
        XCTAssertEqual(numbers(DaftarHadirModel.build(state, order: .datang)), ["B-1", "A-10", "A-1", "A-2"])
        let byUnit = DaftarHadirModel.build(state, order: .unit)
        XCTAssertEqual(numbers(byUnit), ["A-1", "A-10", "A-2", "B-1"], "Unit 2 before Unit 10, numbers inside")
        let groups = try XCTUnwrap(byUnit["kelompok"] as? [[String: Any]])
        XCTAssertEqual(groups.compactMap { $0["subtotal"] as? String },
                       ["Jumlah Unit 2: 2 hadir dari 3 terdaftar", "Jumlah Unit 10: 2 hadir dari 2 terdaftar"])
        let text = try DocumentTemplates.builtIn.render(.daftarHadir, .txt, model: byUnit)
        XCTAssertTrue(text.contains("      Jumlah Unit 2: 2 hadir dari 3 terdaftar\n    3 A-2"), text)
        let html = try DocumentTemplates.builtIn.render(.daftarHadir, .html, model: byUnit)
        XCTAssertTrue(html.contains("<tr class=\"subtotal\"><td colspan=\"9\">Jumlah Unit 10: 2 hadir dari 2 terdaftar</td></tr>"))
    }

    func testTheRegisterIsAccountedForAndCertified() throws {
        let state = try meeting()
        let model = DaftarHadirModel.build(state)
        XCTAssertEqual(numbers(model, "tidak_hadir"), ["A-3"])
        XCTAssertEqual(numbers(model, "lainnya"), ["LB-1"])
        let text = try DocumentTemplates.builtIn.render(.daftarHadir, .txt, model: model)
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("Daftar hadir ini memuat 4 (empat) anggota hadir dari 5 (lima) anggota terdaftar (80,00%); "
            + "1 (satu) anggota terdaftar tidak hadir. Selain itu hadir 1 (satu) anggota yang tidak dihitung dalam kuorum. "
            + "Seluruh 6 (enam) anggota dalam buku daftar anggota tercantum dalam daftar ini."), words)
        XCTAssertTrue(words.contains("Balai Pertemuan, 21 Maret 2026"), words)
        XCTAssertTrue(text.contains("Sekretaris Rapat,") && text.contains("Pimpinan Rapat,"))
        // One line per member, every line within 78 columns; the jam keluar is the last departure, the return a remark.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.filter { $0.count > 78 }, [])
        let a10 = try XCTUnwrap(lines.first { $0.contains("A-10 ") && $0.contains("Sepuluh") })
        XCTAssertTrue(a10.contains("08.11  11.00") && a10.hasSuffix("_________"), String(a10))
        XCTAssertTrue(text.contains("A-10  keluar 10.00, kembali 10.30"), text)
        XCTAssertTrue(text.contains("    1 A-3   Tiga Tak Hadir"), text)
        XCTAssertTrue(text.contains("Terlambat: datang sesudah pukul 09.00 WIB."), text)
    }

    /// The Markdown is what the PDF and DOCX writers read: titles, the widths of the attendee table and its row
    /// height, and the certification with its signatures as one borderless block.
    func testTheMarkdownCarriesTheLayoutMarks() throws {
        let markdown = try DocumentTemplates.builtIn.render(.daftarHadir, .md, model: DaftarHadirModel.build(try meeting()))
        let layout = PrintLayout.parse(markdown: markdown)
        guard case .title("DAFTAR HADIR") = layout.blocks.first else { return XCTFail("\(layout.blocks.prefix(2))") }
        let tables = layout.blocks.compactMap { block -> PrintLayout.Table? in
            if case let .table(table) = block { return table }
            return nil
        }
        let attendees = try XCTUnwrap(tables.first)
        XCTAssertEqual(attendees.header, ["No", "Nomor", "Nama", "L/P", "Unit", "Datang", "Keluar", "Tanda tangan", "Keterangan"])
        XCTAssertEqual(attendees.minimumRowHeight, 7)
        XCTAssertEqual(attendees.rows.count, 4)
        XCTAssertEqual(attendees.rows[3][7], "", "an empty box to sign")
        let widths = try XCTUnwrap(attendees.widths)
        XCTAssertEqual(widths[2], widths.max(), "the name column is among the widest")
        XCTAssertGreaterThan(widths[7], widths[5], "room to sign")
        guard case let .keepTogether(signature) = try XCTUnwrap(layout.blocks.last) else { return XCTFail("\(layout.blocks.last!)") }
        let certification = signature.contains { block in
            if case let .paragraph(text, _) = block { return text.hasPrefix("Daftar hadir ini memuat") }
            return false
        }
        XCTAssertTrue(certification)
        let signatures = signature.compactMap { block -> PrintLayout.Table? in
            if case let .table(table) = block { return table }
            return nil
        }
        XCTAssertEqual(signatures.first?.borderless, true)
        XCTAssertEqual(signatures.first?.header, ["Sekretaris Rapat", "Pimpinan Rapat"])
    }

    /// A proxy is noted on both sides: the absent principal is represented, the holder's keterangan names the principal.
    func testProxiesAreNoted() throws {
        var state = try meeting(MeetingRules(voting: VotingRules(proxiesAllowed: true)))
        try state.apply(.grantProxy(principal: MemberNumber("A-3"), holder: MemberNumber("A-1"), letter: "07/SK/2026",
                                    at: Fixtures.time("2026-03-21 11:05")))
        let model = DaftarHadirModel.build(state)
        let absent = try XCTUnwrap(rows(model["tidak_hadir"]).first)
        XCTAssertEqual(absent.child(named: "status") as? String, "anggota biasa; diwakili kuasa oleh A-1")
        let holder = try XCTUnwrap(rows(model["anggota"]).first)
        XCTAssertEqual(holder.child(named: "keterangan") as? String, "menerima kuasa dari A-3 (surat 07/SK/2026)")
        XCTAssertTrue((model["pengesahan"] as? String ?? "").contains("1 (satu) di antaranya diwakili dengan surat kuasa"))
    }

    /// Before anyone arrives every list is empty: the templates still render (each tag is known), all members absent.
    func testAnEmptyRegisterRenders() throws {
        let state = try Fixtures.openedMeeting(Fixtures.members(3))
        for order in AttendanceOrder.allCases {
            let model = DaftarHadirModel.build(state, order: order)
            for format in DocumentFormat.allCases {
                let text = try DocumentTemplates.builtIn.render(.daftarHadir, format, model: model)
                XCTAssertTrue(text.contains("memuat 0 (nol) anggota hadir dari 3 (tiga) anggota"), "\(order) \(format): \(text)")
            }
        }
    }
}
