import Foundation
import RapatCore
import RapatText

/// What the desk says after the journal accepted an event: the confirmation under the input and, for arrivals and
/// departures, a line of the recent-activity log.
extension AppState {
    mutating func acknowledge(_ event: Event) {
        let zone = zone
        func time(_ date: Date) -> String { UIFormat.time(date, zone: zone) }
        func describe(_ number: MemberNumber) -> (Member?, String) {
            let member = meeting.roster.member(number)
            return (member, member.map { "\($0.name) (\($0.number)) — \($0.unit)" } ?? number.rawValue)
        }
        switch event {
        case let .memberCheckedIn(number, at):
            let (member, who) = describe(number)
            message = checkInMessage(member, who, at)
            log(IndonesianFormat.clock(at, zone: zone), "✔", who)
            lastArrival = number
        case let .memberReturned(number, at):
            let (_, who) = describe(number)
            message = DeskMessage(.success, tr("flow.ack.returned", ["who": who, "time": time(at)]))
            log(IndonesianFormat.clock(at, zone: zone), "↩", who)
            lastArrival = number
        case let .memberLeft(number, at):
            let (_, who) = describe(number)
            message = DeskMessage(.info, tr("flow.ack.left", ["who": who, "time": time(at)]))
            log(IndonesianFormat.clock(at, zone: zone), "←", who)
        case let .checkInVoided(number, reason, at):
            let (_, who) = describe(number)
            message = DeskMessage(.warning, tr("flow.ack.voided", ["who": who, "reason": reason]))
            log(IndonesianFormat.clock(at, zone: zone), "✖", who)
        case let .guestArrived(g):
            let clock = IndonesianFormat.clock(g.at, zone: zone)
            message = DeskMessage(.success, tr("flow.ack.guest", ["guest": g.line, "role": g.role.uiLabel, "clock": clock]))
            log(clock, "+", tr("flow.ack.guestLog", ["guest": g.line, "role": g.role.uiName]))
        case .registrationOpened, .meetingOpened, .agendaItemStarted, .quorumDeclared, .meetingClosed, .recessStarted,
             .recessEnded, .meetingPostponed:
            message = meetingAcknowledgement(event)
        case .motionProposed, .voteOpened, .voteCast, .handsCounted, .ballotsCounted, .voteClosed, .electionOpened,
             .candidateNominated, .chairHandedOver, .lotDrawn, .proxyGranted, .candidateWithdrawn:
            message = votingAcknowledgement(event)
        default:
            message = recordAcknowledgement(event) ?? message
        }
    }

    /// A check-in: counted, or present without counting (observer after the register's cut-off, non-regular member).
    private func checkInMessage(_ member: Member?, _ who: String, _ at: Date) -> DeskMessage {
        if let member, meeting.isObserver(member), let cutoff = meeting.rules.registerCutoff {
            return DeskMessage(.warning, tr("flow.ack.observer", [
                "who": who, "joined": UIFormat.isoDateLong(member.joinedOn), "cutoff": UIFormat.isoDateLong(cutoff),
            ]))
        }
        if let member, !meeting.counts(member) {
            return DeskMessage(.warning, tr("flow.ack.notCounted", ["who": who, "status": member.status.label]))
        }
        return DeskMessage(.success, tr("flow.ack.present", ["who": who, "time": UIFormat.time(at, zone: zone)]))
    }

