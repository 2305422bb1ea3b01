import Foundation
import RapatCore

/// Journal rows of the SHU proposal, amendments, approval and ledger import.
enum ShuEventKind {
    static let proposed = "shu_proposed"
    static let amended = "shu_amended"
    static let approved = "shu_approved"
    static let ledgerImported = "shu_ledger_imported"
    static let documentDetails = "document_details_amended"
}

struct DocumentDetailsPayload: Codable { var fields: [String: String] }

struct ShuComponentPayload: Codable {
    var name: String
    var percent: String
    var role: String

    init(_ c: ShuComponent) {
        name = c.name
        percent = c.percentage.description
        role = c.role.rawValue
    }

    var component: ShuComponent? {
        guard let percentage = Percentage(text: percent), let role = ShuRole(rawValue: role) else { return nil }
        return ShuComponent(name: name, percentage: percentage, role: role)
    }
}

struct ShuPolicyPayload: Codable {
    var components: [ShuComponentPayload]
    var savingsTypes: [String]
    var transactionUnits: [String]
    var roundingUnitSen: Int64
    var residual: String
    var payment: String

    init(_ p: ShuPolicy) {
        components = p.components.map(ShuComponentPayload.init)
        savingsTypes = p.savingsTypes
        transactionUnits = p.transactionUnits
        roundingUnitSen = p.roundingUnit.sen
        residual = p.residual.rawValue
        payment = p.payment.rawValue
    }

    var policy: ShuPolicy? {
        let list = components.compactMap(\.component)
        guard list.count == components.count, let residual = ResidualPolicy(rawValue: residual),
              let payment = ShuPayment(rawValue: payment) else { return nil }
        return ShuPolicy(components: list, savingsTypes: savingsTypes, transactionUnits: transactionUnits,
                         roundingUnit: Rupiah(sen: roundingUnitSen), residual: residual, payment: payment)
    }
}

struct ShuProposedPayload: Codable {
    var surplusSen: Int64
    var components: [ShuComponentPayload]
    var agendaIndex: Int
}

struct ShuAmendedPayload: Codable {
    var components: [ShuComponentPayload]
    var reason: String
}

struct ShuApprovedPayload: Codable {
    var decision: Int
    var surplusSen: Int64
    var components: [ShuComponentPayload]
}

struct ShuLedgerPayload: Codable {
    var version: Int
    var digest: String
    var source: String
    var members: Int
}

extension EventCodec {
    static func encodeShu(_ event: Event, at: Int64) -> StoredEvent? {
        func row(_ kind: String, _ payload: some Encodable) -> StoredEvent {
            StoredEvent(kind: kind, atMilliseconds: at, member: nil, payload: json(payload))
        }
        switch event {
        case let .shuProposed(p):
            return row(ShuEventKind.proposed, ShuProposedPayload(surplusSen: p.surplus.sen,
                                                                components: p.components.map(ShuComponentPayload.init),
                                                                agendaIndex: p.agendaIndex))
        case let .shuAmended(a):
            return row(ShuEventKind.amended, ShuAmendedPayload(components: a.components.map(ShuComponentPayload.init),
                                                              reason: a.reason))
        case let .shuApproved(a):
            return row(ShuEventKind.approved, ShuApprovedPayload(decision: a.decision, surplusSen: a.surplus.sen,
                                                                components: a.components.map(ShuComponentPayload.init)))
        case let .documentDetailsAmended(a):
            return row(ShuEventKind.documentDetails, DocumentDetailsPayload(fields: a.fields))
        case let .shuLedgerImported(l):
            return row(ShuEventKind.ledgerImported, ShuLedgerPayload(version: l.version, digest: l.digest, source: l.source,
                                                                    members: l.members))
        default:
            return nil
        }
    }

    static func decodeShu(_ row: StoredEvent, sequence: Int64, at: Date) throws -> Event? {
        func payload<T: Decodable>(_ type: T.Type) throws -> T { try decodePayload(type, of: row, sequence: sequence) }
        func components(_ list: [ShuComponentPayload]) throws -> [ShuComponent] {
            let parsed = list.compactMap(\.component)
            guard parsed.count == list.count else { throw UndecodableEvent(sequence: sequence, reason: "komponen SHU tidak dikenal") }
            return parsed
        }
        switch row.kind {
        case ShuEventKind.proposed:
            let p = try payload(ShuProposedPayload.self)
            return .shuProposed(ShuProposal(surplus: Rupiah(sen: p.surplusSen), components: try components(p.components),
                                            agendaIndex: p.agendaIndex, at: at))
        case ShuEventKind.amended:
            let p = try payload(ShuAmendedPayload.self)
            return .shuAmended(ShuAmendment(components: try components(p.components), reason: p.reason, at: at))
        case ShuEventKind.approved:
            let p = try payload(ShuApprovedPayload.self)
            return .shuApproved(ShuApproval(decision: p.decision, surplus: Rupiah(sen: p.surplusSen),
                                            components: try components(p.components), at: at))
        case ShuEventKind.documentDetails:
            return .documentDetailsAmended(DocumentAmendment(fields: try payload(DocumentDetailsPayload.self).fields, at: at))
        case ShuEventKind.ledgerImported:
            let p = try payload(ShuLedgerPayload.self)
            return .shuLedgerImported(ShuLedgerImport(version: p.version, digest: p.digest, source: p.source,
                                                      members: p.members, at: at))
        default:
            return nil
        }
    }
}
