import Foundation
import RapatApp
import TerminalUI
import XCTest

/// The README's key list is checked against the one key map (issue 13): every key the README's screen sections
/// name works on a screen its paragraph is about, and every key the bottom bar offers is described there.
final class ReadmeKeysTests: XCTestCase {
    /// The screens each key paragraph of the README is about, by how the paragraph starts. A new paragraph in the
    /// key sections must be added here (the test says which), so no key text goes unchecked.
    static let paragraphScreens: [(prefix: String, screens: [AppScreen])] = [
        ("Satu baris isian", [.desk]),
        ("Pesan (penolakan", [.messages]),
        ("Setiap teks yang diketik", [.desk, .agenda, .shu, .document]),
        ("**Ctrl-K**", [.desk, .agenda, .presence]),
        ("### Layar acara", [.desk]),
        ("Susunan acara", [.agenda, .document]),
        ("**Salah tekan", [.agenda, .desk]),
        ("Usul dan pemungutan", [.agenda]),
        ("**Siap berita acara?**", [.agenda, .readiness]),
        ("SHU (semua uang", [.agenda, .shu]),
        ("Suara per nama", [.agenda]),
        ("Koreksi tanpa menghapus", [.agenda]),
    ]

    struct Paragraph {
        var text: String
        var screens: [AppScreen]
        var keys: [String]
    }

    /// The paragraphs of "### Meja registrasi" and "### Layar acara" (each up to the next heading) with their keys.
    func paragraphs() throws -> [Paragraph] {
        let url = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        var sections: [String] = []
        var current: String?
        for line in readme.components(separatedBy: "\n") {
            if line.hasPrefix("#") {
                if let current { sections.append(current) }
                current = line.hasPrefix("### Meja registrasi") || line.hasPrefix("### Layar acara") ? line + "\n\n" : nil
            } else if current != nil {
                current! += line + "\n"
            }
        }
        if let current { sections.append(current) }
        XCTAssertEqual(sections.count, 2, "README has the desk and agenda key sections")
        var result: [Paragraph] = []
        for section in sections {
            for text in section.components(separatedBy: "\n\n") {
                let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
                let keys = Self.keys(in: text)
                guard !keys.isEmpty else { continue }
                guard let entry = Self.paragraphScreens.first(where: { text.hasPrefix($0.prefix) }) else {
                    XCTFail("README key paragraph without screens in ReadmeKeysTests.paragraphScreens: \(text.prefix(60))")
                    continue
                }
                result.append(Paragraph(text: text, screens: entry.screens, keys: keys))
            }
        }
        return result
    }

    /// Key names as the README writes them: F-keys, Ctrl-keys, named keys, arrows, and single bold characters
    /// (**P**, **/**, **n**), written as `Key.label` writes them.
    static func keys(in text: String) -> [String] {
        let patterns = [
            #"\bF[0-9]{1,2}\b"#, #"\bCtrl-[A-Z]\b"#, #"\b(Enter|Esc|Tab|PgUp|PgDn|Home|End|Backspace|Del)\b"#,
            "[↑↓←→]", #"\*\*([^*\s])\*\*"#,
        ]
        var found: [(Int, String)] = []
        for pattern in patterns {
            let regex = try! NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            for match in regex.matches(in: text, range: range) {
                let group = match.numberOfRanges > 1 && match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range
                found.append((group.location, String(text[Range(group, in: text)!])))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    func testTheParserFindsTheKeysOfAParagraph() {
        XCTAssertEqual(Self.keys(in: "F3 keluar, **P** pimpinan, **/** cari, **n**/**N**, Ctrl-A/Ctrl-E, ↑↓ PgUp, **SAH**, Enter"),
                       ["F3", "P", "/", "n", "N", "Ctrl-A", "Ctrl-E", "↑", "↓", "PgUp", "Enter"])
    }

    func testEveryKeyTheReadmeNamesWorksOnItsScreen() throws {
        let paragraphs = try paragraphs()
        XCTAssertGreaterThanOrEqual(paragraphs.count, 8, "the key paragraphs are found")
        var checked = 0
        for paragraph in paragraphs {
            for key in paragraph.keys {
                let works = paragraph.screens.contains { screen in
                    KeyMap.effective(on: screen).contains { $0.keys.contains { $0.label == key } }
                }
                XCTAssertTrue(works, "README names \(key) in \"\(paragraph.text.prefix(50))…\"; no binding for it on "
                    + "\(paragraph.screens.map(\.title))")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 60)
    }

    func testEveryKeyOnTheBarIsInTheReadme() throws {
        let paragraphs = try paragraphs()
        for binding in KeyMap.desk where binding.barLabel != nil {
            let labels = Set(binding.keys.map(\.label))
            let screens = binding.screens.isEmpty ? AppScreen.allCases : binding.screens
            let described = paragraphs.contains { paragraph in
                !Set(paragraph.keys).isDisjoint(with: labels) && paragraph.screens.contains(where: screens.contains)
            }
            XCTAssertTrue(described, "\(binding.keys.map(\.label)) (\(binding.barLabel!)) on \(screens.map(\.title)) "
                + "is on the bar but not in the README's key sections")
        }
    }
}
