import Foundation
import RapatCore
import RapatDocuments
import RapatStore

/// The text of the document screen: the notulen and the rekap suara exactly as `rapat notulen --format txt` and
/// `rapat rekap-suara --format txt` print them (one rendering path, `DocumentSet.single`).
public enum DocumentText {
    public static func lines(entries: [JournalEntry], ledger: ShuLedger?, digest: String, state: MeetingState?) -> [String] {
        func text(_ kind: DocumentKind) -> [String] {
            let data = try? DocumentSet.single(kind, format: "txt", entries: entries, ledger: ledger, templates: .builtIn,
                                               digest: digest, meetingFile: "", state: state)
            return data.map { String(decoding: $0, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        }
        return text(.notulen) + text(.rekapSuara)
    }
}

/// The notulen and rekap suara of the meeting so far, for the O screen while the desk writes (issue 13 item 4).
/// The journal is read once, on the first O; the entries the runner records afterwards are appended, so opening
/// the screen again renders without reading the file.
final class LiveDocument {
    private let session: MeetingSession
    private var entries: [JournalEntry]?
    private let cache = DocumentTextCache()

    init(session: MeetingSession) {
        self.session = session
    }

    /// Entries the runner just recorded.
    func recorded(_ new: [JournalEntry]) {
        entries?.append(contentsOf: new)
    }

    func lines() -> [String] {
        // Read again when the entries kept do not end where the session does (nothing else writes under the lock,
        // but a read that failed or an append it missed must not show a stale notulen).
        if entries?.last?.sequence != session.state.eventCount || entries == nil {
            entries = try? session.file.entries()
        }
        guard let entries, !entries.isEmpty else { return [] }
        return cache.lines(entries: entries, digest: session.file.finalDigest, state: session.state)
    }
}

/// The document screen's text kept until the journal grows: opening O again with nothing new recorded costs nothing,
/// while the first O after a change folds and renders the journal again (~50 ms at 12.022 members, BENCHMARKS).
public final class DocumentTextCache {
    private var rendered: (events: Int64, lines: [String])?

    public init() {}

    /// Neither the notulen nor the rekap suara reads the SHU ledger (12.022 rows were parsed on every O before).
    public func lines(entries: [JournalEntry], digest: String, state: MeetingState) -> [String] {
        if let rendered, rendered.events == state.eventCount { return rendered.lines }
        let lines = DocumentText.lines(entries: entries, ledger: nil, digest: digest, state: state)
        rendered = (state.eventCount, lines)
        return lines
    }
}
