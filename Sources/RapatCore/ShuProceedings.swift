import Foundation
import RapatText

/// The pengurus' proposal of the SHU distribution: the SHU of the tahun buku and the components in force.
public struct ShuProposal: Hashable, Sendable, Codable {
    public var surplus: Rupiah
    public var components: [ShuComponent]
    public var agendaIndex: Int
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(surplus: Rupiah, components: [ShuComponent], agendaIndex: Int, at: Date) {
        self.surplus = surplus
        self.components = components
        self.agendaIndex = agendaIndex
        self.at = at
    }

    public var allocation: ShuAllocation { ShuAllocation.compute(surplus: surplus, components: components) }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case surplus = "surplus_sen", components, agendaIndex = "agenda_index"
    }
}

/// A change of the percentages made in the meeting, with its reason; the original proposal stays on record.
public struct ShuAmendment: Hashable, Sendable, Codable {
    public var components: [ShuComponent]
    public var reason: String
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(components: [ShuComponent], reason: String, at: Date) {
        self.components = components
        self.reason = reason
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case components, reason
    }
}

/// The allocation the RAT approved, by the numbered decision that approved it; only this one is distributed.
public struct ShuApproval: Hashable, Sendable, Codable {
    public var decision: Int
    public var surplus: Rupiah
    public var components: [ShuComponent]
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(decision: Int, surplus: Rupiah, components: [ShuComponent], at: Date) {
        self.decision = decision
        self.surplus = surplus
        self.components = components
        self.at = at
    }

    public var allocation: ShuAllocation { ShuAllocation.compute(surplus: surplus, components: components) }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case decision, surplus = "surplus_sen", components
    }
}

/// A ledger of simpanan and transaksi imported into the meeting file (the rows live in the file, not the state).
public struct ShuLedgerImport: Hashable, Sendable, Codable {
    public var version: Int
    public var digest: String
    public var source: String
    public var members: Int
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(version: Int, digest: String, source: String, members: Int, at: Date) {
        self.version = version
        self.digest = digest
        self.source = source
        self.members = members
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case version, digest, source, members
    }
}

extension MeetingState {
    /// The components in force for the proposal: the last amendment's, else the proposal's.
    public var shuComponentsInForce: [ShuComponent]? {
        guard let shuProposal else { return nil }
        return shuAmendments.last?.components ?? shuProposal.components
    }

    /// The allocation under discussion (proposal with amendments), before or after approval.
    public var shuAllocationInForce: ShuAllocation? {
        guard let shuProposal, let components = shuComponentsInForce else { return nil }
        return ShuAllocation.compute(surplus: shuProposal.surplus, components: components)
    }

    func decideShu(_ command: Command) throws(RapatError) -> [Event] {
        switch command {
        case let .proposeShu(surplus, at):
            let index = try openItemIndex()
            if let shuApproval { throw .shuAlreadyApproved(decision: shuApproval.decision) }
            if let problem = rules.shu.problem() { throw .shuInvalid(problem) }
            try requireInOrder(at, member: nil)
            return [.shuProposed(ShuProposal(surplus: surplus, components: rules.shu.components, agendaIndex: index, at: at))]
        case let .amendShu(components, reason, at):
            _ = try openItemIndex()
            guard shuProposal != nil else { throw .shuNotProposed }
            if let shuApproval { throw .shuAlreadyApproved(decision: shuApproval.decision) }
            if let problem = rules.shu.problem(components: components) { throw .shuInvalid(problem) }
            let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw .missingField(tr("core.field.shuAmendmentReason")) }
            try requireInOrder(at, member: nil)
            return [.shuAmended(ShuAmendment(components: components, reason: reason, at: at))]
        case let .importShuLedger(ledger):
            return [.shuLedgerImported(ledger)]
        default:
            preconditionFailure("not an SHU command")
        }
    }

    /// A decision accepting an SHU motion approves the allocation in force (issue 5 item 3).
    func approvingShu(_ events: [Event]) -> [Event] {
        var result = events
        for event in events {
            guard case let .decisionRecorded(decision) = event, let motion = decision.motion,
                  motions.indices.contains(motion - 1), motions[motion - 1].kind == .surplus,
                  decision.outcome != .rejected, shuApproval == nil,
                  let proposal = shuProposal, let components = shuComponentsInForce else { continue }
            result.append(.shuApproved(ShuApproval(decision: decision.number, surplus: proposal.surplus,
                                                   components: components, at: decision.at)))
        }
        return result
    }
}
