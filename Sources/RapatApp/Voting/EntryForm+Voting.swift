import Foundation
import RapatCore

/// The voting forms of the agenda screen; each issues one command of the core's voting language.
extension EntryForm {
    static func motion(defaultKind: MotionKind) -> EntryForm {
        EntryForm(.motion, title: "Usul", fields: [
            Field("Isi usul", .text(required: true)),
            Field("Jenis", .choice(options: MotionKind.allCases.map(\.label),
                                   defaultIndex: MotionKind.allCases.firstIndex(of: defaultKind) ?? 0)),
        ])
    }

    /// Choosing what to vote on among `subjects` (labels alongside), then how.
    static func openVote(subjects: [(VoteSubject, String)]) -> EntryForm {
        let electionLast = subjects.last.map { if case .election = $0.0 { true } else { false } } ?? false
        return EntryForm(.openVote(subjects.map(\.0)), title: "Pemungutan suara", fields: [
            Field("Yang diputuskan", .choice(options: subjects.map(\.1), defaultIndex: max(0, subjects.count - 1))),
            Field("Cara", .choice(options: VoteMethod.allCases.map(\.label), defaultIndex: electionLast ? 2 : 0)),
        ])
    }

    /// One line per voter, "0012 s" (`AppState+RollCall`); never completed like the other forms. The field is
    /// not of kind `.member`: the line reads its member itself, so the form's own name search would be wasted work.
    static func rollCall(round: Int) -> EntryForm {
        EntryForm(.rollCall, title: "Suara per nama (pemungutan \(round))", fields: [
            Field("Suara", .number),
        ])
    }

    static func hands(round: Int) -> EntryForm {
        EntryForm(.hands, title: "Hitungan angkat tangan (pemungutan \(round))", fields: [
            Field("Setuju", .count), Field("Tidak setuju", .count), Field("Abstain", .count),
        ])
    }

    /// A secret ballot's count: for a motion the options are setuju/tidak setuju, for an election the candidates.
    static func ballots(round: Int, options: [String]) -> EntryForm {
        EntryForm(.ballots(options: options.count), title: "Hitungan surat suara (pemungutan \(round))",
                  fields: [Field("Surat suara dibagikan", .count), Field("Surat suara kembali", .count)]
                      + options.map { Field($0, .count) }
                      + [Field("Blanko", .count), Field("Tidak sah", .count),
                         Field("Alasan tidak sah (bila ada)", .text(required: false))])
    }

    static func castingVote() -> EntryForm {
        EntryForm(.castingVote, title: "Suara sama banyak: suara penentu pimpinan (menurut AD)", fields: [
            Field("Suara penentu", .choice(options: [VoteChoice.yes.label, VoteChoice.no.label], defaultIndex: 0)),
        ])
    }

    static func election() -> EntryForm {
        EntryForm(.election, title: "Pemilihan pengurus/pengawas", fields: [
            Field("Badan", .choice(options: OfficeBody.allCases.map(\.rawValue), defaultIndex: 0)),
            Field("Jumlah kursi", .number),
            Field("Masa jabatan (mis. 2026–2030)", .text(required: true)),
        ])
    }

    static func nominate(elections: [(Int, String)]) -> EntryForm {
        EntryForm(.nominate(elections.map(\.0)), title: "Calon", fields: [
            Field("Pemilihan", .choice(options: elections.map(\.1), defaultIndex: max(0, elections.count - 1))),
            Field("Calon", .member),
        ])
    }

    static func lot(election: Int) -> EntryForm {
        EntryForm(.lot(election: election), title: "Undian di antara calon yang sama kuat", fields: [
            Field("Saksi 1", .text(required: true)), Field("Saksi 2", .text(required: true)),
        ])
    }

    static func handOver(election: Int, candidate: String) -> EntryForm {
        EntryForm(.handOver(election: election), title: "Pimpinan rapat menjadi calon: \(candidate)", fields: [
            Field("Pimpinan acara diserahkan kepada", .text(required: true)),
        ])
    }

    /// Musyawarah among the tied candidates (tie_election = revote_then_musyawarah): who was agreed on.
    static func tieConsensus(election: Int, seats: Int) -> EntryForm {
        EntryForm(.tieConsensus(election: election), title: "Hasil musyawarah calon yang sama kuat",
                  fields: (1...max(1, seats)).map { Field("Terpilih \($0)", .member) })
    }

    static func proxy() -> EntryForm {
        EntryForm(.proxy, title: "Surat kuasa (hanya bila AD membolehkan)", fields: [
            Field("Pemberi kuasa", .member), Field("Penerima kuasa (hadir)", .member),
            Field("Nomor surat kuasa", .text(required: true)),
        ])
    }

    /// The voting command of a complete form; nil for purposes handled elsewhere.
    func votingCommand(at now: Date, seed: UInt64) -> Command? {
        switch purpose {
        case .motion:
            return .proposeMotion(text: text(0), kind: MotionKind.allCases[int(1) ?? 0], concerns: nil, at: now)
        case let .openVote(subjects):
            return .openVote(subject: subjects[int(0) ?? 0], method: VoteMethod.allCases[int(1) ?? 0], at: now)
        case .hands:
            return .countHands(HandCount(yes: int(0) ?? 0, no: int(1) ?? 0, abstain: int(2) ?? 0), at: now)
        case let .ballots(options):
            let perOption = (0..<options).map { int(2 + $0) ?? 0 }
            let invalid = int(3 + options) ?? 0
            return .countBallots(BallotCount(
                issued: int(0) ?? 0, returned: int(1) ?? 0, perOption: perOption, blank: int(2 + options) ?? 0,
                invalid: invalid > 0 ? [InvalidBallots(reason: text(4 + options), count: invalid)] : []), at: now)
        case .castingVote:
            return .closeVote(castingVote: int(0) == 1 ? .no : .yes, at: now)
        case .election:
            return .openElection(body: OfficeBody.allCases[int(0) ?? 0], seats: int(1) ?? 1, term: text(2), at: now)
        case let .nominate(elections):
            return .nominate(election: elections[int(0) ?? 0], member: MemberNumber(String(text(1).dropFirst(2))), at: now)
        case let .tieConsensus(election):
            return .settleTieByConsensus(election: election,
                                         winners: fields.map { MemberNumber(String($0.answer.dropFirst(2))) }, at: now)
        case let .handOver(election):
            return .handOverChair(election: election, to: text(0), at: now)
        case .proxy:
            return .grantProxy(principal: MemberNumber(String(text(0).dropFirst(2))),
                               holder: MemberNumber(String(text(1).dropFirst(2))), letter: text(2), at: now)
        case let .lot(election):
            return .drawLots(election: election, witnesses: [text(0), text(1)], seed: seed, at: now)
        default:
            return nil
        }
    }
}
