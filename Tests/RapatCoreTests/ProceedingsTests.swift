import RapatCore
import RapatTesting
import XCTest

final class ProceedingsTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [
        AgendaItem(kind: .opening), AgendaItem(kind: .chairElection), AgendaItem(kind: .reportApproval),
        AgendaItem(kind: .closing),
    ])

    func testDecisionsNotesPresidiumAndClosing() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(5))  // Q = 3
        let accepted = DecisionOutcome.acceptedWithNotes
        assertSteps(&state, [
            ("decision before opening", .recordDecision(text: "x", method: .consensus, outcome: .accepted, notes: [],
                                                        at: t("2026-03-21 08:59")), .refused(.meetingNotOpened)),
            ("three arrive", .checkIn(MemberNumber("0001"), at: t("2026-03-21 08:50")), .accepted),
            ("", .checkIn(MemberNumber("0002"), at: t("2026-03-21 08:51")), .accepted),
            ("", .checkIn(MemberNumber("0003"), at: t("2026-03-21 08:52")), .accepted),
            ("opening", .openMeeting(by: "Ketua Pengurus", agenda: agenda, at: t("2026-03-21 09:00")), .accepted),
            ("to pimpinan", .nextAgendaItem(at: t("2026-03-21 09:10")), .accepted),
            ("presidium without a chair", .appointPresidium(chair: " ", secretary: "B", members: [], selection: .acclamation,
                                                            notetaker: "", at: t("2026-03-21 09:11")),
             .refused(.missingField("Ketua pimpinan rapat"))),
            ("presidium", .appointPresidium(chair: "Siti Aminah", secretary: "Budi Santoso", members: ["Made Ayu", " "],
                                            selection: .acclamation, notetaker: "", at: t("2026-03-21 09:12")), .accepted),
            ("note", .recordNote(text: "Pimpinan dipilih secara aklamasi", at: t("2026-03-21 09:13")), .accepted),
            ("amend a missing note", .amendNote(number: 9, text: "x", reason: "y", at: t("2026-03-21 09:14")),
             .refused(.noSuchNote(9))),
            ("amend without reason", .amendNote(number: 1, text: "x", reason: " ", at: t("2026-03-21 09:14")),
             .refused(.missingField("Alasan perbaikan"))),
            ("amend", .amendNote(number: 1, text: "Pimpinan dipilih secara aklamasi atas usul anggota 0004",
                                 reason: "melengkapi", at: t("2026-03-21 09:15")), .accepted),
            ("to approval", .nextAgendaItem(at: t("2026-03-21 09:20")), .accepted),
            ("notes required", .recordDecision(text: "Menerima LPJ", method: .consensus, outcome: accepted, notes: [],
                                               at: t("2026-03-21 10:00")),
             .refused(.missingField("Catatan (diterima dengan catatan)"))),
            ("decision 1", .recordDecision(text: "Menerima dan mengesahkan LPJ Pengurus Tahun Buku 2025", method: .consensus,
                                           outcome: accepted, notes: ["Piutang macet dilaporkan per triwulan"],
                                           at: t("2026-03-21 10:01")), .accepted),
            ("one leaves: 2 of 3", .markLeft(MemberNumber("0002"), at: t("2026-03-21 10:05")), .accepted),
            ("quorum lost", .recordDecision(text: "Menerima laporan pengawas", method: .consensus, outcome: .accepted,
                                            notes: [], at: t("2026-03-21 10:06")),
             .refused(.quorumLostForDecision(present: 2, required: 3))),
            ("returns", .markReturned(MemberNumber("0002"), at: t("2026-03-21 10:10")), .accepted),
            ("decision 2", .recordDecision(text: "Menerima laporan pengawas", method: .acclamation, outcome: .accepted,
                                           notes: [], at: t("2026-03-21 10:11")), .accepted),
            ("close too early", .closeMeeting(at: t("2026-03-21 10:12")),
             .refused(.notAtClosingItem("Pengesahan laporan"))),
            ("to closing", .nextAgendaItem(at: t("2026-03-21 10:20")), .accepted),
            ("close", .closeMeeting(at: t("2026-03-21 10:25")), .accepted),
            ("nothing after", .recordNote(text: "x", at: t("2026-03-21 10:26")),
             .refused(.meetingClosed(at: t("2026-03-21 10:25"), zone: .wib))),
        ])
        XCTAssertEqual(state.phase, .closed)
        XCTAssertEqual(state.decisions.map(\.number), [1, 2])
        XCTAssertEqual(state.decisions.map(\.present), [3, 3])
        XCTAssertEqual(state.decisions.map(\.agendaIndex), [2, 2])
        XCTAssertEqual(state.presidium?.members, ["Made Ayu"])
        XCTAssertEqual(state.presidium?.notetaker, "Budi Santoso", "the secretary takes notes unless named")
        XCTAssertEqual(state.notes.map(\.amends), [nil, 1])
        XCTAssertEqual(state.notes.last?.agendaIndex, 1, "a correction belongs to the original note's item")
    }

    func testOpeningOnlyQuorumCheckStillRecordsThePresentCount() throws {
        var state = try Fixtures.openedMeeting(Fixtures.members(5), rules: MeetingRules(quorumCheck: .openingOnly))
        try state.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try state.apply(.checkIn(MemberNumber("0001"), at: t("2026-03-21 09:01")))
        try state.apply(.recordDecision(text: "Usul", method: .consensus, outcome: .rejected, notes: [], at: t("2026-03-21 09:02")))
        XCTAssertEqual(state.decisions.first?.present, 1)
    }
}
