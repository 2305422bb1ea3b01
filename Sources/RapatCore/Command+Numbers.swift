import Foundation
import RapatText

extension Command {
    /// The command with each member number written as the roster writes it ("7" becomes 0007 when that is the
    /// one member it can mean), so events, vote tallies and reports only ever see the registered number.
    /// Numbers the roster does not know are kept, to be refused by `decide` with the number as typed.
    func withRegisteredNumbers(in roster: Roster) throws(RapatError) -> Command {
        func n(_ number: MemberNumber) -> MemberNumber { roster.registeredNumber(number) ?? number }
        switch self {
        case let .checkIn(number, at): return .checkIn(n(number), at: at)
        case let .markLeft(number, at): return .markLeft(n(number), at: at)
        case let .markReturned(number, at): return .markReturned(n(number), at: at)
        case let .voidCheckIn(number, reason, at): return .voidCheckIn(n(number), reason: reason, at: at)
        case let .recordQuestion(speaker, category, question, answeredBy, answer, status, at):
            guard case let .member(number) = speaker else { return self }
            return .recordQuestion(speaker: .member(n(number)), category: category, question: question,
                                   answeredBy: answeredBy, answer: answer, status: status, at: at)
        case let .castVote(member, choice, at): return .castVote(member: n(member), choice: choice, at: at)
        case let .countCandidateBallots(issued, returned, votes, blank, invalid, at):
            var registered: [MemberNumber: Int] = [:]
            for (number, count) in votes.sorted(by: { $0.key < $1.key }) {
                guard registered.updateValue(count, forKey: n(number)) == nil else {
                    throw .invalidValue(tr("core.candidateTwice", ["n": n(number)]))
                }
            }
            return .countCandidateBallots(issued: issued, returned: returned, votes: registered, blank: blank,
                                          invalid: invalid, at: at)
        case let .nominate(election, member, at): return .nominate(election: election, member: n(member), at: at)
        case let .withdrawCandidate(election, member, reason, at):
            return .withdrawCandidate(election: election, member: n(member), reason: reason, at: at)
        case let .settleTieByConsensus(election, winners, at):
            return .settleTieByConsensus(election: election, winners: winners.map(n), at: at)
        case let .grantProxy(principal, holder, letter, at):
            return .grantProxy(principal: n(principal), holder: n(holder), letter: letter, at: at)
        default:
            return self
        }
    }
}
