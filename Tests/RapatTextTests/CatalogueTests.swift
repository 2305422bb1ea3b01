import Foundation
import XCTest
@testable import RapatText

/// Every UI string lives in one catalogue per language; these tests fail when the two disagree or when the
/// sources ask for a key that neither has.
final class CatalogueTests: XCTestCase {
    private let languages: [(UILanguage, KeyValuePairs<String, String>)] = [
        (.indonesian, Catalogue.indonesian), (.english, Catalogue.english),
    ]

    func testNoKeyIsDefinedTwice() {
        for (language, entries) in languages {
            var seen = Set<String>()
            let repeated = entries.map(\.key).filter { !seen.insert($0).inserted }
            XCTAssertEqual(repeated, [], "\(language): keys defined twice")
        }
    }

    func testBothCataloguesHaveTheSameKeys() {
        let indonesian = Set(Catalogue.indonesian.map(\.key))
        let english = Set(Catalogue.english.map(\.key))
        XCTAssertEqual(indonesian.subtracting(english).sorted(), [], "keys missing from Catalogue+en.swift")
        XCTAssertEqual(english.subtracting(indonesian).sorted(), [], "keys missing from Catalogue+id.swift")
        XCTAssertGreaterThan(indonesian.count, 1)
    }

    func testBothLanguagesUseTheSamePlaceholders() {
        let english = UIText.catalogue(.english)
        for (key, text) in UIText.catalogue(.indonesian) {
            guard let translated = english[key] else { continue }
            XCTAssertEqual(UIText.placeholders(in: translated), UIText.placeholders(in: text), "placeholders of \(key)")
        }
    }

    func testNoTextIsEmpty() {
        for (language, entries) in languages {
            for (key, text) in entries where text.trimmingCharacters(in: .whitespaces).isEmpty {
                XCTFail("\(language): \(key) is empty")
            }
        }
    }

    /// Every `tr("key")` in the sources names a key of the catalogue (a typo would show the bare key).
    func testEveryKeyTheSourcesAskForExists() throws {
        let catalogue = UIText.catalogue(.indonesian)
        var missing: [String] = []
        for (file, text) in try sourceFiles() {
            let code = text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n")
            for key in Self.matches(of: #"\btr\(\s*"([^"\\]+)""#, in: code) where catalogue[key] == nil {
                missing.append("\(file): \(key)")
            }
        }
        XCTAssertEqual(missing, [])
    }

    /// Every key is named somewhere in the sources as a string literal, so the catalogue holds no dead text.
    func testEveryKeyIsUsed() throws {
        let sources = try sourceFiles().map(\.text).joined(separator: "\n")
        let unused = Catalogue.indonesian.map(\.key).filter { !sources.contains("\"\($0)\"") }
        XCTAssertEqual(unused, [], "catalogue keys no source names")
    }

    func testPlaceholdersAreFilledByName() {
        XCTAssertEqual(UIText.fill("Kurang {n} dari {total}.", ["n": 3, "total": 40]), "Kurang 3 dari 40.")
        XCTAssertEqual(UIText.fill("{a}{b}", ["a": "x"]), "x{b}")
        XCTAssertEqual(UIText.fill("tanpa", ["a": 1]), "tanpa")
    }

    func testTheLanguageSwitchesEveryLookup() {
        UIText.withLanguage(.english) { XCTAssertEqual(tr("language.name"), "English") }
        UIText.withLanguage(.indonesian) { XCTAssertEqual(tr("language.name"), "Bahasa Indonesia") }
    }

    func testLanguageComesFromFlagThenRapatLangThenLocale() throws {
        XCTAssertEqual(try UILanguage.resolve(flag: "en", environment: ["RAPAT_LANG": "id"]), .english)
        XCTAssertEqual(try UILanguage.resolve(flag: nil, environment: ["RAPAT_LANG": "en", "LANG": "id_ID.UTF-8"]), .english)
        XCTAssertEqual(try UILanguage.resolve(flag: nil, environment: ["LANG": "en_US.UTF-8"]), .english)
        XCTAssertEqual(try UILanguage.resolve(flag: nil, environment: ["LC_ALL": "id_ID.UTF-8", "LANG": "en_GB.UTF-8"]), .indonesian)
        XCTAssertEqual(try UILanguage.resolve(flag: nil, environment: ["LC_MESSAGES": "en_AU", "LANG": "id_ID"]), .english)
        XCTAssertEqual(try UILanguage.resolve(flag: nil, environment: ["LANG": "C.UTF-8"]), .indonesian)
        XCTAssertEqual(try UILanguage.resolve(flag: nil, environment: [:]), .indonesian)
        XCTAssertThrowsError(try UILanguage.resolve(flag: "fr", environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("--lang"))
        }
        XCTAssertThrowsError(try UILanguage.resolve(flag: nil, environment: ["RAPAT_LANG": "jawa"]))
    }

    // MARK: - Sources

    private func sourceFiles() throws -> [(file: String, text: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            guard !url.lastPathComponent.hasPrefix("Catalogue+") else { continue }
            files.append((url.path.replacingOccurrences(of: root.path + "/", with: ""), try String(contentsOf: url, encoding: .utf8)))
        }
        XCTAssertGreaterThan(files.count, 50)
        return files
    }

    private static func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
