// The UI catalogue in English: every key of the Indonesian catalogue, same `{name}` placeholders.
// One entry per key, grouped by feature; keep the sections in the same order in both files.
// Legal documents never use this catalogue: they stay Indonesian in either language.
extension Catalogue {
    public static let english: KeyValuePairs<String, String> = [
        "language.name": "English",

        // MARK: - core
        // END core


        // MARK: - store
        // END store


        // MARK: - keys
        // END keys


        // MARK: - shell
        // END shell


        // MARK: - flow
        "flow.review.nothingRecorded": "Review mode (read only): nothing is recorded.",
        "flow.review.keyRefused": "Review mode (read only): {key} is not available, nothing is recorded. F1 lists the keys you can use.",
        "flow.confirm.cancelled": "Cancelled: nothing recorded.",
        "flow.confirm.how": "Enter = yes, any other key = cancel.",
        "flow.input.cancelled": "Cancelled.",
        "flow.quorum.valid": "VALID",
        "flow.quorum.notYet": "NO QUORUM YET",
        "flow.quorum.notMet": "QUORUM NOT MET",
        "flow.quorum.invalidNotYet": "NOT VALID (no quorum yet)",
        "flow.desk.voidNeedsMember": "Type a member's number or name, then F8.",
        "flow.desk.voidAsk": "Void the check-in of {name} ({number})? Type the reason, then Enter; Esc = cancel.",
        "flow.desk.registrationAlreadyOpen": "Registration is already open.",
        "flow.desk.openRegistrationAsk": "Open the attendance list now? The member register ({registered} registered) and the quorum rules will be frozen.",
        "flow.desk.guestBeforeRegistration": "The attendance list is not open yet: {key} opens it.",
        "flow.desk.guestFinishFormFirst": "Finish this form first, or Esc to cancel it, then Ctrl-T.",
        "flow.desk.guestGuidance": "Non-member guest: name, origin/institution, role. Not counted in the quorum; Esc = cancel.",
        "flow.desk.typeNumberOrName": "Type or scan a member number, or type a name.",
        "flow.desk.guestSpeakerNeedsName": "Write the invited guest's name after \"u:\", e.g. u: Dinas Koperasi.",
        "flow.desk.guestSpeakerSuffix": " (invited guest)",
        "flow.agenda.alreadyOpened": "The meeting is already open.",
        "flow.agenda.openedByAsk": "Who opens the meeting? Type a name/office, then Enter; Esc = cancel.",
        "flow.agenda.declareQuorumAsk": "Announce the quorum now (N {registered}, P {present}, Q {required} — {verdict})?",
        "flow.agenda.motionOutcomeChoices": "Motion {motion} without a vote. Outcome: 1 accepted · 2 accepted with notes · 3 rejected · A acclamation; Esc = cancel.",
        "flow.agenda.noteGuidance": "Type the note, then Enter; Esc = cancel.",
        "flow.agenda.decisionGuidance": "Type the decision, then Enter, then choose its outcome; Esc = cancel.",
        "flow.agenda.resumeAsk": "End the recess now? The quorum is checked again: present {present}, required {required} — {verdict}.",
        "flow.agenda.notOpened": "The meeting has not been opened.",
        "flow.agenda.recessAsk": "Recess the meeting? Type the reason (e.g. prayer and lunch break), then Enter; Esc = cancel.",
        "flow.agenda.alreadyPostponed": "The meeting has already been postponed.",
        "flow.agenda.postponeGuidance": "Postpone the meeting? Give the reason and the next meeting's date if known; Esc = cancel.",
        "flow.agenda.questionRoundAsk": "Open question round {round} now?",
        "flow.agenda.nothingToWithdraw": "There is no last agenda record that can be withdrawn (minutes notes: K to correct; attendance: F8 at the registration desk).",
        "flow.agenda.withdrawAsk": "Withdraw {what}? Type the reason, then Enter; Esc = cancel.",
        "flow.agenda.quorumNotLost": "The quorum is not lost (present {present}, required {required}): there is nothing to choose.",
        "flow.agenda.quorumLossGuidance": "Quorum lost. Choose: 1 recess, 2 continue without decisions, 3 postpone the remaining items.",
        "flow.agenda.presidiumGuidance": "Enter the meeting's presidium, Enter after each field; ↑ back; Esc = cancel.",
        "flow.agenda.reportGuidance": "Fill in the report; the key figures may be left empty (Enter).",
        "flow.agenda.questionGuidance": "Asked by: number/name of a member present, or \"u: Name\" for an invited guest.",
        "flow.agenda.noNoteToAmend": "No note to correct yet (F2 to write one).",
        "flow.agenda.amendNoteGuidance": "Correct which note number? (last note: {last})",
        "flow.agenda.alreadyClosed": "The meeting is already closed.",
        "flow.agenda.closingGaps": "The berita acara is incomplete: {gaps}.",
        "flow.agenda.closeAsk": "Close the meeting now (CLOSING)?",
        "flow.agenda.nextItemAsk": "Move on to item {number}. {title}?",
        "flow.agenda.recordNumber": "record number {number}",
        "flow.agenda.withdrawConfirm": "Record: {what} withdrawn: {reason}?",
        "flow.agenda.openConfirm": "Open the meeting now, opened by {by}, with {items} agenda items?",
        "flow.agenda.noteConfirm": "Save note {number}: \"{text}\"?",
        "flow.agenda.decisionOutcomeChoices": "Outcome: 1 accepted · 2 accepted with notes · 3 rejected · A acclamation (accepted); Esc = cancel.",
        "flow.agenda.recessConfirm": "Recess the meeting now, reason: {reason}?",
        "flow.agenda.decisionNoteGuidance": "Type the notes, then Enter; Esc = cancel.",
        "flow.agenda.decisionNotes": ", notes: {notes}",
        "flow.agenda.decisionConfirm": "Record DECISION NUMBER {number}: \"{text}\" — {outcome} by {method}{notes}?",
        "flow.agenda.voteStillOpen": "Vote round {round} on {about} is still open: close it first with X.",
        "flow.agenda.electionStillOpen": "Election {number} of the {body} is still open: settle its result first (V to vote, then X, or acclamation/lot).",
        "flow.ack.returned": "↩ BACK {who}, {time}",
        "flow.ack.left": "← LEFT {who}, {time}",
        "flow.ack.voided": "✖ VOIDED check-in of {who}: {reason}",
        "flow.ack.guest": "Guest recorded: {guest}, {role}, at {clock}. Not counted in the quorum.",
        "flow.ack.guestLog": "guest: {guest} ({role})",
        "flow.ack.observer": "Present as an OBSERVER: {who}. Joined {joined}, after the register's cut-off {cutoff}: not counted in the quorum and no vote.",
        "flow.ack.notCounted": "Present: {who}. As {status}, not counted in the quorum and no vote.",
        "flow.ack.present": "✔ PRESENT {who}, {time}",
        "flow.ack.registrationOpened": "Attendance list opened {time}; the member register ({registered} people) and the quorum rules are frozen.",
        "flow.ack.registerCutoff": "Register cut-off {cutoff}",
        "flow.ack.observersAfterCutoff": ": {observers} members who joined later attend as observers.",
        "flow.ack.meetingOpened": "Meeting opened {time} by {by}.",
        "flow.ack.itemStarted": "Item {number}. {title} started {time}.",
        "flow.ack.quorumDeclared": "Quorum {time}: registered {registered}, present {present}, required {required} — {verdict}.",
        "flow.ack.meetingClosed": "Meeting CLOSED {time}. Minutes: `rapat notulen`.",
        "flow.ack.recessStarted": "Meeting IN RECESS {time}: {reason}.",
        "flow.ack.recessEnded": "Recess ended {time}; present {present}, required {required} — {verdict}.",
        "flow.ack.restPostponed": "REMAINING ITEMS POSTPONED {time}: {reason}. Print the postponement record with `rapat penundaan`.",
        "flow.ack.meetingPostponed": "MEETING POSTPONED {time}: {reason}. Print the postponement record with `rapat penundaan`.",
        "flow.ack.note": "Note {number} saved {time}",
        "flow.ack.noteAmends": " (correcting note {amends}).",
        "flow.ack.decision": "DECISION NUMBER {number}: {outcome} by {method} (present {present}).",
        "flow.ack.presidium": "Presidium recorded: chair {chair}, secretary {secretary} ({selection}); minute-taker {notetaker}.",
        "flow.ack.report": "{report} by {presenter} recorded {time} ({figures} key figures).",
        "flow.ack.questionRound": "Question round {round} opened.",
        "flow.ack.question": "Question {number} (round {round}) recorded: {status}.",
        "flow.ack.answerAmended": "Answer to question {question} corrected ({reason}): {status}.",
        "flow.ack.shuProposed": "SHU distribution proposal recorded: SHU {surplus}. U then F11 or V to approve it; B to change the percentages.",
        "flow.ack.shuAmended": "SHU percentages changed: {reason}.",
        "flow.ack.shuApproved": "SHU distribution APPROVED (decision number {decision}). I for members' SHU.",
        "flow.ack.quorumLossAnswered": "The chair's choice recorded: {choice} (present {present}, required {required}).",
        "flow.ack.withdrawn": "WITHDRAWN: {line}. The old record stays in the journal and the minutes.",
        "flow.ack.documentDetailsAmended": "Berita acara identity corrected: {fields}. The old entries stay in the journal.",
        // END flow


        // MARK: - desk
        // END desk


        // MARK: - agenda
        // END agenda


        // MARK: - voting
        // END voting


        // MARK: - shu
        // END shu


        // MARK: - documents
        // END documents


        // MARK: - review
        // END review


        // MARK: - messages
        // END messages


        // MARK: - cli
        // END cli


    ]
}
