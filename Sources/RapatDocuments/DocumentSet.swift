import Foundation
import TextLayout
import RapatCore
import RapatStore

/// Every document of a meeting in the chosen formats: name → text. Pure: same journal and templates, same bytes.
public enum DocumentSet {
    public struct Output: Sendable {
        public var files: [(name: String, text: String)]
        /// DOCX files (built from the Markdown renders).
        public var binaries: [(name: String, data: Data)] = []
        /// Why the berita acara was not written, if it was not.
        public var missing: [MissingField]
    }

    public static let dataFormats = ["csv", "json"]

    /// One file of the set as it is made: text (already cleaned) or binary (PDF, DOCX).
    public enum Produced {
        case text(String)
        case binary(Data)

        public var data: Data {
            switch self {
            case let .text(text): Data(text.utf8)
            case let .binary(data): data
            }
        }
    }

    /// Every document in memory at once, in the order of the formats asked for, then of the documents.
    public static func render(entries: [JournalEntry], ledger: ShuLedger?, templates: DocumentTemplates, formats: [String],
                              digest: String, meetingFile: String, signingKey: MinisignPublicKey? = nil,
                              only: DocumentKind? = nil, options: DocumentOptions = .defaults,
                              state: MeetingState? = nil) throws -> Output {
        var files: [(String, String)] = []
        var binaries: [(String, Data)] = []
        let missing = try produce(entries: entries, ledger: ledger, templates: templates, formats: formats, digest: digest,
                                  meetingFile: meetingFile, signingKey: signingKey, only: only, options: options,
                                  state: state) { name, file in
            switch file {
            case let .text(text): files.append((name, text))
            case let .binary(data): binaries.append((name, data))
            }
        }
        let order = fileOrder(formats: formats)
        files = files.enumerated().sorted { (order($0.element.0), $0.offset) < (order($1.element.0), $1.offset) }.map(\.element)
        binaries = binaries.enumerated().sorted { (order($0.element.0), $0.offset) < (order($1.element.0), $1.offset) }
            .map(\.element)
        return Output(files: files, binaries: binaries, missing: missing)
    }

