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
                              digest: String, meetingFile: String, signingKey: MinisignPublicKey? = nil) throws -> Output {
        let state = MeetingState.replaying(entries.map(\.event))
        var documents: [(DocumentKind, [String: Any])] = [(.daftarHadir, DaftarHadirModel.build(state)),
                                                          (.statistik, ReportModels.statistik(state).model),
                                                          (.rekapSuara, ReportModels.rekapSuara(state).model)]
        if let notulen = ReportModels.notulen(entries, digest: digest) { documents.append((.notulen, notulen.model)) }
        if let shu = ReportModels.shuAnggota(state, ledger: ledger) { documents.append((.shuAnggota, shu.model)) }
        var missing: [MissingField] = []
        if let penundaan = ReportModels.penundaan(state, digest: digest) {
            documents.append((.penundaan, penundaan.model))
        } else {
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
            } else if format == "csv" {
                files.append(("daftar-hadir.csv", DaftarHadirModel.csv(state)))
                files.append(("statistik.csv", statisticsCSV(state)))
                files.append(("keputusan.csv", decisionsCSV(state)))
            } else if format == "json" {
                files.append(("daftar-hadir.json", DaftarHadirModel.json(state)))
                files.append(("statistik.json", StatisticsReport.json(state.attendanceStatistics())))
                files.append(("keputusan.json", VoteRecordReport.render(state, format: .json)))
            }
        }
        // Data files (CSV, JSON) pass the same cleaning as the rendered documents.
        return Output(files: files.map { ($0.0, Markup.printable($0.1)) }, binaries: binaries, missing: missing)
    }

    /// Per unit: terdaftar, hadir, tidak hadir, persen (Indonesian Excel: `;`).
    static func statisticsCSV(_ state: MeetingState) -> String {
        let s = state.attendanceStatistics()
        var lines = [Markup.byteOrderMark + Markup.csvLine(["Unit", "Terdaftar", "Hadir", "Tidak hadir", "Persen"])]
        for row in s.byUnit {
            lines.append(Markup.csvLine([row.unit, String(row.registered), String(row.attended), String(row.absent),
                                  IndonesianFormat.percent(row.attended, of: max(1, row.registered))]))
        }
        lines.append(Markup.csvLine(["Jumlah", String(s.registered), String(s.attended), String(s.registered - s.attended),
                              IndonesianFormat.percent(s.attended, of: max(1, s.registered))]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every numbered decision with its method and counts.
    static func decisionsCSV(_ state: MeetingState) -> String {
        var lines = [Markup.byteOrderMark + Markup.csvLine(["Nomor", "Pukul", "Keputusan", "Cara", "Hasil", "Hadir", "Setuju", "Tidak setuju", "Abstain",
                              "Tidak sah", "Catatan"])]
        for d in state.decisions {
            let r = d.voteRound.flatMap { round in state.closedVotes.first { $0.result.round == round }?.result }
            let counts = r.map { r -> [String] in
                if case .motion = r.subject { return [String(r.yes), String(r.no), String(r.abstain), String(r.invalid)] }
                return ["", "", String(r.abstain), String(r.invalid)]
            } ?? ["", "", "", ""]
            lines.append(Markup.csvLine([String(d.number), IndonesianFormat.clock(d.at, zone: state.timeZone), d.text, d.method.label,
                                  d.outcome.label, String(d.present)] + counts + [d.notes.joined(separator: "; ")]))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
