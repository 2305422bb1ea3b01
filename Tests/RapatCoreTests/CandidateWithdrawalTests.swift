import Foundation
import RapatCore
import RapatTesting
import XCTest

/// A candidate nominated by mistake is withdrawn by a new event with a reason, only before the election's vote.
final class CandidateWithdrawalTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .election), AgendaItem(kind: .closing)])
    private func n(_ text: String) -> MemberNumber { MemberNumber(text) }
    private func at(_ minute: Int) -> Date { t("2026-03-21 11:00").addingTimeInterval(Double(minute) * 60) }

    private func meeting() throws -> MeetingState {
        var s = try Fixtures.openedMeeting(Fixtures.members(10))
        for i in 1...10 { try s.apply(.checkIn(n(String(format: "%04d", i)), at: t("2026-03-21 08:30"))) }
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 10:00")))
        try s.apply(.openElection(body: .pengurus, seats: 1, term: "2026–2030", at: at(0)))
        try s.apply(.openElection(body: .pengawas, seats: 1, term: "2026–2029", at: at(0)))
        return s
    }

    func testWithdrawnCandidateLeavesTheBallotAndMayStandElsewhere() throws {
        var s = try meeting()
        try s.apply(.nominate(election: 1, member: n("0003"), at: at(1)))
        try s.apply(.nominate(election: 1, member: n("0004"), at: at(1)))
        try s.apply(.nominate(election: 1, member: n("0005"), at: at(1)))
        assertSteps(&s, [
            ("no reason", .withdrawCandidate(election: 1, member: n("0004"), reason: "  ", at: at(2)),
             .refused(.missingField("Alasan penarikan calon"))),
            ("not a candidate", .withdrawCandidate(election: 1, member: n("0009"), reason: "salah", at: at(2)),
             .refused(.invalidValue("Anggota 9 (0009) bukan calon dalam pemilihan nomor 1: tidak ada yang ditarik."))),
            ("no such election", .withdrawCandidate(election: 3, member: n("0004"), reason: "salah", at: at(2)),
             .refused(.noSuchElection(3))),
            ("typed 4 for 0004", .withdrawCandidate(election: 1, member: n("4"), reason: "salah ketik nomor", at: at(2)),
             .accepted),
            ("twice", .withdrawCandidate(election: 1, member: n("0004"), reason: "salah", at: at(3)),
             .refused(.invalidValue("Anggota 4 (0004) bukan calon dalam pemilihan nomor 1: tidak ada yang ditarik."))),
            // Off the pengurus ballot, so no longer a double candidacy.
            ("stands for pengawas", .nominate(election: 2, member: n("0004"), at: at(3)), .accepted),
        ])
        XCTAssertEqual(s.elections[0].candidates, [n("0003"), n("0005")])
        XCTAssertEqual(s.elections[1].candidates, [n("0004")])
        XCTAssertEqual(s.candidateWithdrawals, [CandidateWithdrawal(election: 1, member: n("0004"),
                                                                    reason: "salah ketik nomor", at: at(2))])
        // The ballot opened afterwards names only the remaining candidates.
        try s.apply(.openVote(subject: .election(1), method: .secret, at: at(4)))
        XCTAssertEqual(s.openVote?.opening.candidates, [n("0003"), n("0005")])
    }

    func testNoWithdrawalOnceTheVoteHasOpenedOrTheElectionIsDecided() throws {
        var s = try meeting()
        try s.apply(.nominate(election: 1, member: n("0003"), at: at(1)))
        try s.apply(.nominate(election: 1, member: n("0004"), at: at(1)))
        try s.apply(.nominate(election: 2, member: n("0006"), at: at(1)))
        try s.apply(.openVote(subject: .election(1), method: .secret, at: at(2)))
        assertSteps(&s, [
            ("vote open", .withdrawCandidate(election: 1, member: n("0004"), reason: "mundur", at: at(3)),
             .refused(.invalidValue("Pemungutan suara pemilihan nomor 1 sudah dimulai: calon Anggota 4 (0004) tidak "
                 + "dapat ditarik lagi."))),
        ])
        try s.apply(.countCandidateBallots(issued: 10, returned: 10, votes: [n("0003"): 6, n("0004"): 4], blank: 0,
                                           invalid: [], at: at(4)))
        try s.apply(.closeVote(castingVote: nil, at: at(5)))
        assertSteps(&s, [
            ("decided", .withdrawCandidate(election: 1, member: n("0004"), reason: "mundur", at: at(6)),
             .refused(.electionDecided(1))),
            ("another election is untouched by that vote",
             .withdrawCandidate(election: 2, member: n("0006"), reason: "mengundurkan diri", at: at(6)), .accepted),
        ])
        XCTAssertEqual(s.elections[1].candidates, [])
    }

    func testJsonLinesCommand() throws {
        let line = #"{"cmd":"withdraw_candidate","election":1,"member":"0004","reason":"salah tekan","at":"2026-03-21T11:02:00+07:00"}"#
        let context = CommandScript.Context(rules: .defaults, profile: Fixtures.profile,
                                            now: Fixtures.time("2026-03-21 10:00"))
        guard case let .withdrawCandidate(election, member, reason, _)? = try CommandScript.parse(line, context: context)
        else { return XCTFail("not parsed as withdraw_candidate") }
        XCTAssertEqual(election, 1)
        XCTAssertEqual(member, n("0004"))
        XCTAssertEqual(reason, "salah tekan")
    }
}
