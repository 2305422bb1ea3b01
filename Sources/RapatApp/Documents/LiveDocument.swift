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
            entries = try? session.journal.entries()
        }
        guard let entries, !entries.isEmpty else { return [] }
        return cache.lines(entries: entries, digest: session.journal.finalDigest, state: session.state)
    }
}

/// The document screen's text, kept up to date as the journal grows (issue 13: the first O after a check-in under
/// 16 ms at 12.022 members). The notulen's fold (`MinutesReport.Fold`) is kept and given only the entries recorded
/// since the last O; a withdrawal marks an earlier line, so an entry batch with one folds the journal again. Each
/// document is rendered through its template again only when its model changed (`DocumentSet` renders the same
/// models through the same templates: `rapat notulen --format txt` and `rapat rekap-suara --format txt`).
public final class DocumentTextCache {
    private var rendered: (events: Int64, digest: String, lines: [String])?
    private var fold: MinutesReport.Fold?
    /// The last entry folded, to tell a journal that grew from one that is not the one folded.
    private var lastFolded: JournalEntry?
    private var notulen: (document: ReportDocument, lines: [String])?
    private var rekap: (document: ReportDocument, lines: [String])?
    /// How many times the journal was folded from its start, and entries folded one by one since (for tests).
    public private(set) var fullFolds = 0, entriesAdded = 0
    /// How many times each document went through its template (for tests: an unchanged model is not rendered).
    public private(set) var notulenRenders = 0, rekapRenders = 0

    public init() {}

    /// Neither the notulen nor the rekap suara reads the SHU ledger (12.022 rows were parsed on every O before).
    public func lines(entries: [JournalEntry], digest: String, state: MeetingState) -> [String] {
        if let rendered, rendered.events == state.eventCount, rendered.digest == digest { return rendered.lines }
        foldUp(to: entries)
        // The fold's state is the journal's, `state` the session's: the same events, so the same meeting. Before
        // registration opened there is no notulen, only the rekap suara.
        var notulenLines: [String] = []
        if let minutes = fold?.finished() {
            let document = ReportModels.notulen(blocks: minutes.blocks, state: minutes.state, digest: digest)
            if notulen?.document != document {
                notulen = (document, Self.render(.notulen, document))
                notulenRenders += 1
            }
            notulenLines = notulen?.lines ?? []
        }
        let rekapDocument = ReportModels.rekapSuara(state)
        if rekap?.document != rekapDocument {
            rekap = (rekapDocument, Self.render(.rekapSuara, rekapDocument))
            rekapRenders += 1
        }
        let rekapLines = rekap?.lines ?? []
        let lines = notulenLines + rekapLines
        rendered = (state.eventCount, digest, lines)
        return lines
    }

    /// Brings the fold to the end of `entries`: only the new entries when the journal grew without a withdrawal.
    private func foldUp(to entries: [JournalEntry]) {
        // Taken out while it grows, so the fold's state is not shared and evolves in place (no copy of 12.022 members).
        var kept = fold
        fold = nil
        if var grown = kept, let index = position(of: lastFolded, in: entries) {
            kept = nil
            let new = entries[(index + 1)...]
            if !new.contains(where: { if case .eventWithdrawn = $0.event { true } else { false } }) {
                for entry in new { grown.add(entry) }
                entriesAdded += new.count
                fold = grown
                lastFolded = entries.last
                return
            }
        }
        kept = nil
        var full = MinutesReport.Fold(withdrawals: entries)
        for entry in entries { full.add(entry) }
        fullFolds += 1
        fold = full
        lastFolded = entries.last
    }

    /// Where `entry` is in `entries` (gap-free sequences), nil when it is not there: not the journal folded.
    private func position(of entry: JournalEntry?, in entries: [JournalEntry]) -> Int? {
        guard let entry, let first = entries.first?.sequence else { return nil }
        let index = Int(entry.sequence - first)
        return entries.indices.contains(index) && entries[index] == entry ? index : nil
    }

    /// A document's lines as its txt template renders them (`DocumentSet`'s text render).
    private static func render(_ kind: DocumentKind, _ document: ReportDocument) -> [String] {
        let text = try? DocumentSet.text(kind, .txt, model: document.model, templates: .builtIn)
        return text.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
    }
}
