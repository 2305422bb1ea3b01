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
        "keys.help.submit": "Check in a member: the number typed/scanned, or the name selected; or accept the field",
        "keys.bar.submit": "Check in",
        "keys.help.markLeft": "Record a member leaving the room",
        "keys.bar.markLeft": "Out",
        "keys.help.markReturned": "Record a member coming back to the room",
        "keys.bar.markReturned": "Back in",
        "keys.help.voidCheckIn": "Void a check-in recorded by mistake (with a reason; the old record stays in the journal)",
        "keys.bar.voidCheckIn": "Void",
        "keys.help.openRegistration": "Open the attendance list: freezes the member list and the quorum rule (confirm with Enter)",
        "keys.help.recordGuest": "Record a non-member guest who came (invitee, observer, staff): name, from, role; listed separately on the attendance list, not counted for quorum",
        "keys.help.selectPrevious": "Select the previous name in the list",
        "keys.help.selectNext": "Select the next name in the list",
        "keys.help.showDesk": "Registration desk screen (attendance)",
        "keys.bar.showDesk": "Desk",
        "keys.help.showAgenda": "Agenda screen (the agenda and its times)",
        "keys.bar.showAgenda": "Agenda",
        "keys.help.switchScreen": "Switch between the registration desk and the agenda",
        "keys.help.openMeeting": "Open the meeting: record who opens it; the agenda from its file starts (confirm with Enter)",
        "keys.bar.openMeeting": "Open",
        "keys.help.declareQuorum": "Announce the quorum: the current N, H, Q are recorded (confirm with Enter; any other key cancels)",
        "keys.bar.declareQuorum": "Quorum",
        "keys.help.nextAgendaItem": "The chair moves to the next agenda item, or closes the meeting at the closing item (confirm with Enter)",
        "keys.bar.nextAgendaItem": "Next",
        "keys.help.writeNote": "Minutes note on the current agenda item",
        "keys.bar.writeNote": "Note",
        "keys.help.writeDecision": "Decision (consensus/acclamation) on the current agenda item: type the decision, then choose its outcome",
        "keys.help.toggleRecess": "Recess (with a reason), or end the recess; the quorum is checked again when it ends (confirm with Enter)",
        "keys.bar.toggleRecess": "Recess",
        "keys.help.postponeMeeting": "Postpone the meeting (DITUNDA) when the quorum is still short after the waiting time; with a reason",
        "keys.bar.postponeMeeting": "Postpone",
        "keys.help.enterPresidium": "Record the meeting's presidium (chair, secretary, members, how chosen) and the minute-taker",
        "keys.help.enterReport": "Record a report of the pengurus (board) or pengawas (supervisors): presenter, summary, key figures in Rupiah",
        "keys.help.enterQuestion": "Record a question/response in the general discussion (member present or invitee) and its answer",
        "keys.help.newQuestionRound": "Start the next round of questions (confirm with Enter)",
        "keys.help.amendNote": "Correct a note: a new correction with a reason; the old note stays",
        "keys.help.amendAnswer": "Correct the answer to a general discussion question (who answered, answer, status) with a reason; the old one stays",
        "keys.help.withdrawLast": "Withdraw the last agenda record made by mistake (quorum, next item, recess, round, consensus decision, motion, SHU proposal, opening, closing) with a reason; the old record stays",
        "keys.help.answerQuorumLoss": "Quorum lost: record the chair's choice (recess, go on without decisions, postpone the rest of the agenda)",
        "keys.help.proposeMotion": "Propose a motion (text and kind; the kind sets the quorum and special majority)",
        "keys.help.vote": "Vote: open one for a motion/election, or enter the votes/counts of the one running (by name: \"0012 s\" Enter, or number then S/T/A; s yes, t no, a abstain)",
        "keys.bar.vote": "Vote",
        "keys.help.closeVote": "Close the vote and show the result with its rule (confirm with Enter)",
        "keys.help.openElection": "Open an election of the board/supervisors (seats and term of office)",
        "keys.help.nominateCandidate": "Record an election candidate (regular member; not on both the board and the supervisors)",
        "keys.help.withdrawCandidate": "Withdraw a candidate recorded by mistake, before their election's vote (reason, confirm with Enter); the old nomination stays",
        "keys.help.registerProxy": "Proxy letter: giver, receiver present, letter number (only when the bylaws allow it)",
        "keys.help.showDecisions": "Numbered list of decisions with how they were taken and their vote counts",
        "keys.bar.showDecisions": "Decisions",
        "keys.help.proposeShu": "SHU (surplus) distribution: the proposal (SHU of the fiscal year) then its table; once there, change percentages with a reason",
        "keys.help.showShu": "Member's SHU: search by number/name, shows savings, transactions, capital share, business share, total",
        "keys.help.showDocument": "Minutes and vote record as text, with search",
        "keys.bar.showDocument": "Minutes",
        "keys.help.showReadiness": "Ready for the berita acara (official record)? What is still missing (identity, presidium, decisions, open votes) and the record's identity form",
        "keys.bar.showReadiness": "Ready?",
        "keys.help.enterDocumentDetails": "Fill in or correct the berita acara's identity (legal entity number and date, place, city, witnesses, basis, …)",
        "keys.bar.enterDocumentDetails": "Identity",
        "keys.help.showAgenda.decisions": "Back to the agenda screen",
        "keys.help.submit.document": "Search for the word typed; then the next match (like n)",
        "keys.help.pageUp": "Previous page",
        "keys.help.pageDown": "Next page",
        "keys.help.submit.shu": "Show the SHU of the member typed or selected",
        "keys.bar.submit.shu": "Search",
        "keys.help.selectPrevious.decisions": "Scroll up / previous name",
        "keys.help.selectNext.decisions": "Scroll down / next name",
        "keys.help.submit.agenda": "Accept the field or confirm",
        "keys.help.previousField": "Back to the previous field of the form",
        "keys.help.startSearch": "Search for a word: type it then Enter; Esc ends the search",
        "keys.bar.startSearch": "Search",
        "keys.help.nextMatch": "Next search match",
        "keys.help.previousMatch": "Previous search match",
        "keys.help.showPresence": "Present and absent list (search, filter, check in)",
        "keys.bar.showPresence": "List",
        "keys.help.submit.presence": "Check in the selected member if not yet present",
        "keys.help.cycleStatusFilter": "Filter by status; press again: next status",
        "keys.bar.cycleStatusFilter": "Status",
        "keys.help.cycleUnitFilter": "Filter by unit; press again: next unit",
        "keys.bar.cycleUnitFilter": "Unit",
        "keys.help.selectPrevious.presence": "Previous member",
        "keys.help.selectNext.presence": "Next member",
        "keys.help.showDesk.presence": "Registration desk screen",
        "keys.bar.showDesk.presence": "Desk",
        "keys.help.showAgenda.presence": "Agenda screen",
        "keys.help.selectPrevious.messages": "Scroll to the previous message",
        "keys.help.selectNext.messages": "Scroll to the next message",
        "keys.help.pageUp.messages": "Five messages up",
        "keys.help.pageDown.messages": "Five messages down",
        "keys.help.closeMessages": "Back to the previous screen (what is being typed stays)",
        "keys.bar.closeMessages": "Back",
        "keys.help.showMessages": "Messages: every message of this session with its time, newest at the bottom (also those cut short on screen)",
        "keys.bar.showMessages": "Messages",
        "keys.help.clearInput": "Clear the field / cancel",
        "keys.help.toggleHelp": "Show/close help",
        "keys.bar.toggleHelp": "Help",
        "keys.help.quit": "Quit the app (every record is already saved)",
        "keys.bar.quit": "Quit",
        "keys.help.edit.move": "Move the cursor in the text being typed",
        "keys.help.edit.home": "Cursor to the start of the text",
        "keys.help.edit.end": "Cursor to the end of the text",
        "keys.help.edit.delete": "Delete the character before / after the cursor",
        "keys.help.edit.deleteWord": "Delete the word before the cursor",
        "keys.help.edit.deleteToStart": "Delete from the start of the text to the cursor",
        "keys.screen.desk": "Registration desk",
        "keys.screen.agenda": "Agenda",
        "keys.screen.decisions": "Decisions",
        "keys.screen.shu": "Member's SHU",
        "keys.screen.document": "Minutes and vote record",
        "keys.screen.readiness": "Ready for the berita acara?",
        "keys.screen.messages": "Messages",
        "keys.screen.presence": "Present and absent list",
        "keys.editing.save": "Save/next",
        "keys.editing.previous": "Previous field",
        "keys.editing.cancel": "Cancel",
        "keys.confirm.yes": "Yes, record",
        "keys.confirm.otherKey": "Other key",
        "keys.helpScreen.title": "Help — keys: {screen}",
        "keys.helpScreen.note.readOnly": "View mode (read only): keys that record are refused; the screen updates when another desk records.",
        "keys.helpScreen.note.scanner": "A card (barcode) scanner just scans: the number is typed, then Enter.",
        "keys.helpScreen.note.rescan": "A member who left and scans again is recorded as back.",
        "keys.helpScreen.note.durable": "Every record is saved permanently before it appears on the screen.",
        "keys.helpScreen.note.messages": "Messages too long for their screen appear whole here. Newest at the bottom.",
        "keys.helpScreen.note.form": "Forms: Enter for each field, ↑ back, Esc cancel; saved at the last field.",
        "keys.helpScreen.more": "↓/PgDn more · ",
        "keys.helpScreen.back": "↑/PgUp back · ",
        "keys.helpScreen.close": "any other key closes help",
        // END keys


        // MARK: - shell
        "shell.prompt.search": "Number / name: ",
        "shell.prompt.voidReason": "Reason to void: ",
        "shell.prompt.openedBy": "Opened by: ",
        "shell.prompt.withdrawReason": "Reason to withdraw: ",
        "shell.prompt.recessReason": "Reason for recess: ",
        "shell.prompt.note": "Note: ",
        "shell.prompt.decision": "Decision: ",
        "shell.prompt.decisionNote": "Decision note: ",
        "shell.clockStep": "The computer's clock reads {observed}, earlier than the last record at {last}: times are recorded just after the last record until the clock catches up.",
        "shell.review.updated": "Updated: {count} new events. {verification}",
        "shell.notSaved": "NOT SAVED: {reason}",
        "shell.form.choiceDefault": " (Enter = {n})",
        "shell.form.hint.rupiah": "Example: Rp1.250.000,00 or 1250000; leave empty if none.",
        "shell.form.hint.speaker": "Number or name of a member present; invitee: type \"u: Name\".",
        "shell.form.hint.number": "Type a number, e.g. 3.",
        "shell.form.hint.count": "Type a count (0 or more).",
        "shell.form.hint.member": "Member number (scan the card) or name.",
        "shell.form.hint.percentage": "Percent, at most two decimals, e.g. 2,5.",
        "shell.form.hint.date": "Date of the next meeting, e.g. 2026-04-04; leave empty if not known yet.",
        "shell.form.hint.required": "Required.",
        "shell.form.hint.optional": "May be left empty.",
        "shell.form.required": "{field} is required.",
        "shell.form.choice": "Choose a number from 1 to {count} for {field}.",
        "shell.form.rupiahRequired": "{field} is required, e.g. Rp150.000.000,00.",
        "shell.form.fieldError": "{field}: {reason}",
        "shell.form.notNegative": "{field} cannot be negative.",
        "shell.form.number": "{field}: type a number, e.g. 3.",
        "shell.form.percentage": "{field}: type a percentage like 2,5.",
        "shell.form.count": "{field}: type a count of 0 or more.",
        "shell.form.date": "Date \"{date}\" not recognised: type it like 2026-04-04.",
        // END shell


        // MARK: - flow
        // END flow


        // MARK: - desk
        "desk.tooSmall": "Screen too small",
        "desk.tooSmall.size": "{width}×{height}; enlarge",
        "desk.tooSmall.minimum": "to at least 80×24",
        "desk.header.review": " VIEW (read only)",
        "desk.header.live": " MEETING",
        "desk.quorum.met": "QUORATE",
        "desk.quorum.notMet": "NO QUORUM YET",
        "desk.quorum.lost": "QUORUM LOST",
        "desk.rosterMissing": "The member list has not been imported:",
        "desk.notOpen": "Registration is not open yet. Member list: {count} people{source} Press F2 to open the attendance list; the member list and the quorum rule are then frozen.",
        "desk.notOpen.source": " ({source}).",
        "desk.recent": "Latest records:",
        "desk.recent.empty": "None yet. Scan a member's card or type a number/name.",
        "desk.results.moreThan": "More than {count}",
        "desk.results.none": "No match.",
        "desk.results.count": "{count} match (↑↓ select, Enter check in):",
        "desk.panel.title": "Quorum",
        "desk.panel.titlePreview": "Quorum (preview)",
        "desk.panel.registered": "Registered (N)",
        "desk.panel.present": "Present now (H)",
        "desk.panel.required": "Required (Q)",
        "desk.panel.margin": "Margin (H−Q)",
        "desk.panel.notOpen": "Registration not open (F2)",
        "desk.panel.gender": "Men {male} · Women {female}",
        "desk.panel.kinds": "associate/candidate",
        "desk.panel.kindsObservers": "associate/candidate/observer",
        "desk.panel.notCounted": "Not counted: {count} ({kinds})",
        "desk.panel.byUnit": "By unit (present/registered):",
        "desk.panel.moreUnits": "… and {count} more units",
        "desk.rule.moreThanHalf": "more than 1/2",
        "desk.rule.halfPlusOne": "1/2 + 1 (literal)",
        "desk.rule.atLeast": "at least {p}/{q}",
        "desk.attendee.regular": "regular member",
        "desk.attendee.associate": "associate member",
        "desk.attendee.candidate": "candidate member",
        "desk.attendee.observer": "observer",
        "desk.presence.present": "present",
        "desk.presence.left": "left the room",
        "desk.presence.absent": "not present",
        "desk.presence.notCounted": "not counted",
        "desk.presence.all": "all",
        "desk.presence.filters": "Status: {status} (F2) · Unit: {unit} (F3) · showing {count}",
        "desk.presence.search": "Search number/name: ",
        "desk.presence.hint": "Type a number or a name to search. Enter on a member not yet present checks them in.",
        "desk.presence.column.number": "No.",
        "desk.presence.column.name": "Name",
        "desk.presence.column.unit": "Unit",
        "desk.presence.column.status": "Status",
        "desk.presence.noneFiltered": "No member with this status and unit.",
        "desk.presence.noMatch": "Nothing matches \"{input}\".",
        "desk.presence.position": "{first}–{last} of {count}",
        "desk.presence.hint.move": " · ↑↓ PgUp PgDn select",
        "desk.presence.hint.enter": " · Enter: check in if not yet",
        "desk.presence.counts": "Present {present} · Left the room {left} · Not present {absent} · Not counted {notCounted} · All {total}",
        "desk.presence.countsShort": "Present {present} · Left {left} · Absent {absent} · Not counted {notCounted} · All {total}",
        "desk.presence.emptyList": "The list is empty.",
        "desk.presence.absentClosed": "{who} is not yet present. The attendance list is not open yet: F2 on the registration desk.",
        "desk.presence.since": " since {time}",
        "desk.presence.isPresent": "{who} is present{since}, counted for quorum.",
        "desk.presence.at": " at {time}",
        "desk.presence.isLeft": "{who} left the room{at}. When back: F4 on the registration desk.",
        "desk.presence.isNotCounted": "{who} is present as {kind}: not counted for quorum and has no vote.",
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
        "review.found": "Found on line {line} of {count}.",
        "review.notFound": "\"{text}\" not found.",
        "review.absent": "{name} ({number}) was not present.",
        "review.stillPresent": "end",
        "review.present": "{name} ({number}) present {intervals} {zone}.",
        // END review


        // MARK: - messages
        "messages.overflow": "… more: {key} Messages",
        "messages.empty": "No messages in this session yet.",
        "messages.back": "Esc back",
        "messages.range": "Messages {first}–{last} of {count}",
        "messages.earlier": "↑ PgUp earlier",
        "messages.later": "↓ PgDn newer",
        "messages.core.command": "command {command}",
        "messages.core.withCommand": "with {command}",
        "messages.core.key": "key {key}",
        "messages.core.withKey": "with key {key}",
        // END messages


        // MARK: - cli
        // END cli


    ]
}
