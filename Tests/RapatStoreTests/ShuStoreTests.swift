import Foundation
import GRDB
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

/// The SHU ledger and SHU events in the meeting file: stored with the event, reloaded exactly, tamper-evident.
final class ShuStoreTests: XCTestCase {
    private let t = Fixtures.time

    func testLedgerImportProposalAmendmentAndApprovalSurviveTheFile() throws {
        let dir = TemporaryDirectory()
        let members = Fixtures.members(4)
        let session = try MeetingSession(file: MeetingFile.create(at: dir.file("rat.rapat")))
        try session.execute(.importRoster(members: members, digest: Roster.digest(of: members), source: "a.csv",
                                          at: Fixtures.opening))
        let csv = "nomor_anggota;simpanan_pokok;simpanan_wajib;transaksi_toko\n0001;100.000;1.200.000;Rp2.500.000,50\n"
            + "0002;100.000;600.000;0\n0003;100.000;;750000\n"
        let ledger = try ShuLedgerCSV.parse(Data(csv.utf8), source: "simpanan.csv", roster: session.state.roster).ledger
        try session.importLedger(ledger, source: "simpanan.csv", at: Fixtures.opening)
        try session.execute(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        for n in ["0001", "0002", "0003"] { try session.execute(.checkIn(MemberNumber(n), at: t("2026-03-21 08:30"))) }
        try session.execute(.openMeeting(by: "Ketua", agenda: Agenda(items: [AgendaItem(kind: .surplusDistribution),
                                                                              AgendaItem(kind: .closing)]),
                                         at: t("2026-03-21 09:00")))
        try session.execute(.proposeShu(surplus: try Rupiah.parse("Rp150.000.000"), at: t("2026-03-21 09:01")))
        var amended = ShuPolicy.example.components
        amended[0].percentage = Percentage(basisPoints: 3_500)
        amended[2].percentage = Percentage(basisPoints: 3_000)
        try session.execute(.amendShu(components: amended, reason: "jasa usaha dinaikkan", at: t("2026-03-21 09:02")))
        try session.execute(.proposeMotion(text: "Pembagian SHU", kind: .surplus, concerns: nil, at: t("2026-03-21 09:03")))
        try session.execute(.decideMotion(motion: 1, method: .consensus, outcome: .accepted, notes: [], at: t("2026-03-21 09:04")))

        let reopened = try MeetingFile.open(at: dir.file("rat.rapat"), writable: false, purpose: "test")
        let state = try reopened.replay()
        XCTAssertEqual(state.shuApproval?.components, amended, "the amendment in force is what was approved")
        XCTAssertEqual(state.shuApproval?.decision, 1)
        XCTAssertEqual(try reopened.loadLedger(version: 1), ledger)
        XCTAssertEqual(ledger.transactions(row: 0, column: 0), 250_000_050)
        XCTAssertEqual(state.rules.shu, ShuPolicy.example, "the SHU rules are frozen at registration")
        XCTAssertTrue(try reopened.verify().isIntact)

        try session.file.database.write { db in
            try db.execute(sql: "DROP TRIGGER shu_ledger_append_only_update")
            try db.execute(sql: "UPDATE shu_ledger SET canonical = replace(canonical, '120000000', '920000000')")
        }
        guard case let .ledgerMismatch(_, version, _, _) = try session.file.verify() else {
            return XCTFail("ledger edit not detected")
        }
        XCTAssertEqual(version, 1)
    }

    func testLedgerErrorsNameTheLineAndImportNothing() throws {
        let roster = Roster(version: 1, members: Fixtures.members(3), digest: "")
        let csv = "nomor_anggota;simpanan_wajib;transaksi_toko\n0001;1,250,000;0\n9999;100;0\n0002;-5;0\n0001;1;1\n"
        XCTAssertThrowsError(try ShuLedgerCSV.parse(Data(csv.utf8), source: "s.csv", roster: roster)) { error in
            let report = (error as? RosterCSV.Failure)?.report(nothing: "Tidak ada yang diimpor") ?? ""
            XCTAssertTrue(report.contains("s.csv:2: simpanan wajib: \"1,250,000\" memakai koma"), report)
            XCTAssertTrue(report.contains("s.csv:3: nomor 9999 tidak ada di buku daftar anggota"), report)
            XCTAssertTrue(report.contains("s.csv:4: simpanan wajib negatif"), report)
            XCTAssertTrue(report.contains("Tidak ada yang diimpor"), report)
        }
        XCTAssertThrowsError(try ShuLedgerCSV.parse(Data("nama;alamat\nA;B\n".utf8), source: "s.csv", roster: roster))
    }

    func testLedgerNumbersWithoutLeadingZerosAreTheRosterMembers() throws {
        let roster = Roster(version: 1, members: Fixtures.members(3), digest: "")
        let result = try ShuLedgerCSV.parse(Data("nomor_anggota;simpanan_wajib\n1;100\n0002;200\n".utf8), source: "s.csv",
                                            roster: roster)
        XCTAssertEqual(result.ledger.members, [MemberNumber("0001"), MemberNumber("0002")], "Excel dropped the zeros of 0001")
        let twice = "nomor_anggota;simpanan_wajib\n0001;100\n1;200\n"
        XCTAssertThrowsError(try ShuLedgerCSV.parse(Data(twice.utf8), source: "s.csv", roster: roster)) { error in
            let report = (error as? RosterCSV.Failure)?.report() ?? ""
            XCTAssertTrue(report.contains("s.csv:3: nomor 0001 sudah ada di baris 2"), report)
        }
    }
}