    /// Where a file of the set stands among the formats asked for (its extension's place in `formats`).
    public static func fileOrder(formats: [String]) -> (String) -> Int {
        let formatOrder = Dictionary(formats.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        return { name in formatOrder[(name as NSString).pathExtension] ?? formats.count }
    }

    /// Makes every document in the chosen formats and hands each file to `emit` as soon as it is made, so a caller
    /// that writes them holds one document at a time (a 12.000-member set is 31 MB, the SHU list alone 20 MB in PDF
    /// and DOCX). Files come document by document; returns why the berita acara was not made, if it was not.
    public static func produce(entries: [JournalEntry], ledger: ShuLedger?, templates: DocumentTemplates, formats: [String],
                               digest: String, meetingFile: String, signingKey: MinisignPublicKey? = nil,
                               only: DocumentKind? = nil, options: DocumentOptions = .defaults,
                               state replayed: MeetingState? = nil,
                               emit: (String, Produced) throws -> Void) throws -> [MissingField] {
        // The caller's fold of the same entries when it has one (a second 12.000-member state costs memory and time).
        let state = replayed ?? MeetingState.replaying(entries: entries)
        // A single-document command builds and renders that document only, through the same code as the whole set.
        func wanted(_ kind: DocumentKind) -> Bool { only == nil || only == kind }
        // Each model is built when its turn comes and dropped after its renders, so one large model (a 12.000-row
        // daftar hadir or SHU list) is in memory at a time; data formats need no model at all.
        var documents: [(DocumentKind, () -> [String: Any]?)] = []
        documents.append((.daftarHadir, { DaftarHadirModel.build(state, order: options.attendanceOrder) }))
        documents.append((.statistik, { ReportModels.statistik(state).model }))
        documents.append((.rekapSuara, { ReportModels.rekapSuara(state).model }))
        documents.append((.notulen, { ReportModels.notulen(entries, digest: digest)?.model }))
        documents.append((.shuAlokasi, { ReportModels.shuAlokasi(state, ledger: ledger)?.model }))
        documents.append((.shuAnggota, { ReportModels.shuAnggota(state, ledger: ledger)?.model }))
        var missing: [MissingField] = []
        if ReportModels.penundaan(state, digest: digest) != nil {
            documents.append((.penundaan, { ReportModels.penundaan(state, digest: digest)?.model }))
        } else if wanted(.beritaAcara) {
            missing = BeritaAcaraModel.missingFields(state)
            if missing.isEmpty {
                documents.append((.beritaAcara, {
                    BeritaAcaraModel.build(state, finalDigest: digest, eventCount: entries.last?.sequence ?? 0,
                                           meetingFile: meetingFile, signingKey: signingKey)
                }))
            }
        }
        documents = documents.filter { wanted($0.0) }
        // PDF and DOCX carry the meeting's date, not "now", so the same journal gives the same files.
        let date = state.meetingOpenedAt ?? state.opening?.at ?? Date(timeIntervalSince1970: 0)
        let created = IndonesianFormat.iso8601(date, zone: state.timeZone)
        let textFormats = formats.compactMap(DocumentFormat.init(rawValue:))
        let wantsPdf = formats.contains("pdf"), wantsDocx = formats.contains("docx")
        if !textFormats.isEmpty || wantsPdf || wantsDocx {
            for (kind, build) in documents {
                guard let model = build() else { continue }
                var rendered: [DocumentFormat: String] = [:]
                func render(_ format: DocumentFormat) throws -> String {
                    if let text = rendered[format] { return text }
                    let text = try Self.text(kind, format, model: model, templates: templates)
                    rendered[format] = text
                    return text
                }
                // The one cleaning of rendered documents happened in `templates.render`.
                for format in textFormats { try emit("\(kind.rawValue).\(format.rawValue)", .text(try render(format))) }
                guard wantsPdf || wantsDocx else { continue }
                // Typeset from the Markdown render (the template the cooperative may edit), read back as blocks once
                // for both writers. The berita acara's pages carry a QR code with the SHA-256 of its text render.
                let layout = PrintLayout.parse(markdown: try render(.md))
                let seal = wantsPdf && (kind == .beritaAcara || kind == .penundaan)
                    ? PageSeal.of(kind, state: state, digest: digest, events: entries.last?.sequence ?? 0, text: try render(.txt))
                    : nil
                // The two writers share nothing but the layout: on two cores they run side by side.
                nonisolated(unsafe) var pdf: Result<Data, any Error>?
                nonisolated(unsafe) var docx: Result<Data, any Error>?
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0, wantsPdf {
                        pdf = Result { try PdfWriter.pdf(layout, title: kind.rawValue, created: created, digest: digest, seal: seal) }
                    } else if index == 1, wantsDocx {
                        docx = Result { try DocxWriter.docx(layout: layout, title: kind.rawValue, date: date) }
                    }
                }
                if let pdf { try emit("\(kind.rawValue).pdf", .binary(try pdf.get())) }
                if let docx { try emit("\(kind.rawValue).docx", .binary(try docx.get())) }
            }
        }
        for format in formats {
            guard let dataFormat = DataExports.Format(rawValue: format) else { continue }
            // Data files (CSV, JSON) pass the same cleaning as the rendered documents.
            for file in DataExports.files(state, ledger: ledger, format: dataFormat) where only.map({ file.name.hasPrefix($0.rawValue + ".") }) ?? true {
                try emit(file.name, .text(Markup.printable(file.text)))
            }
        }
        return missing
    }

    /// One document's model through its template in a text format: every text render of the set, and the O screen's
    /// live notulen and rekap suara (which keeps its models and renders only the one that changed).
    public static func text(_ kind: DocumentKind, _ format: DocumentFormat, model: [String: Any],
                            templates: DocumentTemplates) throws -> String {
        try templates.render(kind, format, model: model)
    }

    /// One document in one format, byte for byte the file `rapat docs` writes for it (`notulen.md`, `statistik.json`),
    /// or nil when the meeting has no such document (not postponed, no SHU proposed, …).
    public static func single(_ kind: DocumentKind, format: String, entries: [JournalEntry], ledger: ShuLedger?,
                              templates: DocumentTemplates, digest: String, meetingFile: String,
                              options: DocumentOptions = .defaults, state: MeetingState? = nil) throws -> Data? {
        let output = try render(entries: entries, ledger: ledger, templates: templates, formats: [format], digest: digest,
                                meetingFile: meetingFile, only: kind, options: options, state: state)
        let name = "\(kind.rawValue).\(format)"
        if let file = output.files.first(where: { $0.name == name }) { return Data(file.text.utf8) }
        return output.binaries.first { $0.name == name }?.data
    }
}
