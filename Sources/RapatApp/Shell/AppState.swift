import Foundation
import RapatCore
import RapatText
import TerminalUI

/// A line shown to the desk after an action.
public struct DeskMessage: Equatable, Sendable {
    public enum Kind: Sendable { case success, info, warning, error }
    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }
}

/// One line of the desk's recent-activity list.
public struct DeskLogLine: Equatable, Sendable {
    public var time: String
    public var symbol: String
    public var text: String
}

/// Everything the attendance desk screen shows; pure data, rendered by `DeskScreen`.
public struct AppState {
    public enum Mode: Equatable, Sendable {
        /// Typing a number or a name.
        case search
        /// Typing the reason to void the check-in of this member.
        case voidReason(MemberNumber)
        /// Typing who opens the meeting.
        case openedBy
        /// Asking whether to record `pendingCommand`, with the question that says exactly what would be recorded.
        /// Enter records it; any other key cancels (a stray key never records a legal event, issue 11).
        case confirm(String)
        /// Filling a multi-field form (pimpinan rapat, laporan, pertanyaan, perbaikan catatan, penundaan, …).
        case form(EntryForm)
        /// Typing the reason for a skorsing.
        case recessReason
        /// Typing the reason to withdraw the journal event at this position.
        case withdrawReason(Int64)
        /// Typing a minutes note.
        case noteText
        /// Typing the text of a decision.
        case decisionText
        /// Choosing the outcome of `decision` (keys 1, 2, 3, A).
        case decisionOutcome(decision: String)
        /// Typing the note required by "diterima dengan catatan".
        case decisionNote(decision: String)

        /// The prompt shown before the input line, for modes that take text.
        public var prompt: String? {
            switch self {
            case .search: tr("shell.prompt.search")
            case .voidReason: tr("shell.prompt.voidReason")
            case .openedBy: tr("shell.prompt.openedBy")
            case let .form(form): form.currentField.label + ": "
            case .withdrawReason: tr("shell.prompt.withdrawReason")
            case .recessReason: tr("shell.prompt.recessReason")
            case .noteText: tr("shell.prompt.note")
            case .decisionText: tr("shell.prompt.decision")
            case .decisionNote: tr("shell.prompt.decisionNote")
            case .decisionOutcome: nil
            case .confirm: nil
            }
        }
    }

    public var meeting: MeetingState
    /// The settings file's rules and profile, applied when registration opens (F2).
    public var settingsRules: MeetingRules
    public var settingsProfile: CooperativeProfile
    /// The susunan acara file's agenda, adopted when the meeting opens.
    public var draftAgenda: Agenda
    public var screen: AppScreen = .desk
    /// The time stamped on commands: the clock, or just after the journal's latest meeting event when the clock is
    /// behind it (`AppState+Clock`).
    public var now: Date
    /// The clock as last read.
    public internal(set) var clockReading: Date
    /// Whether the clock running behind the journal has been noted since it fell behind.
    public internal(set) var clockStepNoted = false
    /// The text being typed (search, prompt or form field) with its cursor; edited by `AppState+TextEntry`.
    public var inputField = TextField()
    /// The typed text; assigning it puts the cursor at the end.
    public var input: String {
        get { inputField.text }
        set { inputField = TextField(newValue) }
    }
    public var mode: Mode = .search
    public var results = MemberSearchIndex.Result.none
    /// The name the arrows chose among `results`.
    public var searchSelection = SearchSelection()
    /// The first decision shown on the decisions screen, and the first line of the readiness checklist.
    public var decisionsScroll = 0
    public var readinessScroll = 0
    /// The message under the input line; every one set is also kept in `messageLog` (`AppState+Messages`).
    public var message: DeskMessage? {
        didSet { logMessage() }
    }
    public var log: [DeskLogLine] = []
    public var showingHelp = false
    /// First help line shown; ↑↓ PgUp PgDn scroll the help screen.
    public var helpScroll = 0
    /// The imported SHU ledger, for members' "berapa SHU saya?" during the meeting.
    public var shuLedger: ShuLedger?
    /// The member shown on the SHU screen.
    public var shuLookup: MemberNumber?
    /// Shares under the allocation in force, computed once per allocation.
    var shuCache: (allocation: ShuAllocation, distribution: ShuDistribution, rows: [MemberNumber: Int])?
    /// Members' review mode (`rapat lihat`): nothing can be written; commands are refused before reaching the core.
    public var readOnly = false
    /// A shared meeting's server stopped answering: the desk says so and records nothing until it answers.
    public var serverUnreachable = false
    /// The number of this desk when it is a registration desk beside the chair's; nil for the chair and the laptop.
    public var registrationDesk: Int?
    /// "Meja 2 · presensi" on a shared meeting; empty on the single laptop.
    public var deskLabel = ""
    /// The text of the document screen (notulen and vote record) and the first line shown.
    public var documentLines: [String] = []
    /// The document screen's first line shown and its search.
    public var documentView = DocumentView()
    /// The present / absent list's filters, selection and rows.
    public var presence = PresenceView()
    /// The command a `.confirm` prompt records on Enter.
    public var pendingCommand: Command?
    /// The motion an F11 decision is about, while its outcome is chosen.
    public var pendingMotion: Int?
    /// The vote whose result is on screen, until the next key.
    public var shownVoteResult: Int?
    /// A form left half-filled when the secretary switched to the desk; restored on return to the agenda.
    public var parkedForm: (form: EntryForm, input: String)?
    public var quitRequested = false
    /// Every message of the session, oldest first, for the Pesan screen.
    public internal(set) var messageLog: [LoggedMessage] = []
    /// How many of the newest messages are below the Pesan screen's view (0: the newest is shown).
    public var messageScroll = 0
    /// The screen the Pesan screen returns to.
    public var screenBeforeMessages: AppScreen = .desk
    /// The last roll-call votes recorded this session, oldest first (`AppState+RollCall`).
    public internal(set) var rollCallRecent: [RollCallVote] = []
    /// `nama_besar`: the last arrival's name in block letters on the desk (`DeskScreen+BigName`).
    public var bigName = false
    /// Who checked in (or came back) last, for the big name.
    public var lastArrival: MemberNumber?
    public private(set) var searchIndex: MemberSearchIndex
    /// The readiness screen's warnings for the journal state they were computed from (`AppState+Readiness`).
    let readinessCache = ReadinessWarningsCache()
    private var indexedRosterVersion: Int

