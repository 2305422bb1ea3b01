import ArgumentParser
import Foundation
import RapatCore
import RapatDocuments
import RapatStore

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Menulis berita acara dan daftar hadir dari jurnal, melalui templat yang dapat disunting.",
        discussion: """
            Templat bawaan ada di folder templates/ (berita-acara.txt.mustache, …); salin dan sunting, lalu
            `rapat docs --templates FOLDER`. Kesalahan templat menyebut berkas, baris, dan tag. Berita acara ditolak
            bila isian wajib (DOMAIN §12.2) kosong, dengan daftar yang harus diisi dan di mana.
            """)

    @OptionGroup var options: MeetingOptions
    @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?
    @Option(name: .shortAndLong, help: "Folder keluaran.") var output: String = "dokumen"
    @Option(help: "Format, dipisah koma: txt, md, html, csv, json.") var format: String = "txt,md,html,csv,json"

    func run() throws {
        let formats = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(DocumentFormat.allCases.map(\.rawValue) + ["csv", "json"])
        for f in formats where !known.contains(f) {
            throw fail("--format \(f) tidak dikenal: gunakan txt, md, html, csv, json.")
        }
        let library: DocumentTemplates
        do { library = try DocumentTemplates.load(directory: templates) } catch { throw fail(error.description) }
        let state: MeetingState
        let digest: String
        do {
            let file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat docs")
            state = MeetingState.replaying(try file.entries().map(\.event))
            guard case let .intact(_, finalDigest) = try file.verify() else {
                throw fail("Jurnal tidak utuh: jalankan `rapat verify --file \(options.file)`; dokumen tidak dibuat.")
            }
            digest = finalDigest
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(describe(error))
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var written: [String] = []
        func write(_ name: String, _ text: String) throws {
            let path = (output as NSString).appendingPathComponent(name)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            written.append(path)
        }
        let missing = BeritaAcaraModel.missingFields(state)
        do {
            let attendance = DaftarHadirModel.build(state)
            let ba = BeritaAcaraModel.build(state, finalDigest: digest, meetingFile: options.file)
            for f in formats {
                if let documentFormat = DocumentFormat(rawValue: f) {
                    try write("daftar-hadir.\(f)", library.render(.daftarHadir, documentFormat, model: attendance))
                    if missing.isEmpty { try write("berita-acara.\(f)", library.render(.beritaAcara, documentFormat, model: ba)) }
                } else if f == "csv" {
                    try write("daftar-hadir.csv", DaftarHadirModel.csv(state))
                } else if f == "json" {
                    try write("daftar-hadir.json", DaftarHadirModel.json(state))
                }
            }
        } catch let error as TemplateError {
            throw fail(error.description)
        }
        for path in written { printNote("ditulis: \(path)") }
        if !missing.isEmpty {
            printNote("Berita acara TIDAK dibuat: isian wajib kosong.")
            for field in missing { printNote("  - \(field)") }
            throw ExitCode(1)
        }
    }
}
