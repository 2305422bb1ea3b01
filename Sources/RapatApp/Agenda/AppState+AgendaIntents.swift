import Foundation
import RapatCore
import RapatText

/// The agenda screen's intents that run the meeting: opening, quorum, notes and decisions, skorsing, postponing,
/// the presidium, reports, questions, withdrawing the last record and moving on through the agenda.
extension AppState {
    mutating func performAgenda(_ intent: DeskIntent) -> [AppEffect] {
        switch intent {
        case .openMeeting:
            guard meeting.meetingOpenedAt == nil else {
                message = DeskMessage(.info, tr("flow.agenda.alreadyOpened"))
                return []
            }
            clearInput()
            mode = .openedBy
            message = DeskMessage(.warning, tr("flow.agenda.openedByAsk"))
        case .declareQuorum:
            let q = meeting.quorum
            return ask(.declareQuorum(at: now), tr("flow.agenda.declareQuorumAsk", [
                "registered": q.registered, "present": q.present, "required": q.required,
                "verdict": q.isMet ? tr("flow.quorum.valid") : tr("flow.quorum.notYet"),
            ]))
        case .writeNote, .writeDecision:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            clearInput()
            // A motion on this item still undecided is what F11 decides (by mufakat or aklamasi).
            if intent == .writeDecision, let motion = meeting.motions.last(where: {
                $0.agendaIndex == meeting.currentAgendaIndex && meeting.motionDecisions[$0.number] == nil
            }) {
                pendingMotion = motion.number
                mode = .decisionOutcome(decision: motion.text)
                message = DeskMessage(.warning, tr("flow.agenda.motionOutcomeChoices", ["motion": motion.number]))
                return []
            }
            mode = intent == .writeNote ? .noteText : .decisionText
            message = DeskMessage(.warning, intent == .writeNote ? tr("flow.agenda.noteGuidance") : tr("flow.agenda.decisionGuidance"))
        case .toggleRecess:
            if meeting.currentRecess != nil {
                let q = meeting.quorum
                return ask(.resumeMeeting(at: now), tr("flow.agenda.resumeAsk", [
                    "present": q.present, "required": q.required,
                    "verdict": q.isMet ? tr("flow.quorum.valid") : tr("flow.quorum.notMet"),
                ]))
            }
            guard meeting.meetingOpenedAt != nil else {
                message = DeskMessage(.info, tr("flow.agenda.notOpened"))
                return []
            }
            clearInput()
            mode = .recessReason
            message = DeskMessage(.warning, tr("flow.agenda.recessAsk"))
        case .postponeMeeting:
            guard meeting.meetingOpenedAt != nil, meeting.postponement == nil else {
                message = DeskMessage(.info, meeting.postponement == nil ? tr("flow.agenda.notOpened") : tr("flow.agenda.alreadyPostponed"))
                return []
            }
            startForm(.postpone(remainingItems: meeting.quorumLost), tr("flow.agenda.postponeGuidance"))
        case .enterPresidium, .enterReport, .enterQuestion, .amendNote:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            startRecordForm(intent)
        case .newQuestionRound:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            return ask(.startQuestionRound(at: now), tr("flow.agenda.questionRoundAsk", ["round": meeting.questionRound + 1]))
        case .withdrawLast:
            guard let candidate = meeting.withdrawalCandidate else {
                message = DeskMessage(.info, tr("flow.agenda.nothingToWithdraw"))
                return []
            }
            clearInput()
            mode = .withdrawReason(candidate.sequence)
            message = DeskMessage(.warning, tr("flow.agenda.withdrawAsk", ["what": candidate.what]))
        case .answerQuorumLoss:
            guard meeting.quorumLost else {
                let q = meeting.quorum
                message = DeskMessage(.info, tr("flow.agenda.quorumNotLost", ["present": q.present, "required": q.required]))
                return []
            }
            startForm(.quorumLoss(), tr("flow.agenda.quorumLossGuidance"))
        case .nextAgendaItem:
            return moveOn()
        default:
            break
        }
        return []
    }

    /// The forms that record what was said: presidium, a report, a question, a corrected note.
    private mutating func startRecordForm(_ intent: DeskIntent) {
        switch intent {
        case .enterPresidium:
            startForm(.presidium(), tr("flow.agenda.presidiumGuidance"))
        case .enterReport:
            let kind: ReportKind = meeting.currentAgendaItem?.kind == .supervisorsReport ? .supervisors : .board
            startForm(.report(defaultKind: kind), tr("flow.agenda.reportGuidance"))
        case .enterQuestion:
            startForm(.question(round: meeting.questionRound), tr("flow.agenda.questionGuidance"))
        default:
            guard !meeting.notes.isEmpty else {
                message = DeskMessage(.info, tr("flow.agenda.noNoteToAmend"))
                return
            }
            startForm(.amendNote(), tr("flow.agenda.amendNoteGuidance", ["last": meeting.notes.count]))
        }
    }

