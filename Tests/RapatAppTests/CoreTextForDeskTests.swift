import Foundation
@testable import RapatApp
import RapatCore
import RapatTesting
import XCTest

/// Issue 13 item 9: advice names a key that exists. The core's refusals name script commands; the desk shows the key.
final class CoreTextForDeskTests: XCTestCase {
    func testEveryMappedCommandExistsAndMapsToABoundKey() {
        let commands = Set(CommandScript.commands.map(\.name))
        for (command, intent) in CoreTextForDesk.commandIntents {
            XCTAssertTrue(commands.contains(command), "\(command) is a script command")
            XCTAssertFalse(KeyMap.label(of: intent).isEmpty, "\(intent) has a key")
        }
        XCTAssertEqual(CoreTextForDesk.deskText("Pemungutan suara 2 masih berlangsung: tutup dulu (perintah close_vote)."),
                       "Pemungutan suara 2 masih berlangsung: tutup dulu (tombol X).")
    }

    func testARefusalOnTheAgendaNamesTheKey() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter, .function(9)])
        let text = desk.app.message?.text ?? ""
        XCTAssertTrue(text.hasPrefix("Kuorum belum diperiksa"), text)
        XCTAssertTrue(text.contains("(tombol F8)"), text)
        XCTAssertFalse(text.contains("check_quorum"), text)
    }
}

/// Issue 13 item 9: the editing bar offers ↑ only when there is an earlier field to go back to.
final class EditingBarTests: XCTestCase {
    func testUpIsOfferedOnlyWithAnEarlierField() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.character("p")])
        guard case .form = desk.app.mode else { return XCTFail("P opens the presidium form: \(desk.app.message?.text ?? "")") }
        XCTAssertFalse(desk.screen().lines.last?.contains("Isian sebelumnya") ?? true, "first field: nothing to go back to")
        desk.type("Ketua Rapat")
        XCTAssertTrue(desk.screen().lines.last?.contains("↑ Isian sebelumnya") ?? false, desk.screen().lines.last ?? "")
        desk.press([.escape, .function(2)])
        XCTAssertFalse(desk.screen().lines.last?.contains("Isian sebelumnya") ?? true, "a note is one prompt")
    }
}
