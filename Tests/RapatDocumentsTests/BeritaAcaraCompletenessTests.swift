import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// Issue 12 item 4: the berita acara a Dinas accepts — register size against N, attendance mode, Dasar, guests, RAPB,
/// lampiran, witnesses by name with warnings, rules in words, and the signature block marked for the typeset layout.
final class BeritaAcaraCompletenessTests: XCTestCase {
    private func demo() throws -> MeetingState {
        MeetingState.replaying(try DemoMeeting.scripted().entries.map(\.event))
    }

    private func render(_ state: MeetingState, _ format: DocumentFormat = .txt) throws -> String {
        try DocumentTemplates.builtIn.render(.beritaAcara, format,
                                             model: BeritaAcaraModel.build(state, finalDigest: "d", eventCount: 1, meetingFile: "rat.rapat"))
    }

    /// The text with its line wrapping undone, to search sentences.
    private func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    func testTheDemoBeritaAcaraHasTheDasarGuestsWitnessesAndLampiran() throws {
        let text = words(try render(try demo()))
        for fragment in [
            "I. DASAR 1. Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian; 2. Anggaran Dasar Koperasi Pasal 22 dan "
                + "Anggaran Rumah Tangga Pasal 10; 3. Keputusan Pengurus Nomor 05/SK/KSP-MB/II/2026 tanggal 16 Februari 2026 "
                + "tentang Penyelenggaraan RAT Tahun Buku 2025; 4. Undangan RAT Nomor 07/UND/KSP-MB/III/2026 tanggal "
                + "7 Maret 2026; bahan RAT dibagikan kepada anggota pada tanggal 12 Maret 2026.",
            "Jumlah anggota dalam buku daftar anggota: 133 (seratus tiga puluh tiga) orang.",
            "dihitung untuk kuorum: 130 (seratus tiga puluh) orang. Tidak dihitung: anggota luar biasa 3 orang.",
            "seluruhnya hadir secara luring (tatap muka).",
            "Kuorum menurut Anggaran Dasar: lebih dari setengah dari 130 anggota, yaitu 66 (enam puluh enam) orang.",
            "Undangan: Dinas Koperasi dan UKM Kabupaten Bogor; Camat Sukamaju.",
            "DITERIMA melalui pemungutan suara terbuka dengan angkat tangan; hadir 69 (enam puluh sembilan) orang.",
            "Suara setuju 52 lebih dari setengah dari 61 suara sah.",
            "1 (satu) anggota meninggalkan ruang rapat sebelum rapat ditutup; rinciannya tercatat dalam daftar hadir.",
            "WAKIL ANGGOTA (SAKSI) 1. Mega Harahap ( .............................. ) 2. Zainal Anggraini",
            "Lampiran: 1. Daftar hadir anggota 2. Notulen rapat 3. Statistik kehadiran 4. Rekapitulasi pemungutan suara dan "
                + "keputusan 5. Daftar pembagian SHU per anggota",
            "VI. ANGKA POKOK LAPORAN", "VII. CATATAN",
        ] {
            XCTAssertTrue(text.contains(fragment), fragment + "\n\n" + text)
        }
    }

    /// DOMAIN §17: no arithmetic notation, no nested brackets, no "secara pemungutan suara", no leaver by name.
    func testTheLegalTextHasNoArithmeticNestedBracketsOrLeaverNames() throws {
        for format in DocumentFormat.allCases {
            let text = try render(try demo(), format)
            for forbidden in ["⌊", "⌈", " × ", " = 1", "secara pemungutan suara", "(hadir 70 (tujuh", "Ujang Hidayat (0001) meninggalkan",
                              "1/2"] {
                XCTAssertFalse(text.contains(forbidden), "\(format.rawValue): \(forbidden)")
            }
            var depth = 0
            for character in text {
                if character == "(" { depth += 1; XCTAssertLessThan(depth, 2, "\(format.rawValue): nested brackets") }
                if character == ")" { depth = max(0, depth - 1) }
            }
        }
    }

