import Foundation
import RapatCore
import RapatStore

/// What the QR code on every page of a berita acara PDF carries: the koperasi, the RAT, the journal's final digest and
/// the SHA-256 of the document's text rendering (`berita-acara.txt`), so a printed page can be checked against both.
///
/// - Important: the hash is of the `.txt` rendering, not of the PDF, which cannot contain its own hash; anyone can
///   check it with `sha256sum berita-acara.txt` on the file `rapat docs` writes beside the PDF.
public struct PageSeal: Sendable, Equatable {
    public static let header = "RAPAT-BA v1"

    public var cooperative: String
    /// "RAT ke-12 Tahun Buku 2025".
    public var meeting: String
    /// The final digest of the hash-chained journal (64 hex digits).
    public var digest: String
    /// The text rendering's file name and the hex SHA-256 of its UTF-8 bytes.
    public var textFile: String
    public var textSHA256: String
    /// How many events the journal holds at that digest (`rapat verify --sidik … --peristiwa N`).
    public var events: Int64

    public init(cooperative: String, meeting: String, digest: String, events: Int64 = 0, textFile: String,
                textSHA256: String) {
        self.events = events
        self.cooperative = cooperative
        self.meeting = meeting
        self.digest = digest
        self.textFile = textFile
        self.textSHA256 = textSHA256
    }

    /// The seal of a berita acara (RAT or penundaan) whose text rendering is `text`; nil for the other documents.
    static func of(_ kind: DocumentKind, state: MeetingState, digest: String, events: Int64, text: String) -> PageSeal? {
        guard kind == .beritaAcara || kind == .penundaan else { return nil }
        let profile = state.documentProfile ?? CooperativeProfile(name: state.cooperativeName, fiscalYear: 0)
        return PageSeal(cooperative: profile.name, meeting: profile.meetingTitle, digest: digest, events: events,
                        textFile: "\(kind.rawValue).txt", textSHA256: SHA256Hasher.hex(text))
    }

    /// The QR payload of page `page` of `pages`: one `key=value` per line after the header, values on one line.
    public func payload(page: Int, of pages: Int) -> String {
        func flat(_ value: String) -> String { value.replacingOccurrences(of: "\n", with: " ") }
        return [
            Self.header, "koperasi=\(flat(cooperative))", "rat=\(flat(meeting))", "sidik=\(digest)",
            "peristiwa=\(events)", "berkas=\(textFile)", "sha256=\(textSHA256)", "halaman=\(page)/\(pages)",
        ].joined(separator: "\n")
    }
}
