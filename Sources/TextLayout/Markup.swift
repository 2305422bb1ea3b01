import Foundation

/// Escaping shared by every text format the documents write (CSV for spreadsheets, HTML/XML for browsers and Word,
/// Markdown for the DOCX) and the cleaning of text bound for a terminal or a document.
public enum Markup {
    /// The byte-order mark CSV files start with, so Excel reads them as UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// What replaces a control or bidi character: visible, and harmless to terminals, XML and spreadsheets.
    public static let placeholder: Character = "\u{FFFD}"

    /// One CSV line for Indonesian spreadsheets: `;` between fields; a plain number without a leading zero (`12`,
    /// `682500,00`, `87,5%`) bare, every other field quoted, so a spreadsheet told to read quoted fields as text keeps
    /// `0001` as `0001` while counts stay numbers (README, "Dokumen"). A field a spreadsheet would read as a formula
    /// (`= + - @`, tab or CR first) is prefixed with `'` (OWASP "CSV injection"); control characters are replaced first.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            var cell = printable(field, keepingNewlines: true)
            if isPlainNumber(cell) { return cell }
            if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { cell = "'" + cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ";")
    }

    /// Digits without a leading zero, with an optional decimal part after `,` and an optional `%`.
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.last == UInt8(ascii: "%") { bytes = bytes.dropLast() }
        let integer = bytes.prefix { (0x30...0x39).contains($0) }
        guard !integer.isEmpty, integer.count == 1 || integer.first != 0x30 else { return false }
        let rest = bytes.dropFirst(integer.count)
        if rest.isEmpty { return true }
        return rest.first == UInt8(ascii: ",") && rest.count > 1 && rest.dropFirst().allSatisfy { (0x30...0x39).contains($0) }
    }

    /// `&`, `<`, `>` and `"` escaped for HTML, SVG and XML. Most text needs none of it: the bytes are checked first.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// Whether `scalar` may not reach a terminal or a document: C0 controls (tab and newline aside), DEL, C1 controls,
    /// and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is shown.
    @inline(__always)
    public static func isForbidden(_ scalar: Unicode.Scalar, keepingNewlines: Bool = true) -> Bool {
        let v = scalar.value
        if v < 0x20 { return !(v == 0x09 || (keepingNewlines && v == 0x0A)) }
        if v < 0x7F { return false }
        return v <= 0x9F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `text` with every forbidden character (see `isForbidden`) replaced by `placeholder`; the one cleaning each
    /// output passes through (terminal reports, rendered documents, CSV and JSON). Clean text is returned as it is.
    public static func printable(_ text: String, keepingNewlines: Bool = true) -> String {
        guard mayContainForbidden(text) else { return text }
        guard text.unicodeScalars.contains(where: { isForbidden($0, keepingNewlines: keepingNewlines) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isForbidden(scalar, keepingNewlines: keepingNewlines) {
                out.append(contentsOf: placeholder.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `markdown(text)` would change `text`; checks the bytes only (most names and times need nothing).
    public static func needsMarkdownEscape(_ text: String) -> Bool {
        var digits = 0
        var leading = true
        var previous: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "#"),
                 0x0A, 0x0D, 0x0B, 0x0C:
                return true
            case UInt8(ascii: "/") where previous == UInt8(ascii: ":"):
                return true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: ">"):
                if index == 0 { return true }
                leading = false
            case 0x30...0x39 where leading:
                digits += 1
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                // "1. " or "1)" at the end or before a space opens a list; "08.10" does not.
                if leading, digits > 0 {
                    let next = text.utf8.dropFirst(index + 1).first
                    if next == nil || next == UInt8(ascii: " ") { return true }
                }
                leading = false
            default:
                leading = false
            }
            previous = byte
        }
        // Unicode line and paragraph separators (U+2028, U+2029, U+0085) count as line breaks too.
        return text.utf8.contains(0xE2) && text.contains(where: \.isNewline)
    }

    /// A byte scan that is false only when `text` has no forbidden character: no C0 byte but tab and newline, no DEL,
    /// no C1 (`C2 80…9F`) and no bidi control (`E2 80 AA…AE`, `E2 81 A6…A9`). Documents of megabytes pass in a few ms.
    static func mayContainForbidden(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09, byte != 0x0A { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2 {
                    if index + 1 < count, bytes[index + 1] <= 0x9F { return true }
                } else if byte == 0xE2, index + 2 < count {
                    // U+202A…U+202E are E2 80 AA…AE; U+2066…U+2069 are E2 81 A6…A9 (dashes and "…" are not).
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80, (0xAA...0xAE).contains(third) { return true }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// A value placed in Markdown: table pipes, emphasis, code, links, HTML and entities escaped with `\`, a line-start
    /// marker (`#`, `-`, `+`, `>`, `1.`) and `http:` neutralised, and line breaks folded to spaces, so a member's name
    /// stays one table cell and never becomes a heading, a list or a link.
    public static func markdown(_ text: String) -> String {
        guard needsMarkdownEscape(text) else { return text }
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "&", "~", "#"]
        var out = ""
        var rest = Substring(text)
        while let c = rest.first {
            rest = rest.dropFirst()
            if c.isNewline { out.append(" "); continue }
            // "http://" stays text: `\:` is a CommonMark escape that no autolinker reads as a scheme.
            if special.contains(c) || (c == ":" && rest.hasPrefix("//")) { out.append("\\") }
            out.append(c)
        }
        // A value at the start of a line could open a list ("- ", "+ ", "1. "), a quote ("> ") or a setext heading ("==="):
        if let first = out.first, "+-=>".contains(first) { out.insert("\\", at: out.startIndex) }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")",
           out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " " {
            out.insert("\\", at: dot)
        }
        return out
    }
}
