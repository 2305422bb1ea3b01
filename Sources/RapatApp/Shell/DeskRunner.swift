import Foundation
import RapatCore
import RapatDocuments
import RapatStore
import RapatText
import TerminalUI

/// The run loop: one thread, render → wait for input (1 s ticks keep the clock current and the CPU idle)
/// → reduce → execute commands through the session (durable before the screen changes).
public final class DeskRunner {
    /// Nil in the members' review mode: nothing is ever written.
    private let session: MeetingSession?
    /// The notulen and rekap suara so far, for the O screen during the meeting (nil in the review: its text is fixed).
    private let liveDocument: LiveDocument?
    public private(set) var state: AppState
    private let clock: () -> Date
    /// `[meja]` of koperasi.toml: the big name and the bell on a refused scan.
    private var desk = DeskSettings()
    /// Told of every entry the desk wrote, after it is durable (the tests count them; a second screen could follow).
    public var onRecorded: ([JournalEntry]) -> Void = { _ in }
    /// Whether other desks write to the same meeting (a server): the loop then looks for their commits 4 times a second.
    private var isShared = false

    public init(session: MeetingSession, settings: CooperativeSettings, agenda: Agenda = Agenda(items: []),
                clock: @escaping () -> Date = Date.init) {
        self.session = session
        desk = settings.desk
        let liveDocument = LiveDocument(session: session)
        self.liveDocument = liveDocument
        // On a shared meeting every desk stamps with the server's clock, so desks agree on the order of the room.
        let offset = session.journal.serverClockOffset
        self.clock = offset == 0 ? clock : { clock().addingTimeInterval(offset) }
        isShared = MeetingStore.isServer(session.journal.path)
        session.onOthersRecorded = { entries in liveDocument.recorded(entries) }
        state = AppState(meeting: session.state, settingsRules: settings.rules, settingsProfile: settings.profile,
                         draftAgenda: agenda, now: clock())
        // The SHU ledger is read once: it is imported before the meeting (the writer lock keeps others out meanwhile).
        state.shuLedger = try? session.journal.currentLedger(of: session.state)
        state.bigName = settings.desk.bigName
        if let desk = session.desk {
            state.deskLabel = tr(desk.role == .chair ? "shell.deskLabel.chair" : "shell.deskLabel.registration", ["desk": desk.number])
            if desk.role == .registration { state.registrationDesk = desk.number }
        }
    }

    /// A meeting as `rapat lihat` read it: the journal, the ledger, and what the verification said.
    public struct ReviewSnapshot {
        public var entries: [JournalEntry]
        public var ledger: ShuLedger?
        public var verification: String
        public var digest: String

        public init(entries: [JournalEntry], ledger: ShuLedger?, verification: String, digest: String = "") {
            self.entries = entries
            self.ledger = ledger
            self.verification = verification
            self.digest = digest
        }
    }

    /// Asked once a second in the review mode: a new snapshot when another process has committed since the last one
    /// (`rapat lihat` as a read-only second screen), nil otherwise.
    public var reviewSource: (() -> ReviewSnapshot?)?

    /// The members' review mode over a meeting read from a file opened read-only (`rapat lihat`).
    public init(reviewing entries: [JournalEntry], ledger: ShuLedger?, verification: String, digest: String = "",
                clock: @escaping () -> Date = Date.init) {
        session = nil
        liveDocument = nil
        self.clock = clock
        let meeting = MeetingState.replaying(entries: entries)
        let profile = meeting.opening?.profile ?? CooperativeProfile(name: meeting.cooperativeName, fiscalYear: 0)
        state = AppState(meeting: meeting, settingsRules: meeting.rules, settingsProfile: profile, draftAgenda: meeting.agenda,
                         now: meeting.closedAt ?? meeting.lastEventAt ?? clock())
        state.readOnly = true
        state.screen = .agenda
        show(ReviewSnapshot(entries: entries, ledger: ledger, verification: verification, digest: digest), replaying: false)
        state.message = DeskMessage(.info, verification)
    }

    /// Shows `snapshot` in the review mode, keeping the screen and the place on it.
    public func showReview(_ snapshot: ReviewSnapshot) {
        let before = state.meeting.eventCount
        show(snapshot, replaying: true)
        let added = state.meeting.eventCount - before
        if added > 0 { state.message = DeskMessage(.info, tr("shell.review.updated", ["count": added, "verification": snapshot.verification])) }
    }

    private func show(_ snapshot: ReviewSnapshot, replaying: Bool) {
        if replaying {
            let meeting = MeetingState.replaying(entries: snapshot.entries)
            state.update(meeting: meeting)
            state.now = meeting.closedAt ?? meeting.lastEventAt ?? state.now
        }
        state.shuLedger = snapshot.ledger
        // The notulen and the rekap suara exactly as `rapat notulen --format txt` and `rapat rekap-suara --format txt` print them.
        state.documentLines = [snapshot.verification, ""] + DocumentText.lines(entries: snapshot.entries, ledger: snapshot.ledger,
                                                                               digest: snapshot.digest, state: nil)
    }

