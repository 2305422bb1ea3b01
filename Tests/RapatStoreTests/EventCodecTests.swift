import Foundation
import RapatCore
@testable import RapatStore
import RapatTesting
import XCTest

final class EventCodecTests: XCTestCase {
    /// Every event kind survives the trip through the meeting file unchanged.
    func testEveryEventKindRoundTripsThroughTheFile() throws {
        let dir = TemporaryDirectory()
        let t = Fixtures.time
        let members = [
            Fixtures.member("0001", "Siti Aminah", .female, unit: "Unit Simpan Pinjam",
                            office: Office(body: .pengurus, title: "Ketua")),
            Fixtures.member("0002", "Budi Santoso", votes: false),
            Fixtures.member("LB-1", "Yohanes Lake", status: .associate),
        ]
        let roster = Roster(version: 1, members: members, digest: Roster.digest(of: members))
        let rules = MeetingRules(quorumBase: .eligibleVoters, quorumRule: .atLeast(numerator: 2, denominator: 3),
                                 lateGraceMinutes: 10, quorumArticle: "Pasal 22")
        let events: [Event] = [
            .meetingCreated(meetingID: "M-1", cooperative: "KSP \"Maju\"", at: t("2026-03-20 10:00")),
            .rosterImported(RosterImport(roster: roster, source: "anggota.csv", at: t("2026-03-20 10:01"))),
            .registrationOpened(RegistrationOpening(rosterVersion: 1, registered: 1, rules: rules,
                                                    profile: Fixtures.profile, at: Fixtures.opening)),
            .memberCheckedIn(MemberNumber("0001"), at: t("2026-03-21 08:10")),
            .memberLeft(MemberNumber("0001"), at: t("2026-03-21 09:10")),
            .memberReturned(MemberNumber("0001"), at: t("2026-03-21 09:20")),
            .checkInVoided(MemberNumber("0001"), reason: "salah pindai / kartu \"tertukar\"", at: t("2026-03-21 09:21")),
            .meetingOpened(by: "Ketua Pengurus", agenda: Agenda(items: [
                AgendaItem(kind: .opening), AgendaItem(kind: .general, title: "Penyuluhan \"koperasi\""),
                AgendaItem(kind: .closing),
            ]), at: t("2026-03-21 09:30")),
            .agendaItemStarted(index: 1, at: t("2026-03-21 09:45")),
            .quorumDeclared(QuorumDeclaration(registered: 133, present: 91, required: 67,
                                              formula: "lebih dari 1/2: ⌊133/2⌋+1 = 67", at: t("2026-03-21 09:50"))),
            .meetingPostponed(Postponement(reason: "Kuorum tidak tercapai", newDate: "2026-03-28", registered: 133,
                                           present: 40, required: 67, formula: "lebih dari 1/2: ⌊133/2⌋+1 = 67",
                                           at: t("2026-03-21 10:30"))),
            .presidiumAppointed(Presidium(chair: "Siti", secretary: "Budi", members: ["Made"], selection: .elected,
                                          notetaker: "Ani", at: t("2026-03-21 10:31"))),
            .decisionRecorded(Decision(number: 1, agendaIndex: 2, text: "Menerima \"LPJ\"", method: .consensus,
                                       outcome: .acceptedWithNotes, notes: ["a", "b"], present: 91, at: t("2026-03-21 10:32"))),
            .noteRecorded(MinuteNote(number: 1, agendaIndex: 2, text: "Catatan", at: t("2026-03-21 10:33"))),
            .noteRecorded(MinuteNote(number: 2, agendaIndex: 2, text: "Perbaikan", at: t("2026-03-21 10:34"), amends: 1,
                                     reason: "salah ketik")),
            .recessStarted(reason: "ishoma", at: t("2026-03-21 10:34")),
            .recessEnded(QuorumDeclaration(registered: 133, present: 80, required: 67, formula: "f", at: t("2026-03-21 10:34"))),
            .questionRoundStarted(round: 1, at: t("2026-03-21 10:34")),
            .questionRecorded(QuestionEntry(number: 1, round: 1, agendaIndex: 2, speaker: .member(MemberNumber("0001")),
                                            category: .capitalAndLoanRates, question: "Bunga?", answeredBy: "Bendahara",
                                            answer: "Tetap", status: .answered, at: t("2026-03-21 10:34"))),
            .questionRecorded(QuestionEntry(number: 2, round: 1, agendaIndex: 2, speaker: .guest("Dinas Koperasi"),
                                            category: .other, question: "Saran", answeredBy: "", answer: "",
                                            status: .followUp, at: t("2026-03-21 10:34"))),
            .reportPresented(ReportRecord(kind: .board, presenter: "Bendahara", summary: "Ringkas",
                                          figures: ReportFigures([.totalAssets: Rupiah(sen: 120_000_000_050),
                                                                  .surplus: Rupiah(rupiah: -5)]),
                                          agendaIndex: 4, at: t("2026-03-21 10:34"))),
            .quorumLossAnswered(QuorumLossResponse(choice: .postponeRemaining, agendaIndex: 4, present: 60, required: 67,
                                                   at: t("2026-03-21 10:34"))),
            .meetingPostponed(Postponement(reason: "Kuorum hilang", newDate: nil, registered: 133, present: 60, required: 67,
                                           formula: "f", remainingFromAgendaIndex: 4, at: t("2026-03-21 10:34"))),
            .meetingClosed(at: t("2026-03-21 10:35")),
        ]
        let file = try MeetingFile.create(at: dir.file("rat.rapat"))
        try file.append(events)
        let stored = try MeetingFile.open(at: dir.file("rat.rapat"), writable: false, purpose: "test").entries()
        XCTAssertEqual(stored.map(\.event), events)
        XCTAssertEqual(stored.map(\.sequence), Array(1...24))
    }
}
