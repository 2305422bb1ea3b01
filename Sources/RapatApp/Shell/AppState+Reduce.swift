import Foundation
import RapatCore
import RapatText
import TerminalUI

/// What happened, from the terminal or from running a command.
public enum AppAction: Sendable {
    case key(Key)
    case tick(Date)
    /// A command was written to the journal; `state` is the meeting after it.
    case commandSucceeded([Event], MeetingState)
    case commandRefused(String)
}

/// Work the reducer asks the runner to do.
public enum AppEffect: Sendable {
    case execute(Command)
    /// Render the notulen and rekap suara so far into `documentLines` (`showDocument(lines:)`): the O screen.
    case renderDocument
}

/// The reducer's shell: actions in, keys to intents, intents to the feature that handles them. Each feature's
/// intents live in its folder (`performDesk`, `performAgenda`, `performVoting`, `performShu`, …); what is left here
/// is what every screen shares: help, screens, forms, confirmation and the input line.
extension AppState {
    /// Applies `action`; returns the commands to execute. Pure apart from the search index's cache.
    public mutating func reduce(_ action: AppAction) -> [AppEffect] {
        switch action {
        case let .tick(date):
            readClock(date)
            return []
        case let .commandSucceeded(events, meeting):
            update(meeting: meeting)
            for event in events { acknowledge(event) }
            clearInput()
            continueAfter(events)
            if screen == .presence { refreshPresence() }
            return []
        case let .commandRefused(text):
            message = DeskMessage(.error, CoreTextForDesk.deskText(text))
            // A refused form stays open on its last field, so the secretary can go back (↑) and correct it.
            if case let .form(form) = mode {
                input = form.retypeAnswer(at: form.current)
            } else {
                clearInput()
            }
            return []
        case let .key(key):
            let effects = handle(key)
            afterKey()
            // The review mode refuses every command here, before anything could reach a file.
            guard readOnly, effects.contains(where: \.writes) else { return effects }
            message = DeskMessage(.info, tr("flow.review.nothingRecorded"))
            clearInput()
            return effects.filter { !$0.writes }
        }
    }

    private mutating func handle(_ key: Key) -> [AppEffect] {
        shownVoteResult = nil
        if showingHelp {
            switch key {
            case .down: helpScroll += 1
            case .pageDown: helpScroll += 10
            case .up: helpScroll = max(0, helpScroll - 1)
            case .pageUp: helpScroll = max(0, helpScroll - 10)
            default:
                if KeyMap.intent(for: key, on: screen, typing: false, inputIsEmpty: true) == .quit { quitRequested = true }
                showingHelp = false
            }
            return []
        }
        if screen == .messages {
            guard let intent = handleMessagesKey(key) else { return [] }
            return perform(intent)
        }
        if case .confirm = mode {
            // Enter records what the question named; any other key cancels, and does nothing else.
            let command = pendingCommand
            if key == .enter, let command {
                pendingCommand = nil
                // Recorded at the moment of the Enter, which is when the chair said yes.
                return [.execute(Self.restamped(command, at: now))]
            }
            clearInput()
            message = DeskMessage(.info, tr("flow.confirm.cancelled"))
            return []
        }
        if case let .decisionOutcome(decision) = mode, case let .character(ch) = key {
            return chooseOutcome(ch, for: decision)
        }
        // Roll-call: one key S/T/A right after a member's number records the vote (`AppState+RollCall`).
        if let effects = rollCallKey(key) { return effects }
        let intent = KeyMap.intent(for: key, on: screen, typing: isTyping, inputIsEmpty: input.isEmpty)
        if let intent, intent != .editText {
            // The review mode refuses a writing key before any form opens (a form would lead nowhere).
            if readOnly, DeskIntent.writing.contains(intent) {
                let label = key.label.count == 1 ? key.label.uppercased() : key.label
                message = DeskMessage(.info, tr("flow.review.keyRefused", ["key": label, "help": KeyMap.label(of: .toggleHelp)]))
                return []
            }
            return perform(intent)
        }
        // On the agenda screen, typing only fills its prompts.
        if screen != .desk, !isTyping { return [] }
        edit(key)
        return []
    }

