import RapatText
import ArgumentParser
import Foundation
import RapatCore
import RapatDocuments
import RapatStore

/// The formats a single-document command prints to stdout (PDF and DOCX only through `rapat docs`).
enum PrintedFormat: String, ExpressibleByArgument, CaseIterable {
    case txt, md, html, csv, json

    static func list(_ formats: [PrintedFormat]) -> String { formats.map(\.rawValue).joined(separator: ", ") }
}

/// Prints one document byte for byte as `rapat docs` writes it (`notulen.md`, `statistik.json`, …): the same
/// templates, the same journal digest, the same code.
enum SingleDocument {
    static func print(_ kind: DocumentKind, format: PrintedFormat, allowed: [PrintedFormat], options: MeetingOptions,
                      templates: String?, purpose: String, absent: (MeetingState) -> String) throws {
        guard allowed.contains(format) else {
            throw fail(tr("cli.single.format", ["format": format.rawValue, "allowed": PrintedFormat.list(allowed)]))
        }
        let library: DocumentTemplates
        do { library = try DocumentTemplates.load(directory: templates) } catch { throw fail(error.description) }
        let (file, scan) = try options.openForReading(purpose: purpose, keepingEntries: true)
        let data: Data?
        do {
            // An intact journal's scan already folded every entry: its state is the documents' state.
            let intact: (digest: String, state: MeetingState)? =
                if case let .intact(_, finalDigest) = scan.verification { (finalDigest, scan.state) } else { nil }
            data = try DocumentSet.single(kind, format: format.rawValue, entries: scan.entries,
                                          ledger: try file.currentLedger(of: scan.state), templates: library,
                                          digest: intact?.digest ?? file.finalDigest, meetingFile: options.file,
                                          state: intact?.state)
        } catch {
            throw failing(error)
        }
        guard let data else { throw fail(absent(scan.state)) }
        FileHandle.standardOutput.write(data)
    }
}
