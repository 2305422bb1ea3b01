import Foundation
import RapatCore

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
                missing = "\(waiting.count) dari \(eligible) pemilih belum memberi suara: " + names.joined(separator: ", ")
                    + (waiting.count > 5 ? ", dan \(waiting.count - 5) lainnya" : "") + "; mereka dicatat tidak memberi suara. "
            }
        case .show:
            if let hands = vote.hands {
                let cast = hands.yes + hands.no + hands.abstain
                if cast < eligible { missing = "\(eligible - cast) dari \(eligible) pemilih tidak terhitung memberi suara. " }
            } else {
                missing = "Hitungan angkat tangan belum dimasukkan (\(KeyMap.label(of: .vote))). "
            }
        case .secret:
            if let paper = vote.paper {
                if paper.returned < eligible { missing = "\(eligible - paper.returned) dari \(eligible) surat suara tidak kembali. " }
            } else {
                missing = "Hitungan surat suara belum dimasukkan (\(KeyMap.label(of: .vote))). "
            }
        }
        return missing + "Tutup pemungutan suara \(round) sekarang dan tetapkan hasilnya?"
    }
}