    /// What only the chair's desk does (agenda, votes, elections, SHU, the documents' details).
    static let chairIntents: Set<DeskIntent> = [
        .openMeeting, .declareQuorum, .writeNote, .writeDecision, .toggleRecess, .postponeMeeting, .enterPresidium,
        .enterReport, .enterQuestion, .amendNote, .newQuestionRound, .withdrawLast, .answerQuorumLoss, .nextAgendaItem,
        .amendAnswer, .proposeMotion, .openElection, .nominateCandidate, .vote, .closeVote, .withdrawCandidate,
        .proposeShu, .enterDocumentDetails,
    ]

    /// Hands `intent` to the screen that handles it specially, else to the feature that owns it.
    private mutating func perform(_ intent: DeskIntent) -> [AppEffect] {
        if screen == .presence, let effects = performPresence(intent) { return effects }
        if screen == .document, let effects = performDocument(intent) { return effects }
        // A registration desk beside the chair's (a shared meeting): the chair's keys say so at once, before any form.
        if let desk = registrationDesk, Self.chairIntents.contains(intent) {
            message = DeskMessage(.error, tr("store.error.chairOnly", ["desk": desk]))
            return []
        }
        switch intent {
        case .submit:
            return submit()
        case .markLeft, .markReturned, .voidCheckIn, .openRegistration, .recordGuest, .selectPrevious, .selectNext,
             .pageUp, .pageDown:
            return performDesk(intent)
        case .openMeeting, .declareQuorum, .writeNote, .writeDecision, .toggleRecess, .postponeMeeting, .enterPresidium,
             .enterReport, .enterQuestion, .amendNote, .newQuestionRound, .withdrawLast, .answerQuorumLoss, .nextAgendaItem:
            return performAgenda(intent)
        case .amendAnswer:
            return performAnswerAmendment()
        case .proposeMotion, .openElection, .nominateCandidate, .vote, .closeVote, .showDecisions, .registerProxy:
            return performVoting(intent)
        case .withdrawCandidate:
            return performCandidateWithdrawal()
        case .proposeShu, .showShu:
            return performShu(intent)
        case .enterDocumentDetails:
            return startDocumentDetails()
        case .showDocument:
            return showDocumentScreen()
        case .quit:
            quitRequested = true
        case .toggleHelp:
            showingHelp = true
            helpScroll = 0
        case .clearInput:
            if mode != .search { message = DeskMessage(.info, tr("flow.input.cancelled")) }
            clearInput()
        case .previousField:
            guard case var .form(form) = mode, form.current > 0 else { return [] }
            form.current -= 1
            mode = .form(form)
            input = form.retypeAnswer(at: form.current)
            refreshResults()
        case .showReadiness:
            show(.readiness)
            readinessScroll = 0
        case .showMessages, .closeMessages:
            toggleMessages()
        case .showPresence:
            showPresence()
        case .showDesk:
            show(.desk)
        case .showAgenda:
            show(.agenda)
        case .switchScreen:
            show(screen == .desk ? .agenda : .desk)
        case .startSearch, .nextMatch, .previousMatch, .cycleStatusFilter, .cycleUnitFilter:
            break  // bound only on the screens that handle them above
        case .editText:
            break  // applied to the input by `handle(_:)`
        }
        return []
    }

    /// Enter: the open prompt or form takes the typed text; else the screen's own use of Enter.
    private mutating func submit() -> [AppEffect] {
        if case let .form(form) = mode { return submitField(of: form) }
        if let effects = submitAgendaPrompt() { return effects }
        if case let .voidReason(number) = mode {
            return [.execute(.voidCheckIn(number, reason: input, at: now))]
        }
        switch screen {
        case .shu:
            if let number = target() { lookUpShare(number) }
            return []
        case .desk:
            return submitAtDesk()
        default:
            return []
        }
    }

    /// Whether keys are text right now: always on the desk (number or name), on the agenda only in a prompt.
    var isTyping: Bool {
        [.desk, .shu, .presence].contains(screen) || (screen == .document && documentView.searching)
            || (mode != .search && mode.prompt != nil)
    }

    mutating func show(_ next: AppScreen) {
        guard next != screen else { return }
        // A half-filled form is parked, not lost, while the secretary helps at the desk.
        if case let .form(form) = mode { parkedForm = (form, input) }
        clearInput()
        screen = next
        // A message belongs to the screen it answered (it stays in the Pesan log).
        message = nil
        if next == .agenda, let parked = parkedForm {
            parkedForm = nil
            mode = .form(parked.form)
            input = parked.input
            refreshResults()
        }
    }

