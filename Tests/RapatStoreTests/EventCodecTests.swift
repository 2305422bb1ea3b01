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
            .clockSteppedBack(ClockStep(observed: t("2026-03-21 08:10"), last: t("2026-03-21 10:34"), at: t("2026-03-21 10:34"))),
            .meetingClosed(at: t("2026-03-21 10:35")),
        ]
        let file = try MeetingFile.create(at: dir.file("rat.rapat"))
        try file.append(events)
        let stored = try MeetingFile.open(at: dir.file("rat.rapat"), writable: false, purpose: "test").entries()
        XCTAssertEqual(stored.map(\.event), events)
        XCTAssertEqual(stored.map(\.sequence), Array(1...25))
    }

    /// Motions, every vote method, an election with a re-vote and a lot, and a proxy survive the file unchanged,
    /// and replaying them gives the same results.
    func testVotingEventsRoundTripThroughTheFile() throws {
        let dir = TemporaryDirectory()
        let t = Fixtures.time
        var members = Fixtures.members(8)
        members[0].office = Office(body: .pengurus, title: "Ketua")
        members[7].inArrears = true
        let rules = MeetingRules(voting: VotingRules(majorityBase: .votesCast, proxiesAllowed: true,
                                                     arrearsPolicy: .suspendVoteKeepQuorum))
        var state = MeetingState()
        var events: [Event] = []
        func run(_ command: Command) throws { events += try state.apply(command) }
        let digest = Roster.digest(of: members)
        try run(.importRoster(members: members, digest: digest, source: "a.csv", at: Fixtures.opening))
        try run(.openRegistration(rules: rules, profile: Fixtures.profile, at: Fixtures.opening))
        for i in 1...7 { try run(.checkIn(MemberNumber(String(format: "%04d", i)), at: t("2026-03-21 08:30"))) }
        try run(.openMeeting(by: "Ketua", agenda: Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .closing)]),
                             at: t("2026-03-21 09:00")))
        try run(.grantProxy(principal: MemberNumber("0008"), holder: MemberNumber("0002"), letter: "SK-1", at: t("2026-03-21 09:01")))
        try run(.proposeMotion(text: "LPJ", kind: .reportApproval, concerns: nil, at: t("2026-03-21 09:02")))
        try run(.openVote(subject: .motion(1), method: .rollCall, at: t("2026-03-21 09:03")))
        try run(.castVote(member: MemberNumber("0001"), choice: .yes, at: t("2026-03-21 09:04")))
        try run(.castVote(member: MemberNumber("0002"), choice: .abstain, at: t("2026-03-21 09:04")))
        try run(.closeVote(castingVote: nil, at: t("2026-03-21 09:05")))
        try run(.proposeMotion(text: "Ubah AD", kind: .articlesAmendment, concerns: nil, at: t("2026-03-21 09:06")))
        try run(.openVote(subject: .motion(2), method: .secret, at: t("2026-03-21 09:07")))
        try run(.countBallots(BallotCount(issued: 7, returned: 7, perOption: [5, 1], blank: 0,
                                          invalid: [InvalidBallots(reason: "dua tanda \"X\"", count: 1)]),
                              at: t("2026-03-21 09:08")))
        try run(.closeVote(castingVote: nil, at: t("2026-03-21 09:09")))
        try run(.proposeMotion(text: "Usul", kind: .ordinary, concerns: nil, at: t("2026-03-21 09:10")))
        try run(.openVote(subject: .motion(3), method: .show, at: t("2026-03-21 09:10")))
        try run(.countHands(HandCount(yes: 4, no: 2, abstain: 1), at: t("2026-03-21 09:11")))
        try run(.closeVote(castingVote: nil, at: t("2026-03-21 09:12")))
        try run(.openElection(body: .pengawas, seats: 1, term: "2026–2029", at: t("2026-03-21 09:13")))
        for c in ["0003", "0004"] { try run(.nominate(election: 1, member: MemberNumber(c), at: t("2026-03-21 09:14"))) }
        try run(.handOverChair(election: 1, to: "Anggota 5", at: t("2026-03-21 09:14")))
        for minute in [15, 17] {
            try run(.openVote(subject: .election(1), method: .secret, at: t("2026-03-21 09:\(minute)")))
            try run(.countCandidateBallots(issued: 6, returned: 6, votes: [MemberNumber("0003"): 3, MemberNumber("0004"): 3],
                                           blank: 0, invalid: [], at: t("2026-03-21 09:\(minute)")))
            try run(.closeVote(castingVote: nil, at: t("2026-03-21 09:\(minute + 1)")))
        }
        try run(.drawLots(election: 1, witnesses: ["A", "B"], seed: 99, at: t("2026-03-21 09:20")))

        let file = try MeetingFile.create(at: dir.file("rat.rapat"))
        try file.append(events)
        let stored = try MeetingFile.open(at: dir.file("rat.rapat"), writable: false, purpose: "test").entries()
        XCTAssertEqual(stored.map(\.event), events)
        let replayed = MeetingState.replaying(stored.map(\.event))
        XCTAssertEqual(replayed.closedVotes.map(\.result), state.closedVotes.map(\.result))
        XCTAssertEqual(replayed.decisions, state.decisions)
        XCTAssertEqual(replayed.roster.members.last?.inArrears, true, "arrears survive the roster table")
        XCTAssertEqual(replayed.rules, rules)
    }
}
