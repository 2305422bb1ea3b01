import RapatText
import TerminalUI

/// The screens of the app; the attendance desk is always one key away.
public enum AppScreen: Hashable, Sendable, CaseIterable {
    case desk, agenda, decisions, shu, document, readiness, messages, presence

    public var title: String {
        switch self {
        case .desk: tr("keys.screen.desk")
        case .agenda: tr("keys.screen.agenda")
        case .decisions: tr("keys.screen.decisions")
        case .shu: tr("keys.screen.shu")
        case .document: tr("keys.screen.document")
        case .readiness: tr("keys.screen.readiness")
        case .messages: tr("keys.screen.messages")
        case .presence: tr("keys.screen.presence")
        }
    }
}

/// What a key asks the app to do.
public enum DeskIntent: Hashable, Sendable {
    case submit, markLeft, markReturned, voidCheckIn, openRegistration
    case selectPrevious, selectNext, clearInput, toggleHelp, quit
    case showDesk, showAgenda, switchScreen, openMeeting, declareQuorum, nextAgendaItem, postponeMeeting, toggleRecess
    case writeNote, writeDecision, previousField
    case enterPresidium, enterReport, enterQuestion, newQuestionRound, amendNote, answerQuorumLoss
    case proposeMotion, openElection, nominateCandidate, vote, closeVote, showDecisions, registerProxy
    case proposeShu, showShu, showDocument, pageUp, pageDown, withdrawLast
    case showReadiness, enterDocumentDetails, recordGuest
    case showMessages, closeMessages
    /// A cursor or deletion key for the text being typed (`TextField`).
    case editText
    case startSearch, nextMatch, previousMatch, showPresence, cycleStatusFilter, cycleUnitFilter
    case withdrawCandidate, amendAnswer
}

extension DeskIntent {
    /// Intents that lead to a command (hidden and refused in the members' review mode).
    static let writing: Set<DeskIntent> = [
        .markLeft, .markReturned, .voidCheckIn, .openRegistration, .openMeeting, .declareQuorum, .nextAgendaItem,
        .postponeMeeting, .toggleRecess, .writeNote, .writeDecision, .enterPresidium, .enterReport, .enterQuestion,
        .newQuestionRound, .amendNote, .answerQuorumLoss, .proposeMotion, .openElection, .nominateCandidate, .vote,
        .closeVote, .registerProxy, .proposeShu, .withdrawLast, .enterDocumentDetails,
        .recordGuest, .withdrawCandidate, .amendAnswer,
    ]
}

/// One row of the key map: the single source for key handling, the help bar and the help screen. The texts are
/// catalogue keys, looked up when drawn, so the table is static and the language can change at run time.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var intent: DeskIntent
    /// The catalogue key of the help text.
    public var helpKey: String
    /// The catalogue key of the short label for the bottom bar; nil keeps it off the bar (still on the help screen).
    public var barLabelKey: String?
    /// The screens where the binding applies; empty means everywhere.
    public var screens: [AppScreen] = []

    /// `help` and `barLabel` are catalogue keys.
    public init(keys: [Key], intent: DeskIntent, help: String, barLabel: String?, screens: [AppScreen] = []) {
        self.keys = keys
        self.intent = intent
        helpKey = help
        barLabelKey = barLabel
        self.screens = screens
    }

    /// The help text in the current language.
    public var help: String { tr(helpKey) }
    /// The bar label in the current language.
    public var barLabel: String? { barLabelKey.map { tr($0) } }

    public func applies(on screen: AppScreen) -> Bool { screens.isEmpty || screens.contains(screen) }
}

