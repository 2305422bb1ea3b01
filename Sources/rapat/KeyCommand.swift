import RapatText
import ArgumentParser
import Foundation
import RapatStore

/// `rapat kunci …`: the koperasi's signing key for the documents (minisign format).
struct KeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kunci",
        abstract: "Kunci tanda tangan dokumen koperasi (format minisign).",
        discussion: """
            `rapat kunci buat` membuat kunci-rapat.key (rahasia, mode 0600) dan kunci-rapat.pub (publik) di folder
            berkas pengaturan. `rapat docs` lalu menandatangani SHA256SUMS dengan kunci itu (SHA256SUMS.minisig).
            Kunci rahasia tidak pernah disimpan di berkas rapat.
            """,
        subcommands: [Create.self])

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "buat",
            abstract: "Membuat pasangan kunci Ed25519 koperasi; kunci yang sudah ada tidak ditimpa.")

        @OptionGroup var options: MeetingOptions
        @Option(help: "Folder kunci (bawaan: folder berkas pengaturan, tempat `rapat docs` mencarinya).") var folder: String?
        @Option(name: .customLong("rahasia"), help: "Jalur kunci rahasia (menggantikan --folder).") var secretPath: String?
        @Option(name: .customLong("publik"), help: "Jalur kunci publik (menggantikan --folder).") var publicPath: String?

        func run() throws {
            let directory = folder ?? (options.settings as NSString).deletingLastPathComponent
            func inFolder(_ name: String) -> String { directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name) }
            let secret = secretPath ?? inFolder(MinisignKeyFiles.secretName)
            let pub = publicPath ?? inFolder(MinisignKeyFiles.publicName)
            let key: MinisignSecretKey
            do {
                if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
                key = try MinisignKeyFiles.create(secretPath: secret, publicPath: pub)
            } catch let error as SigningError {
                throw fail(error.message)
            } catch {
                throw fail(tr("cli.key.folder", ["path": directory, "reason": SystemErrorText.sentence(for: error, path: directory)]))
            }
            printNote(tr("cli.key.secretCreated", ["path": secret]))
            printNote(tr("cli.key.publicCreated", ["path": pub]))
            emit("minisign public key \(key.keyID)")
            emit(key.publicKey.line)
            let defaultKey = DocsSigning.defaultKeyPath(settings: options.settings)
            if URL(fileURLWithPath: secret).standardizedFileURL != URL(fileURLWithPath: defaultKey).standardizedFileURL {
                printNote(tr("cli.key.signWith", ["path": secret]))
            } else {
                printNote(tr("cli.key.docsSign"))
            }
        }
    }
}
