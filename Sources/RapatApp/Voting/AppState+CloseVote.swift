import Foundation
import RapatCore
import RapatText

/// What the chair is told before X closes a vote (issue 13 item 6): who has not voted yet, by name for a
/// roll-call, as a count otherwise, and that they are recorded as not voting.
extension AppState {
    func closeVoteQuestion(_ vote: VoteRound) -> String {
        let round = vote.opening.round
        let eligible = vote.opening.eligible.count
        var missing = ""
        switch vote.opening.method {
        case .rollCall:
            let waiting = vote.opening.eligible.filter { vote.ballots[$0] == nil }
            if !waiting.isEmpty {
                let names = waiting.prefix(5).map { number in
                    meeting.roster.member(number).map { "\($0.name) (\(number))" } ?? number.rawValue
                }
                missing = tr("voting.close.waiting", ["n": waiting.count, "total": eligible]) + names.joined(separator: ", ")
                    + (waiting.count > 5 ? tr("voting.close.others", ["n": waiting.count - 5]) : "")
                    + tr("voting.close.notVoting")
            }
        case .show:
            if let hands = vote.hands {
                let cast = hands.yes + hands.no + hands.abstain
                if cast < eligible { missing = tr("voting.close.handsMissing", ["n": eligible - cast, "total": eligible]) }
            } else {
                missing = tr("voting.close.noHands", ["key": KeyMap.label(of: .vote)])
            }
        case .secret:
            if let paper = vote.paper {
                if paper.returned < eligible {
                    missing = tr("voting.close.ballotsMissing", ["n": eligible - paper.returned, "total": eligible])
                }
            } else {
                missing = tr("voting.close.noBallots", ["key": KeyMap.label(of: .vote)])
            }
        }
        return missing + tr("voting.close.question", ["round": round])
    }
}