    mutating func startForm(_ form: EntryForm, _ guidance: String) {
        clearInput()
        mode = .form(form)
        input = form.retypeAnswer(at: form.current)
        message = DeskMessage(.warning, guidance)
    }

    /// Accepts the current field; the last one issues the form's command.
    private mutating func submitField(of form: EntryForm) -> [AppEffect] {
        if form.purpose == .rollCall { return submitRollCall() }
        var form = form
        if form.currentField.kind == .speaker || form.currentField.kind == .member {
            guard let (answer, shown) = resolveSpeaker(requirePresent: form.currentField.kind == .speaker) else { return [] }
            form.acceptSpeaker(answer: answer, shown: shown)
        } else if let problem = form.accept(input) {
            message = DeskMessage(.error, problem)
            return []
        }
        if form.isComplete, form.current == form.fields.count - 1 {
            mode = .form(form)
            return completeForm(form)
        }
        form.current = min(form.current + 1, form.fields.count - 1)
        mode = .form(form)
        input = form.retypeAnswer(at: form.current)
        // The desk shows one prompt and no form: the field's hint (its choices) is said as a message there.
        message = screen == .desk ? DeskMessage(.info, form.currentField.hint) : nil
        refreshResults()
        return []
    }

    /// Asks before recording `command`: the question says exactly what would be recorded; Enter records it, any
    /// other key cancels. A command the core would refuse is refused now, without asking.
    mutating func ask(_ command: Command, _ question: String) -> [AppEffect] {
        if readOnly { return [.execute(command)] }  // refused by `reduce` with the review mode's message
        do {
            _ = try meeting.decide(command)
        } catch {
            // As a refusal from the runner: a form stays open on its last field.
            return reduce(.commandRefused(error.message))
        }
        clearInput()
        pendingCommand = command
        mode = .confirm(question)
        message = DeskMessage(.warning, question + " " + tr("flow.confirm.how"))
        return []
    }

    /// `command` with its time set to `at`, for the commands `ask` is used with.
    static func restamped(_ command: Command, at: Date) -> Command {
        switch command {
        case let .openRegistration(rules, profile, _): .openRegistration(rules: rules, profile: profile, at: at)
        case .declareQuorum: .declareQuorum(at: at)
        case .resumeMeeting: .resumeMeeting(at: at)
        case .startQuestionRound: .startQuestionRound(at: at)
        case .closeMeeting: .closeMeeting(at: at)
        case .nextAgendaItem: .nextAgendaItem(at: at)
        case let .withdrawEvent(sequence, reason, _): .withdrawEvent(sequence: sequence, reason: reason, at: at)
        case let .withdrawCandidate(election, member, reason, _):
            .withdrawCandidate(election: election, member: member, reason: reason, at: at)
        case let .openMeeting(by, agenda, _): .openMeeting(by: by, agenda: agenda, at: at)
        case let .recordNote(text, _): .recordNote(text: text, at: at)
        case let .suspendMeeting(reason, _): .suspendMeeting(reason: reason, at: at)
        case let .recordDecision(text, method, outcome, notes, _):
            .recordDecision(text: text, method: method, outcome: outcome, notes: notes, at: at)
        case let .decideMotion(motion, method, outcome, notes, _):
            .decideMotion(motion: motion, method: method, outcome: outcome, notes: notes, at: at)
        case let .closeVote(castingVote, _): .closeVote(castingVote: castingVote, at: at)
        case let .postponeMeeting(reason, newDate, _): .postponeMeeting(reason: reason, newDate: newDate, at: at)
        case let .answerQuorumLoss(choice, reason, newDate, _):
            .answerQuorumLoss(choice: choice, reason: reason, newDate: newDate, at: at)
        default: command
        }
    }

    mutating func clearInput() {
        input = ""
        pendingMotion = nil
        pendingCommand = nil
        mode = .search
        results = MemberSearchIndex.Result.none
        searchSelection = SearchSelection()
    }

    mutating func log(_ time: String, _ symbol: String, _ text: String) {
        log.insert(DeskLogLine(time: time, symbol: symbol, text: text), at: 0)
        if log.count > 100 { log.removeLast() }
    }
}
