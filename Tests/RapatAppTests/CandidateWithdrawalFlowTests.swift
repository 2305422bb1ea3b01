import Foundation
import RapatApp
import RapatCore
import RapatDocuments
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// G on the agenda screen: a candidate nominated by mistake is withdrawn, with a reason and a confirmation,
/// before the election's vote; the notulen prints the nomination and the withdrawal.
final class CandidateWithdrawalFlowTests: XCTestCase {
    private func meetingWithCandidates() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter, .function(8), .function(9), .enter])
        desk.press([.character("e")])
        desk.type("1")          // pengurus (0002 is the sitting Ketua Pengurus)
        desk.type("1")          // one seat
        desk.type("2026–2030")
        for candidate in ["0002", "0003"] {
            desk.press([.character("c")])
            desk.type("")
            desk.type(candidate)
        }
        return desk
    }

    func testGWithdrawsACandidateAfterAConfirmationAndTheNotulenSaysSo() throws {
        var desk = try meetingWithCandidates()
        desk.autoConfirm = false
        desk.press([.character("g")])
        guard case let .form(form) = desk.app.mode else { return XCTFail("G opens the withdrawal form") }
        XCTAssertEqual(form.title, "Tarik calon (sebelum pemungutan suara)")
        desk.type("1")  // the first candidate: Budi Santoso (0002)
        XCTAssertTrue(desk.screen().text.contains("Alasan penarikan"), desk.screen().text)
        desk.type("salah ketik nomor")
        guard case let .confirm(question) = desk.app.mode else { return XCTFail("asks before recording") }
        XCTAssertEqual(question, "Tarik Budi Santoso (0002) dari calon pemilihan 1 (salah ketik nomor)?")
        desk.press([.escape])
        XCTAssertEqual(desk.app.meeting.elections[0].candidates.count, 2, "Esc records nothing")

        desk.press([.character("g")])
        desk.type("1")
        desk.type("salah ketik nomor")
        desk.press([.enter])
        XCTAssertEqual(desk.app.meeting.elections[0].candidates, [MemberNumber("0003")])
        XCTAssertEqual(desk.app.message?.text,
                       "Calon pemilihan 1 Budi Santoso (0002) ditarik: salah ketik nomor. C untuk mencatat calon lain.")

    }

    func testGOnceTheVoteIsOpenSaysNoCandidateCanBeWithdrawn() throws {
        var desk = try meetingWithCandidates()
        desk.press([.character("v")])
        desk.type("")  // the election
        desk.type("")  // rahasia
        XCTAssertNotNil(desk.app.meeting.openVote)
        desk.press([.character("g")])
        XCTAssertEqual(desk.app.mode, .search)
        XCTAssertTrue(desk.app.message?.text.hasPrefix("Tidak ada calon yang dapat ditarik") == true,
                      "\(String(describing: desk.app.message))")
        XCTAssertEqual(desk.app.meeting.elections[0].candidates.count, 2)
    }

    func testGIsOnTheHelpScreenAndRefusedInReviewMode() throws {
        XCTAssertTrue(KeyMap.desk.contains { $0.intent == .withdrawCandidate && $0.applies(on: .agenda)
            && $0.keys.contains(.character("G")) })
        var desk = try meetingWithCandidates()
        desk.app.readOnly = true
        desk.press([.character("g")])
        XCTAssertEqual(desk.app.meeting.elections[0].candidates.count, 2)
        XCTAssertTrue(desk.app.message?.text.contains("Mode lihat") == true, "\(String(describing: desk.app.message))")
    }

    func testTheNotulenPrintsTheNominationAndItsWithdrawal() throws {
        let t = Fixtures.time
        var state = MeetingState()
        var entries: [JournalEntry] = []
        func apply(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
        }
        try apply(.importRoster(members: DeskFixtures.members, digest: "test", source: "anggota.csv", at: Fixtures.opening))
        try apply(.openRegistration(rules: .defaults, profile: Fixtures.profile, at: Fixtures.opening))
        for n in ["0001", "0002", "0003"] { try apply(.checkIn(MemberNumber(n), at: t("2026-03-21 08:50"))) }
        try apply(.openMeeting(by: "Ketua", agenda: DeskFixtures.agenda, at: t("2026-03-21 09:00")))
        try apply(.openElection(body: .pengurus, seats: 1, term: "2026–2030", at: t("2026-03-21 09:10")))
        try apply(.nominate(election: 1, member: MemberNumber("0002"), at: t("2026-03-21 09:11")))
        try apply(.withdrawCandidate(election: 1, member: MemberNumber("0002"), reason: "salah ketik nomor",
                                     at: t("2026-03-21 09:12")))
        let blocks = try XCTUnwrap(MinutesReport.blocks(entries)).blocks
        let text = blocks.map { "\($0)" }.joined(separator: "\n")
        XCTAssertTrue(blocks.contains(.item("pukul 09.11 WIB: calon pemilihan 1: Budi Santoso (0002).")), text)
        XCTAssertTrue(blocks.contains(.item("pukul 09.12 WIB: calon pemilihan 1 Budi Santoso (0002) ditarik sebelum "
            + "pemungutan suara: salah ketik nomor.")), text)
    }
}

