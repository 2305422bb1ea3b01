import Foundation
import RapatCore

/// The berita acara's legal sentences: rules in words and counts with thousands separators (DOMAIN §17). The
/// arithmetic ("⌊130/2⌋+1", "52 × 2 = 104 > 61") belongs to the rekap suara, not here.
enum BeritaAcaraWording {
    static func fraction(_ p: Int, _ q: Int) -> String { QuorumRule.fraction(p, q) }

    /// Who N counts: "anggota", or "anggota yang berhak suara" under `eligible_voters`.
    static func members(_ base: QuorumBase) -> String {
        base == .eligibleVoters ? "anggota yang berhak suara" : "anggota"
    }

    /// "lebih dari setengah dari 130 anggota, yaitu 66 (enam puluh enam) orang".
    static func quorumRule(_ rule: QuorumRule, registered n: Int, base: QuorumBase) -> String {
        rule.inWords(registered: n, of: members(base))
    }

    /// "terbuka dengan angkat tangan", "tertutup dengan surat suara".
    static func method(_ method: VoteMethod) -> String {
        switch method {
        case .show: "terbuka dengan angkat tangan"
        case .rollCall: "terbuka per nama"
        case .secret: "tertutup dengan surat suara"
        }
    }

    /// "secara musyawarah mufakat", "melalui pemungutan suara terbuka dengan angkat tangan".
    static func decisionMethod(_ method: DecisionMethod, vote: VoteMethod?) -> String {
        switch method {
        case .consensus: "secara musyawarah mufakat"
        case .acclamation: "secara aklamasi"
        case .vote: "melalui pemungutan suara" + (vote.map { " " + self.method($0) } ?? "")
        case .lot: "melalui undian"
        }
    }

    /// "Suara setuju 52 lebih dari setengah dari 61 suara sah." The rule in words; the sums are in the rekap suara.
    static func majority(_ r: VoteResult) -> String {
        let base: String = switch r.majorityBase {
        case .validVotes: "suara sah"
        case .votesCast: "suara yang masuk"
        case .presentEligible: "anggota berhak suara yang hadir"
        }
        let carries = VoteTally.carries(yes: r.yes, base: r.base, approval: r.approval)
        let of = "\(IndonesianFormat.integer(r.base)) \(base)"
        var sentence = "Suara setuju \(IndonesianFormat.integer(r.yes)) "
        if let approval = r.approval {
            let share = fraction(approval.numerator, approval.denominator)
            sentence += (carries ? "mencapai" : "tidak mencapai") + " sekurang-kurangnya \(share) dari \(of)"
        } else {
            sentence += (carries ? "lebih dari" : "tidak lebih dari") + " setengah dari \(of)"
        }
        if r.tie, let casting = r.castingVote {
            sentence += "; suara sama banyak diputuskan dengan suara penentu ketua rapat, yaitu \(casting == .yes ? "setuju" : "tidak setuju")"
        }
        return sentence + "."
    }
}
