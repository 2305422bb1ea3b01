import Foundation
import RapatText

/// Why the core refused a command, with what the secretary can do about it.
///
/// Messages are in the UI language (Bahasa Indonesia by default); the texts they embed from the meeting are data.
public enum RapatError: Error, Equatable, Sendable {
    case emptyRoster
    case duplicateMemberNumber(MemberNumber)
    case rosterFrozen(openedAt: Date, zone: IndonesianTimeZone)
    case registrationNotOpen
    case registrationAlreadyOpen(since: Date, zone: IndonesianTimeZone)
    case notAMember(MemberNumber)
    /// `desk`: the registration desk that recorded the arrival, when several desks share the meeting.
    case alreadyPresent(Member, since: Date, zone: IndonesianTimeZone, desk: Int? = nil)
    case notPresent(Member)
    case neverCheckedIn(Member)
    case notAway(Member)
    case timeBeforeLastEvent(MemberNumber?, at: Date, last: Date, zone: IndonesianTimeZone)
    /// Later than the clock `now` by more than `MeetingState.futureTolerance`.
    case timeInFuture(at: Date, now: Date, zone: IndonesianTimeZone)
    case meetingAlreadyOpened(since: Date, zone: IndonesianTimeZone)
    case missingField(String)
    case meetingAlreadyCreated
    case meetingNotOpened
    case lastAgendaItem(String)
    case quorumNotDeclaredMet(QuorumDeclaration?)
    case meetingPostponed(at: Date, zone: IndonesianTimeZone)
    case quorumIsMet(present: Int, required: Int)
    case quorumWaitNotOver(until: Date, zone: IndonesianTimeZone)
    case invalidDate(String)
    case meetingClosed(at: Date, zone: IndonesianTimeZone)
    case quorumLostForDecision(present: Int, required: Int)
    case noSuchNote(Int)
    case notAtClosingItem(String)
    case inRecess(since: Date, zone: IndonesianTimeZone)
    case notInRecess
    case speakerNotPresent(Member)
    case negativeAmount(String, Rupiah)
    case quorumNotLost(present: Int, required: Int)
    case noSuchMotion(Int)
    case motionAlreadyDecided(motion: Int, decision: Int)
    case voteInProgress(round: Int)
    case noVoteOpen
    case wrongVoteMethod(VoteMethod)
    case cannotVote(Member, reason: String)
    case alreadyVoted(Member, VoteChoice)
    case countsExceedEligible(counted: Int, eligible: Int)
    /// More counted than the eligible voters of this round still present (DECISIONS 33).
    case countsExceedPresent(counted: Int, eligibleAtOpen: Int, presentNow: Int)
    /// Moving on, postponing or closing over an open vote or election (DECISIONS 33).
    case matterStillOpen(OpenMatter)
    case ballotsDoNotAddUp(returned: Int, counted: Int)
    case ballotsExceedEligible(issued: Int, eligible: Int)
    case specialQuorumNotMet(MotionKind, present: Int, required: Int, formula: String)
    case nothingCounted(VoteMethod)
    case tieNeedsCastingVote
    case noSuchElection(Int)
    case electionDecided(Int)
    case candidateRefused(Member, reason: String)
    case acclamationNeedsFewerCandidates(candidates: Int, seats: Int)
    case chairMustHandOver(String)
    case lotNotDue(String)
    case proxyRefused(String)
    case invalidValue(String)
    case shuInvalid(String)
    case shuNotProposed
    case shuAlreadyApproved(decision: Int)
    case noSuchEvent(Int64)
    case eventAlreadyWithdrawn(Int64, at: Date, zone: IndonesianTimeZone)
    case attendanceNotWithdrawable(Int64)
    case notWithdrawable(Int64, String)
    case eventReliedUpon(Int64, later: Int64, laterKind: String)

