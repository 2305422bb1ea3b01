/// The language of the screens, help and messages. Legal documents are always Indonesian (DECISIONS 71).
public enum UILanguage: String, CaseIterable, Sendable {
    case indonesian = "id"
    case english = "en"

    /// A language named by `--lang` or `RAPAT_LANG`: `id`, `en`, or a locale such as `en_US.UTF-8`.
    public init?(code: String) {
        let base = code.lowercased().split(whereSeparator: { "_.-@".contains($0) }).first.map(String.init) ?? ""
        switch base {
        case "id", "in", "indonesia", "indonesian", "bahasa": self = .indonesian
        case "en", "english", "inggris": self = .english
        default: return nil
        }
    }

    /// Why a language could not be chosen, in both languages (the language is what is in doubt).
    public struct UnknownLanguage: Error, Equatable, CustomStringConvertible {
        public var source: String
        public var value: String
        public init(source: String, value: String) {
            self.source = source
            self.value = value
        }
        public var description: String {
            "Bahasa \"\(value)\" dari \(source) tidak dikenal: pakai id (Bahasa Indonesia) atau en (English). "
                + "/ Unknown language \"\(value)\" from \(source): use id or en."
        }
    }

    /// `--lang` first, then `RAPAT_LANG`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders
    /// them); Indonesian when none names English. A flag or `RAPAT_LANG` that names no known language is an
    /// error (the user asked for something); an unsupported locale such as `de_DE` or `C` is Indonesian.
    public static func resolve(flag: String?, environment: [String: String]) throws -> UILanguage {
        if let flag, !flag.isEmpty {
            guard let language = UILanguage(code: flag) else { throw UnknownLanguage(source: "--lang", value: flag) }
            return language
        }
        if let value = environment["RAPAT_LANG"], !value.isEmpty {
            guard let language = UILanguage(code: value) else { throw UnknownLanguage(source: "RAPAT_LANG", value: value) }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return UILanguage(code: value) ?? .indonesian
            }
        }
        return .indonesian
    }
}

extension UILanguage {
    /// The language's own name ("Bahasa Indonesia", "English").
    public var displayName: String { UIText.text("language.name", in: self) }
}
