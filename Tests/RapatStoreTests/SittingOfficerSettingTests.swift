import Foundation
import RapatCore
import RapatStore
import RapatTesting
import XCTest

/// `sitting_officer_candidacy` in koperasi.toml: "refuse" by default (DOMAIN E-3), "warn" where the AD allows it.
final class SittingOfficerSettingTests: XCTestCase {
    func testTheSettingIsReadWithRefuseAsDefaultAndUnknownValuesAreRefused() throws {
        let dir = TemporaryDirectory()
        let path = dir.file("koperasi.toml")
        try CooperativeSettings.writeDefault(to: path, name: "KSP Demo", abbreviation: "KSP-D", fiscalYear: 2025,
                                             meetingDate: "2026-03-21")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("sitting_officer_candidacy = \"refuse\""), "the default file offers it")
        XCTAssertEqual(try CooperativeSettings.parse(text, path: "k.toml").rules.voting.sittingOfficerCandidacy, .refuse)
        let without = text.replacingOccurrences(of: "sitting_officer_candidacy = \"refuse\"", with: "")
        XCTAssertEqual(try CooperativeSettings.parse(without, path: "k.toml").rules.voting.sittingOfficerCandidacy, .refuse)
        let warn = text.replacingOccurrences(of: "sitting_officer_candidacy = \"refuse\"",
                                             with: "sitting_officer_candidacy = \"warn\"")
        XCTAssertEqual(try CooperativeSettings.parse(warn, path: "k.toml").rules.voting.sittingOfficerCandidacy, .warn)
        let wrong = text.replacingOccurrences(of: "sitting_officer_candidacy = \"refuse\"",
                                              with: "sitting_officer_candidacy = \"allow\"")
        XCTAssertThrowsError(try CooperativeSettings.parse(wrong, path: "k.toml")) { error in
            let message = (error as? StoreError)?.message ?? ""
            let line = 1 + (wrong.components(separatedBy: "\n").firstIndex { $0.hasPrefix("sitting_officer_candidacy") } ?? -1)
            XCTAssertTrue(message.hasPrefix("k.toml:\(line): nilai \"allow\" tidak dikenal"), message)
        }
    }

    func testTheSettingIsFrozenInTheJournalOnlyWhenNotTheDefault() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(VotingRules.defaults), as: UTF8.self)
        XCTAssertFalse(plain.contains("sitting_officer_candidacy"), "journals with the default rules are unchanged")
        var rules = VotingRules.defaults
        rules.sittingOfficerCandidacy = .warn
        let data = try encoder.encode(rules)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains(#""sitting_officer_candidacy":"warn""#))
        XCTAssertEqual(try JSONDecoder().decode(VotingRules.self, from: data), rules)
        XCTAssertEqual(try JSONDecoder().decode(VotingRules.self, from: Data(plain.utf8)).sittingOfficerCandidacy, .refuse)
    }
}
