import ArgumentParser
import Foundation
import RapatText

/// `--lang id|en`: the language of the screens, help and messages (legal documents stay Indonesian).
///
/// Declared for `--help` and parsing; the language itself is chosen in `Rapat.main` before any command runs,
/// so even an error met while opening the meeting is in the chosen language.
struct LanguageOptions: ParsableArguments {
    @Option(name: .customLong("lang"),
            help: ArgumentHelp("Bahasa layar, bantuan dan pesan: id (Bahasa Indonesia, bawaan) atau en (English); "
                + "juga RAPAT_LANG atau locale (LANG). Dokumen resmi tetap berbahasa Indonesia.", valueName: "id|en"))
    var lang: String?

    /// The value of `--lang` in raw arguments (`--lang en` or `--lang=en`), read before parsing.
    static func flag(in arguments: [String]) -> String? {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang" { return index + 1 < arguments.count ? arguments[index + 1] : "" }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }

    /// Sets the UI language from `--lang`, `RAPAT_LANG` or the locale; an unknown name stops with exit 64.
    static func choose(arguments: [String], environment: [String: String]) {
        do {
            UIText.language = try UILanguage.resolve(flag: flag(in: arguments), environment: environment)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            Foundation.exit(64)
        }
    }
}