    /// Changes the app's state outside the run loop: settings a command line or a test applies before `run`
    /// (a draft agenda, the SHU ledger, the review mode). The meeting itself only changes through commands.
    public func modify(_ change: (inout AppState) -> Void) {
        let meeting = state.meeting
        change(&state)
        state.update(meeting: meeting)
    }

    /// Runs until the user quits. Returns normally; the caller restores the terminal.
    public func run(on terminal: TerminalBackend) {
        while !state.quitRequested {
            let size = terminal.size
            state.presence.visibleRows = PresenceScreen.listRows(width: size.width, height: size.height)
            terminal.present(DeskScreen.render(state, width: size.width, height: size.height))
            switch terminal.nextEvent(timeoutMilliseconds: isShared ? 250 : 1000) {
            case .tick, .resize:
                // The review shows the meeting as the file has it; its clock moves only with the journal.
                if session != nil {
                    followOtherDesks()
                    send(.tick(clock()))
                } else if let snapshot = reviewSource?() { showReview(snapshot) }
            case let .key(key):
                if session != nil { send(.tick(clock())) }
                let watch = ScanWatch(state)
                send(.key(key))
                if desk.alertOnRefusal, watch.refused(state) { terminal.alert() }
            }
        }
    }

    /// Feeds one action through the reducer and runs its effects.
    public func send(_ action: AppAction) {
        var executed = false
        // The O screen shows what was just recorded, too.
        defer { if executed, state.screen == .document { renderDocument() } }
        for effect in state.reduce(action) {
            switch effect {
            case .renderDocument:
                renderDocument()
            case let .execute(command):
                guard let session else { continue }
                executed = true
                // A clock behind the journal is noted first; the command goes on with its stamp either way.
                if let note = state.dueClockNote(), let written = try? session.execute(note) {
                    liveDocument?.recorded(written)
                    onRecorded(written)
                    state.clockNoteRecorded(written.map(\.event))
                }
                state.releaseMeeting()
                // Success and refusal alike end with the app showing the session's state.
                defer { state.update(meeting: session.state) }
                do {
                    // Every command from the screen carries its own id, like a script line, so it is recorded once.
                    let outcome = try session.execute(command, commandID: "layar:" + UUID().uuidString, fresh: true,
                                                      liveClock: isShared)
                    guard case let .recorded(entries) = outcome else { continue }
                    liveDocument?.recorded(entries)
                    onRecorded(entries)
                    _ = state.reduce(.commandSucceeded(entries.map(\.event), session.state))
                } catch let error as RapatError {
                    // The core names commands; an open vote or election is named with the desk's keys.
                    if case let .matterStillOpen(matter) = error {
                        _ = state.reduce(.commandRefused(AppState.deskText(matter)))
                    } else {
                        _ = state.reduce(.commandRefused(error.message))
                    }
                } catch let error as StoreError {
                    _ = state.reduce(.commandRefused(tr("shell.notSaved", ["reason": error.message])))
                } catch {
                    _ = state.reduce(.commandRefused(tr("shell.notSaved", ["reason": SystemErrorText.sentence(for: error)])))
                }
            }
        }
    }

    /// Folds what other desks committed (told by the server's notification) so the quorum panel shows it within a
    /// second; says at once when the server cannot be reached, and again when it answers.
    public func followOtherDesks() {
        guard let session, isShared else { return }
        let reachable = session.journal.isReachable
        if !reachable {
            if !state.serverUnreachable { _ = state.reduce(.commandRefused(tr("shell.server.lost"))) }
            state.serverUnreachable = true
            return
        }
        let wasLost = state.serverUnreachable
        guard wasLost || session.journal.hasNews else { return }
        do {
            let others = try session.catchUp()
            state.serverUnreachable = false
            for (commandID, recorded) in session.journal.takeSettled() {
                _ = commandID
                state.message = DeskMessage(recorded ? .info : .error, tr(recorded ? "shell.server.settledRecorded" : "shell.server.settledLost"))
            }
            if wasLost, state.message == nil || others.isEmpty { state.message = DeskMessage(.info, tr("shell.server.back")) }
            if !others.isEmpty {
                state.update(meeting: session.state)
                if state.screen == .document { renderDocument() }
            }
        } catch {
            if !state.serverUnreachable {
                _ = state.reduce(.commandRefused(tr("shell.notSaved", ["reason": error.message])))
            }
            state.serverUnreachable = true
        }
    }

    /// Renders the notulen and rekap suara from the journal so far (the review keeps the text it opened with).
    private func renderDocument() {
        guard let liveDocument else { return }
        state.showDocument(lines: liveDocument.lines())
    }
}
