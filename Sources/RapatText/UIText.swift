import Foundation

/// The UI's strings, looked up by key in the catalogue of the current language (`Catalogue+id.swift`,
/// `Catalogue+en.swift`). `{name}` in a text is replaced by the argument of that name.
///
/// The language is chosen once at start-up (`rapat --lang`, `RAPAT_LANG`, the locale); tests switch it with
/// `UIText.withLanguage`. A key missing from a catalogue falls back to Indonesian, then to the key itself;
/// `CatalogueTests` fails on any such gap, so the fallback is never seen by a user.
public enum UIText {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen = UILanguage.indonesian

    public static var language: UILanguage {
        get { lock.withLock { chosen } }
        set { lock.withLock { chosen = newValue } }
    }

    /// Runs `body` with `language` as the UI language, then restores the previous one.
    public static func withLanguage<T>(_ language: UILanguage, _ body: () throws -> T) rethrows -> T {
        let previous = self.language
        self.language = language
        defer { self.language = previous }
        return try body()
    }

    /// The catalogue of `language`: key → text.
    public static func catalogue(_ language: UILanguage) -> [String: String] {
        switch language {
        case .indonesian: indonesianTable
        case .english: englishTable
        }
    }

    private static let indonesianTable = table(Catalogue.indonesian)
    private static let englishTable = table(Catalogue.english)

    /// Later entries win; `CatalogueTests` refuses duplicate keys so this never matters.
    private static func table(_ entries: KeyValuePairs<String, String>) -> [String: String] {
        var table = [String: String](minimumCapacity: entries.count)
        for (key, text) in entries { table[key] = text }
        return table
    }

    /// The text of `key` in `language` with its `{name}` placeholders filled from `arguments`.
    public static func text(_ key: String, _ arguments: [String: Any] = [:], in language: UILanguage) -> String {
        let template = catalogue(language)[key] ?? indonesianTable[key] ?? key
        return fill(template, arguments)
    }

    static func fill(_ template: String, _ arguments: [String: Any]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 16)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] { result += "\(value)" } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }

    /// The `{name}` placeholders of a text, for the catalogue tests.
    public static func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// The text of `key` in the current UI language, e.g. `tr("desk.title")`, `tr("quorum.short", ["n": 3])`.
public func tr(_ key: String, _ arguments: [String: Any] = [:]) -> String {
    UIText.text(key, arguments, in: UIText.language)
}