    /// The meeting's own course: registration, opening, items, quorum, skorsing, postponing, closing.
    private func meetingAcknowledgement(_ event: Event) -> DeskMessage? {
        func time(_ date: Date) -> String { UIFormat.time(date, zone: zone) }
        func verdict(_ met: Bool) -> String { met ? tr("flow.quorum.valid") : tr("flow.quorum.notMet") }
        switch event {
        case let .registrationOpened(opening):
            let text = tr("flow.ack.registrationOpened", ["time": time(opening.at), "registered": opening.registered])
            if let warning = opening.quorumWarning { return DeskMessage(.warning, text + " " + warning + ".") }
            let observers = meeting.observersExcluded.count
            let cutoff = opening.rules.registerCutoff.map {
                " " + tr("flow.ack.registerCutoff", ["cutoff": UIFormat.isoDateLong($0)])
                    + (observers > 0 ? tr("flow.ack.observersAfterCutoff", ["observers": observers]) : ".")
            } ?? ""
            return DeskMessage(.success, text + cutoff)
        case let .meetingOpened(by, _, at):
            return DeskMessage(.success, tr("flow.ack.meetingOpened", ["time": time(at), "by": by]))
        case let .agendaItemStarted(index, at):
            return DeskMessage(.success, tr("flow.ack.itemStarted", [
                "number": index + 1, "title": meeting.agenda.items[index].title, "time": time(at),
            ]))
        case let .quorumDeclared(d):
            return DeskMessage(d.isMet ? .success : .error, tr("flow.ack.quorumDeclared", [
                "time": time(d.at), "registered": d.registered, "present": d.present, "required": d.required,
                "verdict": d.isMet ? tr("flow.quorum.valid") : tr("flow.quorum.invalidNotYet"),
            ]))
        case let .meetingClosed(at):
            return DeskMessage(.success, tr("flow.ack.meetingClosed", ["time": time(at)]))
        case let .recessStarted(reason, at):
            return DeskMessage(.warning, tr("flow.ack.recessStarted", ["time": time(at), "reason": reason]))
        case let .recessEnded(check):
            return DeskMessage(check.isMet ? .success : .error, tr("flow.ack.recessEnded", [
                "time": time(check.at), "present": check.present, "required": check.required, "verdict": verdict(check.isMet),
            ]))
        case let .meetingPostponed(p) where p.remainingFromAgendaIndex != nil:
            return DeskMessage(.error, tr("flow.ack.restPostponed", ["time": time(p.at), "reason": p.reason]))
        case let .meetingPostponed(p):
            return DeskMessage(.error, tr("flow.ack.meetingPostponed", ["time": time(p.at), "reason": p.reason]))
        default:
            return nil
        }
    }

    /// What the meeting recorded: presidium, reports, questions, notes, decisions, SHU, corrections.
    private func recordAcknowledgement(_ event: Event) -> DeskMessage? {
        func time(_ date: Date) -> String { UIFormat.time(date, zone: zone) }
        switch event {
        case let .noteRecorded(note):
            return DeskMessage(.success, tr("flow.ack.note", ["number": note.number, "time": time(note.at)])
                + (note.amends.map { tr("flow.ack.noteAmends", ["amends": $0]) } ?? "."))
        case let .decisionRecorded(d):
            return DeskMessage(.success, tr("flow.ack.decision", [
                "number": d.number, "outcome": d.outcome.uiLabel.uppercased(), "method": d.method.uiLabel, "present": d.present,
            ]))
        case let .presidiumAppointed(p):
            return DeskMessage(.success, tr("flow.ack.presidium", [
                "chair": p.chair, "secretary": p.secretary, "selection": p.selection.uiLabel, "notetaker": p.notetaker,
            ]))
        case let .reportPresented(r):
            return DeskMessage(.success, tr("flow.ack.report", [
                "report": r.kind.uiLabel, "presenter": r.presenter, "time": time(r.at), "figures": r.figures.values.count,
            ]))
        case let .questionRoundStarted(round, _):
            return DeskMessage(.success, tr("flow.ack.questionRound", ["round": round]))
        case let .questionRecorded(q):
            return DeskMessage(.success, tr("flow.ack.question", ["number": q.number, "round": q.round, "status": q.status.uiName]))
        case let .answerAmended(a):
            return DeskMessage(.success, tr("flow.ack.answerAmended", ["question": a.question, "reason": a.reason, "status": a.status.uiName]))
        case let .shuProposed(p):
            return DeskMessage(.success, tr("flow.ack.shuProposed", ["surplus": p.surplus.formatted]))
        case let .shuAmended(a):
            return DeskMessage(.success, tr("flow.ack.shuAmended", ["reason": a.reason]))
        case let .shuApproved(a):
            return DeskMessage(.success, tr("flow.ack.shuApproved", ["decision": a.decision]))
        case let .quorumLossAnswered(r):
            return DeskMessage(.warning, tr("flow.ack.quorumLossAnswered", ["choice": r.choice.uiLabel, "present": r.present, "required": r.required]))
        case let .eventWithdrawn(w):
            return DeskMessage(.warning, tr("flow.ack.withdrawn", ["line": w.line]))
        case let .documentDetailsAmended(a):
            let changed = EntryForm.documentDetailKeys.filter { a.fields[$0] != nil }.map { EntryForm.documentDetailLabel($0).lowercased() }
            return DeskMessage(.success, tr("flow.ack.documentDetailsAmended", ["fields": changed.joined(separator: ", ")]))
        default:
            return nil
        }
    }
}