    /// 300 leavers are one sentence, and counts over a thousand carry the thousands separator.
    func testManyLeaversAreSummarisedAndLargeCountsAreGrouped() throws {
        var members = Fixtures.members(2_400)
        members[0].office = Office(body: .pengurus, title: "Ketua")
        var state = try Fixtures.openedMeeting(members)
        for index in 0..<1_500 {
            try state.apply(.checkIn(members[index].number, at: Fixtures.time("2026-03-21 08:10").addingTimeInterval(Double(index))))
        }
        for index in 1...300 {
            try state.apply(.markLeft(members[index].number, at: Fixtures.time("2026-03-21 09:30").addingTimeInterval(Double(index))))
        }
        let text = words(try render(state))
        XCTAssertTrue(text.contains("Jumlah anggota yang hadir: 1.500 (seribu lima ratus) orang, laki-laki 750 orang"), text)
        XCTAssertTrue(text.contains("lebih dari setengah dari 2.400 anggota, yaitu 1.201 (seribu dua ratus satu) orang"), text)
        XCTAssertTrue(text.contains("300 (tiga ratus) anggota meninggalkan ruang rapat sebelum rapat ditutup; rinciannya "
            + "tercatat dalam daftar hadir."), text)
        XCTAssertFalse(text.contains("Anggota 2 "), "no leaver by name")
    }

    /// The register against N: associates, candidates, peninjau after the cut-off and suspended members, counted apart.
    func testTheRegisterSizeExplainsWhoIsNotInN() throws {
        var members = Fixtures.members(6)
        members[1].status = .associate
        members[2].status = .candidate
        members[3].joinedOn = "2026-03-21"
        members[4].inArrears = true
        var voting = VotingRules.defaults
        voting.arrearsPolicy = .suspendVoteAndQuorum
        var state = try Fixtures.openedMeeting(members, rules: MeetingRules(voting: voting, registerCutoff: "2026-03-20"))
        XCTAssertEqual(state.opening?.registered, 2)
        for (index, member) in [members[0], members[1], members[3]].enumerated() {
            try state.apply(.checkIn(member.number, at: Fixtures.time("2026-03-21 08:1\(index)")))
        }
        let text = words(try render(state))
        XCTAssertTrue(text.contains("Jumlah anggota dalam buku daftar anggota: 6 (enam) orang."), text)
        XCTAssertTrue(text.contains("per 20 Maret 2026, batas buku daftar anggota: 2 (dua) orang. Tidak dihitung: anggota luar "
            + "biasa 1 orang; calon anggota 1 orang; peninjau, yaitu anggota yang masuk sesudah 20 Maret 2026, 1 orang; anggota "
            + "yang hak suaranya ditangguhkan karena tunggakan menurut Anggaran Dasar, 1 orang."), text)
        XCTAssertTrue(text.contains("Jumlah anggota yang hadir: 1 (satu) orang, laki-laki 1 orang dan perempuan 0 orang; "
            + "seluruhnya hadir secara luring (tatap muka). Hadir pula, tidak dihitung dalam kuorum: anggota luar biasa 1 orang; "
            + "peninjau 1 orang."), text)
    }

    /// Pimpinan or witnesses who are pengurus or pengawas, witnesses not present or not named, and an unset RAT number
    /// are warned about; none refuses the document.
    func testWarningsNameOfficersAmongThePimpinanAndTheWitnesses() throws {
        var state = try demo()
        // The demo's anggota pimpinan rapat is the Ketua Pengawas.
        XCTAssertEqual(BeritaAcaraModel.warnings(state), [
            "anggota pimpinan rapat Dewi Ginting Sitompul adalah Ketua Pengawas: pimpinan rapat sebaiknya anggota yang "
                + "bukan pengurus atau pengawas, karena rapat mengesahkan laporan mereka",
        ])
        try state.apply(.amendDocumentDetails(fields: ["saksi": "0003\nujang  HIDAYAT\n0020"], at: Fixtures.time("2026-03-22 10:00")))
        let warnings = BeritaAcaraModel.warnings(state)
        XCTAssertTrue(warnings.contains { $0.hasPrefix("saksi Nining Wenda Rahayu adalah Bendahara Pengurus") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.hasPrefix("saksi ujang  HIDAYAT adalah Ketua Pengurus") }, "matched by name: \(warnings)")
        XCTAssertTrue(warnings.contains("saksi Muhammad Pratama tidak tercatat hadir dalam daftar hadir"), "\(warnings)")
        XCTAssertEqual(BeritaAcaraModel.missingFields(state), [], "warnings never refuse the berita acara")

        var fresh = try Fixtures.openedMeeting(Fixtures.members(3))
        var profile = try XCTUnwrap(fresh.opening?.profile)
        XCTAssertFalse(profile.details.ratNumberAssumed)
        profile.details.ratNumberAssumed = true
        fresh = MeetingState()
        try fresh.apply(.importRoster(members: Fixtures.members(3), digest: "t", source: "t.csv", at: Fixtures.opening))
        try fresh.apply(.openRegistration(rules: .defaults, profile: profile, at: Fixtures.opening))
        let unset = BeritaAcaraModel.warnings(fresh)
        XCTAssertTrue(unset.first?.hasPrefix("RAT ke-berapa belum diisi: berita acara menulis RAT ke-12") == true, "\(unset)")
        XCTAssertTrue(unset.contains { $0.hasPrefix("baru 0 dari 2 saksi wakil anggota yang disebut namanya") }, "\(unset)")
        try fresh.apply(.amendDocumentDetails(fields: ["rat_ke": "7"], at: Fixtures.time("2026-03-21 08:05")))
        XCTAssertEqual(fresh.documentProfile?.ratNumber, 7)
        XCTAssertFalse(BeritaAcaraModel.warnings(fresh).contains { $0.hasPrefix("RAT ke-berapa") })
    }