public enum KeyMap {
    public static let desk: [KeyBinding] = [
        KeyBinding(keys: [.enter], intent: .submit,
                   help: "keys.help.submit",
                   barLabel: "keys.bar.submit", screens: [.desk]),
        KeyBinding(keys: [.function(3)], intent: .markLeft, help: "keys.help.markLeft", barLabel: "keys.bar.markLeft",
                   screens: [.desk]),
        KeyBinding(keys: [.function(4)], intent: .markReturned, help: "keys.help.markReturned",
                   barLabel: "keys.bar.markReturned", screens: [.desk]),
        KeyBinding(keys: [.function(8)], intent: .voidCheckIn,
                   help: "keys.help.voidCheckIn",
                   barLabel: "keys.bar.voidCheckIn", screens: [.desk]),
        KeyBinding(keys: [.function(2)], intent: .openRegistration,
                   help: "keys.help.openRegistration", barLabel: nil,
                   screens: [.desk]),
        KeyBinding(keys: [.control("t")], intent: .recordGuest,
                   help: "keys.help.recordGuest", barLabel: nil, screens: [.desk, .agenda]),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "keys.help.selectPrevious", barLabel: nil,
                   screens: [.desk]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "keys.help.selectNext", barLabel: nil,
                   screens: [.desk]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "keys.help.showDesk",
                   barLabel: "keys.bar.showDesk", screens: [.agenda]),
        KeyBinding(keys: [.function(6)], intent: .showAgenda, help: "keys.help.showAgenda",
                   barLabel: "keys.bar.showAgenda", screens: [.desk]),
        KeyBinding(keys: [.tab], intent: .switchScreen, help: "keys.help.switchScreen", barLabel: nil),
        KeyBinding(keys: [.function(7)], intent: .openMeeting,
                   help: "keys.help.openMeeting",
                   barLabel: "keys.bar.openMeeting",
                   screens: [.agenda]),
        KeyBinding(keys: [.function(8)], intent: .declareQuorum,
                   help: "keys.help.declareQuorum",
                   barLabel: "keys.bar.declareQuorum", screens: [.agenda]),
        KeyBinding(keys: [.function(9)], intent: .nextAgendaItem,
                   help: "keys.help.nextAgendaItem",
                   barLabel: "keys.bar.nextAgendaItem",
                   screens: [.agenda]),
        KeyBinding(keys: [.function(2)], intent: .writeNote, help: "keys.help.writeNote",
                   barLabel: "keys.bar.writeNote", screens: [.agenda]),
        KeyBinding(keys: [.function(11)], intent: .writeDecision,
                   help: "keys.help.writeDecision",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.function(3)], intent: .toggleRecess,
                   help: "keys.help.toggleRecess",
                   barLabel: "keys.bar.toggleRecess", screens: [.agenda]),
        KeyBinding(keys: [.function(4)], intent: .postponeMeeting,
                   help: "keys.help.postponeMeeting",
                   barLabel: "keys.bar.postponeMeeting", screens: [.agenda]),
        KeyBinding(keys: [.character("p"), .character("P")], intent: .enterPresidium,
                   help: "keys.help.enterPresidium", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("l"), .character("L")], intent: .enterReport,
                   help: "keys.help.enterReport", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("t"), .character("T")], intent: .enterQuestion,
                   help: "keys.help.enterQuestion",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("n"), .character("N")], intent: .newQuestionRound,
                   help: "keys.help.newQuestionRound", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("k"), .character("K")], intent: .amendNote,
                   help: "keys.help.amendNote", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("j"), .character("J")], intent: .amendAnswer,
                   help: "keys.help.amendAnswer", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("w"), .character("W")], intent: .withdrawLast,
                   help: "keys.help.withdrawLast",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("h"), .character("H")], intent: .answerQuorumLoss,
                   help: "keys.help.answerQuorumLoss",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("u"), .character("U")], intent: .proposeMotion,
                   help: "keys.help.proposeMotion", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("v"), .character("V")], intent: .vote,
                   help: "keys.help.vote",
                   barLabel: "keys.bar.vote", screens: [.agenda]),
        KeyBinding(keys: [.character("x"), .character("X")], intent: .closeVote,
                   help: "keys.help.closeVote", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("e"), .character("E")], intent: .openElection,
                   help: "keys.help.openElection", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("c"), .character("C")], intent: .nominateCandidate,
                   help: "keys.help.nominateCandidate", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("g"), .character("G")], intent: .withdrawCandidate,
                   help: "keys.help.withdrawCandidate", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("s"), .character("S")], intent: .registerProxy,
                   help: "keys.help.registerProxy", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("d"), .character("D")], intent: .showDecisions,
                   help: "keys.help.showDecisions", barLabel: "keys.bar.showDecisions",
                   screens: [.agenda]),
        KeyBinding(keys: [.character("b"), .character("B")], intent: .proposeShu,
                   help: "keys.help.proposeShu",
                   barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.character("i"), .character("I")], intent: .showShu,
                   help: "keys.help.showShu", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("o"), .character("O")], intent: .showDocument,
                   help: "keys.help.showDocument", barLabel: "keys.bar.showDocument",
                   screens: [.agenda, .decisions]),
        KeyBinding(keys: [.character("a"), .character("A")], intent: .showReadiness,
                   help: "keys.help.showReadiness", barLabel: "keys.bar.showReadiness", screens: [.agenda, .decisions]),
        KeyBinding(keys: [.enter], intent: .enterDocumentDetails,
                   help: "keys.help.enterDocumentDetails",
                   barLabel: "keys.bar.enterDocumentDetails", screens: [.readiness]),
        KeyBinding(keys: [.function(6), .escape], intent: .showAgenda, help: "keys.help.showAgenda.decisions", barLabel: "keys.bar.showAgenda",
                   screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "keys.help.showDesk",
                   barLabel: "keys.bar.showDesk", screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.enter], intent: .submit, help: "keys.help.submit.document",
                   barLabel: nil, screens: [.document]),
        KeyBinding(keys: [.pageUp], intent: .pageUp, help: "keys.help.pageUp", barLabel: nil, screens: [.document, .decisions]),
        KeyBinding(keys: [.pageDown], intent: .pageDown, help: "keys.help.pageDown", barLabel: nil, screens: [.document, .decisions]),
        KeyBinding(keys: [.enter], intent: .submit, help: "keys.help.submit.shu", barLabel: "keys.bar.submit.shu",
                   screens: [.shu]),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "keys.help.selectPrevious.decisions", barLabel: nil,
                   screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "keys.help.selectNext.decisions", barLabel: nil,
                   screens: [.decisions, .shu, .document, .readiness]),
        KeyBinding(keys: [.enter], intent: .submit, help: "keys.help.submit.agenda", barLabel: nil, screens: [.agenda]),
        KeyBinding(keys: [.up], intent: .previousField, help: "keys.help.previousField", barLabel: nil,
                   screens: [.agenda]),
        KeyBinding(keys: [.character("/")], intent: .startSearch,
                   help: "keys.help.startSearch",
                   barLabel: "keys.bar.startSearch", screens: [.document]),
        KeyBinding(keys: [.character("n")], intent: .nextMatch, help: "keys.help.nextMatch", barLabel: nil,
                   screens: [.document]),
        KeyBinding(keys: [.character("N")], intent: .previousMatch, help: "keys.help.previousMatch", barLabel: nil,
                   screens: [.document]),
        KeyBinding(keys: [.control("k")], intent: .showPresence,
                   help: "keys.help.showPresence",
                   barLabel: "keys.bar.showPresence", screens: [.desk, .agenda]),
        KeyBinding(keys: [.enter], intent: .submit,
                   help: "keys.help.submit.presence",
                   barLabel: "keys.bar.submit", screens: [.presence]),
        KeyBinding(keys: [.function(2)], intent: .cycleStatusFilter,
                   help: "keys.help.cycleStatusFilter", barLabel: "keys.bar.cycleStatusFilter",
                   screens: [.presence]),
        KeyBinding(keys: [.function(3)], intent: .cycleUnitFilter, help: "keys.help.cycleUnitFilter",
                   barLabel: "keys.bar.cycleUnitFilter", screens: [.presence]),
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "keys.help.selectPrevious.presence", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "keys.help.selectNext.presence", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.pageUp], intent: .pageUp, help: "keys.help.pageUp", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.pageDown], intent: .pageDown, help: "keys.help.pageDown", barLabel: nil, screens: [.presence]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "keys.help.showDesk.presence", barLabel: "keys.bar.showDesk.presence",
                   screens: [.presence]),
        KeyBinding(keys: [.function(6)], intent: .showAgenda, help: "keys.help.showAgenda.presence", barLabel: "keys.bar.showAgenda", screens: [.presence]),
        // The message log: an F-key (and a Ctrl key for terminals that take F12), so typed text is never taken.
        KeyBinding(keys: [.up], intent: .selectPrevious, help: "keys.help.selectPrevious.messages", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.down], intent: .selectNext, help: "keys.help.selectNext.messages", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.pageUp], intent: .pageUp, help: "keys.help.pageUp.messages", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.pageDown], intent: .pageDown, help: "keys.help.pageDown.messages", barLabel: nil, screens: [.messages]),
        KeyBinding(keys: [.escape, .function(12), .control("p")], intent: .closeMessages,
                   help: "keys.help.closeMessages", barLabel: "keys.bar.closeMessages",
                   screens: [.messages]),
        KeyBinding(keys: [.function(5)], intent: .showDesk, help: "keys.help.showDesk",
                   barLabel: "keys.bar.showDesk", screens: [.messages]),
        KeyBinding(keys: [.function(12), .control("p")], intent: .showMessages,
                   help: "keys.help.showMessages",
                   barLabel: "keys.bar.showMessages"),
        KeyBinding(keys: [.escape], intent: .clearInput, help: "keys.help.clearInput", barLabel: nil),
        KeyBinding(keys: [.function(1), .character("?")], intent: .toggleHelp, help: "keys.help.toggleHelp", barLabel: "keys.bar.toggleHelp"),
        KeyBinding(keys: [.function(10), .control("c"), .control("q")], intent: .quit,
                   help: "keys.help.quit", barLabel: "keys.bar.quit"),
    ] + editing

    /// The editing keys of whatever is being typed (search, prompt, form field); they act only while typing.
    static let editing: [KeyBinding] = [
        KeyBinding(keys: [.left, .right], intent: .editText, help: "keys.help.edit.move", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.home, .control("a")], intent: .editText, help: "keys.help.edit.home", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.end, .control("e")], intent: .editText, help: "keys.help.edit.end", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.backspace, .delete], intent: .editText, help: "keys.help.edit.delete",
                   barLabel: nil, screens: typingScreens),
        KeyBinding(keys: [.control("w")], intent: .editText, help: "keys.help.edit.deleteWord", barLabel: nil,
                   screens: typingScreens),
        KeyBinding(keys: [.control("u")], intent: .editText, help: "keys.help.edit.deleteToStart", barLabel: nil,
                   screens: typingScreens),
    ]
    /// Where text is typed (on the agenda only in a prompt or form).
    static let typingScreens: [AppScreen] = [.desk, .agenda, .shu, .document]

    /// The intent bound to `key` on `screen`, if any. While the user is typing, letters are text, except `?`
    /// on an empty input line, which means help.
    public static func intent(for key: Key, on screen: AppScreen = .desk, typing: Bool, inputIsEmpty: Bool) -> DeskIntent? {
        if case .character = key, typing, !(key == .character("?") && inputIsEmpty) { return nil }
        return desk.first { $0.keys.contains(key) && $0.applies(on: screen) }?.intent
    }

    /// How the help writes the first key of `intent` ("F9", "P"): advice names the key that exists.
    public static func label(of intent: DeskIntent) -> String {
        guard let key = desk.first(where: { $0.intent == intent })?.keys.first else { return "" }
        let label = key.label
        return label.count == 1 ? label.uppercased() : label
    }

    /// The bar while a prompt or form takes text: how to go on, back, or out.
    public static var editingBar: [(key: String, label: String)] {
        [("Enter", tr("keys.editing.save")), ("↑", tr("keys.editing.previous")), ("Esc", tr("keys.editing.cancel")),
         ("F10", tr("keys.bar.quit"))]
    }

    /// The bar while a question waits for Enter: only Enter records, any other key cancels (the quit key too).
    public static var confirmBar: [(key: String, label: String)] {
        [("Enter", tr("keys.confirm.yes")), (tr("keys.confirm.otherKey"), tr("keys.editing.cancel"))]
    }

    /// "Enter Hadir  F3 Keluar  …" for the bottom bar of `screen`.
    public static func bar(for screen: AppScreen, showing relevant: (DeskIntent) -> Bool = { _ in true })
        -> [(key: String, label: String)] {
        desk.filter { $0.applies(on: screen) && relevant($0.intent) }
            .compactMap { binding in
                let label = binding.keys[0].label
                return binding.barLabel.map { (label.count == 1 ? label.uppercased() : label, $0) }
            }
    }
}
