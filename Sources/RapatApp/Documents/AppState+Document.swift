import Foundation
import RapatCore
import RapatText
import TerminalUI

/// Where the document screen (O) stands: the first line shown and the search (issue 13 item 4).
public struct DocumentView: Equatable, Sendable {
    /// The first line of `AppState.documentLines` drawn.
    public var top = 0
    /// Whether keys are typing the search term (into `AppState.input`), after `/`.
    public var searching = false
    /// The term searched for; empty when there is no search.
    public var term = ""
    /// The line of the current match, highlighted.
    public var match: Int?
    /// Where the search started, so each typed character searches again from there.
    var origin = 0

    public init() {}
}

extension AppEffect {
    /// Whether the effect writes to the journal (refused in the members' review mode).
    var writes: Bool {
        switch self {
        case .execute: true
        case .renderDocument: false
        }
    }
}

extension AppState {
    /// Lines one PgUp/PgDn moves on the document screen.
    static let documentPage = 15

    /// Opens the document screen; the runner renders the notulen and rekap suara so far (`.renderDocument`).
    mutating func showDocumentScreen() -> [AppEffect] {
        clearInput()
        screen = .document
        documentView = DocumentView()
        return [.renderDocument]
    }

    /// New text from the runner: the place and the search stay where they were, within the new text.
    public mutating func showDocument(lines: [String]) {
        documentLines = lines
        documentView.top = max(0, min(documentView.top, lines.count - 1))
        if let match = documentView.match, match >= lines.count || !contains(lines[match], documentView.term) {
            documentView.match = nil
        }
    }

    /// The key map's intents on the document screen; nil for those handled like elsewhere.
    mutating func performDocument(_ intent: DeskIntent) -> [AppEffect]? {
        let count = documentLines.count
        switch intent {
        case .startSearch:
            clearInput()
            documentView.searching = true
            documentView.origin = documentView.top
            message = DeskMessage(.info, tr("documents.search.start"))
        case .submit:
            if documentView.searching {
                documentView.searching = false
                documentView.term = input.trimmingCharacters(in: .whitespaces)
                input = ""
                if documentView.term.isEmpty { return [] }
                if documentView.match == nil { jumpToMatch(forward: true) } else { reportMatch() }
            } else {
                jumpToMatch(forward: true)
            }
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .showAgenda where documentView.searching || !documentView.term.isEmpty:
            // Esc (or F6) first leaves the search; the next Esc goes back to the agenda.
            leaveDocumentSearch()
        case .clearInput:
            leaveDocumentSearch()
        case .selectPrevious: documentView.top = max(0, documentView.top - 1)
        case .selectNext: documentView.top = max(0, min(count - 1, documentView.top + 1))
        case .pageUp: documentView.top = max(0, documentView.top - Self.documentPage)
        case .pageDown: documentView.top = max(0, min(count - 1, documentView.top + Self.documentPage))
        default:
            return nil
        }
        return []
    }

    /// After a typed character or Backspace while searching: the first match from where the search started.
    mutating func searchAsTyped() {
        guard documentView.searching, input.trimmingCharacters(in: .whitespaces) != documentView.term else { return }
        documentView.term = input.trimmingCharacters(in: .whitespaces)
        documentView.match = nil
        guard !documentView.term.isEmpty else {
            documentView.top = documentView.origin
            return
        }
        if let line = findLine(from: documentView.origin, forward: true, includingStart: true) {
            show(match: line)
            message = nil
        } else {
            message = DeskMessage(.warning, tr("documents.search.notFound", ["term": documentView.term]))
        }
    }

    private mutating func leaveDocumentSearch() {
        let wasSearching = documentView.searching || !documentView.term.isEmpty
        documentView.searching = false
        documentView.term = ""
        documentView.match = nil
        input = ""
        if wasSearching { message = DeskMessage(.info, tr("documents.search.done")) }
    }

    /// The next (or previous) line containing the term, wrapping around the end.
    private mutating func jumpToMatch(forward: Bool) {
        guard !documentView.term.isEmpty else {
            message = DeskMessage(.info, tr("documents.search.how"))
            return
        }
        let start = documentView.match ?? documentView.top
        guard let line = findLine(from: start, forward: forward, includingStart: documentView.match == nil) else {
            documentView.match = nil
            message = DeskMessage(.warning, tr("documents.search.notFound", ["term": documentView.term]))
            return
        }
        show(match: line)
        reportMatch()
    }

    private mutating func reportMatch() {
        guard let match = documentView.match else { return }
        message = DeskMessage(.info, tr("documents.search.found", ["line": match + 1, "total": documentLines.count]))
    }

    /// Puts the match on screen with two lines of context above it.
    private mutating func show(match line: Int) {
        documentView.match = line
        documentView.top = max(0, line - 2)
    }

    private func findLine(from start: Int, forward: Bool, includingStart: Bool) -> Int? {
        let count = documentLines.count
        guard count > 0 else { return nil }
        let start = max(0, min(start, count - 1))
        for step in (includingStart ? 0 : 1)...count {
            let index = ((start + (forward ? step : -step)) % count + count) % count
            if contains(documentLines[index], documentView.term) { return index }
        }
        return nil
    }

    func contains(_ line: String, _ term: String) -> Bool {
        !term.isEmpty && line.range(of: term, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// Work after a key on the screens that keep derived rows: the list's rows, the search as typed.
    mutating func afterKey() {
        switch screen {
        case .presence: refreshPresence()
        case .document: searchAsTyped()
        default: break
        }
    }
}
