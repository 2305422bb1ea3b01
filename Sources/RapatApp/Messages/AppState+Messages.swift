import Foundation
import RapatCore
import TerminalUI

/// One message as it was shown, for the session's message log (the Pesan screen).
public struct LoggedMessage: Equatable, Sendable {
    public var at: Date
    public var kind: DeskMessage.Kind
    public var text: String
}

extension AppState {
    /// Keeps the message just set; called by `message`'s observer, so no path that shows a message can skip the log.
    mutating func logMessage() {
        guard let message else { return }
        messageLog.append(LoggedMessage(at: now, kind: message.kind, text: message.text))
        // A new message while the log is scrolled keeps the same messages in view.
        if screen == .messages, messageScroll > 0 { messageScroll += 1 }
    }

    /// Opens the Pesan screen over the current one (its input, form and prompt stay as they were), or closes it.
    mutating func toggleMessages() {
        if screen == .messages {
            screen = screenBeforeMessages
        } else {
            screenBeforeMessages = screen
            screen = .messages
            messageScroll = 0
        }
    }

    /// Keys on the Pesan screen: scrolling, back, help and quit; nothing else reaches the screen below.
    mutating func handleMessagesKey(_ key: Key) -> DeskIntent? {
        guard let intent = KeyMap.intent(for: key, on: .messages, typing: false, inputIsEmpty: true) else { return nil }
        let last = max(0, messageLog.count - 1)
        switch intent {
        case .selectPrevious: messageScroll = min(last, messageScroll + 1)
        case .selectNext: messageScroll = max(0, messageScroll - 1)
        case .pageUp: messageScroll = min(last, messageScroll + Self.messagesPage)
        case .pageDown: messageScroll = max(0, messageScroll - Self.messagesPage)
        case .showMessages, .closeMessages: toggleMessages()
        case .showDesk, .switchScreen, .toggleHelp, .quit: return intent
        default: break
        }
        return nil
    }

    /// Messages moved by PgUp / PgDn.
    static let messagesPage = 5

    /// The key that opens the Pesan screen, as the help writes it ("F12"), for hints that point there.
    static var messagesKeyLabel: String {
        KeyMap.desk.first { $0.intent == .showMessages && $0.screens.isEmpty }?.keys.first?.label ?? "F12"
    }
}

extension AppState {
    /// For drawing only: the message area stays empty while a dialog asks the same question (the log keeps it).
    mutating func hideMessageForDialog() {
        let log = messageLog
        message = nil
        messageLog = log
    }
}
