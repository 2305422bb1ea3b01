import Foundation
import RapatCore
import RapatDocuments
import RapatTesting
import XCTest

/// The room's screen model (issue 14, `rapat layar` and `rapat siar`): built from states the real core produced,
/// worded like the notulen, with the JSON keys of the shared contract and no member's name.
final class RoomViewTests: XCTestCase {
    private let t = Fixtures.time
    private let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .quorumCheck),
                                        AgendaItem(kind: .boardReport), AgendaItem(kind: .closing)])
    private let names = ["Siti Rahmawati", "Bambang Sutrisno", "Dewi Lestari", "Agus Salim", "Rina Kartika",
                         "Joko Purnomo", "Maya Anggraini", "Hendra Gunawan", "Lina Marlina", "Yusuf Hakim"]

    private func n(_ i: Int) -> MemberNumber { MemberNumber(String(format: "%04d", i)) }

    /// N = 10 (Q = 6 under the default "lebih dari ½"), `present` of them checked in at 08:30.
    private func registration(present: Int) throws -> MeetingState {
        let members = names.enumerated().map { Fixtures.member(String(format: "%04d", $0.offset + 1), $0.element) }
        var s = try Fixtures.openedMeeting(members)
        for i in 0..<present where i < members.count { try s.apply(.checkIn(n(i + 1), at: t("2026-03-21 08:30"))) }
        return s
    }

    private func view(_ s: MeetingState, now: Date? = nil) -> RoomView {
        RoomView(state: s, eventCount: s.eventCount, digest: "3fa9c2d41b7e0a55c0ffee00112233445566778899aabbccddeeff0011223344",
                 now: now ?? t("2026-03-21 09:42"))
    }

    private func object(_ view: RoomView) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: try view.json()) as? [String: Any])
    }

    func testRegistrationBelowAndAtQuorum() throws {
        var s = try registration(present: 5)
        var room = view(s)
        XCTAssertEqual(room.cooperative, "KSP Maju Bersama")
        XCTAssertEqual(room.title, "Rapat Anggota Tahunan (RAT) ke-12 Tahun Buku 2025")
        XCTAssertEqual(room.stage, .registration)
        XCTAssertEqual(room.quorum, RoomView.Quorum(s.quorum))
        XCTAssertEqual([room.quorum.registered, room.quorum.present, room.quorum.required], [10, 5, 6])
        XCTAssertFalse(room.quorum.isMet)
        XCTAssertEqual(room.quorum.label, "BELUM")
        XCTAssertEqual(room.quorum.formula, s.quorum.formula)
        XCTAssertNil(room.agendaItem)
        XCTAssertNil(room.latest)
        XCTAssertNil(room.openVote)
        XCTAssertEqual(room.eventCount, s.eventCount)
        XCTAssertEqual(room.digest, "3fa9c2d41b7e0a55", "the digest's prefix, as the berita acara prints it")

        try s.apply(.checkIn(n(6), at: t("2026-03-21 08:31")))
        room = view(s)
        XCTAssertEqual([room.quorum.present, room.quorum.required], [6, 6])
        XCTAssertTrue(room.quorum.isMet)
        XCTAssertEqual(room.quorum.label, "SAH")
        // A member who leaves takes the quorum with them.
        try s.apply(.markLeft(n(6), at: t("2026-03-21 08:40")))
        XCTAssertEqual(view(s).quorum.label, "BELUM")
    }

    func testAgendaDecisionVoteAndClosing() throws {
        var s = try registration(present: 8)
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        XCTAssertEqual(view(s).stage, .sitting)
        XCTAssertEqual(view(s).agendaItem, RoomView.AgendaItemView(number: 1, title: agenda.items[0].title))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 09:01")))
        try s.apply(.declareQuorum(at: t("2026-03-21 09:02")))
        try s.apply(.nextAgendaItem(at: t("2026-03-21 09:03")))
        XCTAssertEqual(view(s).agendaItem, RoomView.AgendaItemView(number: 3, title: agenda.items[2].title))

        // A decision by mufakat, worded as the notulen words it.
        try s.apply(.recordDecision(text: "Laporan pengurus diterima", method: .consensus, outcome: .accepted, notes: [],
                                    at: t("2026-03-21 09:10")))
        let decision = try XCTUnwrap(s.decisions.last)
        var latest = try XCTUnwrap(view(s).latest)
        XCTAssertEqual(latest.kind, .decision)
        XCTAssertEqual(latest.text, MinutesReport.decision(decision))
        XCTAssertTrue(latest.text.hasPrefix("KEPUTUSAN NOMOR 1: Laporan pengurus diterima — DITERIMA"), latest.text)
        XCTAssertEqual(latest.time, "09.10 WIB")

        // The vote under way is announced; its close records a decision, which is what the room sees last.
        try s.apply(.proposeMotion(text: "Mengesahkan laporan pengawas", kind: .ordinary, concerns: nil, at: t("2026-03-21 09:20")))
        try s.apply(.openVote(subject: .motion(1), method: .show, at: t("2026-03-21 09:21")))
        let open = try XCTUnwrap(view(s).openVote)
        XCTAssertEqual(open, "Pemungutan suara sedang berlangsung: Usul 1: Mengesahkan laporan pengawas (usul biasa).")
        try s.apply(.countHands(HandCount(yes: 6, no: 1, abstain: 1), at: t("2026-03-21 09:22")))
        try s.apply(.closeVote(castingVote: nil, at: t("2026-03-21 09:23")))
        XCTAssertNil(view(s).openVote)
        latest = try XCTUnwrap(view(s).latest)
        XCTAssertEqual(latest.kind, .decision)
        XCTAssertTrue(latest.text.hasPrefix("KEPUTUSAN NOMOR 2: "), latest.text)

        // A round closed without quorum records no decision: its result is the last thing the room heard.
        try s.apply(.proposeMotion(text: "Menambah simpanan wajib", kind: .ordinary, concerns: nil, at: t("2026-03-21 09:30")))
        try s.apply(.openVote(subject: .motion(2), method: .show, at: t("2026-03-21 09:31")))
        for i in 4...8 { try s.apply(.markLeft(n(i), at: t("2026-03-21 09:32"))) }
        try s.apply(.closeVote(castingVote: nil, at: t("2026-03-21 09:33")))
        let vote = try XCTUnwrap(s.closedVotes.last)
        latest = try XCTUnwrap(view(s).latest)
        XCTAssertEqual(latest.kind, .voteResult)
        XCTAssertEqual(latest.time, "09.33 WIB")
        XCTAssertEqual(latest.text, "Usul 2: Menambah simpanan wajib (usul biasa). Pemungutan suara 2 ditutup. "
            + MinutesReport.voteSummary(vote.round, vote.result, s).joined(separator: " "))
        XCTAssertTrue(latest.text.contains("BATAL"), latest.text)

        // Members come back; a skorsing shows as such; the closing shows Ditutup.
        for i in 4...8 { try s.apply(.markReturned(n(i), at: t("2026-03-21 09:40"))) }
        try s.apply(.suspendMeeting(reason: "istirahat", at: t("2026-03-21 09:41")))
        XCTAssertEqual(view(s).stage, .recess)
        try s.apply(.resumeMeeting(at: t("2026-03-21 09:50")))
        XCTAssertEqual(view(s).stage, .sitting)
        try s.apply(.nextAgendaItem(at: t("2026-03-21 09:55")))
        try s.apply(.closeMeeting(at: t("2026-03-21 10:00")))
        XCTAssertEqual(view(s).stage, .closed)
    }

    func testAWithdrawnDecisionIsNotShown() throws {
        var s = try registration(present: 8)
        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.recordDecision(text: "Tata tertib disahkan", method: .consensus, outcome: .accepted, notes: [],
                                    at: t("2026-03-21 09:05")))
        try s.apply(.recordDecision(text: "Keputusan keliru", method: .consensus, outcome: .accepted, notes: [],
                                    at: t("2026-03-21 09:06")))
        let mistaken = s.eventCount
        XCTAssertTrue(try XCTUnwrap(view(s).latest).text.contains("Keputusan keliru"))
        try s.apply(.withdrawEvent(sequence: mistaken, reason: "salah catat", at: t("2026-03-21 09:07")))
        let latest = try XCTUnwrap(view(s).latest)
        XCTAssertTrue(latest.text.hasPrefix("KEPUTUSAN NOMOR 1: Tata tertib disahkan"), latest.text)
    }

    func testJSONHasTheContractsKeysAndNoNames() throws {
        var s = try registration(present: 7)
        let empty = try object(view(s, now: Date(timeIntervalSince1970: 1_774_060_930.75)))
        XCTAssertEqual(Set(empty.keys), ["koperasi", "judul", "tahap", "kuorum", "acara", "terakhir", "suara_terbuka",
                                         "peristiwa", "sidik", "diperbarui"])
        XCTAssertTrue(empty["acara"] is NSNull && empty["terakhir"] is NSNull && empty["suara_terbuka"] is NSNull,
                      "none is written as null: \(empty)")
        XCTAssertEqual(empty["tahap"] as? String, "Pendaftaran")
        XCTAssertEqual(empty["diperbarui"] as? String, "2026-03-21T02:42:10Z", "ISO-8601 in UTC, whole seconds")
        XCTAssertEqual(empty["peristiwa"] as? Int, Int(s.eventCount))
        let quorum = try XCTUnwrap(empty["kuorum"] as? [String: Any])
        XCTAssertEqual(Set(quorum.keys), ["n", "h", "q", "sah", "label", "rumus"])
        XCTAssertEqual(quorum["n"] as? Int, 10)
        XCTAssertEqual(quorum["h"] as? Int, 7)
        XCTAssertEqual(quorum["q"] as? Int, 6)
        XCTAssertEqual(quorum["sah"] as? Bool, true)
        XCTAssertEqual(quorum["label"] as? String, "SAH")

        try s.apply(.openMeeting(by: "Ketua", agenda: agenda, at: t("2026-03-21 09:00")))
        try s.apply(.recordDecision(text: "Tata tertib disahkan", method: .consensus, outcome: .accepted, notes: [],
                                    at: t("2026-03-21 09:05")))
        try s.apply(.proposeMotion(text: "Mengesahkan laporan", kind: .ordinary, concerns: nil, at: t("2026-03-21 09:20")))
        try s.apply(.openVote(subject: .motion(1), method: .rollCall, at: t("2026-03-21 09:21")))
        let room = view(s)
        let full = try object(room)
        let item = try XCTUnwrap(full["acara"] as? [String: Any])
        XCTAssertEqual(Set(item.keys), ["nomor", "judul"])
        XCTAssertEqual(item["nomor"] as? Int, 1)
        let latest = try XCTUnwrap(full["terakhir"] as? [String: Any])
        XCTAssertEqual(Set(latest.keys), ["jenis", "teks", "pukul"])
        XCTAssertEqual(latest["jenis"] as? String, "keputusan")
        XCTAssertEqual(latest["pukul"] as? String, "09.05 WIB")
        XCTAssertNotNil(full["suara_terbuka"] as? String)
        XCTAssertEqual(full["tahap"] as? String, "Sidang")

        // Who checked in is not the room's business: no name and no member number anywhere in the payload.
        let text = String(decoding: try room.json(), as: UTF8.self)
        for name in names { XCTAssertFalse(text.contains(name), "\(name) in \(text)") }
        for i in 1...10 { XCTAssertFalse(text.contains("\"\(n(i).rawValue)"), "member number in \(text)") }

        // The payload reads back as the same view.
        XCTAssertEqual(try JSONDecoder().decode(RoomView.self, from: try room.json()), room)
    }
}
