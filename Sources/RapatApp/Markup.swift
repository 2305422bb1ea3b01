import Foundation

/// Escaping shared by every text format the documents write (CSV for spreadsheets, HTML/XML for browsers and Word).
public enum Markup {
    /// One CSV line for Indonesian spreadsheets: `;` between fields, quotes only where needed.
    public static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(";") || field.contains("\"") || field.contains("\n")
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ";")
    }

    /// `&`, `<`, `>` and `"` escaped for HTML, SVG and XML. Most text needs none of it: the bytes are checked first.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
