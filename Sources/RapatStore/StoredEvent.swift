import Foundation
import RapatText
import RapatCore

/// An event as one journal row. Attendance events (the hot path: thousands per meeting, replayed at every
/// start) live entirely in columns; rarer structured events carry a sorted-keys JSON payload.
struct StoredEvent: Equatable {
    var kind: String
    var atMilliseconds: Int64
    var member: String?
    var payload: String?

    /// The bytes hashed into the chain, in a fixed order with separators that cannot occur in the fields' roles.
    /// The command id (format 4) is chained too, as a seventh field only when present, so earlier rows keep their hashes;
    /// the desk (format 5) is an eighth, after the command id (empty when there is none), again only when present.
    func canonicalText(sequence: Int64, recordedMilliseconds: Int64, commandID: String? = nil, desk: Int? = nil) -> String {
        var fields = [String(sequence), String(atMilliseconds), String(recordedMilliseconds), kind, member ?? "", payload ?? ""]
        if commandID != nil || desk != nil { fields.append(commandID ?? "") }
        if let desk { fields.append(String(desk)) }
        return fields.joined(separator: "\u{1F}")
    }
}

/// A stored row that cannot be turned back into an event: the file was damaged or edited by hand.
struct UndecodableEvent: Error {
    var sequence: Int64
    var reason: String
}

/// How an `Event` becomes a journal row and back: the kind's frozen name, the date in `at_ms`, the member column,
/// and the payload coded by the core type's own `Codable` conformance (whose keys are the stored names).
///
/// - Important: payloads are hashed as written. Encoding an event must give the bytes earlier versions wrote
///   (`EventKindCodecTests` compares every kind with golden rows).
enum EventCodec {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static let decoder = JSONDecoder()

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    static func json(_ value: any Encodable) -> String {
        // Encoding plain structs of strings and integers cannot fail.
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }

    static func encode(_ event: Event) -> StoredEvent {
        let (member, payload) = columns(of: event)
        return StoredEvent(kind: event.kind.rawValue, atMilliseconds: milliseconds(event.at), member: member?.rawValue,
                           payload: payload.map(json))
    }

    /// The member column and the payload of `event`. Check-in, leaving and returning have no payload.
    private static func columns(of event: Event) -> (MemberNumber?, (any Encodable)?) {
        switch event {
        case let .meetingCreated(meetingID, cooperative, _): (nil, Created(meetingID: meetingID, cooperative: cooperative))
        case let .rosterImported(imported): (nil, RosterReference(imported))
        case let .registrationOpened(opening): (nil, opening)
        case let .memberCheckedIn(member, _), let .memberLeft(member, _), let .memberReturned(member, _): (member, nil)
        case let .checkInVoided(member, reason, _): (member, Reason(reason: reason))
        case let .meetingOpened(by, agenda, _): (nil, Opened(by: by, agenda: agenda.items))
        case let .agendaItemStarted(index, _): (nil, ItemIndex(index: index))
        case let .quorumDeclared(declaration), let .recessEnded(declaration): (nil, declaration)
        case let .meetingPostponed(postponement): (nil, postponement)
        case let .presidiumAppointed(presidium): (nil, presidium)
        case let .decisionRecorded(decision): (nil, decision)
        case let .noteRecorded(note): (nil, note)
        case .meetingClosed: (nil, nil)
        case let .recessStarted(reason, _): (nil, Reason(reason: reason))
        case let .questionRoundStarted(round, _): (nil, Round(round: round))
        case let .questionRecorded(entry):
            if case let .member(number) = entry.speaker { (number, entry) } else { (nil, entry) }
        case let .reportPresented(report): (nil, report)
        case let .quorumLossAnswered(response): (nil, response)
        case let .motionProposed(motion): (nil, motion)
        case let .voteOpened(opening): (nil, opening)
        case let .voteCast(round, member, choice, _): (member, Cast(round: round, choice: choice))
        case let .handsCounted(round, count, _): (nil, InRound(round: round, count: count))
        case let .ballotsCounted(round, count, _): (nil, InRound(round: round, count: count))
        case let .voteClosed(result): (nil, result)
        case let .electionOpened(election): (nil, election)
        case let .candidateNominated(election, member, _): (member, InElection(election: election))
        case let .chairHandedOver(election, to, _): (nil, HandOver(election: election, to: to))
        case let .lotDrawn(lot): (nil, lot)
        case let .electionTieSettled(election, winners, _): (nil, TieSettled(election: election, winners: winners))
        case let .proxyGranted(grant): (grant.principal, Proxy(holder: grant.holder, letter: grant.letter))
        case let .shuProposed(proposal): (nil, proposal)
        case let .shuAmended(amendment): (nil, amendment)
        case let .shuApproved(approval): (nil, approval)
        case let .shuLedgerImported(ledger): (nil, ledger)
        case let .documentDetailsAmended(amendment): (nil, amendment)
        case let .guestArrived(guest): (nil, guest)
        case let .clockSteppedBack(step): (nil, ClockReadings(observedMs: milliseconds(step.observed), lastMs: milliseconds(step.last)))
        case let .eventWithdrawn(withdrawal): (nil, withdrawal)
        case let .candidateWithdrawn(withdrawal): (withdrawal.member, withdrawal)
        case let .answerAmended(amendment): (nil, amendment)
        }
    }

