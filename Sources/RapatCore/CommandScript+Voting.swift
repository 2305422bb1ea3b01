import Foundation
import RapatText

/// The voting commands of the JSON Lines language (docs/perintah-jsonl.md).
extension CommandScript {
    static let votingCommands: [(name: String, fields: [String], summary: String)] = [
        ("motion", ["text", "kind", "concerns?"], "mengajukan usul pada acara saat ini (jenis menentukan kuorum khusus)"),
        ("decide_motion", ["motion", "method", "outcome", "notes?"], "memutuskan usul secara mufakat/aklamasi"),
        ("open_vote", ["motion | election", "method"], "membuka pemungutan suara: terbuka, nama, atau rahasia"),
        ("cast_vote", ["member", "choice"], "suara satu anggota pada pemungutan per nama"),
        ("vote_counts", ["setuju", "tidak_setuju", "abstain"], "jumlah angkat tangan pada pemungutan terbuka"),
        ("ballots", ["issued", "returned", "setuju+tidak_setuju | candidates", "blank", "invalid?"],
         "hasil hitung surat suara rahasia"),
        ("close_vote", ["casting?"], "menutup pemungutan suara dan menetapkan hasilnya"),
        ("open_election", ["body", "seats", "term"], "membuka pemilihan pengurus/pengawas"),
        ("nominate", ["election", "member"], "mencatat calon"),
        ("withdraw_candidate", ["election", "member", "reason"], "menarik calon sebelum pemungutan suara pemilihannya"),
        ("hand_over_chair", ["election", "to"], "pimpinan yang menjadi calon menyerahkan pimpinan acara ini"),
        ("elect_acclamation", ["election"], "menetapkan calon secara aklamasi (calon tidak lebih dari kursi)"),
        ("draw_lots", ["election", "witnesses", "seed?"], "undian di antara calon yang tetap sama kuat"),
        ("tie_musyawarah", ["election", "winners"], "calon sama kuat diputuskan musyawarah (tie_election = revote_then_musyawarah)"),
        ("proxy", ["principal", "holder", "letter"], "surat kuasa (hanya bila AD membolehkan)"),
    ]

    static func votingCommand(_ name: String, _ fields: inout Fields, at: Date) throws(LineError) -> Command? {
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) throws(LineError) -> T
            where T.RawValue == String {
            let text = try fields.string(key)
            guard let value = T(rawValue: text) else {
                let known = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw LineError(tr("core.script.unknownChoice", ["key": key, "value": text, "known": known]))
            }
            return value
        }
        func invalidBallots() throws(LineError) -> [InvalidBallots] {
            fields.used.insert("invalid")
            guard let value = fields.object["invalid"] else { return [] }
            guard let list = value as? [[String: Any]] else {
                throw LineError(tr("core.script.invalidList"))
            }
            return try list.map { item throws(LineError) in
                guard let reason = item["reason"] as? String, let count = item["count"] as? Int else {
                    throw LineError(tr("core.script.invalidItem"))
                }
                return InvalidBallots(reason: reason, count: count)
            }
        }
        switch name {
        case "motion":
            let concerns: OfficeBody? = try fields.optionalString("concerns").map { text throws(LineError) in
                guard let body = OfficeBody(rawValue: text) else { throw LineError(tr("core.script.concerns")) }
                return body
            }
            return .proposeMotion(text: try fields.string("text"), kind: try choice("kind", MotionKind.self),
                                  concerns: concerns, at: at)
        case "decide_motion":
            return .decideMotion(motion: try fields.int("motion"), method: try choice("method", DecisionMethod.self),
                                 outcome: try choice("outcome", DecisionOutcome.self), notes: try fields.stringArray("notes"),
                                 at: at)
        case "open_vote":
            let motion = try fields.optionalInt("motion"), election = try fields.optionalInt("election")
            let subject: VoteSubject
            switch (motion, election) {
            case let (m?, nil): subject = .motion(m)
            case let (nil, e?): subject = .election(e)
            default: throw LineError(tr("core.script.motionOrElection"))
            }
            return .openVote(subject: subject, method: try choice("method", VoteMethod.self), at: at)
        case "cast_vote":
            return .castVote(member: try fields.member(), choice: try choice("choice", VoteChoice.self), at: at)
        case "vote_counts":
            return .countHands(HandCount(yes: try fields.int("setuju"), no: try fields.int("tidak_setuju"),
                                         abstain: try fields.int("abstain")), at: at)
        case "ballots":
            let issued = try fields.int("issued"), returned = try fields.int("returned"), blank = try fields.int("blank")
            let invalid = try invalidBallots()
            fields.used.insert("candidates")
            if let table = fields.object["candidates"] {
                guard let votes = table as? [String: Int] else {
                    throw LineError(tr("core.script.candidatesObject"))
                }
                return .countCandidateBallots(
                    issued: issued, returned: returned,
                    votes: Dictionary(uniqueKeysWithValues: votes.map { (MemberNumber($0.key), $0.value) }),
                    blank: blank, invalid: invalid, at: at)
            }
            return .countBallots(BallotCount(issued: issued, returned: returned,
                                             perOption: [try fields.int("setuju"), try fields.int("tidak_setuju")],
                                             blank: blank, invalid: invalid), at: at)
        case "close_vote":
            let casting: VoteChoice? = try fields.optionalString("casting").map { text throws(LineError) in
                guard let value = VoteChoice(rawValue: text), value != .abstain else {
                    throw LineError(tr("core.script.casting"))
                }
                return value
            }
            return .closeVote(castingVote: casting, at: at)
        case "open_election":
            return .openElection(body: try choice("body", OfficeBody.self), seats: try fields.int("seats"),
                                 term: try fields.string("term"), at: at)
        case "nominate":
            return .nominate(election: try fields.int("election"), member: try fields.member(), at: at)
        case "withdraw_candidate":
            return .withdrawCandidate(election: try fields.int("election"), member: try fields.member(),
                                      reason: try fields.string("reason"), at: at)
        case "hand_over_chair":
            return .handOverChair(election: try fields.int("election"), to: try fields.string("to"), at: at)
        case "elect_acclamation":
            return .electByAcclamation(election: try fields.int("election"), at: at)
        case "draw_lots":
            let seed = try fields.optionalString("seed").map { text throws(LineError) in
                guard let value = UInt64(text) else { throw LineError(tr("core.script.seed")) }
                return value
            } ?? UInt64.random(in: 1...UInt64.max)  // recorded in the event, so the draw can be repeated by anyone
            return .drawLots(election: try fields.int("election"), witnesses: try fields.stringArray("witnesses"),
                             seed: seed, at: at)
        case "tie_musyawarah":
            return .settleTieByConsensus(election: try fields.int("election"),
                                         winners: try fields.stringArray("winners").map(MemberNumber.init), at: at)
        case "proxy":
            return .grantProxy(principal: try fields.member("principal"), holder: try fields.member("holder"),
                               letter: try fields.string("letter"), at: at)
        default:
            return nil
        }
    }
}
