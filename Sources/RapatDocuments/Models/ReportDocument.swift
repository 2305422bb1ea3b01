import Foundation
import RapatCore
import TextLayout

/// The shape shared by the notulen, statistics, vote record, berita acara penundaan and SHU list: a title, sections
/// of paragraphs, list items and tables, and a closing. Each document has its own templates over this shape.
public struct ReportDocument: Sendable {
    public struct Table: Sendable {
        public var columns: [String]
        public var rows: [[String]]
        /// Right-aligned (numeric) columns.
        public var numeric: Set<Int> = []

        public init(columns: [String], rows: [[String]], numeric: Set<Int> = []) {
            self.columns = columns
            self.rows = rows
            self.numeric = numeric
        }
    }

    public struct Section: Sendable {
        public var title: String
        public var paragraphs: [String] = []
        public var items: [String] = []
        public var table: Table?
        /// An inline SVG chart for HTML (arrivals, presence over time); empty when none.
        public var chart: String = ""

        public init(title: String, paragraphs: [String] = [], items: [String] = [], table: Table? = nil, chart: String = "") {
            self.title = title
            self.paragraphs = paragraphs
            self.items = items
            self.table = table
            self.chart = chart
        }
    }

    public var title: String
    public var subtitle: String
    public var cooperative: String
    public var date: String
    public var sections: [Section]
    public var closing: [String]
    public var signatures: [String]
    public var digest: String

    public init(title: String, subtitle: String, cooperative: String, date: String, sections: [Section], closing: [String] = [],
                signatures: [String] = [], digest: String = "") {
        self.title = title
        self.subtitle = subtitle
        self.cooperative = cooperative
        self.date = date
        self.sections = sections
        self.closing = closing
        self.signatures = signatures
        self.digest = digest
    }

    /// Keys of list entries, for checking templates when a list is empty.
    public static let listKeys: Set<String> = [
        "judul", "paragraf", "daftar", "ada_daftar", "tabel", "ada_tabel", "kolom", "baris", "sel", "teks", "kanan", "bagan",
        "ada_bagan", "garis", "tetap", "judul_tetap",
    ]

    /// Columns padded to their widest cell (numbers right-aligned) for fixed-width text; wide tables fall back to " · ".
    static func fixedWidth(_ table: Table) -> (header: String, rows: [String]) {
        let all = [table.columns] + table.rows
        let widths = table.columns.indices.map { column in all.map { CellWidth.of(column < $0.count ? $0[column] : "") }.max() ?? 0 }
        guard widths.reduce(0, +) + 2 * widths.count <= 78 else {
            return (table.columns.joined(separator: " · "), table.rows.map { $0.joined(separator: " · ") })
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: max(0, widths[index] - CellWidth.of(cell)))
                return table.numeric.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        return (line(table.columns), table.rows.map(line))
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
                ]
                if let table = section.table {
                    let fixed = Self.fixedWidth(table)
                    entry["tabel"] = [
                        "judul_tetap": fixed.header,
                        "kolom": table.columns.enumerated().map { ["teks": $0.element, "kanan": table.numeric.contains($0.offset)] },
                        "garis": table.columns.enumerated().map { ["kanan": table.numeric.contains($0.offset)] },
                        "baris": zip(table.rows, fixed.rows).map { row, fixedRow in
                            ["sel": row.enumerated().map { ["teks": $0.element, "kanan": table.numeric.contains($0.offset)] },
                             "teks": row.joined(separator: " · "), "tetap": fixedRow] as [String: Any]
                        },
                    ] as [String: Any]
                }
                return entry
            },
            "penutup": closing.map { ["teks": $0] },
            "tanda_tangan": signatures.map { ["teks": $0] },
            "ada_tanda_tangan": !signatures.isEmpty,
            "sidik": digest, "ada_sidik": !digest.isEmpty,
        ]
    }
}
