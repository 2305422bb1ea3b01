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
    @Option(help: "Format, dipisah koma: txt, md, html, docx, pdf, csv, json.") var format: String = "txt,md,html,docx,pdf,csv,json"

    func run() throws {
        let formats = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(DocumentFormat.allCases.map(\.rawValue) + ["csv", "json", "docx", "pdf"])
        for f in formats where !known.contains(f) {
            throw fail("--format \(f) tidak dikenal: gunakan txt, md, html, docx, pdf, csv, json.")
        }
        let library: DocumentTemplates
        do { library = try DocumentTemplates.load(directory: templates) } catch { throw fail(error.description) }
        let output: DocumentSet.Output
        do {
            let file = try MeetingFile.open(at: options.file, writable: false, purpose: "rapat docs")
            let scan = try file.scan(keepingEntries: true)
            guard case let .intact(_, digest) = scan.verification else {
                throw fail("Jurnal tidak utuh: \(scan.verification.problem(zone: scan.zone) ?? ""). Jalankan "
                    + "`rapat verify --file \(options.file)`; dokumen tidak dibuat.")
            }
            let entries = scan.entries
            let state = scan.state
            let ledger = try file.currentLedger(of: state)
            output = try DocumentSet.render(entries: entries, ledger: ledger, templates: library, formats: formats, digest: digest,
                                            meetingFile: options.file)
        } catch let exit as ExitCode {
            throw exit
        } catch let error as TemplateError {
            throw fail(error.description)
        } catch let error as ValidationError {
            throw error
        } catch {
            throw fail(describe(error))
        }
        try FileManager.default.createDirectory(atPath: self.output, withIntermediateDirectories: true)
        for (name, data) in output.files.map({ ($0.name, Data($0.text.utf8)) }) + output.binaries {
            let path = (self.output as NSString).appendingPathComponent(name)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            printNote("ditulis: \(path)")
        }
        if !output.missing.isEmpty {
            printNote("Berita acara TIDAK dibuat: isian wajib kosong.")
            for field in output.missing { printNote("  - \(field)") }
            throw ExitCode(1)
        }
    }
}
