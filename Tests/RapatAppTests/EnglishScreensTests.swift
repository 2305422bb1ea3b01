import Foundation
@testable import RapatApp
import RapatCore
import RapatTesting
import RapatText
import TerminalUI
import XCTest

/// The agenda, roll-call, SHU and readiness screens in English at 80×24, and a form filled in English that records
/// exactly what the Indonesian one records (issue 13 item 12). The Indonesian renders are the other snapshot tests.
final class EnglishScreensTests: XCTestCase {
    /// Three of five counted members present, the meeting opened on a three-item agenda with the SHU item current,
    /// the SHU proposed and approved by mufakat; the ledger imported for the SHU screen.
    private func meetingInProgress() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.app.draftAgenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .surplusDistribution),
                                              AgendaItem(kind: .closing)])
        desk.app.shuLedger = ShuLedger(
            members: ["0001", "0002", "0003"].map(MemberNumber.init), savingsColumns: ["pokok", "wajib"],
            transactionColumns: ["toko"], savings: [10_000_000, 110_000_000, 10_000_000, 50_000_000, 0, 0],
            transactions: [250_000_000, 0, 100_000_000])
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .character("b")])
        desk.type("Rp150.000.000")
        desk.press([.character("u")])
        desk.type("Menetapkan pembagian SHU 2025")
        desk.type("")
        desk.press([.function(11), .character("1")])
        XCTAssertEqual(desk.app.meeting.decisions.count, 1, "\(String(describing: desk.app.message))")
        return desk
    }

    /// A roll-call open on a motion (present: 0001, 0002, 0003), as `RollCallTests` opens it.
    private func rollCall() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter, .function(8), .function(9), .enter])
        desk.press([.character("u")])
        desk.type("Menaikkan simpanan wajib")
        desk.type("")
        desk.press([.character("v")])
        desk.type("")
        desk.type("2")  // by name
        XCTAssertNotNil(desk.app.meeting.openVote)
        return desk
    }

    func testAgendaInEnglish() throws {
        try UIText.withLanguage(.english) {
            let desk = try meetingInProgress()
            let screen = desk.screen(80, 24)
            let text = screen.text
            XCTAssertTrue(text.contains("Agenda"), text)
            XCTAssertTrue(text.contains("Opened"), text)
            XCTAssertTrue(text.contains("SHU DISTRIBUTION (APPROVED)"), text)
            XCTAssertTrue(text.contains("SHU for the year"), text)
            XCTAssertFalse(text.contains("Dibuka"), text)
            assertStyledSnapshot(screen, named: "en-agenda-80x24")
        }
        // Back in Indonesian, the same screen says what it always said.
        let text = try meetingInProgress().screen(80, 24).text
        XCTAssertTrue(text.contains("Dibuka") && text.contains("PEMBAGIAN SHU (DISAHKAN)"), text)
    }

    func testRollCallInEnglish() throws {
        try UIText.withLanguage(.english) {
            var desk = try rollCall()
            desk.type("0001 s")
            desk.type("0003 t")
            desk.type("0002", then: nil)
            let screen = desk.screen(80, 24)
            let text = screen.text
            XCTAssertTrue(text.contains("Yes 1 · No 1 · Abstain 0"), text)
            XCTAssertTrue(text.contains("Not voted yet: 1 of 3 eligible"), text)
            XCTAssertTrue(text.contains("✔ 0003 Yohanes Lake: no"), text)
            XCTAssertEqual(desk.app.rollCallStatusText, "→ 0002 Budi Santoso (Unit Toko): may vote. S yes · T no · A abstain.")
            assertStyledSnapshot(screen, named: "en-roll-call-80x24")
            // The choice letters stay s/t/a: the same keys record the same vote in either language.
            desk.press([.character("a")])
            XCTAssertEqual(desk.app.meeting.openVote?.ballots[MemberNumber("0002")], .abstain)
        }
    }

    func testShuInEnglish() throws {
        try UIText.withLanguage(.english) {
            var desk = try meetingInProgress()
            desk.press([.character("i")])
            desk.type("0001")
            XCTAssertEqual(desk.app.screen, .shu)
            let screen = desk.screen(80, 24)
            let text = screen.text
            XCTAssertTrue(text.contains("Members' SHU"), text)
            XCTAssertTrue(text.contains("SHU distribution approved (decision number"), text)
            XCTAssertTrue(text.contains("Capital services:") && text.contains("Business services:"), text)
            XCTAssertTrue(text.contains("Savings (pokok + wajib):"), text)
            assertStyledSnapshot(screen, named: "en-shu-80x24")
        }
    }

    func testReadinessInEnglish() throws {
        try UIText.withLanguage(.english) {
            var desk = try meetingInProgress()
            desk.press([.character("a")])
            XCTAssertEqual(desk.app.screen, .readiness)
            let screen = desk.screen(80, 24)
            let text = screen.text
            XCTAssertTrue(text.contains("Ready for the berita acara?"), text)
            XCTAssertTrue(text.contains("Not complete:"), text)
            XCTAssertTrue(text.contains("1 numbered decisions") || text.contains("on the closing item"), text)
            assertStyledSnapshot(screen, named: "en-readiness-80x24")
        }
    }

    /// A motion proposed in each language with the same keys: the English form shows English labels and options,
    /// and the command is the Indonesian one, kind included (the chosen index, not the text, is recorded).
    func testMotionFormRecordsTheSameCommandInEnglish() throws {
        func propose(_ language: UILanguage) throws -> (command: String, screen: String, motion: Motion?) {
            try UIText.withLanguage(language) {
                var desk = try rollCall()
                desk.press([.escape, .character("x")])
                XCTAssertNil(desk.app.meeting.openVote)
                desk.press([.character("u")])
                desk.type("Menambah unit usaha")
                let screen = desk.screen(120, 40).text
                var effects: [AppEffect] = []
                for key in [Key.character("4"), .enter] { effects += desk.app.reduce(.key(key)) }
                guard case let .execute(command)? = effects.last else {
                    XCTFail("the last Enter issues the command: \(effects)")
                    return ("", screen, nil)
                }
                var meeting = desk.app.meeting
                try meeting.apply(command)
                return (String(describing: command), screen, meeting.motions.last)
            }
        }
        let indonesian = try propose(.indonesian)
        let english = try propose(.english)
        XCTAssertEqual(english.command, indonesian.command)
        XCTAssertEqual(english.motion, indonesian.motion)
        XCTAssertEqual(english.motion?.kind, .workPlanAndBudget)
        XCTAssertTrue(english.command.contains("workPlanAndBudget"), english.command)
        XCTAssertTrue(english.screen.contains("Motion text: Menambah unit usaha"), english.screen)
        XCTAssertTrue(english.screen.contains("Kind: "), english.screen)
        XCTAssertTrue(english.screen.contains("work plan and budget (RAPB)"), english.screen)
        XCTAssertTrue(indonesian.screen.contains("rencana kerja dan RAPB"), indonesian.screen)
    }

    /// The pimpinan rapat form, its "how chosen" answered by number: the same selection is recorded in English.
    func testPresidiumFormRecordsTheSameSelectionInEnglish() throws {
        func appoint(_ language: UILanguage) throws -> (command: String, screen: String) {
            try UIText.withLanguage(language) {
                var desk = try DeskHarness(members: DeskFixtures.members)
                for n in ["0001", "0002", "0003"] { desk.type(n) }
                desk.press([.function(6), .function(7)])
                desk.type("Ketua Pengurus")
                desk.press([.character("p")])
                for answer in ["Budi Santoso", "Siti Aminah", "", "2"] { desk.type(answer) }
                let screen = desk.screen(120, 40).text
                let effects = desk.app.reduce(.key(.enter))
                guard case let .execute(command)? = effects.last else {
                    XCTFail("the last Enter issues the command: \(effects)")
                    return ("", screen)
                }
                return (String(describing: command), screen)
            }
        }
        let indonesian = try appoint(.indonesian)
        let english = try appoint(.english)
        XCTAssertEqual(english.command, indonesian.command)
        XCTAssertTrue(english.command.contains("elected"), english.command)
        XCTAssertTrue(english.screen.contains("How chosen: elected by the members"), english.screen)
        XCTAssertTrue(indonesian.screen.contains("Cara memilih: dipilih oleh anggota"), indonesian.screen)
    }
}
