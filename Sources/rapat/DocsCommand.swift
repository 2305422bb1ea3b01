import RapatText
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

            Folder keluaran juga berisi sidik-jurnal.txt dan SHA256SUMS (periksa: cd dokumen && sha256sum -c SHA256SUMS).
            Dengan kunci koperasi (--kunci, atau kunci-rapat.key di folder berkas pengaturan; lihat `rapat kunci buat`)
            SHA256SUMS ditandatangani: SHA256SUMS.minisig, periksa dengan minisign -Vm SHA256SUMS -p kunci-rapat.pub.

            Dokumen memuat nama anggota dan SHU: berkas ditulis 0600, folder baru 0700 (--izin-baca-grup: 0640/0750).
            CSV: BOM UTF-8, `;`, sel berawalan = + - @ diberi awalan ' (bukan rumus); lihat README untuk impor nomor
            anggota sebagai teks. Galat ditulis dalam bahasa Indonesia; --verbose menambahkan rincian teknis.
            """)

    @OptionGroup var options: MeetingOptions
    @Option(help: "Folder templat yang disunting (yang tidak ada memakai bawaan).") var templates: String?
    @Option(name: .shortAndLong, help: "Folder keluaran.") var output: String = "dokumen"
    @Option(help: "Format, dipisah koma: txt, md, html, docx, pdf, csv, json.") var format: String = "txt,md,html,docx,pdf,csv,json"
    @Option(help: "Kunci rahasia minisign untuk menandatangani SHA256SUMS (bawaan: kunci-rapat.key di folder pengaturan, bila ada).")
    var kunci: String?
    @Flag(name: .customLong("izin-baca-grup"),
          help: "Dokumen boleh dibaca grup (berkas 0640, folder 0750), misalnya untuk dicetak pengguna lain; bawaan 0600/0700.")
    var izinBacaGrup = false
    @Option(name: .customLong("urutan-hadir"),
            help: "Urutan daftar hadir: nomor (nomor anggota), unit (per unit, dengan jumlah tiap unit), datang (jam datang).")
    var urutanHadir: AttendanceOrder = .nomor

    func run() throws {
        let formats = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let known = Set(DocumentFormat.allCases.map(\.rawValue) + ["csv", "json", "docx", "pdf"])
        for f in formats where !known.contains(f) {
            throw fail(tr("cli.docs.format", ["format": f]))
        }
        let library: DocumentTemplates
        do { library = try DocumentTemplates.load(directory: templates) } catch { throw fail(error.description) }
        let signing: (key: MinisignSecretKey, path: String)?
        do { signing = try DocsSigning.key(explicit: kunci, settings: options.settings, output: self.output) } catch {
            throw fail(error.message)
        }
        let modes = DocumentFile.modes(groupReadable: izinBacaGrup)
        let file: any MeetingJournal, scan: JournalScan
        do {
            file = try MeetingStore.open(options.file, writable: false, purpose: "rapat docs")
            scan = try file.scan(keepingEntries: true)
        } catch {
            throw failing(error)
        }
        guard case let .intact(_, digest) = scan.verification else {
            throw fail(tr("cli.docs.broken", ["problem": scan.verification.problem(zone: scan.zone) ?? "", "path": options.file]))
        }
        // What the berita acara can be written with but should be checked (DOMAIN §12.3 witnesses, rat_ke).
        let warnings = scan.state.postponement == nil ? BeritaAcaraModel.warnings(scan.state) : []
        let createdFolder: Bool
        do {
            createdFolder = try DocumentFile.makeFolder(self.output, mode: modes.folder)
            if !createdFolder {
                var info = stat()
                if stat(self.output, &info) == 0, info.st_mode & 0o007 != 0 {
                    printNote(tr("cli.docs.folderReadable", ["path": self.output, "mode": String(modes.file, radix: 8)]))
                }
            }
        } catch { throw failing(error) }
        // Each document is written (under a temporary name) and hashed as soon as it is made, so the set is never in
        // memory at once; all are put in place together at the end, or none when one fails.
        var staged: [DocumentFile.Staged] = []
        // A failed run leaves no trace: its staged files go, and so does a folder it made.
        func abandon(_ error: any Error) -> any Error {
            DocumentFile.discard(staged)
            if createdFolder { rmdir(self.output) }
            return failing(error)
        }
        var digests: [(name: String, sha256: String, binary: Bool, index: Int)] = []
        let missing: [MissingField]
        do {
            let ledger = try file.currentLedger(of: scan.state)
            missing = try DocumentSet.produce(entries: scan.entries, ledger: ledger, templates: library, formats: formats,
                                              digest: digest, meetingFile: options.file, signingKey: signing?.key.publicKey,
                                              options: DocumentOptions(attendanceOrder: urutanHadir), state: scan.state) { name, made in
                let data = made.data
                let path = (self.output as NSString).appendingPathComponent(name)
                staged.append(try DocumentFile.stage(data, to: path, mode: modes.file))
                if case .binary = made { digests.append((name, SHA256Hasher.hex(data), true, digests.count)) } else {
                    digests.append((name, SHA256Hasher.hex(data), false, digests.count))
                }
            }
        } catch {
            throw abandon(error)
        }
        // SHA256SUMS lists the text files, then PDF and DOCX, each in the order of the formats asked for.
        let order = DocumentSet.fileOrder(formats: formats)
        let listed = digests.sorted { ($0.binary ? 1 : 0, order($0.name), $0.index) < ($1.binary ? 1 : 0, order($1.name), $1.index) }
        let seal: [(name: String, data: Data)]
        do { seal = try DocumentSeal.files(digests: listed.map { ($0.name, $0.sha256) }, digest: digest, events: scan.eventCount,
                                              meetingFile: options.file, key: signing?.key) } catch {
            throw abandon(fail(error.message))
        }
        do {
            for (name, data) in seal {
                staged.append(try DocumentFile.stage(data, to: (self.output as NSString).appendingPathComponent(name), mode: modes.file))
            }
            while !staged.isEmpty {
                let document = staged.removeFirst()
                try DocumentFile.commit(document)
                printNote(tr("cli.docs.written", ["path": document.path]))
            }
        } catch {
            // Files already in place stay (each is whole); the rest are removed.
            DocumentFile.discard(staged)
            throw failing(error)
        }
        let signature = (self.output as NSString).appendingPathComponent(DocumentSeal.signatureName)
        if let signing {
            printNote(tr("cli.docs.signed", ["path": signing.path, "key": signing.key.keyID]))
        } else if FileManager.default.fileExists(atPath: signature) {
            // A signature left from an earlier run would no longer match the new SHA256SUMS.
            guard unlink(signature) == 0 else { throw failing(DocumentFileError(path: signature, code: errno)) }
            printNote(tr("cli.docs.signatureRemoved", ["path": signature]))
        }
        for warning in warnings { printNote(tr("cli.warning", ["text": warning])) }
        if !missing.isEmpty {
            printNote(tr("cli.docs.notMade"))
            for field in missing { printNote("  - \(field)") }
            throw ExitCode(1)
        }
    }
}

extension AttendanceOrder: ExpressibleByArgument {}