    /// Rebuilds the event of row `sequence`; `loadRoster` supplies the members of a roster version.
    static func decode(_ row: StoredEvent, sequence: Int64, loadRoster: (Int) throws -> [Member]) throws -> Event {
        guard let kind = Event.Kind(rawValue: row.kind) else {
            throw UndecodableEvent(sequence: sequence,
                                   reason: tr("store.event.unknownKind", ["kind": row.kind]))
        }
        let at = date(row.atMilliseconds)
        func payload<T: Decodable>(_ type: T.Type = T.self) throws -> T {
            guard let text = row.payload else { throw UndecodableEvent(sequence: sequence, reason: "isi (payload) kosong") }
            do { return try decoder.decode(type, from: Data(text.utf8)) } catch {
                throw UndecodableEvent(sequence: sequence, reason: "isi (payload) rusak: \(Self.describe(error))")
            }
        }
        func dated<T: DatedPayload>() throws -> T {
            var value: T = try payload()
            value.stamp(at)
            return value
        }
        func member() throws -> MemberNumber {
            guard let member = row.member, !member.isEmpty else {
                throw UndecodableEvent(sequence: sequence, reason: tr("store.csv.numberEmpty"))
            }
            return MemberNumber(member)
        }
        switch kind {
        case .meetingCreated:
            let created: Created = try payload()
            return .meetingCreated(meetingID: created.meetingID, cooperative: created.cooperative, at: at)
        case .rosterImported:
            let reference: RosterReference = try payload()
            let members = try loadRoster(reference.version)
            guard members.count == reference.count else {
                throw UndecodableEvent(sequence: sequence, reason: tr("store.event.rosterCount", ["version": reference.version, "count": members.count, "expected": reference.count]))
            }
            return .rosterImported(RosterImport(
                roster: Roster(version: reference.version, members: members, digest: reference.digest),
                source: reference.source, at: at))
        case .registrationOpened: return .registrationOpened(try dated())
        case .memberCheckedIn: return .memberCheckedIn(try member(), at: at)
        case .memberLeft: return .memberLeft(try member(), at: at)
        case .memberReturned: return .memberReturned(try member(), at: at)
        case .checkInVoided: return .checkInVoided(try member(), reason: try payload(Reason.self).reason, at: at)
        case .meetingOpened:
            let opened: Opened = try payload()
            return .meetingOpened(by: opened.by, agenda: Agenda(items: opened.agenda ?? []), at: at)
        case .agendaItemStarted: return .agendaItemStarted(index: try payload(ItemIndex.self).index, at: at)
        case .quorumDeclared: return .quorumDeclared(try dated())
        case .meetingPostponed: return .meetingPostponed(try dated())
        case .presidiumAppointed: return .presidiumAppointed(try dated())
        case .decisionRecorded: return .decisionRecorded(try dated())
        case .noteRecorded: return .noteRecorded(try dated())
        case .meetingClosed: return .meetingClosed(at: at)
        case .recessStarted: return .recessStarted(reason: try payload(Reason.self).reason, at: at)
        case .recessEnded: return .recessEnded(try dated())
        case .questionRoundStarted: return .questionRoundStarted(round: try payload(Round.self).round, at: at)
        case .questionRecorded: return .questionRecorded(try dated())
        case .reportPresented: return .reportPresented(try dated())
        case .quorumLossAnswered: return .quorumLossAnswered(try dated())
        case .motionProposed: return .motionProposed(try dated())
        case .voteOpened: return .voteOpened(try dated())
        case .voteCast:
            let cast: Cast = try payload()
            return .voteCast(round: cast.round, member: try member(), choice: cast.choice, at: at)
        case .handsCounted:
            let hands: InRound<HandCount> = try payload()
            return .handsCounted(round: hands.round, hands.count, at: at)
        case .ballotsCounted:
            let ballots: InRound<BallotCount> = try payload()
            return .ballotsCounted(round: ballots.round, ballots.count, at: at)
        case .voteClosed: return .voteClosed(try dated())
        case .electionOpened: return .electionOpened(try dated())
        case .candidateNominated:
            return .candidateNominated(election: try payload(InElection.self).election, member: try member(), at: at)
        case .chairHandedOver:
            let handOver: HandOver = try payload()
            return .chairHandedOver(election: handOver.election, to: handOver.to, at: at)
        case .lotDrawn: return .lotDrawn(try dated())
        case .electionTieSettled:
            let settled: TieSettled = try payload()
            return .electionTieSettled(election: settled.election, winners: settled.winners, at: at)
        case .proxyGranted:
            let proxy: Proxy = try payload()
            return .proxyGranted(ProxyGrant(principal: try member(), holder: proxy.holder, letter: proxy.letter, at: at))
        case .shuProposed: return .shuProposed(try dated())
        case .shuAmended: return .shuAmended(try dated())
        case .shuApproved: return .shuApproved(try dated())
        case .shuLedgerImported: return .shuLedgerImported(try dated())
        case .documentDetailsAmended: return .documentDetailsAmended(try dated())
        case .guestArrived: return .guestArrived(try dated())
        case .clockSteppedBack:
            let readings: ClockReadings = try payload()
            return .clockSteppedBack(ClockStep(observed: date(readings.observedMs), last: date(readings.lastMs), at: at))
        case .eventWithdrawn: return .eventWithdrawn(try dated())
        case .candidateWithdrawn:
            var withdrawal: CandidateWithdrawal = try dated()
            withdrawal.member = try member()
            return .candidateWithdrawn(withdrawal)
        case .answerAmended: return .answerAmended(try dated())
        }
    }

