// The UI catalogue in English: every key of the Indonesian catalogue, same `{name}` placeholders.
// One entry per key, grouped by feature; keep the sections in the same order in both files.
// Legal documents never use this catalogue: they stay Indonesian in either language.
extension Catalogue {
    public static let english: KeyValuePairs<String, String> = [
        "language.name": "English",

        // MARK: - core
        "core.voteMethod.show": "open (show of hands)",
        "core.voteMethod.rollCall": "open, by name",
        "core.voteMethod.secret": "secret (paper ballot)",
        "core.voteChoice.yes": "yes",
        "core.voteChoice.no": "no",
        "core.voteChoice.abstain": "abstain",
        "core.motionKind.ordinary": "ordinary motion",
        "core.motionKind.reportApproval": "approval of the reports",
        "core.motionKind.surplus": "SHU (surplus) distribution",
        "core.motionKind.workPlanAndBudget": "work plan and budget (RAPB)",
        "core.motionKind.articlesAmendment": "amendment of the articles (AD)",
        "core.motionKind.dissolution": "dissolution of the cooperative",
        "core.motionKind.merger": "merger/consolidation/division",
        "core.motionKind.other": "other",
        "core.memberStatus.regular": "regular member",
        "core.memberStatus.associate": "associate member",
        "core.memberStatus.candidate": "prospective member",
        "error.emptyRoster": "The member list is empty: import the member register with `rapat roster import anggota.csv`.",
        "error.duplicateMemberNumber": "Member number {n} appears more than once: fix the member register and import it again.",
        "error.rosterFrozen": "The member list was frozen when registration opened at {time}: changes to members apply to the next meeting.",
        "error.registrationNotOpen": "Registration is not open: open the attendance list first (command open_registration).",
        "error.registrationAlreadyOpen": "Registration has been open since {time}.",
        "error.notAMember": "Number {n} is not in the member register: it does not count towards the quorum; check the number, or record a non-member guest (command guest).",
        "error.alreadyPresent": "{name} ({n}) has been present since {time}: not recorded twice.",
        "error.notPresent": "{name} ({n}) is not present: cannot be recorded as leaving.",
        "error.neverCheckedIn": "{name} ({n}) has never checked in: record the attendance with Enter.",
        "error.notAway": "{name} ({n}) is not away: no need to record a return.",
        "error.timeBeforeLastEvent": "Time {at} is earlier than the last record {last}: times must be in order.",
        "error.timeBeforeLastEvent.member": "Time {at} for {n} is earlier than the last record {last}: times must be in order.",
        "error.timeInFuture": "Time {at} is more than {minutes} minutes after the computer clock ({now}): check the command's date and time, or the computer clock.",
        "error.meetingAlreadyOpened": "The meeting was already opened at {time}.",
        "error.missingField": "{field} is required.",
        "error.meetingNotOpened": "The meeting is not open: open the meeting first (command open_meeting).",
        "error.lastAgendaItem": "{title} is the last agenda item: there is no next item.",
        "error.quorumNotDeclaredMet.unchecked": "The quorum has not been checked: announce N, H and Q first (command check_quorum).",
        "error.quorumNotDeclaredMet": "The quorum is not met (present {present}, required {required}): wait and count again, or postpone the meeting.",
        "error.meetingPostponed": "The meeting was POSTPONED at {time}: nothing more is recorded; the next meeting uses a new meeting file.",
        "error.quorumIsMet": "The quorum is met (present {present}, required {required}): the meeting need not be postponed.",
        "error.quorumWaitNotOver": "The quorum waiting time is not over: count the quorum again at {time} or later, then the meeting can be postponed.",
        "error.meetingClosed": "The meeting was closed at {time}: nothing more is recorded.",
        "error.quorumLostForDecision": "QUORUM LOST: present {present}, required {required}. No decision can be taken; suspend and call members back, continue the discussion without decisions, or postpone the remaining items.",
        "error.noSuchNote": "There is no note number {n}: check the number.",
        "error.inRecess": "The meeting has been suspended since {time}: resume it first (the quorum is checked again).",
        "error.speakerNotPresent": "{name} ({n}) is not recorded as present: record the attendance at the registration desk first, or record as an invited guest.",
        "error.negativeAmount": "{label} must not be negative ({amount}): check the figure; only the SHU may be negative (a loss).",
        "error.notInRecess": "The meeting is not suspended.",
        "error.noSuchEvent": "There is no journal record number {seq}: check the number (the `seq` printed by `rapat apply --json`; on the agenda screen, W withdraws the last record without a number).",
        "error.eventAlreadyWithdrawn": "Journal record number {seq} was already withdrawn at {time}: not withdrawn twice.",
        "error.attendanceNotWithdrawable": "Journal record number {seq} is an attendance: cancel it with void_check_in (F8 at the registration desk), or record leaving/returning.",
        "error.notWithdrawable": "Journal record number {seq} ({kind}) cannot be withdrawn with withdraw: only the opening, quorum, moving to an item, suspension/resumption, question round, consensus/acclamation decision, closing, motion and SHU proposal can be withdrawn; notes are corrected with a note correction, the SHU by changing the percentages.",
        "error.eventReliedUpon": "Journal record number {seq} is relied upon by a later record (number {later}, {kind}): withdraw the later one first; vote results cannot be withdrawn.",
        "error.noSuchMotion": "There is no motion number {n}: propose the motion first (command motion).",
        "error.motionAlreadyDecided": "Motion number {motion} is already decided (decision number {decision}): not decided twice.",
        "error.voteInProgress": "Vote {round} is still under way: close it first (command close_vote).",
        "error.noVoteOpen": "No vote is open: open one first (command open_vote).",
        "error.wrongVoteMethod.show": "This vote is {method}: enter the show-of-hands counts (vote_counts).",
        "error.wrongVoteMethod.rollCall": "This vote is {method}: record each vote by name (cast_vote).",
        "error.wrongVoteMethod.secret": "This vote is {method}: enter the ballot count (ballots).",
        "error.cannotVote": "{name} ({n}) cannot vote: {reason}.",
        "error.alreadyVoted": "{name} ({n}) has already voted ({choice}): one member, one vote.",
        "error.countsExceedEligible": "{counted} votes exceed the eligible voters present ({eligible}): count again.",
        "error.countsExceedPresent": "{counted} votes exceed the eligible voters still present ({present}; {open} when the vote opened): count again, or first record the members who came back into the room.",
        "error.ballotsDoNotAddUp": "{returned} ballots returned but {counted} counted (per option + blank + invalid): check the count.",
        "error.ballotsExceedEligible": "{issued} ballots issued exceed the eligible voters present ({eligible}).",
        "error.specialQuorumNotMet": "The special quorum for {kind} is not met: present {present}, required {required} ({formula}). This decision cannot be taken in this meeting.",
        "error.nothingCounted": "No count yet for this {method} vote: enter the vote counts first.",
        "error.tieNeedsCastingVote": "The vote is tied and the articles (AD) give the chair a casting vote: record the chair's casting vote (casting).",
        "error.noSuchElection": "There is no election number {n}: open the election first (command open_election).",
        "error.electionDecided": "Election number {n} is finished and decided.",
        "error.candidateRefused": "{name} ({n}) cannot be nominated: {reason}.",
        "error.acclamationNeedsFewerCandidates": "{candidates} candidates for {seats} seats: acclamation only when there are no more candidates than seats; hold a secret vote.",
        "error.chairMustHandOver": "{name} chairs the meeting and is a candidate: hand the chair of this item to someone else first (command hand_over_chair).",
        "error.lotNotDue": "Lots cannot be drawn yet: {reason}.",
        "error.proxyRefused": "Proxy refused: {reason}.",
        "error.shuInvalid": "The SHU distribution cannot be used: {problem}. Fix [shu] in koperasi.toml or change the percentages.",
        "error.shuNotProposed": "No SHU distribution has been proposed: enter the financial year's SHU first (command shu_propose).",
        "error.shuAlreadyApproved": "The SHU distribution is already approved (decision number {decision}): it is not changed again in this meeting.",
        "error.quorumNotLost": "The quorum is not lost (present {present}, required {required}): there is no chair's choice to record.",
        "error.notAtClosingItem": "The current item is \"{title}\": the meeting is closed at the closing item (F9 to move on).",
        "error.invalidDate": "Date \"{text}\" not understood: write it like 2026-03-28.",
        "error.meetingAlreadyCreated": "This meeting file has already been created: create a new file with `rapat init --file NAME`.",
        "core.field.motionText": "The motion's text",
        "core.motionDecidedWithoutVote": "A decision without a vote is only by consensus (mufakat) or acclamation.",
        "core.electionMustBeSecret": "Elections of persons are by secret ballot (secret_for_persons = true): use method \"rahasia\".",
        "core.electionNotByName": "An election is not voted by name: use \"rahasia\" or \"terbuka\".",
        "core.electionNeedsAcclamation": "{candidates} candidates for {seats} seats: elect by acclamation (command elect_acclamation).",
        "core.revotesExhausted": "Already {revotes} revotes (tie_revotes = {max}): the tied candidates are decided by lot (command draw_lots).",
        "core.voter.notInRoom": "not in the room",
        "core.electionCountedPerCandidate": "An election is counted per candidate: enter each candidate's votes (ballots with candidates).",
        "core.negativeVotes": "Vote counts must not be negative.",
        "core.perOptionCount.motion": "The result per option must be {n} numbers (yes, no).",
        "core.perOptionCount.election": "The result per option must be {n} numbers (one per candidate, in ballot order).",
        "core.negativeBallots": "Ballot counts must not be negative.",
        "core.field.invalidBallotReason": "The reason for an invalid ballot",
        "core.voteOnMotionNotCandidates": "This vote is on a motion: fill in setuju and tidak_setuju, not candidates.",
        "core.notACandidate": "{n} is not a candidate on this ballot (candidates: {candidates}).",
        "core.seatsAtLeastOne": "There must be at least 1 seat.",
        "core.field.term": "The term of office (e.g. 2026–2030)",
        "core.candidate.voteStarted": "voting in this election has already started",
        "core.candidate.notRegular": "a candidate must be a regular member ({status})",
        "core.candidate.already": "already a candidate in this election",
        "core.candidate.otherBody": "already a candidate for {body}; nobody may sit on both the pengurus (board) and the pengawas (supervisors)",
        "core.candidate.sittingOfficer": "currently holds office as {office}; nobody may sit on both the board and the supervisors (sitting_officer_candidacy = \"refuse\")",
        "core.field.substituteChair": "The substitute chair",
        "core.field.candidate": "A candidate",
        "core.lot.rulesSayLot": "the articles (AD/ART) settle tied candidates by lot (tie_election = revote_then_lot)",
        "core.lot.noTieAfterRevote": "no candidates are still tied after a revote",
        "core.musyawarahWinners": "The musyawarah (deliberation) must choose {seats} of the tied candidates: {contenders}.",
        "core.lot.rulesSayMusyawarah": "the articles (AD/ART) settle tied candidates by musyawarah (tie_election = revote_then_musyawarah)",
        "core.lot.noTie": "no candidates are tied",
        "core.lot.revoteFirst": "the tied candidates are first voted on again ({revotes} of {max} times)",
        "core.lot.witnesses": "a lot is witnessed by at least two people; record their names",
        "core.proxy.notAllowed": "the articles (AD/ART) do not allow proxies (proxies_allowed = false); members attend in person",
        "core.field.proxyLetter": "The proxy letter number",
        "core.proxy.samePerson": "the giver and the holder of the proxy are the same person",
        "core.proxy.giverCannotVote": "{name} has no vote to give by proxy",
        "core.proxy.holderNotPresent": "the proxy holder {name} must be a regular member who is present",
        "core.proxy.alreadyGiven": "{name} has already given a proxy",
        "core.proxy.holderFull": "{name} already holds {held} proxies (at most {max})",
        "core.voter.status": "{status}: has no vote",
        "core.voter.suspended": "the right to vote is suspended in the member register",
        "core.voter.observer": "observer: joined {joined}, after the member register's cut-off {cutoff}; has no vote",
        "core.voter.arrears": "the vote is suspended for arrears (arrears_policy)",
        "core.voter.recused": "does not vote on their own report (recusal_policy = exclude)",
        "core.voter.absentAtOpening": "was not recorded as present when the vote opened at {time}; joins the next vote",
        "core.unknownDocumentField": "Unknown field \"{key}\": use {keys}.",
        "core.field.documentDetails": "A berita acara detail",
        "core.field.cooperativeName": "The cooperative's name",
        "core.field.voidReason": "The reason for withdrawing",
        "core.field.opener": "Who opens the meeting",
        "core.field.agenda": "The agenda",
        "core.field.postponementReason": "The reason for postponing",
        "core.field.chair": "The meeting's chair",
        "core.field.secretary": "The meeting's secretary",
        "core.field.decisionText": "The decision's text",
        "core.field.decisionNotes": "The notes (accepted with notes)",
        "core.field.noteText": "The note's text",
        "core.field.noteCorrection": "The corrected note",
        "core.field.correctionReason": "The reason for the correction",
        "core.field.recessReason": "The reason for the suspension",
        "core.field.presenter": "The report's presenter",
        "core.field.reportSummary": "The report's summary",
        "core.field.question": "The question or comment",
        "core.field.guestAsker": "The asker's name (invited guest)",
        "core.clockStepInvalid": "Clock stepped back: the time read must be earlier than the last record.",
        "core.field.answerCorrectionReason": "The reason for correcting the answer",
        "core.answerUnchanged": "The answer to question number {n} is already so: nothing to correct.",
        "core.withdrawCandidate.notCandidate": "{name} is not a candidate in election number {n}: nothing to withdraw.",
        "core.withdrawCandidate.voteStarted": "Voting in election number {n} has started: candidate {name} can no longer be withdrawn.",
        "core.field.candidateWithdrawalReason": "The reason for withdrawing the candidate",
        "core.candidateTwice": "Candidate {n} is written twice (e.g. 7 and 0007 are the same member): write the votes once.",
        "core.field.guestName": "The guest's name",
        "core.guestTwice": "{guest} is already recorded as present as {role} at {time}; not recorded twice.",
        "core.field.shuAmendmentReason": "The reason for changing the SHU distribution",
        "core.openMatter.vote": "vote round {round} on {about} is still open: close it first with close_vote",
        "core.openMatter.election": "the {body} election number {n} is still open: settle its result first (open_vote then close_vote, elect_acclamation, draw_lots, or tie_musyawarah)",
        "core.about.motionNumber": "motion {n}",
        "core.about.motion": "motion {n} \"{text}\"",
        "core.about.electionNumber": "election {n}",
        "core.about.election": "the {body} election",
        "core.gap.registration": "Attendance list",
        "core.gap.legalEntityNumber": "Legal entity number",
        "core.gap.legalEntityDate": "Legal entity date",
        "core.gap.place": "Meeting place",
        "core.gap.openedAt": "Opening time",
        "core.gap.closedAt": "Closing time",
        "core.gap.quorum": "Valid quorum declaration",
        "core.gap.presidium": "Meeting presidium",
        "core.gap.decisions": "Meeting decisions",
        "core.gap.vote": "Vote",
        "core.gap.election": "Election",
        "core.gap.fix.details": "fill in koperasi.toml before registration, or afterwards with command ba_details",
        "core.gap.fix.registration": "registration is not open; there is no meeting to record",
        "core.gap.fix.openedAt": "the meeting is not open (open_meeting)",
        "core.gap.fix.closedAt": "the meeting is not closed (close_meeting at the closing item)",
        "core.gap.fix.quorum": "no valid quorum check yet (check_quorum)",
        "core.gap.fix.presidium": "the chair and secretary of the meeting are not recorded (presidium)",
        "core.gap.fix.decisions": "no numbered decisions yet (decide, or a vote)",
        "core.gap.description": "{field} missing: {fix}",
        // END core


        // MARK: - store
        // END store


        // MARK: - keys
        // END keys


        // MARK: - shell
        // END shell


        // MARK: - flow
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
