import Foundation
import RapatCore

/// A core payload whose date is not in its JSON: the journal row's `at_ms` supplies it.
protocol DatedPayload: Decodable {
    var at: Date { get set }
    /// Sets the event's date, and that of any declaration inside it.
    mutating func stamp(_ at: Date)
}

extension DatedPayload {
    mutating func stamp(_ at: Date) { self.at = at }
}

extension RegistrationOpening: DatedPayload {}
extension QuorumDeclaration: DatedPayload {}
extension Postponement: DatedPayload {}
extension Presidium: DatedPayload {}
extension Decision: DatedPayload {}
extension MinuteNote: DatedPayload {}
extension QuestionEntry: DatedPayload {}
extension ReportRecord: DatedPayload {}
extension QuorumLossResponse: DatedPayload {}
extension Motion: DatedPayload {}
extension VoteResult: DatedPayload {}
extension Election: DatedPayload {}
extension LotDraw: DatedPayload {}
extension ShuProposal: DatedPayload {}
extension ShuAmendment: DatedPayload {}
extension ShuApproval: DatedPayload {}
extension ShuLedgerImport: DatedPayload {}
extension DocumentAmendment: DatedPayload {}
extension GuestArrival: DatedPayload {}
extension EventWithdrawal: DatedPayload {}
extension CandidateWithdrawal: DatedPayload {}
extension AnswerAmendment: DatedPayload {}

extension VoteOpening: DatedPayload {
    /// The quorum declarations frozen with the vote share its date.
    mutating func stamp(_ at: Date) {
        self.at = at
        quorum.at = at
        specialQuorum?.at = at
    }
}

// MARK: - Payloads of events whose values are not one core type

extension EventCodec {
    struct Created: Codable {
        var meetingID: String
        var cooperative: String

        enum CodingKeys: String, CodingKey {
            case meetingID = "meeting_id", cooperative
        }
    }

    /// The roster's members live in `roster_member`; the journal records which version, how many and its digest.
    struct RosterReference: Codable {
        var version: Int
        var count: Int
        var digest: String
        var source: String

        init(_ imported: RosterImport) {
            version = imported.roster.version
            count = imported.roster.count
            digest = imported.roster.digest
            source = imported.source
        }
    }

    struct Reason: Codable { var reason: String }
    struct ItemIndex: Codable { var index: Int }
    struct Round: Codable { var round: Int }
    struct InElection: Codable { var election: Int }

    struct Opened: Codable {
        var by: String
        /// Absent in files written before the agenda existed.
        var agenda: [AgendaItem]?
    }

    struct Cast: Codable {
        var round: Int
        var choice: VoteChoice
    }

    /// A count with its vote round, side by side in one JSON object.
    struct InRound<Count: Codable>: Codable {
        var round: Int
        var count: Count

        private enum CodingKeys: String, CodingKey { case round }

        init(round: Int, count: Count) {
            self.round = round
            self.count = count
        }

        init(from decoder: any Decoder) throws {
            round = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .round)
            count = try Count(from: decoder)
        }

        func encode(to encoder: any Encoder) throws {
            try count.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(round, forKey: .round)
        }
    }

    struct HandOver: Codable {
        var election: Int
        var to: String
    }

    struct TieSettled: Codable {
        var election: Int
        var winners: [MemberNumber]
    }

    /// The principal is in the member column.
    struct Proxy: Codable {
        var holder: MemberNumber
        var letter: String
    }

    /// The desk's clock reading and the journal time it was behind (the note's own time is in `at_ms`).
    struct ClockReadings: Codable {
        var observedMs: Int64
        var lastMs: Int64

        enum CodingKeys: String, CodingKey {
            case observedMs = "observed_ms"
            case lastMs = "last_ms"
        }
    }
}