    /// A decoding error as the field it concerns and what is wrong with it, in Indonesian (no library text).
    private static func describe(_ error: any Error) -> String {
        func field(_ context: DecodingError.Context, _ key: (any CodingKey)? = nil) -> String {
            let path = (context.codingPath + (key.map { [$0] } ?? [])).map { $0.intValue.map(String.init) ?? $0.stringValue }
            return path.isEmpty ? tr("store.event.content") : tr("store.event.field", ["field": path.joined(separator: ".")])
        }
        switch error as? DecodingError {
        case let .keyNotFound(key, context): return tr("store.event.missing", ["field": field(context, key)])
        case let .typeMismatch(_, context): return tr("store.event.wrongType", ["field": field(context)])
        case let .valueNotFound(_, context): return tr("store.event.empty", ["field": field(context)])
        case let .dataCorrupted(context):
            // Foundation names a value no case has ("… from invalid String value sulap"): keep the value, not the sentence.
            if let range = context.debugDescription.range(of: "invalid [A-Za-z]+ value ", options: .regularExpression) {
                return tr("store.event.unknownValue", ["field": field(context), "value": String(context.debugDescription[range.upperBound...])])
            }
            // Our own Codable conformances throw Indonesian descriptions; Foundation's English ones are replaced.
            let own = context.debugDescription
            let english = ["The given data", "Cannot", "Unable", "Expected", "Invalid", "Unexpected"].contains { own.hasPrefix($0) }
            if !english, !own.isEmpty { return "\(field(context)): \(own)" }
            return tr("store.event.notJSON", ["field": field(context)]) + Verbosity.detail(own)
        default: return tr("store.event.unreadable")
        }
    }
}
