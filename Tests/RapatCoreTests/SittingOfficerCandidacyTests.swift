import Foundation
import RapatCore
import RapatTesting
import XCTest

/// DOMAIN E-3: a sitting pengurus standing for pengawas (or the reverse) is refused by default, or recorded with a
/// warning under `sitting_officer_candidacy = "warn"`.
final class SittingOfficerCandidacyTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .election), AgendaItem(kind: .closing)])
    private func n(_ text: String) -> MemberNumber { MemberNumber(text) }

    private func meeting(_ policy: SittingOfficerPolicy) throws -> MeetingState {
        var members = Fixtures.members(6)
        members[1].office = Office(body: .pengurus, title: "Bendahara")
        members[2].office = Office(body: .pengawas, title: "Ketua")
        var s = try Fixtures.openedMeeting(members, rules: MeetingRules(voting: VotingRules(sittingOfficerCandidacy: policy)))
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 10:00")))
        try s.apply(.openElection(body: .pengurus, seats: 1, term: "2026–2030", at: t("2026-03-21 10:01")))
        try s.apply(.openElection(body: .pengawas, seats: 1, term: "2026–2029", at: t("2026-03-21 10:01")))
        return s
    }

    func testRefusedByDefault() throws {
        XCTAssertEqual(VotingRules.defaults.sittingOfficerCandidacy, .refuse)
        var s = try meeting(.refuse)
        let at = t("2026-03-21 10:02")
        assertSteps(&s, [
            ("pengurus for pengawas", .nominate(election: 2, member: n("0002"), at: at),
             .refused(.candidateRefused(s.roster.member(n("0002"))!, reason: "sedang menjabat Bendahara Pengurus; pengurus "
                 + "dan pengawas tidak boleh dirangkap (sitting_officer_candidacy = \"refuse\")"))),
            ("pengawas for pengurus", .nominate(election: 1, member: n("0003"), at: at),
             .refused(.candidateRefused(s.roster.member(n("0003"))!, reason: "sedang menjabat Ketua Pengawas; pengurus "
                 + "dan pengawas tidak boleh dirangkap (sitting_officer_candidacy = \"refuse\")"))),
            ("pengurus standing again for pengurus", .nominate(election: 1, member: n("0002"), at: at), .accepted),
            ("pengawas standing again for pengawas", .nominate(election: 2, member: n("0003"), at: at), .accepted),
            ("no office", .nominate(election: 2, member: n("0004"), at: at), .accepted),
        ])
        XCTAssertNil(s.sittingOfficerNote(election: 1, member: n("0002")))
    }

    func testRecordedWithANoteUnderWarn() throws {
        var s = try meeting(.warn)
        try s.apply(.nominate(election: 2, member: n("0002"), at: t("2026-03-21 10:02")))
        XCTAssertEqual(s.elections[1].candidates, [n("0002")])
        XCTAssertEqual(s.sittingOfficerNote(election: 2, member: n("0002")),
                       "Anggota 2 sedang menjabat Bendahara Pengurus; pengurus dan pengawas tidak boleh dirangkap, jadi "
                           + "bila terpilih sebagai pengawas jabatan itu dilepas")
        XCTAssertNil(s.sittingOfficerNote(election: 2, member: n("0004")))
    }
}
