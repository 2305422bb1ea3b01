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

    /// `arguments` without `--lang X` / `--lang=X`, wherever it stands (also before the subcommand, where
    /// ArgumentParser would not accept it): the language is chosen before parsing.
    static func removingFlag(from arguments: [String]) -> [String] {
        var rest: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--lang" { skipNext = true; continue }
            if argument.hasPrefix("--lang=") { continue }
            rest.append(argument)
        }
        return rest
    }

    /// Sets the UI language from `--lang`, `RAPAT_LANG` or the locale; an unknown name stops with exit 64.
    static func choose(arguments: [String], environment: [String: String]) {
        do {
            let flag = flag(in: arguments)
            if flag == "" { throw UILanguage.UnknownLanguage(source: "--lang", value: "") }
            UIText.language = try UILanguage.resolve(flag: flag, environment: environment)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            Foundation.exit(64)
        }
    }
}