    /// The next agenda item, or the closing after the last one (with what the berita acara still lacks).
    private mutating func moveOn() -> [AppEffect] {
        guard let index = meeting.currentAgendaIndex else {
            message = DeskMessage(.info, notOpenedAdvice)
            return []
        }
        if meeting.closedAt == nil, let matter = meeting.openMatters.first {
            message = DeskMessage(.error, Self.deskText(matter))
            return []
        }
        guard index + 1 < meeting.agenda.items.count else {
            guard meeting.closedAt == nil else {
                message = DeskMessage(.info, tr("flow.agenda.alreadyClosed"))
                return []
            }
            // What the berita acara still lacks is shown before the meeting is closed (DECISIONS 34).
            let gaps = meeting.beritaAcaraGapsAtClosing.map(\.field)
            let lacking = gaps.isEmpty ? "" : tr("flow.agenda.closingGaps", ["gaps": gaps.joined(separator: ", ")]) + " "
            // The checklist is on screen while the chair decides, and shows the state after the closing.
            if !gaps.isEmpty { show(.readiness) }
            return ask(.closeMeeting(at: now), lacking + tr("flow.agenda.closeAsk"))
        }
        return ask(.nextAgendaItem(at: now), tr("flow.agenda.nextItemAsk", [
            "number": index + 2, "title": meeting.agenda.items[index + 1].title,
        ]))
    }

    /// Enter in one of the agenda's one-line prompts; nil when no such prompt is open.
    mutating func submitAgendaPrompt() -> [AppEffect]? {
        let text = input.trimmingCharacters(in: .whitespaces)
        switch mode {
        case let .withdrawReason(sequence):
            let what = meeting.withdrawalCandidate.map(\.what) ?? tr("flow.agenda.recordNumber", ["number": sequence])
            return ask(.withdrawEvent(sequence: sequence, reason: input, at: now),
                       tr("flow.agenda.withdrawConfirm", ["what": what, "reason": text]))
        case .openedBy:
            return ask(.openMeeting(by: input, agenda: draftAgenda, at: now),
                       tr("flow.agenda.openConfirm", ["by": text, "items": draftAgenda.items.count]))
        case .noteText:
            return ask(.recordNote(text: input, at: now), tr("flow.agenda.noteConfirm", ["number": meeting.notes.count + 1, "text": text]))
        case .decisionText:
            guard !text.isEmpty else { return [] }
            input = ""
            mode = .decisionOutcome(decision: text)
            message = DeskMessage(.warning, tr("flow.agenda.decisionOutcomeChoices"))
            return []
        case let .decisionNote(decision):
            return askDecision(decision, .consensus, .acceptedWithNotes, notes: [input])
        case .recessReason:
            return ask(.suspendMeeting(reason: input, at: now), tr("flow.agenda.recessConfirm", ["reason": text]))
        default:
            return nil
        }
    }

    /// A key while a decision's outcome is chosen: 1 accepted, 2 with notes, 3 rejected, A acclamation.
    mutating func chooseOutcome(_ key: Character, for decision: String) -> [AppEffect] {
        switch key {
        case "1": return askDecision(decision, .consensus, .accepted)
        case "3": return askDecision(decision, .consensus, .rejected)
        case "a", "A": return askDecision(decision, .acclamation, .accepted)
        case "2":
            mode = .decisionNote(decision: decision)
            message = DeskMessage(.warning, tr("flow.agenda.decisionNoteGuidance"))
            return []
        default:
            return []
        }
    }

    private mutating func askDecision(_ decision: String, _ method: DecisionMethod, _ outcome: DecisionOutcome,
                                      notes: [String] = []) -> [AppEffect] {
        let command = decisionCommand(decision, method, outcome, notes: notes)
        let notesText = notes.isEmpty ? "" : tr("flow.agenda.decisionNotes", ["notes": notes.joined(separator: "; ")])
        return ask(command, tr("flow.agenda.decisionConfirm", [
            "number": meeting.nextDecisionNumber, "text": decision, "outcome": outcome.uiLabel.uppercased(),
            "method": method.uiLabel, "notes": notesText,
        ]))
    }

    /// A decision on the pending motion, or a free decision of the current item.
    private func decisionCommand(_ text: String, _ method: DecisionMethod, _ outcome: DecisionOutcome,
                                 notes: [String] = []) -> Command {
        if let pendingMotion {
            return .decideMotion(motion: pendingMotion, method: method, outcome: outcome, notes: notes, at: now)
        }
        return .recordDecision(text: text, method: method, outcome: outcome, notes: notes, at: now)
    }

    /// An open vote or election in the desk's keys: the core names commands, the desk names keys.
    static func deskText(_ matter: OpenMatter) -> String {
        switch matter {
        case let .vote(round, about):
            tr("flow.agenda.voteStillOpen", ["round": round, "about": about])
        case let .election(number, body):
            tr("flow.agenda.electionStillOpen", ["number": number, "body": body.rawValue])
        }
    }
}
