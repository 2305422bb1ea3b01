import Foundation
import RapatApp
import RapatCore
import RapatTesting
import TerminalUI
import XCTest

final class DeskScreenTests: XCTestCase {
    private func busyDesk() throws -> DeskHarness {
        var desk = try DeskHarness(members: DeskFixtures.members)
        desk.type("0001")
        desk.type("0002")
        desk.type("0003")
        desk.type("0002", then: .function(3))
        desk.type("siti", then: nil)
        return desk
    }

    func testDeskAt80x24() throws {
        assertSnapshot(try busyDesk().screen(80, 24), named: "desk-80x24")
    }

    func testDeskAt120x30() throws {
        var desk = try busyDesk()
        desk.press([.escape])
        assertSnapshot(desk.screen(120, 30), named: "desk-120x30-log")
    }

    func testCompactLayoutBelow80x24() throws {
        assertSnapshot(try busyDesk().screen(60, 16), named: "desk-60x16-compact")
    }

    /// Any size renders without trapping, down to 1×1; tiny sizes ask for a bigger window.
    func testEverySizeRenders() throws {
        let desk = try busyDesk()
        for width in [0, 1, 5, 23, 24, 40, 79, 80, 81, 200] {
            for height in [0, 1, 3, 5, 6, 12, 23, 24, 60] {
                let screen = desk.screen(width, height)
                XCTAssertEqual(screen.lines.count, max(0, height))
                XCTAssertTrue(screen.lines.allSatisfy { CellWidth.of($0) <= width }, "\(width)×\(height)")
            }
        }
        XCTAssertTrue(desk.screen(20, 5).text.contains("Layar terlalu kecil"))
        XCTAssertTrue(desk.screen(40, 10).text.contains("N 5 · H 2 · Q 3"))
    }
}
