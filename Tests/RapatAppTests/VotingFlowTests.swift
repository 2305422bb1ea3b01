import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

/// Motions, votes and an election from the agenda screen (issue 4): the screen only issues commands; the core's
/// refusals come back as messages, and results are shown with every number and the rule.
final class VotingFlowTests: XCTestCase {
    private func openedMeeting() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter, .function(8), .function(9), .enter])
        return desk
    }

    func testRollCallVoteFromMotionToResult() throws {
        var desk = try openedMeeting()
        desk.press([.character("v")])
        XCTAssertTrue(desk.app.message?.text.contains("Belum ada usul") == true)
        desk.press([.character("u")])
        desk.type("Menaikkan simpanan wajib menjadi Rp50.000 per bulan")
        desk.type("")  // kind: usul biasa
        XCTAssertEqual(desk.app.meeting.motions.count, 1)
        desk.press([.character("v")])
        desk.type("")   // the motion
        desk.type("2")  // per nama
        XCTAssertNotNil(desk.app.meeting.openVote)
        guard case .form = desk.app.mode else { return XCTFail("roll-call entry starts at once") }
        desk.type("0001")
        desk.type("1")
        XCTAssertTrue(desk.app.message?.text.contains("✔ Siti Aminah (0001): setuju") == true, "\(desk.app.message!)")
        desk.type("budi")
        desk.type("2")
        // A repeated or absent voter is refused at the number, before any choice (issue 13 item 7).
        desk.type("0001")
        XCTAssertTrue(desk.app.message?.text.contains("sudah memberi suara (setuju)") == true, "one member, one vote")
        desk.press([.escape, .character("v")])
        desk.press(Array(repeating: .backspace, count: 4))
        desk.type("0004")
        desk.press([], after: 2)  // the two choices no longer typed: the snapshots keep their clock
        XCTAssertTrue(desk.app.message?.text.contains("tidak tercatat hadir saat pemungutan suara dibuka") == true,
                      "\(desk.app.message!)")
        desk.press([.escape])
        XCTAssertTrue(desk.screen().text.contains("sudah memilih: 2"), desk.screen().text)
        desk.press([.character("x")])
        XCTAssertNil(desk.app.meeting.openVote)
        let screen = desk.screen().text
        XCTAssertTrue(screen.contains("HASIL PEMUNGUTAN SUARA 1"), screen)
        XCTAssertTrue(screen.contains("× 2 = 2 ≤ 2."), screen)
        XCTAssertTrue(screen.contains("Hasil: usul DITOLAK."), screen)
        assertSnapshot(desk.screen(80, 24), named: "vote-result-80x24")
        XCTAssertEqual(desk.app.meeting.decisions.last?.outcome, .rejected)

        desk.press([.character("d")])
        XCTAssertEqual(desk.app.screen, .decisions)
        assertSnapshot(desk.screen(80, 24), named: "decisions-80x24")
        desk.press([.escape])
        XCTAssertEqual(desk.app.screen, .agenda)
    }

    /// F9 over an open vote names it with the desk's key; closing lists what the berita acara lacks (DECISIONS 33).
    func testF9RefusesOverAnOpenVoteAndClosingShowsWhatIsMissing() throws {
        var desk = try openedMeeting()
        desk.autoConfirm = false
        desk.openRollCallVote()
        desk.press([.escape, .function(9)])
        if case .confirm = desk.app.mode { XCTFail("no confirmation over an open vote") }
        XCTAssertEqual(desk.app.message?.kind, .error)
        XCTAssertEqual(desk.app.message?.text, "Pemungutan suara putaran 1 tentang usul 1 \"Menaikkan simpanan wajib\" "
            + "masih terbuka: tutup dulu dengan X.")
        desk.press([.character("x"), .enter])
        XCTAssertNil(desk.app.meeting.openVote)
        desk.press([.escape, .function(9), .enter])
        XCTAssertEqual(desk.app.meeting.currentAgendaItem?.kind, .closing)
        desk.press([.function(9)])
        let question = "Berita acara belum lengkap: Nomor badan hukum, Tanggal badan hukum, Pimpinan rapat. "
            + "Tutup rapat sekarang (PENUTUPAN)?"
        XCTAssertEqual(desk.app.mode, .confirm(question))
        XCTAssertEqual(desk.app.message?.text, question + " Enter = ya, tombol lain = batal.")
        desk.press([.enter])
        XCTAssertNotNil(desk.app.meeting.closedAt)
    }

    func testElectionWithSecretBallotFromTheAgendaScreen() throws {
        var desk = try openedMeeting()
        desk.press([.character("e")])
        desk.type("1")          // pengurus: 0002, the Ketua Pengurus, stands again (pengawas would be refused, E-3)
        desk.type("1")          // one seat
        desk.type("2026–2030")
        desk.press([.character("c")])
        desk.type("")
        desk.type("0002")
        desk.press([.character("c")])
        desk.type("")
        desk.type("yohanes")
        XCTAssertEqual(desk.app.meeting.elections.first?.candidates, [MemberNumber("0002"), MemberNumber("0003")])
        desk.press([.character("v")])
        desk.type("")  // the election
        desk.type("")  // rahasia, the default for persons
        XCTAssertEqual(desk.app.meeting.openVote?.opening.method, .secret)
        desk.press([.character("v")])
        for count in ["3", "3", "2", "1", "0", "0", ""] { desk.type(count) }
        desk.press([.character("x")])
        XCTAssertEqual(desk.app.meeting.elections.first?.elected, [MemberNumber("0002")])
        XCTAssertTrue(desk.screen().text.contains("Budi Santoso (0002): 2 suara"), desk.screen().text)
        XCTAssertEqual(desk.app.meeting.decisions.last?.election, 1)
    }

    func testF11DecidesThePendingMotionByMufakat() throws {
        var desk = try openedMeeting()
        desk.press([.character("u")])
        desk.type("Menerima laporan pengurus")
        desk.type("2")  // pengesahan laporan
        desk.press([.function(11), .character("2")])
        desk.type("Piutang macet dilaporkan tiap triwulan")
        let decision = try XCTUnwrap(desk.app.meeting.decisions.last)
        XCTAssertEqual(decision.motion, 1)
        XCTAssertEqual(decision.text, "Menerima laporan pengurus")
        XCTAssertEqual(decision.outcome, .acceptedWithNotes)
        desk.press([.character("v")])
        XCTAssertTrue(desk.app.message?.text.contains("Belum ada usul") == true, "a decided motion is not voted again")
        desk.press([.character("s")])
        XCTAssertTrue(desk.app.message?.text.contains("proxies_allowed = false") == true)
    }

    func testACandidateChairHandsOverBeforeTheBallot() throws {
        var desk = try openedMeeting()
        desk.press([.character("p")])
        for answer in ["Budi Santoso", "Siti Aminah", "", "", ""] { desk.type(answer) }
        desk.press([.character("e")])
        for answer in ["1", "1", "2026–2030"] { desk.type(answer) }
        for candidate in ["0002", "0003"] {
            desk.press([.character("c")])
            desk.type("")
            desk.type(candidate)
        }
        desk.press([.character("v")])
        desk.type("")
        desk.type("")
        XCTAssertNil(desk.app.meeting.openVote)
        XCTAssertTrue(desk.screen().text.contains("Pimpinan rapat menjadi calon: Budi Santoso"), desk.screen().text)
        desk.type("Siti Aminah")
        XCTAssertEqual(desk.app.meeting.elections.first?.substituteChair, "Siti Aminah")
        desk.press([.character("v")])
        desk.type("")
        desk.type("")
        XCTAssertEqual(desk.app.meeting.openVote?.opening.subject, .election(1))
    }
}
