import Foundation
import RapatText

/// The core's refusals name the script command that fixes them ("tutup dulu (perintah close_vote)"), for JSON Lines
/// users; on the desk the same advice names the key that exists (issue 13 item 9). One table from command to intent,
/// the key itself from the key map.
enum CoreTextForDesk {
    static let commandIntents: [String: DeskIntent] = [
        "open_registration": .openRegistration, "open_meeting": .openMeeting, "check_quorum": .declareQuorum,
        "motion": .proposeMotion, "open_vote": .vote, "close_vote": .closeVote, "open_election": .openElection,
        "shu_propose": .proposeShu, "elect_acclamation": .vote, "draw_lots": .vote, "hand_over_chair": .vote,
        "ba_details": .showReadiness, "presidium": .enterPresidium, "decide": .writeDecision, "withdraw": .withdrawLast,
        "nominate": .nominateCandidate, "proxy": .registerProxy, "note": .writeNote, "next_item": .nextAgendaItem,
        "close_meeting": .nextAgendaItem, "postpone": .postponeMeeting, "guest": .recordGuest,
    ]

    /// `text` with every "perintah x" / "dengan x" / "(x)" naming a known command replaced by "tombol K" (in English
    /// "command x" / "with x" / "(x)" by "key K"): the patterns come from the catalogue of the current language,
    /// the language the core wrote `text` in.
    static func deskText(_ text: String) -> String {
        let commandWord = tr("messages.core.command", ["command": ""])
        guard text.contains(commandWord) || text.contains("_") else { return text }
        var out = text
        for (command, intent) in commandIntents {
            let key = KeyMap.label(of: intent)
            guard !key.isEmpty else { continue }
            let named = tr("messages.core.key", ["key": key])
            out = out.replacingOccurrences(of: tr("messages.core.command", ["command": command]), with: named)
            out = out.replacingOccurrences(of: tr("messages.core.withCommand", ["command": command]),
                                           with: tr("messages.core.withKey", ["key": key]))
            out = out.replacingOccurrences(of: "(\(command))", with: "(\(named))")
        }
        return out
    }
}
