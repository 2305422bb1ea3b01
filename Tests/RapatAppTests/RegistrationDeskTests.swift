import Foundation
import RapatCore
import RapatStore
import RapatTesting
import TerminalUI
import XCTest

/// A registration desk beside the chair's (`rapat run --meja 2` on a shared meeting): it records attendance, and the
/// chair's keys say at once that they belong to the chair's desk, before any form opens or anything is written.
final class RegistrationDeskTests: XCTestCase {
    func testTheChairsKeysAreRefusedWithTheDesksRoleAndScansAreMarkedWithTheDesk() throws {
        let desk = try DeskHarness(members: Fixtures.members(4), desk: DeskAssignment(number: 2, role: .registration))
        XCTAssertTrue(desk.screen().text.contains("Meja 2 · presensi"), desk.screen().text)
        desk.type("0002")
        XCTAssertEqual(desk.runner.state.meeting.quorum.present, 1)
        let before = try desk.journal().count
        desk.press([.function(6), .function(8)])
        XCTAssertEqual(desk.runner.state.message?.kind, .error)
        XCTAssertTrue(desk.runner.state.message?.text.contains("meja presensi") ?? false, desk.runner.state.message?.text ?? "")
        desk.press([.function(7)])
        XCTAssertTrue(desk.runner.state.message?.text.contains("meja pimpinan") ?? false)
        XCTAssertEqual(try desk.journal().count, before, "nothing written by a chair's key on a registration desk")
        XCTAssertEqual(try desk.session.file.entries().last?.desk, 2, "the check-in row carries the desk")
    }
}
