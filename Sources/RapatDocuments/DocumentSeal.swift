import Foundation
import RapatStore

/// What makes a documents folder checkable on its own: `sidik-jurnal.txt` (the journal's final digest and how to
/// check), `SHA256SUMS` over every document and that note, and, with the koperasi's key, `SHA256SUMS.minisig`.
public enum DocumentSeal {
    public static let fingerprintName = "sidik-jurnal.txt"
    public static let signatureName = SHA256Sums.fileName + ".minisig"

    /// The seal files for `documents` (names relative to the output folder), in the order they are to be written.
    /// Deterministic: Ed25519 signatures carry no randomness and the trusted comment no clock.
    public static func files(for documents: [(name: String, data: Data)], digest: String, events: Int64 = 0,
                             meetingFile: String, key: MinisignSecretKey?) throws(SigningError) -> [(name: String, data: Data)] {
        try files(digests: documents.map { ($0.name, SHA256Hasher.hex($0.data)) }, digest: digest, events: events,
                  meetingFile: meetingFile, key: key)
    }

    /// The same seal from the documents' SHA-256 digests, taken as each was written.
    public static func files(digests: [(name: String, sha256: String)], digest: String, events: Int64 = 0,
                             meetingFile: String, key: MinisignSecretKey?) throws(SigningError) -> [(name: String, data: Data)] {
        let noteData = Data(fingerprint(digest: digest, events: events, meetingFile: meetingFile, publicKey: key?.publicKey).utf8)
        let note = (fingerprintName, noteData)
        let sums = Data(SHA256Sums.text(digests: digests + [(fingerprintName, SHA256Hasher.hex(noteData))]).utf8)
        var files = [note, (SHA256Sums.fileName, sums)]
        if let key {
            let comment = "sidik-jurnal:\(digest)\tberkas-rapat:\((meetingFile as NSString).lastPathComponent)"
            files.append((signatureName, Data(try MinisignSignature.sign(sums, with: key, trustedComment: comment).utf8)))
        }
        return files
    }

    /// The journal's final digest, listed in SHA256SUMS like any document (its format has no comment lines), so it is checked too.
    static func fingerprint(digest: String, events: Int64 = 0, meetingFile: String, publicKey: MinisignPublicKey?) -> String {
        let name = (meetingFile as NSString).lastPathComponent
        var lines = [
            "Sidik akhir jurnal rapat (SHA-256): \(digest)",
            "Jumlah peristiwa: \(events)",
            "Berkas rapat: \(name)",
            "",
            "Periksa jurnal:            rapat verify --file \(name) --sidik \(digest) --peristiwa \(events)",
            "Periksa dokumen:           sha256sum -c \(SHA256Sums.fileName)",
        ]
        if let publicKey {
            lines += [
                "Periksa tanda tangan:      minisign -Vm \(SHA256Sums.fileName) -p \(MinisignKeyFiles.publicName)",
                "",
                "Kunci publik koperasi (minisign \(publicKey.keyID)):",
                publicKey.line,
            ]
        } else {
            lines += ["", "Dokumen ini tidak ditandatangani (tidak ada kunci koperasi; lihat `rapat kunci buat`)."]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
