import Foundation
import RapatCore
import RapatText

/// Which of the desk's search results the arrows chose (the name list under the input, also on the SHU screen).
public struct SearchSelection: Equatable, Sendable {
    /// The highlighted result.
    public var row = 0
    /// Whether the user moved it with the arrows (then Enter takes the selected name).
    public var moved = false

    public init() {}
}

/// The attendance desk's intents: check-in and its corrections, registration, guests, the name list.
extension AppState {
    mutating func performDesk(_ intent: DeskIntent) -> [AppEffect] {
        switch intent {
        case .markLeft:
            guard let number = target() else { return [] }
            return [.execute(.markLeft(number, at: now))]
        case .markReturned:
            guard let number = target() else { return [] }
            return [.execute(.markReturned(number, at: now))]
        case .voidCheckIn:
            guard let number = target(), let member = meeting.roster.member(number) else {
                if input.isEmpty { message = DeskMessage(.info, tr("flow.desk.voidNeedsMember")) }
                return []
            }
            clearInput()
            mode = .voidReason(number)
            message = DeskMessage(.warning, tr("flow.desk.voidAsk", ["name": member.name, "number": member.number]))
        case .openRegistration:
            guard !registrationOpen else {
                message = DeskMessage(.info, tr("flow.desk.registrationAlreadyOpen"))
                return []
            }
            let registered = meeting.roster.registeredCount(settingsRules.quorumBase)
            return ask(.openRegistration(rules: settingsRules, profile: settingsProfile, at: now),
                       tr("flow.desk.openRegistrationAsk", ["registered": registered]))
        case .recordGuest:
            guard registrationOpen else {
                message = DeskMessage(.info, tr("flow.desk.guestBeforeRegistration", ["key": KeyMap.label(of: .openRegistration)]))
                return []
            }
            guard mode == .search else {
                message = DeskMessage(.info, tr("flow.desk.guestFinishFormFirst"))
                return []
            }
            startForm(.guest(), tr("flow.desk.guestGuidance"))
        case .selectPrevious, .selectNext, .pageUp, .pageDown:
            moveInList(intent)
        default:
            break
        }
        return []
    }

    /// ↑↓ PgUp PgDn: scroll the decisions or the checklist; elsewhere choose among the names found.
    private mutating func moveInList(_ intent: DeskIntent) {
        let step = switch intent {
        case .selectPrevious: -1
        case .selectNext: 1
        case .pageUp: -20
        default: 20
        }
        switch screen {
        case .decisions:
            decisionsScroll = max(0, min(meeting.decisions.count - 1, decisionsScroll + step))
        case .readiness:
            let count = readinessItems.count + documentDetailLines.count + readinessWarnings.count
            readinessScroll = max(0, min(count - 1, readinessScroll + step))
        default:
            let count = results.positions.count
            let row = max(0, min(count - 1, searchSelection.row + step))
            if row != searchSelection.row {
                searchSelection.row = row
                searchSelection.moved = true
            }
        }
    }

    /// Enter at the desk: check in the member meant (in the review mode, say their attendance instead).
    mutating func submitAtDesk() -> [AppEffect] {
        guard let number = target() else { return [] }
        if readOnly {
            showAttendance(of: number)
            return []
        }
        return [.execute(.checkIn(number, at: now))]
    }

    /// The member the desk means: the selected name if the arrows were used; else a registered number (leading
    /// zeros optional); else, for a number-like input, that number (so a scanned non-member is refused, not
    /// guessed); else the best name match.
    mutating func target() -> MemberNumber? {
        let text = input.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else {
            message = DeskMessage(.info, tr("flow.desk.typeNumberOrName"))
            return nil
        }
        let positions = results.positions
        if searchSelection.moved, searchSelection.row < positions.count {
            return meeting.roster.members[positions[searchSelection.row]].number
        }
        let typed = MemberNumber(text)
        // "7" finds 0007 when that is the one member it can mean (Roster.position(of:)).
        if let registered = meeting.roster.registeredNumber(typed) { return registered }
        let numberLike = !text.contains(" ") && text.contains(where: \.isNumber)
        if numberLike || positions.isEmpty { return typed }
        return meeting.roster.members[positions[min(searchSelection.row, positions.count - 1)]].number
    }

    /// The speaker a question form means: "u: Nama" for a guest, else a member present (number or best name match).
    mutating func resolveSpeaker(requirePresent: Bool) -> (answer: String, shown: String)? {
        let text = input.trimmingCharacters(in: .whitespaces)
        for prefix in ["u:", "U:", "undangan:", "Undangan:"] where requirePresent && text.hasPrefix(prefix) {
            let name = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                message = DeskMessage(.error, tr("flow.desk.guestSpeakerNeedsName"))
                return nil
            }
            return ("g:" + name, name + tr("flow.desk.guestSpeakerSuffix"))
        }
        guard let number = target() else { return nil }
        guard let position = meeting.roster.position(of: number) else {
            message = DeskMessage(.error, RapatError.notAMember(number).message)
            return nil
        }
        let member = meeting.roster.members[position]
        guard !requirePresent || meeting.attendance.record(at: position)?.isPresent == true else {
            message = DeskMessage(.error, RapatError.speakerNotPresent(member).message)
            return nil
        }
        return ("m:" + number.rawValue, "\(member.number) \(member.name) (\(member.unit))")
    }

    /// Searches again for what is typed: a form's member field among five names, the desk among 200.
    mutating func refreshResults() {
        searchSelection = SearchSelection()
        if case let .form(form) = mode, form.currentField.kind == .speaker || form.currentField.kind == .member {
            results = searchIndex.search(input, limit: 5)
            return
        }
        // The present / absent list searches with its own filters (`refreshPresence`); the document has no names.
        guard mode == .search, screen != .presence, screen != .document else { return }
        results = searchIndex.search(input, limit: 200)
    }
}
