import Foundation
import TextLayout
import RapatCore

/// The ready-made lines of the daftar hadir ("baris_txt|md|html"): one string per member and format, built field by
/// field (escaped once), so a 12.000-member register is one lookup per member in the template, not nine.
enum DaftarHadirLines {
    /// Column widths of the plain-text register (78 columns in all: A4 in a fixed-width font).
    struct TextColumns {
        var number: Int
        var name: Int
        static let no = 5, gender = 3, unit = 13, time = 6, signature = 9

        /// The member-number column fits the longest number (5–12), the name column takes what is left.
        init(longestNumber: Int) {
            number = min(12, max(5, longestNumber))
            name = 78 - (Self.no + number + Self.gender + Self.unit + 2 * Self.time + Self.signature + 7)
        }

        /// Two lines: "Jam datang", "Jam keluar" and "Tanda tangan" stand over their narrow columns.
        var header: String {
            let lead = Self.no + number + name + Self.gender + Self.unit + 5
            return String(repeating: " ", count: lead) + pad("Jam", Self.time) + " " + pad("Jam", Self.time) + " Tanda\n"
                + [pad("No.", Self.no, right: true), pad("Nomor", number), pad("Nama", name), "L/P", pad("Unit", Self.unit),
                   pad("datang", Self.time), pad("keluar", Self.time), "tangan"].joined(separator: " ")
        }

        var rule: String { String(repeating: "-", count: 78) }
    }

    static func txt(_ no: Int, _ r: DaftarHadirModel.Row, _ c: TextColumns) -> String {
        pad(String(no), TextColumns.no, right: true) + " " + pad(r.number.rawValue, c.number) + " " + pad(r.name, c.name)
            + "  " + r.gender + "  " + pad(r.unit, TextColumns.unit) + " " + pad(r.arrived, TextColumns.time) + " "
            + pad(r.left, TextColumns.time) + " " + String(repeating: "_", count: TextColumns.signature)
    }

    static func md(_ no: Int, _ r: DaftarHadirModel.Row) -> String {
        "| \(no) | \(Markup.markdown(r.number.rawValue)) | \(Markup.markdown(r.name)) | \(r.gender) | \(Markup.markdown(r.unit)) | "
            + "\(r.arrived) | \(r.left) |  | \(Markup.markdown(r.keterangan)) |"
    }

    static func html(_ no: Int, _ r: DaftarHadirModel.Row) -> String {
        "<tr><td class=\"no\">\(no)</td><td>\(Markup.escape(r.number.rawValue))</td><td>\(Markup.escape(r.name))</td>"
            + "<td class=\"lp\">\(r.gender)</td><td>\(Markup.escape(r.unit))</td><td class=\"jam\">\(r.arrived)</td>"
            + "<td class=\"jam\">\(r.left)</td><td class=\"ttd\"></td><td>\(Markup.escape(r.keterangan))</td></tr>"
    }

    /// An absent member: no, nomor, nama, unit, status; no signature.
    static func absentTxt(_ no: Int, _ a: DaftarHadirModel.Absentee, _ c: TextColumns) -> String {
        pad(String(no), TextColumns.no, right: true) + " " + pad(a.number.rawValue, c.number) + " " + pad(a.name, c.name + 4)
            + " " + pad(a.unit, 16) + " " + a.status
    }

    static func absentMd(_ no: Int, _ a: DaftarHadirModel.Absentee) -> String {
        "| \(no) | \(Markup.markdown(a.number.rawValue)) | \(Markup.markdown(a.name)) | \(Markup.markdown(a.unit)) | "
            + "\(Markup.markdown(a.status)) |"
    }

    static func absentHtml(_ no: Int, _ a: DaftarHadirModel.Absentee) -> String {
        "<tr><td class=\"no\">\(no)</td><td>\(Markup.escape(a.number.rawValue))</td><td>\(Markup.escape(a.name))</td>"
            + "<td>\(Markup.escape(a.unit))</td><td>\(Markup.escape(a.status))</td></tr>"
    }

    /// A non-member: name and origin in one column (the origin on a line of its own when both do not fit), the
    /// role, the arrival and room to sign.
    static func guestTxt(_ no: Int, _ g: DaftarHadirModel.Guest) -> String {
        let together = g.origin.isEmpty ? g.name : "\(g.name) (\(g.origin))"
        let tail = " " + pad(g.role, 9) + " " + pad(g.arrived, 5) + " " + String(repeating: "_", count: 11)
        let lead = pad(String(no), TextColumns.no, right: true) + " "
        guard CellWidth.of(together) > 43, !g.origin.isEmpty else { return lead + pad(together, 43) + tail }
        return lead + pad(g.name, 43) + tail + "\n" + String(repeating: " ", count: 8) + pad("(\(g.origin))", 70)
            .trimmingCharacters(in: .whitespaces)
    }

    /// `text` cut or padded to `width` cells; ASCII (nearly every name) is measured by its bytes.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        guard ascii else { return CellWidth.pad(text, to: width, alignRight: right) }
        let count = text.utf8.count
        if count > width { return String(text.prefix(width - 1)) + "…" }
        let fill = String(repeating: " ", count: width - count)
        return right ? fill + text : text + fill
    }
}
