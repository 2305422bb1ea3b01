import Foundation
import RapatText

/// Payload of `Event.candidateWithdrawn`: a candidate nominated by mistake (or who stands down) is taken off an
/// election's ballot before its vote opens, by a new event with a reason; the nomination stays in the journal and
/// the notulen prints both.
public struct CandidateWithdrawal: Hashable, Sendable, Codable {
    public var election: Int
    /// Not in the coded form: a journal stores the member in a column of its own.
    public var member: MemberNumber = MemberNumber("")
    public var reason: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(election: Int, member: MemberNumber, reason: String, at: Date) {
        self.election = election
        self.member = member
        self.reason = reason
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case election, reason
    }
}

extension MeetingState {
    /// The events of `.withdrawCandidate`, or its refusal: only a current candidate of an undecided election, and
    /// only before any vote of that election has opened (a ballot printed with the name is not silently changed).
    func decideCandidateWithdrawal(election number: Int, member candidate: MemberNumber, reason: String,
                                   at: Date) throws(RapatError) -> [Event] {
        _ = try openItemIndex()
        guard elections.indices.contains(number - 1) else { throw .noSuchElection(number) }
        let election = elections[number - 1]
        guard !election.decided else { throw .electionDecided(number) }
        let name = roster.position(of: candidate).map { "\(roster.members[$0].name) (\(candidate))" } ?? "\(candidate)"
        guard election.candidates.contains(candidate) else {
            throw .invalidValue(tr("core.withdrawCandidate.notCandidate", ["name": name, "n": number]))
        }
        if openVote?.opening.subject == .election(number)
            || closedVotes.contains(where: { $0.round.opening.subject == .election(number) }) {
            throw .invalidValue(tr("core.withdrawCandidate.voteStarted", ["n": number, "name": name]))
        }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .missingField(tr("core.field.candidateWithdrawalReason")) }
        try requireInOrder(at, member: nil)
        return [.candidateWithdrawn(CandidateWithdrawal(election: number, member: candidate, reason: reason, at: at))]
    }

    /// Folds a withdrawal: the member leaves the ballot (and may be nominated again, here or elsewhere).
    mutating func evolveCandidateWithdrawal(_ withdrawal: CandidateWithdrawal) {
        guard elections.indices.contains(withdrawal.election - 1) else { return }
        elections[withdrawal.election - 1].candidates.removeAll { $0 == withdrawal.member }
        candidateWithdrawals.append(withdrawal)
    }
}
