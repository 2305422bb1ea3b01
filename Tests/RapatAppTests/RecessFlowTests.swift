import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

final class RecessFlowTests: XCTestCase {
    func testQuorumLossIsShownAtOnceAndSkorsingResumesWithARecount() throws {
        var desk = try DeskHarness(members: DeskFixtures.members)  // Q = 3
        for n in ["0001", "0002", "0003"] { desk.type(n) }
        desk.press([.function(6), .function(7)])
        desk.type("Ketua Pengurus")
        desk.press([.function(9), .enter, .function(8)])  // quorum check: SAH
        desk.press([.function(5)])
        desk.type("0003", then: .function(3))  // one leaves: 2 of 3
        XCTAssertTrue(desk.screen().text.contains("KUORUM HILANG"), desk.screen().text)
        desk.press([.function(6)])
        XCTAssertTrue(desk.screen().text.contains("KUORUM HILANG (hadir 2, wajib 3)"), desk.screen().text)
        desk.press([.function(3)])
        desk.type("memanggil anggota kembali")
        XCTAssertTrue(desk.screen().text.contains("DISKORS sejak"), desk.screen().text)
        desk.press([.function(9), .enter])
        XCTAssertTrue(desk.app.message?.text.contains("sedang diskors") == true, desk.app.message?.text ?? "")
        desk.press([.function(5)])
        desk.type("0003")  // back
        desk.press([.function(6), .function(3)])  // resume
        XCTAssertTrue(desk.app.message?.text.contains("Skorsing dicabut") == true)
        XCTAssertTrue(desk.app.message?.text.contains("SAH") == true)
        XCTAssertFalse(desk.screen().text.contains("KUORUM HILANG"))
    }
}
