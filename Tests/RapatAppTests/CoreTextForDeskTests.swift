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
