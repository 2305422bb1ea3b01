import Foundation
import RapatCore
import RapatTesting
import XCTest

/// Elections of pengurus and pengawas (DOMAIN §9, E8, E26): candidates, aklamasi, secret ballots with plurality
/// per seat, a re-vote among the tied, then a lot with witnesses that anyone can redraw from its seed.
final class ElectionTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .election), AgendaItem(kind: .closing)])
    private func n(_ text: String) -> MemberNumber { MemberNumber(text) }
    private func at(_ minute: Int) -> Date { t("2026-03-21 11:00").addingTimeInterval(Double(minute) * 60) }

    /// Ten members, all present; Anggota 1 chairs the meeting.
    private func meeting(_ voting: VotingRules = .defaults) throws -> MeetingState {
        var members = Fixtures.members(10)
        members.append(Fixtures.member("LB-1", "Yohanes Lake", status: .associate))
        var s = try Fixtures.openedMeeting(members, rules: MeetingRules(voting: voting))
        for i in 1...10 { try s.apply(.checkIn(n(String(format: "%04d", i)), at: t("2026-03-21 08:30"))) }
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.appointPresidium(chair: "Anggota 1", secretary: "Anggota 2", members: [], selection: .elected,
                                      notetaker: "", at: t("2026-03-21 09:05")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 10:00")))
        return s
    }

    private func ballots(_ votes: [String: Int], issued: Int = 10, blank: Int = 0, minute: Int = 10) -> Command {
        let total = votes.values.reduce(0, +) + blank
        return .countCandidateBallots(issued: issued, returned: total,
                                      votes: Dictionary(uniqueKeysWithValues: votes.map { (n($0.key), $0.value) }),
                                      blank: blank, invalid: [], at: at(minute))
    }

    func testAcclamationWhenCandidatesDoNotExceedSeats() throws {
        var s = try meeting()
        try s.apply(.openElection(body: .pengawas, seats: 3, term: "2026–2029", at: at(0)))
        assertSteps(&s, [
            ("no candidates yet", .electByAcclamation(election: 1, at: at(1)), .refused(.missingField("Calon"))),
            ("candidate", .nominate(election: 1, member: n("0003"), at: at(1)), .accepted),
            ("twice", .nominate(election: 1, member: n("0003"), at: at(1)),
             .refused(.candidateRefused(s.roster.member(n("0003"))!, reason: "sudah menjadi calon dalam pemilihan ini"))),
            ("luar biasa", .nominate(election: 1, member: n("LB-1"), at: at(1)),
             .refused(.candidateRefused(s.roster.member(n("LB-1"))!, reason: "calon harus anggota biasa (anggota luar biasa)"))),
            ("non-member", .nominate(election: 1, member: n("X-9"), at: at(1)), .refused(.notAMember(n("X-9")))),
            ("second candidate", .nominate(election: 1, member: n("0004"), at: at(1)), .accepted),
            ("a single-seat-short ballot cannot be voted", .openVote(subject: .election(1), method: .secret, at: at(2)),
             .refused(.invalidValue("Calon 2 orang untuk 3 kursi: tetapkan secara aklamasi (perintah elect_acclamation)."))),
            ("aklamasi", .electByAcclamation(election: 1, at: at(2)), .accepted),
            ("done", .nominate(election: 1, member: n("0005"), at: at(3)), .refused(.electionDecided(1))),
        ])
        let decision = try XCTUnwrap(s.decisions.last)
        XCTAssertEqual(decision.method, .acclamation)
        XCTAssertEqual(decision.text, "Menetapkan Anggota 3 (0003), Anggota 4 (0004) sebagai pengawas masa jabatan 2026–2029")
        XCTAssertEqual(decision.election, 1)
    }

    func testNoOneIsPengurusAndPengawasAndACandidateChairHandsOver() throws {
        var s = try meeting()
        try s.apply(.openElection(body: .pengurus, seats: 1, term: "2026–2030", at: at(0)))
        try s.apply(.openElection(body: .pengawas, seats: 1, term: "2026–2029", at: at(0)))
        try s.apply(.nominate(election: 1, member: n("0001"), at: at(1)))  // the chair of the meeting stands
        try s.apply(.nominate(election: 1, member: n("0005"), at: at(1)))
        XCTAssertThrowsError(try s.apply(.nominate(election: 2, member: n("0005"), at: at(1)))) {
            XCTAssertTrue(($0 as? RapatError)?.message.contains("tidak boleh dirangkap") == true, "\($0)")
        }
        assertSteps(&s, [
            ("the chair is a candidate", .openVote(subject: .election(1), method: .secret, at: at(2)),
             .refused(.chairMustHandOver("Anggota 1"))),
            ("roll-call for persons", .openVote(subject: .election(1), method: .rollCall, at: at(2)),
             .refused(.invalidValue("Pemilihan orang dilakukan dengan surat suara tertutup (secret_for_persons = true): "
                 + "gunakan method \"rahasia\"."))),
            ("hand over", .handOverChair(election: 1, to: "Anggota 2", at: at(2)), .accepted),
            ("open", .openVote(subject: .election(1), method: .secret, at: at(3)), .accepted),
            ("not a candidate", ballots(["0009": 3]), .refused(.invalidValue("0009 bukan calon pada surat suara ini "
                + "(calon: 0001, 0005)."))),
            ("count", ballots(["0001": 4, "0005": 5], blank: 1), .accepted),
            ("close", .closeVote(castingVote: nil, at: at(11)), .accepted),
        ])
        XCTAssertEqual(s.elections[0].elected, [n("0005")])
        XCTAssertEqual(s.elections[0].substituteChair, "Anggota 2")
        XCTAssertEqual(s.decisions.last?.method, .vote)
        XCTAssertEqual(s.closedVotes.last?.result.candidateVotes, [4, 5])
    }

    func testTieAtTheLastSeatGoesToOneRevoteThenALotWithWitnesses() throws {
        var s = try meeting()
        try s.apply(.openElection(body: .pengurus, seats: 2, term: "2026–2030", at: at(0)))
        for c in ["0003", "0004", "0005", "0006"] { try s.apply(.nominate(election: 1, member: n(c), at: at(1))) }
        try s.apply(.openVote(subject: .election(1), method: .secret, at: at(2)))
        try s.apply(ballots(["0003": 4, "0004": 2, "0005": 2, "0006": 2]))
        try s.apply(.closeVote(castingVote: nil, at: at(11)))
        var election = s.elections[0]
        XCTAssertEqual(election.elected, [n("0003")], "the clear winner is secured")
        XCTAssertEqual(election.contenders, [n("0004"), n("0005"), n("0006")])
        XCTAssertTrue(s.decisions.isEmpty)
        assertSteps(&s, [
            ("no lot before the re-vote", .drawLots(election: 1, witnesses: ["A", "B"], seed: 7, at: at(12)),
             .refused(.lotNotDue("pemungutan ulang di antara calon yang sama kuat dilakukan dulu (0 dari 1 kali)"))),
            ("re-vote among the tied", .openVote(subject: .election(1), method: .secret, at: at(12)), .accepted),
            ("the ballot has only the tied", ballots(["0003": 1], minute: 12),
             .refused(.invalidValue("0003 bukan calon pada surat suara ini (calon: 0004, 0005, 0006)."))),
            ("still tied", ballots(["0004": 3, "0005": 3, "0006": 3], issued: 10, blank: 1, minute: 12), .accepted),
            ("close", .closeVote(castingVote: nil, at: at(13)), .accepted),
            ("no third vote", .openVote(subject: .election(1), method: .secret, at: at(14)),
             .refused(.invalidValue("Pemungutan ulang sudah 1 kali (tie_revotes = 1): calon yang sama kuat ditentukan "
                 + "dengan undian (perintah draw_lots)."))),
            ("one witness is not enough", .drawLots(election: 1, witnesses: ["Anggota 7"], seed: 7, at: at(14)),
             .refused(.lotNotDue("undian disaksikan sekurang-kurangnya dua orang; catat namanya"))),
            ("lot", .drawLots(election: 1, witnesses: ["Anggota 7", "Anggota 8"], seed: 20260321, at: at(14)), .accepted),
        ])
        election = s.elections[0]
        let lot = try XCTUnwrap(s.lots.first)
        XCTAssertEqual(lot.winners, LotDraw.winners(among: lot.among, seats: 1, seed: 20260321), "redrawn from the seed")
        XCTAssertEqual(election.elected, [n("0003")] + lot.winners)
        XCTAssertTrue(election.decided)
        XCTAssertEqual(s.decisions.last?.method, .lot)
    }

    func testPluralityEdgeCases() {
        let c = ["A", "B", "C", "D"].map(MemberNumber.init)
        XCTAssertEqual(VoteTally.plurality(candidates: c, votes: [5, 4, 3, 2], seats: 2).elected, [c[0], c[1]])
        XCTAssertEqual(VoteTally.plurality(candidates: c, votes: [5, 3, 3, 2], seats: 2).tied, [c[1], c[2]])
        XCTAssertEqual(VoteTally.plurality(candidates: c, votes: [3, 3, 3, 2], seats: 3).elected, [c[0], c[1], c[2]],
                       "equal votes all inside the seats are no tie")
        XCTAssertEqual(VoteTally.plurality(candidates: c, votes: [0, 0, 0, 0], seats: 1).tied, c)
    }

    func testWhereTheADSaysSoTiesAreSettledByMusyawarahAndOpenElectionsCountPerCandidate() throws {
        var s = try meeting(VotingRules(tieElection: .revoteThenConsensus, tieRevotes: 0, secretForPersons: false))
        try s.apply(.openElection(body: .pengurus, seats: 1, term: "2026–2030", at: at(0)))
        for c in ["0003", "0004"] { try s.apply(.nominate(election: 1, member: n(c), at: at(1))) }
        try s.apply(.openVote(subject: .election(1), method: .show, at: at(2)))
        assertSteps(&s, [
            ("hands are counted per candidate", .countHands(HandCount(yes: 5, no: 5, abstain: 0), at: at(3)),
             .refused(.invalidValue("Pemilihan dihitung per calon: masukkan jumlah suara tiap calon (ballots dengan candidates)."))),
            ("per candidate", ballots(["0003": 5, "0004": 5]), .accepted),
            ("close: tied", .closeVote(castingVote: nil, at: at(11)), .accepted),
            ("no lot under this AD", .drawLots(election: 1, witnesses: ["A", "B"], seed: 1, at: at(12)),
             .refused(.lotNotDue("AD/ART menentukan musyawarah di antara calon yang sama kuat (tie_election = revote_then_musyawarah)"))),
            ("a non-contender", .settleTieByConsensus(election: 1, winners: [n("0005")], at: at(12)),
             .refused(.invalidValue("Hasil musyawarah harus 1 orang dari calon yang sama kuat: 0003, 0004."))),
            ("agreed", .settleTieByConsensus(election: 1, winners: [n("0004")], at: at(12)), .accepted),
        ])
        XCTAssertEqual(s.elections[0].elected, [n("0004")])
        XCTAssertEqual(s.decisions.last?.method, .consensus)
    }
}
