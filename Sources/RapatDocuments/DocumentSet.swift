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

    public static func render(entries: [JournalEntry], ledger: ShuLedger?, templates: DocumentTemplates, formats: [String],
                              digest: String, meetingFile: String, signingKey: MinisignPublicKey? = nil,
                              only: DocumentKind? = nil, options: DocumentOptions = .defaults) throws -> Output {
        let state = MeetingState.replaying(entries.map(\.event))
        // A single-document command builds and renders that document only, through the same code as the whole set.
        func wanted(_ kind: DocumentKind) -> Bool { only == nil || only == kind }
        var documents: [(DocumentKind, [String: Any])] = []
        if wanted(.daftarHadir) { documents.append((.daftarHadir, DaftarHadirModel.build(state, order: options.attendanceOrder))) }
        if wanted(.statistik) { documents.append((.statistik, ReportModels.statistik(state).model)) }
        if wanted(.rekapSuara) { documents.append((.rekapSuara, ReportModels.rekapSuara(state).model)) }
        if wanted(.notulen), let notulen = ReportModels.notulen(entries, digest: digest) { documents.append((.notulen, notulen.model)) }
        if wanted(.shuAlokasi), let shu = ReportModels.shuAlokasi(state, ledger: ledger) { documents.append((.shuAlokasi, shu.model)) }
        if wanted(.shuAnggota), let shu = ReportModels.shuAnggota(state, ledger: ledger) { documents.append((.shuAnggota, shu.model)) }
        var missing: [MissingField] = []
        if let penundaan = ReportModels.penundaan(state, digest: digest) {
            if wanted(.penundaan) { documents.append((.penundaan, penundaan.model)) }
        } else if wanted(.beritaAcara) {
            missing = BeritaAcaraModel.missingFields(state)
            if missing.isEmpty {
                documents.append((.beritaAcara, BeritaAcaraModel.build(state, finalDigest: digest, eventCount: entries.last?.sequence ?? 0,
                                                                            meetingFile: meetingFile, signingKey: signingKey)))
            }
        }
        var files: [(String, String)] = []
        var binaries: [(String, Data)] = []
        // PDF and DOCX carry the meeting's date, not "now", so the same journal gives the same files.
        let date = state.meetingOpenedAt ?? state.opening?.at ?? Date(timeIntervalSince1970: 0)
        for format in formats {
            if format == "pdf" {
                let created = IndonesianFormat.iso8601(date, zone: state.timeZone)
                for (kind, model) in documents {
                    // Typeset from the Markdown render (the template the cooperative may edit), read back as blocks.
                    let layout = PrintLayout.parse(markdown: try templates.render(kind, .md, model: model))
                    // The berita acara's pages carry a QR code with the SHA-256 of its text render (the .txt written
                    // beside it); the other documents need no text render.
                    let seal = kind == .beritaAcara || kind == .penundaan
                        ? PageSeal.of(kind, state: state, digest: digest, events: entries.last?.sequence ?? 0,
                                      text: try templates.render(kind, .txt, model: model))
                        : nil
                    binaries.append(("\(kind.rawValue).pdf", try PdfWriter.pdf(layout, title: kind.rawValue, created: created,
                                                                               digest: digest, seal: seal)))
                }
                continue
            }
            if format == "docx" {
                for (kind, model) in documents {
                    let markdown = try templates.render(kind, .md, model: model)
                    binaries.append(("\(kind.rawValue).docx", try DocxWriter.docx(markdown: markdown, title: kind.rawValue, date: date)))
                }
                continue
            }
            if let documentFormat = DocumentFormat(rawValue: format) {
                for (kind, model) in documents {
                    files.append(("\(kind.rawValue).\(format)", try templates.render(kind, documentFormat, model: model)))
                }
            } else if let dataFormat = DataExports.Format(rawValue: format) {
                files += DataExports.files(state, ledger: ledger, format: dataFormat)
            }
        }
        if let only {
            files = files.filter { $0.0.hasPrefix(only.rawValue + ".") }
            binaries = binaries.filter { $0.0.hasPrefix(only.rawValue + ".") }
        }
        // Data files (CSV, JSON) pass the same cleaning as the rendered documents.
        return Output(files: files.map { ($0.0, Markup.printable($0.1)) }, binaries: binaries, missing: missing)
    }

    /// One document in one format, byte for byte the file `rapat docs` writes for it (`notulen.md`, `statistik.json`),
    /// or nil when the meeting has no such document (not postponed, no SHU proposed, …).
    public static func single(_ kind: DocumentKind, format: String, entries: [JournalEntry], ledger: ShuLedger?,
                              templates: DocumentTemplates, digest: String, meetingFile: String,
                              options: DocumentOptions = .defaults) throws -> Data? {
        let output = try render(entries: entries, ledger: ledger, templates: templates, formats: [format], digest: digest,
                                meetingFile: meetingFile, only: kind, options: options)
        let name = "\(kind.rawValue).\(format)"
        if let file = output.files.first(where: { $0.name == name }) { return Data(file.text.utf8) }
        return output.binaries.first { $0.name == name }?.data
    }
}