    public init(meeting: MeetingState, settingsRules: MeetingRules, settingsProfile: CooperativeProfile,
                draftAgenda: Agenda = Agenda(items: []), now: Date) {
        self.meeting = meeting
        self.settingsRules = settingsRules
        self.settingsProfile = settingsProfile
        self.draftAgenda = draftAgenda
        clockReading = now
        self.now = Self.stamp(now, after: meeting.timelineLastAt)
        // After a restart, a clock still behind since the last note is the same step.
        clockStepNoted = meeting.clockSteps.last.map { $0.observed <= now } ?? false
        searchIndex = MemberSearchIndex(roster: meeting.roster)
        indexedRosterVersion = meeting.roster.version
    }

    /// Replaces the meeting after a command; rebuilds the search index when the roster changed.
    public mutating func update(meeting: MeetingState) {
        self.meeting = meeting
        if meeting.roster.version != indexedRosterVersion {
            searchIndex = MemberSearchIndex(roster: meeting.roster)
            indexedRosterVersion = meeting.roster.version
        }
    }

    /// Drops the app's reference to the meeting while the session writes, so the session's state is uniquely
    /// referenced and `evolve` mutates it in place instead of copying every attendance record.
    public mutating func releaseMeeting() {
        meeting = MeetingState()
    }

    /// Whether the bottom bar should offer `intent` now (the help screen always lists every key).
    public func isRelevantOnBar(_ intent: DeskIntent) -> Bool {
        if readOnly, DeskIntent.writing.contains(intent) { return false }
        let opened = meeting.meetingOpenedAt != nil
        // After the closing or a postponement nothing more is recorded: no key that would only be refused.
        let ended = meeting.closedAt != nil || meeting.postponement != nil
        switch intent {
        case .openMeeting: return !opened
        case .postponeMeeting: return opened && !ended && !meeting.quorum.isMet
        case .writeNote, .toggleRecess, .vote: return opened && !ended
        case .declareQuorum: return registrationOpen && !ended
        // F9 over an open vote or election is refused: X (or the election's keys) comes first.
        case .nextAgendaItem: return opened && !ended && meeting.openMatters.isEmpty
        case .showDecisions: return !meeting.decisions.isEmpty
        case .showDocument: return readOnly
        case .openRegistration: return !registrationOpen
        case .showMessages: return screen != .messages
        default: return true
        }
    }

    public var zone: IndonesianTimeZone { meeting.opening?.profile.timeZone ?? settingsProfile.timeZone }
    public var registrationOpen: Bool { meeting.opening != nil }
}
