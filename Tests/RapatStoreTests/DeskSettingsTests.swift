import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// `[meja]`: the big name (off by default) and the bell on a refused scan (on by default).
final class DeskSettingsTests: XCTestCase {
    private func defaultText() throws -> String {
        let dir = TemporaryDirectory()
        let path = dir.file("koperasi.toml")
        try CooperativeSettings.writeDefault(to: path, name: "KSP Maju", abbreviation: "KSP-M", fiscalYear: 2025,
                                             meetingDate: "2026-03-21")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    func testTheWrittenFileHasTheDeskSectionWithItsDefaults() throws {
        let text = try defaultText()
        XCTAssertTrue(text.contains("[meja]\nnama_besar = false"), text)
        XCTAssertTrue(text.contains("bunyi_tolak = true"), text)
        XCTAssertEqual(try CooperativeSettings.parse(text, path: "k.toml").desk, DeskSettings(bigName: false, alertOnRefusal: true))
    }

    func testBothAreReadAndMissingMeansTheDefault() throws {
        let text = try defaultText()
        let edited = text.replacingOccurrences(of: "nama_besar = false", with: "nama_besar = true")
            .replacingOccurrences(of: "bunyi_tolak = true", with: "bunyi_tolak = false")
        XCTAssertEqual(try CooperativeSettings.parse(edited, path: "k.toml").desk, DeskSettings(bigName: true, alertOnRefusal: false))
        let without = text.components(separatedBy: "\n").filter { !$0.hasPrefix("nama_besar") && !$0.hasPrefix("bunyi_tolak") }
            .joined(separator: "\n")
        XCTAssertEqual(try CooperativeSettings.parse(without, path: "k.toml").desk, DeskSettings())
    }

    func testATypoOrAWrongTypeIsRefusedWithItsLine() throws {
        let text = try defaultText()
        XCTAssertThrowsError(try CooperativeSettings.parse(text.replacingOccurrences(of: "nama_besar", with: "nama_besr"),
                                                           path: "k.toml")) { error in
            XCTAssertTrue("\(error)".contains("nama_besr"), "\(error)")
        }
        XCTAssertThrowsError(try CooperativeSettings.parse(text.replacingOccurrences(of: "bunyi_tolak = true", with: "bunyi_tolak = \"ya\""),
                                                           path: "k.toml"))
    }
}