    /// `ba_details` fills every new field from a script line; wrong values are refused with what to write.
    func testBaDetailsCarriesTheNewFields() throws {
        var state = try demo()
        let context = CommandScript.Context(rules: .defaults, profile: DemoMeeting.profile, agenda: state.agenda, now: Fixtures.opening)
        let line = #"{"cmd":"ba_details","rat_ke":13,"cara_hadir":"campuran","saksi":["Mega Harahap","0023"],"#
            + #""tamu_undangan":["Dinas Koperasi"],"pasal_ad":"Pasal 30","sk_pengurus_nomor":"9/SK","sk_pengurus_tanggal":"2026-02-01","#
            + #""undangan_nomor":"10/UND","undangan_tanggal":"2026-03-06","bahan_dibagikan":"2026-03-13","at":"2026-03-22T10:00:00+07:00"}"#
        try state.apply(try XCTUnwrap(try CommandScript.parse(line, context: context)))
        let profile = try XCTUnwrap(state.documentProfile)
        XCTAssertEqual(profile.ratNumber, 13)
        XCTAssertEqual(profile.details.attendanceMode, .hybrid)
        XCTAssertEqual(profile.details.witnesses, ["Mega Harahap", "0023"])
        XCTAssertEqual(profile.details.basis.decreeDate, "2026-02-01")
        let text = words(try render(state))
        XCTAssertTrue(text.contains("RAT) KE-13 TAHUN BUKU 2025"), text)
        XCTAssertTrue(text.contains("hadir luring 70 orang dan daring 0 orang"), text)
        XCTAssertTrue(text.contains("Anggaran Dasar Koperasi Pasal 30"), text)
        XCTAssertTrue(text.contains("Undangan RAT Nomor 10/UND tanggal 6 Maret 2026"), text)
        XCTAssertTrue(text.contains("2. Zainal Anggraini"), "0023 printed by name: \(text)")
        XCTAssertTrue(BeritaAcaraModel.warnings(state).contains { $0.hasPrefix("cara hadir campuran") })

        for (bad, message) in [(#""cara_hadir":"hibrida""#, "tidak dikenal: isi luring, daring, atau campuran"),
                               (#""undangan_tanggal":"7 Maret""#, "bukan tanggal"), (#""rat_ke":0"#, "bukan nomor RAT"),
                               (#""saksi":[1]"#, "berupa daftar teks")] {
            XCTAssertThrowsError(try CommandScript.parse(#"{"cmd":"ba_details","# + bad + "}", context: context), bad) { error in
                XCTAssertTrue("\(error)".contains(message), "\(error)")
            }
        }
    }

    /// RAPB figures of next year, when reported, are printed with the RAPB decision.
    func testTheRapbPlanIsPrintedWithItsDecision() throws {
        let (entries, _) = try DemoMeeting.scripted()
        var events = entries.map(\.event)
        let index = try XCTUnwrap(events.firstIndex { if case .reportPresented = $0 { return true } else { return false } })
        guard case var .reportPresented(report) = events[index] else { return XCTFail() }
        report.figures.values[.plannedIncome] = Rupiah(rupiah: 550_000_000)
        report.figures.values[.plannedCosts] = Rupiah(rupiah: 380_000_000)
        events[index] = .reportPresented(report)
        let text = words(try render(MeetingState.replaying(events)))
        XCTAssertTrue(text.contains("hadir 69 (enam puluh sembilan) orang. Pemungutan suara terbuka"), text)
        XCTAssertTrue(text.contains("Dengan angka pokok RAPB sebagai berikut: Rencana pendapatan RAPB tahun berikut: "
            + "Rp550.000.000,00 (lima ratus lima puluh juta rupiah) Rencana biaya RAPB tahun berikut: Rp380.000.000,00"), text)
    }

    /// The lampiran follows the journal: without a simpanan ledger there is no SHU per anggota.
    func testTheLampiranListsOnlyWhatTheJournalProduces() throws {
        let (entries, _) = try DemoMeeting.scripted()
        let state = try demo()
        XCTAssertEqual(BeritaAcaraModel.attachments(state).last, "Daftar pembagian SHU per anggota")
        let withoutLedger = MeetingState.replaying(entries.map(\.event).filter {
            if case .shuLedgerImported = $0 { return false } else { return true }
        })
        XCTAssertEqual(BeritaAcaraModel.attachments(withoutLedger), ["Daftar hadir anggota", "Notulen rapat", "Statistik kehadiran",
                                                                    "Rekapitulasi pemungutan suara dan keputusan"])
    }

    /// The Markdown render, read back for the PDF and DOCX: titles as `#`, and the closing sentence with the signature
    /// lines in one borderless block.
    func testTheMarkdownSignatureBlockIsKeptTogetherAndBorderless() throws {
        let layout = PrintLayout.parse(markdown: try render(try demo(), .md))
        let titles = layout.blocks.compactMap { if case let .title(text) = $0 { return text } else { return nil } }
        XCTAssertEqual(titles, ["KOPERASI SIMPAN PINJAM \"MAJU BERSAMA\"", "BERITA ACARA",
                                "RAPAT ANGGOTA TAHUNAN (RAT) KE-12 TAHUN BUKU 2025"])
        let groups = layout.blocks.compactMap { if case let .keepTogether(blocks) = $0 { return blocks } else { return nil } }
        let signatures = try XCTUnwrap(groups.first)
        guard case let .paragraph(closing, _) = signatures.first else { return XCTFail("\(signatures)") }
        XCTAssertTrue(closing.hasPrefix("Demikian Berita Acara ini dibuat"))
        let tables = signatures.compactMap { if case let .table(table) = $0 { return table } else { return nil } }
        XCTAssertEqual(tables.count, 2)
        XCTAssertTrue(tables.allSatisfy(\.borderless))
        XCTAssertEqual(tables[0].rows, [["( Made Nasution )", "( Eka Harahap )"]])
        XCTAssertEqual(tables[0].header.map(PrintLayout.plain), ["PIMPINAN RAPAT\nKetua,", "\nSekretaris,"])
        XCTAssertTrue(tables[1].rows[0][0].hasPrefix("1. Mega Harahap"), "\(tables[1].rows)")
        XCTAssertTrue(tables[1].rows[0][1].hasPrefix("2. Zainal Anggraini"), "\(tables[1].rows)")
    }

    /// A template edited before this change, with the keys of the rule's arithmetic, still renders.
    func testATemplateEditedBeforeKeepsItsKeys() throws {
        let dir = TemporaryDirectory()
        try ("{{% CONTENT_TYPE: TEXT }}\n{{#kehadiran}}{{aturan}}: {{rumus}} = {{kuorum}}; {{dikecualikan}}{{/kehadiran}}\n"
            + "{{#keputusan}}{{#suara}}{{hitungan}}{{/suara}}{{/keputusan}}\n")
            .write(toFile: dir.file("berita-acara.txt.mustache"), atomically: true, encoding: .utf8)
        let model = BeritaAcaraModel.build(try demo(), finalDigest: "d", eventCount: 1, meetingFile: "rat.rapat")
        XCTAssertEqual(try DocumentTemplates.load(directory: dir.path).render(.beritaAcara, .txt, model: model),
                       "lebih dari 1/2: ⌊130/2⌋+1 = 66 = 66 (enam puluh enam) orang; 0 (nol) orang\nsetuju 52 × 2 = 104 > 61\n")
    }
}
