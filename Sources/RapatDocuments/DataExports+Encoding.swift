import Foundation
import TextLayout

/// A JSON value written by our own encoder: keys sorted, two-space indent, numbers from integers only (a percent or a
/// decimal is held in hundredths), so the bytes never depend on Foundation's float printing or dictionary order.
indirect enum JSONValue: Sendable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int64)
    /// A number with two decimals, held in hundredths: 7723 → `77.23`.
    case hundredths(Int64)
    case bool(Bool)
    case null

    static func int(_ value: Int) -> JSONValue { .int(Int64(value)) }

    /// The document as UTF-8 text ending in a newline.
    var document: String {
        var out = ""
        write(to: &out, indent: 0)
        out.append("\n")
        return out
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func indentation(_ level: Int) -> String {
        level < indents.count ? indents[level] : String(repeating: "  ", count: level)
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case let .object(pairs):
            guard !pairs.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            // Keys are ASCII snake_case (or member numbers): String order is byte order there, and is deterministic anyway.
            let sorted = pairs.sorted { $0.0 < $1.0 }
            let inner = Self.indentation(indent + 1)
            for (index, (key, value)) in sorted.enumerated() {
                out.append(inner)
                Self.quote(key, into: &out)
                out.append(": ")
                value.write(to: &out, indent: indent + 1)
                out.append(index + 1 < sorted.count ? ",\n" : "\n")
            }
            out.append(Self.indentation(indent))
            out.append("}")
        case let .array(items):
            guard !items.isEmpty else { out.append("[]"); return }
            out.append("[\n")
            let inner = Self.indentation(indent + 1)
            for (index, item) in items.enumerated() {
                out.append(inner)
                item.write(to: &out, indent: indent + 1)
                out.append(index + 1 < items.count ? ",\n" : "\n")
            }
            out.append(Self.indentation(indent))
            out.append("]")
        case let .string(text):
            Self.quote(text, into: &out)
        case let .int(value):
            out.append(String(value))
        case let .hundredths(value):
            let magnitude = value.magnitude
            let cents = magnitude % 100
            out.append((value < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)")
        case let .bool(value):
            out.append(value ? "true" : "false")
        case .null:
            out.append("null")
        }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t` or `\u00XX`; everything else as UTF-8.
    /// Forbidden characters (`Markup.isForbidden`) are replaced first, as in every output.
    private static func needsEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            return false
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out.append("\"")
        let clean = Markup.printable(text)
        // Most names, numbers and times need no escape: checked on the bytes, appended whole.
        if !needsEscape(clean) {
            out.append(clean)
            out.append("\"")
            return
        }
        for scalar in clean.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\t": out.append("\\t")
            case "\r": out.append("\\r")
            default:
                if scalar.value < 0x20 {
                    out.append(String(format: "\\u%04x", scalar.value))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}

/// A CSV file for Indonesian spreadsheets: UTF-8 with a BOM, `;` between fields, every field quoted (RFC 4180),
/// records ended by CRLF. Cells are data, never formulas: the guarantees of `Markup.csvLine` (DECISIONS 38), with
/// every field quoted so that a decimal comma never splits a cell where `,` is also a separator.
struct CSVTable {
    /// Prefixed to identifiers (member numbers) so that no spreadsheet reads "0012" as the number 12 (docs/data-dokumen.md).
    static let textMark: Unicode.Scalar = "\u{2060}"

    var header: [String]
    var rows: [[String]] = []

    init(_ header: [String]) { self.header = header }

    mutating func append(_ row: [String]) {
        assert(row.count == header.count, "a CSV row has \(row.count) fields for \(header.count) columns")
        rows.append(row)
    }

    var text: String {
        var out = Markup.byteOrderMark
        out.reserveCapacity(64 * (rows.count + 1))
        for fields in [header] + rows {
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(";") }
                Self.cell(field, into: &out)
            }
            out.append("\n")
        }
        return out
    }

    /// An identifier a spreadsheet must keep as typed ("0012", "12.345", "1/2026"): prefixed with U+2060 WORD JOINER,
    /// which is invisible, so the cell is text in Excel and LibreOffice on a plain open (neutralised first).
    static func identifier(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        return String(textMark) + neutralised(Markup.printable(text, keepingNewlines: false))
    }

    /// One quoted field. A value starting with `= + - @` or a tab gets a visible `'` so no spreadsheet runs it as a
    /// formula (OWASP "CSV injection"); control and bidi characters are replaced (`Markup.printable`).
    private static func cell(_ field: String, into out: inout String) {
        var text = Markup.printable(field, keepingNewlines: true)
        if text.unicodeScalars.first != textMark { text = neutralised(text) }
        out.append("\"")
        out.append(text.contains("\"") ? text.replacingOccurrences(of: "\"", with: "\"\"") : text)
        out.append("\"")
    }

    private static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
