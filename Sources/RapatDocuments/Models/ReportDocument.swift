import Foundation
import RapatCore
import TextLayout

/// The shape shared by the notulen, statistics, vote record, berita acara penundaan and SHU list: a title, sections
/// of paragraphs, list items and tables, and a closing. Each document has its own templates over this shape.
public struct ReportDocument: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var columns: [String]
        public var rows: [[String]]
        /// Right-aligned (numeric) columns.
        public var numeric: Set<Int> = []
        /// Relative column widths for print (the Markdown separator's dashes); nil: from the content.
        public var widths: [Int]?

        public init(columns: [String], rows: [[String]], numeric: Set<Int> = [], widths: [Int]? = nil) {
            self.columns = columns
            self.rows = rows
            self.numeric = numeric
            self.widths = widths
        }

        /// The Markdown separator row: `|---|------:|`, dashes by `widths` (at least three), colons for numbers.
        var markdownSeparator: String {
            "|" + columns.indices.map { index in
                let dashes = String(repeating: "-", count: max(3, widths.map { index < $0.count ? $0[index] : 3 } ?? 3))
                return numeric.contains(index) ? dashes + ":" : dashes
            }.joined(separator: "|") + "|"
        }
    }

    /// A signature line: the role ("Notulis") and the name printed under the space to sign (empty: dots).
    public struct Signature: Sendable, Equatable {
        public var role: String
        public var name: String

        public init(_ role: String, name: String = "") {
            self.role = role
            self.name = name
        }
    }

    public struct Section: Sendable, Equatable {
        public var title: String
        public var paragraphs: [String] = []
        public var items: [String] = []
        public var table: Table?
        /// An inline SVG chart for HTML (arrivals, presence over time); empty when none.
        public var chart: String = ""
        /// The same chart for the typeset PDF, as a layout mark in the Markdown render.
        public var printChart: PrintLayout.Chart?

        public init(title: String, paragraphs: [String] = [], items: [String] = [], table: Table? = nil, chart: String = "",
                    printChart: PrintLayout.Chart? = nil) {
            self.title = title
            self.paragraphs = paragraphs
            self.items = items
            self.table = table
            self.chart = chart
            self.printChart = printChart
        }
    }

    public var title: String
    public var subtitle: String
    public var cooperative: String
    public var date: String
    public var sections: [Section]
    public var closing: [String]
    public var signatures: [Signature]
    public var digest: String
    /// Landscape pages for print (a wide table: SHU per anggota).
    public var landscape = false

    public init(title: String, subtitle: String, cooperative: String, date: String, sections: [Section], closing: [String] = [],
                signatures: [Signature] = [], digest: String = "", landscape: Bool = false) {
        self.title = title
        self.subtitle = subtitle
        self.cooperative = cooperative
        self.date = date
        self.sections = sections
        self.closing = closing
        self.signatures = signatures
        self.digest = digest
        self.landscape = landscape
    }

    /// Signatures two by two, as each format lays them out side by side.
    var signaturePairs: [(Signature, Signature?)] {
        stride(from: 0, to: signatures.count, by: 2).map { (signatures[$0], $0 + 1 < signatures.count ? signatures[$0 + 1] : nil) }
    }

    /// "( Sri Wahyuni )", or dots to write the name by hand.
    static func nameLine(_ s: Signature?) -> String {
        guard let s else { return "" }
        return "( " + (s.name.isEmpty ? ".............................." : s.name) + " )"
    }

    /// The signatures for plain text: two columns of 39, the role, three blank lines, the name.
    var plainSignatures: String {
        signaturePairs.map { left, right in
            func line(_ a: String, _ b: String) -> String { b.isEmpty ? a : CellWidth.pad(a, to: 39) + b }
            return [line(left.role + ",", right.map { $0.role + "," } ?? ""), "", "", "",
                    line(Self.nameLine(left), Self.nameLine(right))].joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// The signatures as rows of a borderless Markdown table (`<br>` keeps room to sign), names escaped.
    var markdownSignatureRows: [String] {
        signaturePairs.map { left, right in
            func cell(_ s: Signature?) -> String {
                guard let s else { return "" }
                return Markup.markdown(s.role) + ",<br><br><br><br>" + Markup.markdown(Self.nameLine(s))
            }
            return "| \(cell(left)) | \(cell(right)) |"
        }
    }

    /// Keys of list entries, for checking templates when a list is empty.
    public static let listKeys: Set<String> = [
        "judul", "paragraf", "daftar", "ada_daftar", "tabel", "ada_tabel", "kolom", "baris", "sel", "teks", "kanan", "bagan",
        "ada_bagan", "garis", "tetap", "judul_tetap", "baris_pemisah", "baris_bagan", "ada_bagan_cetak", "peran", "nama", "nama_baris",
        "kiri", "kanan_ttd", "baris_md", "baris_html",
    ]

    /// Columns padded to their widest cell (numbers right-aligned) for fixed-width text; wide tables fall back to " · ".
    struct FixedWidth {
        /// Column widths, or nil when the table is wider than 78 columns.
        let widths: [Int]?
        let numeric: Set<Int>

        init(_ table: Table) {
            numeric = table.numeric
            var widths = table.columns.map(CellWidth.of)
            for row in table.rows {
                for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], CellWidth.of(cell)) }
            }
            self.widths = widths.reduce(0, +) + 2 * widths.count <= 78 ? widths : nil
        }

        func line(_ cells: [String]) -> String {
            guard let widths else { return cells.joined(separator: " · ") }
            return cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, (index < widths.count ? widths[index] : 0) - CellWidth.of(cell)))
                return numeric.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
    }

    /// A table row as the templates see it (`{{#baris}}…{{/baris}}`): each cell for edited templates ("sel"), and the
    /// ready-made lines the built-in ones print, computed only when asked (a 12.000-row SHU list held every form of
    /// every row: 47 MB before the first line was printed).
    struct TableRowRecord: TemplateRecord {
        let cells: [String]
        let layout: FixedWidth

        static let fieldNames = ["sel", "teks", "tetap", "baris_md", "baris_html"]

        func child(named name: String) -> Any? {
            switch name {
            case "sel": cells.enumerated().map { ["teks": $0.element, "kanan": layout.numeric.contains($0.offset)] as [String: Any] }
            case "teks": cells.joined(separator: " · ")
            case "tetap": layout.line(cells)
            case "baris_md": "| " + cells.map(Markup.markdown).joined(separator: " | ") + " |"
            case "baris_html":
                "<tr>" + cells.enumerated().map { index, cell in
                    (layout.numeric.contains(index) ? "<td class=\"kanan\">" : "<td>") + Markup.escape(cell) + "</td>"
                }.joined() + "</tr>"
            default: nil
            }
        }
    }

    public var model: [String: Any] {
        [
            "judul": title, "subjudul": subtitle, "koperasi": ["nama": cooperative] as [String: Any], "tanggal": date,
            // Empty sections (no late arrivals, nobody left) are left out rather than printed as bare titles.
            "bagian": sections.filter { !$0.paragraphs.isEmpty || !$0.items.isEmpty || !($0.table?.rows.isEmpty ?? true) }
                .map { section -> [String: Any] in
                var entry: [String: Any] = [
                    "judul": section.title, "paragraf": section.paragraphs.map { ["teks": $0] },
                    "daftar": section.items.map { ["teks": $0] }, "ada_daftar": !section.items.isEmpty,
                    "ada_tabel": section.table != nil, "bagan": section.chart, "ada_bagan": !section.chart.isEmpty,
                    "baris_bagan": section.printChart.map(Self.chartMark) ?? "", "ada_bagan_cetak": section.printChart != nil,
                ]
                if let table = section.table {
                    let fixed = FixedWidth(table)
                    entry["tabel"] = [
                        "baris_pemisah": table.markdownSeparator,
                        "judul_tetap": fixed.line(table.columns),
                        "kolom": table.columns.enumerated().map { ["teks": $0.element, "kanan": table.numeric.contains($0.offset)] },
                        "garis": table.columns.enumerated().map { ["kanan": table.numeric.contains($0.offset)] },
                        // Each cell for edited templates, and the ready-made rows the built-in ones print: one lookup per
                        // row instead of a section per cell, which keeps a 12.000-row SHU list fast.
                        "baris": table.rows.map { TableRowRecord(cells: $0, layout: fixed) as Any },
                    ] as [String: Any]
                }
                return entry
            },
            "penutup": closing.map { ["teks": $0] },
            "tanda_tangan": signatures.map { ["peran": $0.role, "nama": $0.name, "nama_baris": Self.nameLine($0)] },
            "tanda_tangan_pasangan": signaturePairs.map { left, right in
                ["kiri": ["peran": left.role, "nama_baris": Self.nameLine(left)],
                 "kanan_ttd": right.map { ["peran": $0.role, "nama_baris": Self.nameLine($0)] } ?? [:]] as [String: Any]
            },
            "baris_tanda_tangan_txt": plainSignatures,
            "tanda_tangan_md": markdownSignatureRows.map { ["baris_md": $0] },
            "ada_tanda_tangan": !signatures.isEmpty,
            "sidik": digest, "ada_sidik": !digest.isEmpty, "sidik_pendek": String(digest.prefix(16)),
            "mendatar": landscape,
        ]
    }

    /// The chart's layout mark for the PDF: `<!-- rapat: bagan batang "Judul" 0;08.00;12 … -->`.
    static func chartMark(_ chart: PrintLayout.Chart) -> String {
        let title = chart.title.replacingOccurrences(of: "\"", with: "'").replacingOccurrences(of: "--", with: "–")
        let points = chart.points.map { point in
            let x = point.x == point.x.rounded() ? String(Int(point.x)) : String(point.x)
            return "\(x);\(point.label.replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: ";", with: ","));\(point.value)"
        }
        return "<!-- rapat: bagan \(chart.kind.rawValue) \"\(title)\"" + (chart.quorum.map { " kuorum=\($0)" } ?? "")
            + (points.isEmpty ? "" : " " + points.joined(separator: " ")) + " -->"
    }
}
