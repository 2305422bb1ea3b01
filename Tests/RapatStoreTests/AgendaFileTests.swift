import Foundation
import RapatCore
@testable import RapatStore
import XCTest

final class AgendaFileTests: XCTestCase {
    private var templatePath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("templates/susunan-acara.toml").path
    }

    func testEmbeddedDefaultIsTheTemplateFile() throws {
        XCTAssertEqual(AgendaTemplate.text, try String(contentsOfFile: templatePath, encoding: .utf8))
    }

    func testDefaultAgendaFollowsTheDomainOrder() throws {
        let agenda = try AgendaFile.parse(AgendaTemplate.text, path: "susunan-acara.toml")
        XCTAssertEqual(agenda.items.map(\.kind), [
            .opening, .quorumCheck, .agendaAndRulesAdoption, .chairElection, .boardReport, .supervisorsReport,
            .generalDiscussion, .reportApproval, .surplusDistribution, .workPlanAndBudget, .election, .otherMatters,
            .readingOfDecisions, .closing,
        ])
        let chairFirst = try AgendaFile.parse(AgendaTemplate.text, path: "s.toml", tatibFirst: false)
        XCTAssertEqual(chairFirst.items[2].kind, .chairElection, "agenda_order_tatib_first = false swaps 4↔5")
        XCTAssertEqual(chairFirst.items[3].kind, .agendaAndRulesAdoption)
    }

    func testItemsCanBeRemovedAddedAndRetitled() throws {
        let text = """
            [[acara]]
            jenis = "pembukaan"
            [[acara]]
            jenis = "umum"
            judul = "Penyuluhan perkoperasian oleh Dinas"
            [[acara]]
            jenis = "penutupan"
            judul = "Doa dan penutupan"
            """
        let agenda = try AgendaFile.parse(text, path: "s.toml")
        XCTAssertEqual(agenda.items.map(\.title), ["Pembukaan", "Penyuluhan perkoperasian oleh Dinas", "Doa dan penutupan"])
    }

    func testErrorsNameTheLine() {
        let text = "[[acara]]\njenis = \"pembukaan\"\n\n[[acara]]\njenis = \"rapat_santai\"\n"
        XCTAssertThrowsError(try AgendaFile.parse(text, path: "s.toml")) { error in
            let message = (error as? StoreError)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("s.toml:4: jenis acara ke-2 \"rapat_santai\" tidak dikenal"), message)
        }
        XCTAssertThrowsError(try AgendaFile.parse("[[acara]]\njenis = \"pembukaan\"\n", path: "s.toml")) { error in
            XCTAssertTrue((error as? StoreError)?.message.contains("tepat satu \"penutupan\"") == true)
        }
    }
}
