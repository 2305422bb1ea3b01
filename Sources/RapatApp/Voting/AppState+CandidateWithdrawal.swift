import Foundation
import RapatCore
import RapatText
import RapatDocuments

/// G on the agenda screen: a candidate nominated by mistake is withdrawn before the election's vote, with a
/// reason and a confirmation; the rule (which candidates, until when) stays in the core.
extension AppState {
    /// The candidates that can still be withdrawn: those of undecided elections whose vote has not started.
    var withdrawableCandidates: [(election: Int, member: MemberNumber)] {
        meeting.elections.filter { election in
            !election.decided && meeting.openVote?.opening.subject != .election(election.number)
                && !meeting.closedVotes.contains { $0.round.opening.subject == .election(election.number) }
        }.flatMap { election in election.candidates.map { (election.number, $0) } }
    }

    mutating func performCandidateWithdrawal() -> [AppEffect] {
        guard meeting.currentAgendaIndex != nil else {
            message = DeskMessage(.info, notOpenedAdvice)
            return []
        }
        let candidates = withdrawableCandidates
        guard !candidates.isEmpty else {
            message = DeskMessage(.info, tr("voting.withdraw.none"))
            return []
        }
        // The election is named only when there is a choice of elections, so a line fits the agenda panel at 80×24.
        let several = Set(candidates.map(\.election)).count > 1
        let labels = candidates.map { candidate in
            VoteRecordReport.name(candidate.member, meeting) + (several ? tr("voting.withdraw.election", ["n": candidate.election]) : "")
        }
        startForm(.candidateWithdrawal(candidates: candidates, labels: labels),
                  tr("voting.withdraw.start"))
        return []
    }

    /// The last field of the form asks before recording: a withdrawn candidate is off the ballot.
    mutating func completeCandidateWithdrawal(_ form: EntryForm) -> [AppEffect] {
        let command = form.command(at: now)
        guard case let .withdrawCandidate(election, member, reason, _) = command else { return [] }
        return ask(command, tr("voting.withdraw.confirm", ["name": VoteRecordReport.name(member, meeting),
                                                        "n": election, "reason": reason]))
    }

    func candidateWithdrawalAcknowledgement(_ w: CandidateWithdrawal) -> DeskMessage {
        DeskMessage(.success, tr("voting.withdraw.done", ["n": w.election, "name": VoteRecordReport.name(w.member, meeting),
                                                         "reason": w.reason]))
    }
}

extension EntryForm {
    /// Choosing one of `candidates` (shown as `labels`), then the reason.
    static func candidateWithdrawal(candidates: [(election: Int, member: MemberNumber)], labels: [String]) -> EntryForm {
        EntryForm(.withdrawCandidate(elections: candidates.map(\.election), members: candidates.map(\.member)),
                  title: tr("voting.withdraw.title"), fields: [
                      Field(tr("voting.withdraw.candidate"), .choice(options: labels, defaultIndex: max(0, labels.count - 1))),
                      Field(tr("voting.withdraw.reason"), .text(required: true)),
                  ])
    }

    func candidateWithdrawalCommand(at now: Date) -> Command? {
        guard case let .withdrawCandidate(elections, members) = purpose else { return nil }
        let index = int(0) ?? 0
        return .withdrawCandidate(election: elections[index], member: members[index], reason: text(1), at: now)
    }
}