    /// One line a secretary can act on: what is wrong, then how to fix it (catalogue section `core`).
    public var message: String {
        switch self {
        case .emptyRoster:
            return tr("error.emptyRoster")
        case let .duplicateMemberNumber(n):
            return tr("error.duplicateMemberNumber", ["n": n])
        case let .rosterFrozen(at, zone):
            return tr("error.rosterFrozen", ["time": RefusalFormat.time(at, zone: zone)])
        case .registrationNotOpen:
            return tr("error.registrationNotOpen")
        case let .registrationAlreadyOpen(since, zone):
            return tr("error.registrationAlreadyOpen", ["time": RefusalFormat.time(since, zone: zone)])
        case let .notAMember(n):
            return tr("error.notAMember", ["n": n])
        case let .alreadyPresent(m, since, zone, desk):
            if let desk {
                return tr("error.alreadyPresentAtDesk", ["name": m.name, "n": m.number, "time": RefusalFormat.time(since, zone: zone),
                                                         "desk": desk])
            }
            return tr("error.alreadyPresent", ["name": m.name, "n": m.number, "time": RefusalFormat.time(since, zone: zone)])
        case let .notPresent(m):
            return tr("error.notPresent", ["name": m.name, "n": m.number])
        case let .neverCheckedIn(m):
            return tr("error.neverCheckedIn", ["name": m.name, "n": m.number])
        case let .notAway(m):
            return tr("error.notAway", ["name": m.name, "n": m.number])
        case let .timeBeforeLastEvent(n, at, last, zone):
            // Both dates are named when the two times fall on different days.
            let sameDay = RefusalFormat.date(at, zone: zone) == RefusalFormat.date(last, zone: zone)
            func when(_ date: Date) -> String {
                (sameDay ? "" : RefusalFormat.date(date, zone: zone) + " ") + RefusalFormat.time(date, zone: zone)
            }
            guard let n else { return tr("error.timeBeforeLastEvent", ["at": when(at), "last": when(last)]) }
            return tr("error.timeBeforeLastEvent.member", ["at": when(at), "n": n, "last": when(last)])
        case let .timeInFuture(at, now, zone):
            func when(_ date: Date) -> String { RefusalFormat.date(date, zone: zone) + " " + RefusalFormat.time(date, zone: zone) }
            return tr("error.timeInFuture", ["at": when(at), "minutes": Int(MeetingState.futureTolerance / 60), "now": when(now)])
        case let .meetingAlreadyOpened(since, zone):
            return tr("error.meetingAlreadyOpened", ["time": RefusalFormat.time(since, zone: zone)])
        case let .missingField(name):
            return tr("error.missingField", ["field": name])
        case .meetingNotOpened:
            return tr("error.meetingNotOpened")
        case let .lastAgendaItem(title):
            return tr("error.lastAgendaItem", ["title": title])
        case let .quorumNotDeclaredMet(last):
            guard let last else { return tr("error.quorumNotDeclaredMet.unchecked") }
            return tr("error.quorumNotDeclaredMet", ["present": last.present, "required": last.required])
        case let .meetingPostponed(at, zone):
            return tr("error.meetingPostponed", ["time": RefusalFormat.time(at, zone: zone)])
        case let .quorumIsMet(present, required):
            return tr("error.quorumIsMet", ["present": present, "required": required])
        case let .quorumWaitNotOver(until, zone):
            return tr("error.quorumWaitNotOver", ["time": RefusalFormat.time(until, zone: zone)])
        case let .meetingClosed(at, zone):
            return tr("error.meetingClosed", ["time": RefusalFormat.time(at, zone: zone)])
        case let .quorumLostForDecision(present, required):
            return tr("error.quorumLostForDecision", ["present": present, "required": required])
        case let .noSuchNote(number):
            return tr("error.noSuchNote", ["n": number])
        case let .inRecess(since, zone):
            return tr("error.inRecess", ["time": RefusalFormat.time(since, zone: zone)])
        case let .speakerNotPresent(m):
            return tr("error.speakerNotPresent", ["name": m.name, "n": m.number])
        case let .negativeAmount(label, amount):
            return tr("error.negativeAmount", ["label": label, "amount": amount.formatted])
        case .notInRecess:
            return tr("error.notInRecess")
        case let .noSuchEvent(sequence):
            return tr("error.noSuchEvent", ["seq": sequence])
        case let .eventAlreadyWithdrawn(sequence, at, zone):
            return tr("error.eventAlreadyWithdrawn", ["seq": sequence, "time": RefusalFormat.time(at, zone: zone)])
        case let .attendanceNotWithdrawable(sequence):
            return tr("error.attendanceNotWithdrawable", ["seq": sequence])
        case let .notWithdrawable(sequence, kind):
            return tr("error.notWithdrawable", ["seq": sequence, "kind": kind])
        case let .eventReliedUpon(sequence, later, laterKind):
            return tr("error.eventReliedUpon", ["seq": sequence, "later": later, "kind": laterKind])
        case let .noSuchMotion(n):
            return tr("error.noSuchMotion", ["n": n])
        case let .motionAlreadyDecided(motion, decision):
            return tr("error.motionAlreadyDecided", ["motion": motion, "decision": decision])
        case let .voteInProgress(round):
            return tr("error.voteInProgress", ["round": round])
        case .noVoteOpen:
            return tr("error.noVoteOpen")
        case let .wrongVoteMethod(method):
            switch method {
            case .show: return tr("error.wrongVoteMethod.show", ["method": method.refusalLabel])
            case .rollCall: return tr("error.wrongVoteMethod.rollCall", ["method": method.refusalLabel])
            case .secret: return tr("error.wrongVoteMethod.secret", ["method": method.refusalLabel])
            }
        case let .cannotVote(m, reason):
            return tr("error.cannotVote", ["name": m.name, "n": m.number, "reason": reason])
        case let .alreadyVoted(m, choice):
            return tr("error.alreadyVoted", ["name": m.name, "n": m.number, "choice": choice.refusalLabel])
        case let .countsExceedEligible(counted, eligible):
            return tr("error.countsExceedEligible", ["counted": counted, "eligible": eligible])
        case let .countsExceedPresent(counted, atOpen, present):
            return tr("error.countsExceedPresent", ["counted": counted, "present": present, "open": atOpen])
        case let .matterStillOpen(matter):
            let text = matter.description
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        case let .ballotsDoNotAddUp(returned, counted):
            return tr("error.ballotsDoNotAddUp", ["returned": returned, "counted": counted])
        case let .ballotsExceedEligible(issued, eligible):
            return tr("error.ballotsExceedEligible", ["issued": issued, "eligible": eligible])
        case let .specialQuorumNotMet(kind, present, required, formula):
            return tr("error.specialQuorumNotMet",
                      ["kind": kind.refusalLabel, "present": present, "required": required, "formula": formula])
        case let .nothingCounted(method):
            return tr("error.nothingCounted", ["method": method.refusalLabel])
        case .tieNeedsCastingVote:
            return tr("error.tieNeedsCastingVote")
        case let .noSuchElection(n):
            return tr("error.noSuchElection", ["n": n])
        case let .electionDecided(n):
            return tr("error.electionDecided", ["n": n])
        case let .candidateRefused(m, reason):
            return tr("error.candidateRefused", ["name": m.name, "n": m.number, "reason": reason])
        case let .acclamationNeedsFewerCandidates(candidates, seats):
            return tr("error.acclamationNeedsFewerCandidates", ["candidates": candidates, "seats": seats])
        case let .chairMustHandOver(name):
            return tr("error.chairMustHandOver", ["name": name])
        case let .lotNotDue(reason):
            return tr("error.lotNotDue", ["reason": reason])
        case let .proxyRefused(reason):
            return tr("error.proxyRefused", ["reason": reason])
        case let .invalidValue(reason):
            return reason
        case let .shuInvalid(problem):
            return tr("error.shuInvalid", ["problem": problem])
        case .shuNotProposed:
            return tr("error.shuNotProposed")
        case let .shuAlreadyApproved(decision):
            return tr("error.shuAlreadyApproved", ["decision": decision])
        case let .quorumNotLost(present, required):
            return tr("error.quorumNotLost", ["present": present, "required": required])
        case let .notAtClosingItem(title):
            return tr("error.notAtClosingItem", ["title": title])
        case let .invalidDate(text):
            return tr("error.invalidDate", ["text": text])
        case .meetingAlreadyCreated:
            return tr("error.meetingAlreadyCreated")
        }
    }
}