/// A sitting officer standing for the other body: refused at the desk by default, a warning under "warn".
final class SittingOfficerDeskTests: XCTestCase {
    private func nominateTheKetuaPengurus(_ policy: SittingOfficerPolicy) throws -> DeskHarness {
        let members = DeskFixtures.members  // 0002 Budi Santoso is the sitting Ketua Pengurus
        let rules = MeetingRules(voting: VotingRules(sittingOfficerCandidacy: policy))
        var desk = try DeskHarness(members: members, rules: rules)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.character("e")])
        desk.type("2")          // pengawas
        desk.type("1")
        desk.type("2026–2029")
        desk.press([.character("c")])
        desk.type("")
        desk.type("0002")
        return desk
    }

    func testRefusedByDefault() throws {
        let desk = try nominateTheKetuaPengurus(.refuse)
        XCTAssertEqual(desk.app.meeting.elections[0].candidates, [])
        XCTAssertTrue(desk.app.message?.text.contains("sedang menjabat Ketua Pengurus") == true,
                      "\(String(describing: desk.app.message))")
    }

    func testWarnRecordsTheCandidateAndSaysSo() throws {
        let desk = try nominateTheKetuaPengurus(.warn)
        XCTAssertEqual(desk.app.meeting.elections[0].candidates, [MemberNumber("0002")])
        XCTAssertEqual(desk.app.message?.kind, .warning)
        XCTAssertEqual(desk.app.message?.text, "Calon pemilihan 1: Budi Santoso (0002). PERHATIAN: Budi Santoso sedang "
            + "menjabat Ketua Pengurus; pengurus dan pengawas tidak boleh dirangkap, jadi bila terpilih sebagai "
            + "pengawas jabatan itu dilepas.")
    }

    func testTheNotulenNotesTheWarning() throws {
        let t = Fixtures.time
        let members = DeskFixtures.members
        let rules = MeetingRules(voting: VotingRules(sittingOfficerCandidacy: .warn))
        var state = MeetingState()
        var entries: [JournalEntry] = []
        func apply(_ command: Command) throws {
            for event in try state.decide(command) {
                state.evolve(event)
                entries.append(JournalEntry(sequence: state.eventCount, event: event))
            }
        }
        try apply(.importRoster(members: members, digest: "test", source: "anggota.csv", at: Fixtures.opening))
        try apply(.openRegistration(rules: rules, profile: Fixtures.profile, at: Fixtures.opening))
        try apply(.openMeeting(by: "Ketua", agenda: DeskFixtures.agenda, at: t("2026-03-21 09:00")))
        try apply(.openElection(body: .pengawas, seats: 1, term: "2026–2029", at: t("2026-03-21 09:10")))
        try apply(.nominate(election: 1, member: MemberNumber("0002"), at: t("2026-03-21 09:11")))
        let blocks = try XCTUnwrap(MinutesReport.blocks(entries)).blocks
        XCTAssertTrue(blocks.contains(.item("pukul 09.11 WIB: calon pemilihan 1: Budi Santoso (0002). Catatan: Budi "
            + "Santoso sedang menjabat Ketua Pengurus; pengurus dan pengawas tidak boleh dirangkap, jadi bila terpilih "
            + "sebagai pengawas jabatan itu dilepas.")), blocks.map { "\($0)" }.joined(separator: "\n"))
    }
}
