import Foundation
import RapatCore

/// An event as one journal row. Attendance events (the hot path: thousands per meeting, replayed at every
/// start) live entirely in columns; rarer structured events carry a sorted-keys JSON payload.
struct StoredEvent: Equatable {
    var kind: String
    var atMilliseconds: Int64
    var member: String?
    var payload: String?

    /// The bytes hashed into the chain, in a fixed order with separators that cannot occur in the fields' roles.
    /// The command id (format 4) is chained too, as a seventh field only when present, so earlier rows keep their hashes.
    func canonicalText(sequence: Int64, recordedMilliseconds: Int64, commandID: String? = nil) -> String {
        var fields = [String(sequence), String(atMilliseconds), String(recordedMilliseconds), kind, member ?? "", payload ?? ""]
        if let commandID { fields.append(commandID) }
        return fields.joined(separator: "\u{1F}")
    }
}

enum EventKind {
    static let meetingCreated = "meeting_created"
    static let rosterImported = "roster_imported"
    static let registrationOpened = "registration_opened"
    static let memberCheckedIn = "member_checked_in"
    static let memberLeft = "member_left"
    static let memberReturned = "member_returned"
    static let checkInVoided = "check_in_voided"
    static let meetingOpened = "meeting_opened"
    static let agendaItemStarted = "agenda_item_started"
    static let quorumDeclared = "quorum_declared"
    static let meetingPostponed = "meeting_postponed"
    static let quorumLossAnswered = "quorum_loss_answered"
    static let presidiumAppointed = "presidium_appointed"
    static let decisionRecorded = "decision_recorded"
    static let noteRecorded = "note_recorded"
    static let meetingClosed = "meeting_closed"
    static let recessStarted = "recess_started"
    static let recessEnded = "recess_ended"
    static let questionRoundStarted = "question_round_started"
    static let questionRecorded = "question_recorded"
    static let reportPresented = "report_presented"
}

/// A stored row that cannot be turned back into an event: the file was damaged or edited by hand.
struct UndecodableEvent: Error {
    var sequence: Int64
    var reason: String
}

// MARK: - Payloads

struct MeetingCreatedPayload: Codable {
    var meetingId: String
    var cooperative: String
}

struct RosterImportedPayload: Codable {
    var version: Int
    var count: Int
    var digest: String
    var source: String
}

struct ReasonPayload: Codable { var reason: String }
struct OpenedByPayload: Codable {
    struct Item: Codable {
        var kind: String
        var title: String
    }

    var by: String
    /// Absent in files written before the agenda existed.
    var agenda: [Item]?
}

struct AgendaIndexPayload: Codable { var index: Int }

struct PostponedPayload: Codable {
    var reason: String
    var newDate: String?
    var registered: Int
    var present: Int
    var required: Int
    var formula: String
    /// Set when the remaining items were postponed after quorum was lost mid-meeting.
    var fromItem: Int?
}

struct QuorumLossPayload: Codable {
    var choice: String
    var agendaIndex: Int
    var present: Int
    var required: Int
}

struct PresidiumPayload: Codable {
    var chair: String
    var secretary: String
    var members: [String]
    var selection: String
    var notetaker: String
}

struct DecisionPayload: Codable {
    var number: Int
    var agendaIndex: Int
    var text: String
    var method: String
    var outcome: String
    var notes: [String]
    var present: Int
    var motion: Int?
    var election: Int?
    var voteRound: Int?
}

struct NotePayload: Codable {
    var number: Int
    var agendaIndex: Int
    var text: String
    var amends: Int?
    var reason: String?
}

struct RoundPayload: Codable { var round: Int }

struct ReportPayload: Codable {
    var kind: String
    var presenter: String
    var summary: String
    /// Figure key → amount in sen.
    var figuresSen: [String: Int64]
    var agendaIndex: Int
}

struct QuestionPayload: Codable {
    var number: Int
    var round: Int
    var agendaIndex: Int
    /// Exactly one of `member` and `guest` is set.
    var member: String?
    var guest: String?
    var category: String
    var question: String
    var answeredBy: String
    var answer: String
    var status: String
}

struct QuorumDeclaredPayload: Codable {
    var registered: Int
    var present: Int
    var required: Int
    var formula: String

    init(_ d: QuorumDeclaration) {
        registered = d.registered
        present = d.present
        required = d.required
        formula = d.formula
    }

    func declaration(at: Date) -> QuorumDeclaration {
        QuorumDeclaration(registered: registered, present: present, required: required, formula: formula, at: at)
    }
}

struct RegistrationOpenedPayload: Codable {
    struct Rules: Codable {
        var quorumBase: String
        var quorumRule: String
        var lateGraceMinutes: Int
        var quorumArticle: String
        /// Absent in files written before it existed; the DOMAIN default then applies.
        var quorumWaitMinutes: Int?
        var quorumCheck: String?
        /// Absent in files written before votes existed: the DOMAIN defaults apply.
        var voting: VotingRulesPayload?
        /// Absent in files written before SHU existed.
        var shu: ShuPolicyPayload?
    }

    struct Profile: Codable {
        var name: String
        var abbreviation: String
        var legalEntityNumber: String
        var ratNumber: Int
        var fiscalYear: Int
        var timeZone: String
        var scheduledStartMilliseconds: Int64?
        var place: String
        /// Absent in files written before documents existed.
        var details: DetailsPayload?
    }

    struct DetailsPayload: Codable {
        var legalEntityDate: String
        var nik: String
        var address: String
        var city: String
        var baSequence: Int
        var memberWitnesses: Int
    }

    var rosterVersion: Int
    var registered: Int
    var rules: Rules
    var profile: Profile
}

struct VotingRulesPayload: Codable {
    struct Special: Codable {
        var kind: String
        var quorum: String
        var approval: String
    }

    var majorityBase: String
    var tieMotion: String
    /// Absent in files written before it existed.
    var tieElection: String?
    var tieRevotes: Int
    var secretForPersons: Bool
    var proxiesAllowed: Bool
    var maxProxiesPerHolder: Int
    var arrearsPolicy: String
    var recusalPolicy: String
    var special: [Special]

    init(_ v: VotingRules) {
        majorityBase = v.majorityBase.rawValue
        tieMotion = v.tieMotion.rawValue
        tieElection = v.tieElection.rawValue
        tieRevotes = v.tieRevotes
        secretForPersons = v.secretForPersons
        proxiesAllowed = v.proxiesAllowed
        maxProxiesPerHolder = v.maxProxiesPerHolder
        arrearsPolicy = v.arrearsPolicy.rawValue
        recusalPolicy = v.recusalPolicy.rawValue
        special = v.special.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { Special(kind: $0.key.rawValue, quorum: $0.value.quorum.settingValue, approval: $0.value.approval.description) }
    }

    var rules: VotingRules? {
        guard let base = MajorityBase(rawValue: majorityBase), let tie = TieMotionPolicy(rawValue: tieMotion),
              let arrears = ArrearsPolicy(rawValue: arrearsPolicy), let recusal = RecusalPolicy(rawValue: recusalPolicy)
        else { return nil }
        var table: [MotionKind: SpecialMajority] = [:]
        for entry in special {
            guard let kind = MotionKind(rawValue: entry.kind), let quorum = QuorumRule(settingValue: entry.quorum),
                  let approval = Fraction(text: entry.approval) else { return nil }
            table[kind] = SpecialMajority(quorum: quorum, approval: approval)
        }
        guard let tieElection = TieElectionPolicy(rawValue: tieElection ?? TieElectionPolicy.revoteThenLot.rawValue) else {
            return nil
        }
        return VotingRules(majorityBase: base, tieMotion: tie, tieElection: tieElection, tieRevotes: tieRevotes, secretForPersons: secretForPersons,
                           proxiesAllowed: proxiesAllowed, maxProxiesPerHolder: maxProxiesPerHolder,
                           arrearsPolicy: arrears, recusalPolicy: recusal, special: table)
    }
}

// MARK: - Encoding

enum EventCodec {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }()

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    static func json<T: Encodable>(_ value: T) -> String {
        // Encoding plain structs of strings and integers cannot fail.
        (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }

    static func encode(_ event: Event) -> StoredEvent {
        let at = milliseconds(event.at)
        switch event {
        case let .meetingCreated(id, cooperative, _):
            return StoredEvent(kind: EventKind.meetingCreated, atMilliseconds: at, member: nil,
                               payload: json(MeetingCreatedPayload(meetingId: id, cooperative: cooperative)))
        case let .rosterImported(imported):
            let payload = RosterImportedPayload(
                version: imported.roster.version, count: imported.roster.count,
                digest: imported.roster.digest, source: imported.source)
            return StoredEvent(kind: EventKind.rosterImported, atMilliseconds: at, member: nil, payload: json(payload))
        case let .registrationOpened(opening):
            return StoredEvent(kind: EventKind.registrationOpened, atMilliseconds: at, member: nil,
                               payload: json(registrationPayload(opening)))
        case let .memberCheckedIn(number, _):
            return StoredEvent(kind: EventKind.memberCheckedIn, atMilliseconds: at, member: number.rawValue, payload: nil)
        case let .memberLeft(number, _):
            return StoredEvent(kind: EventKind.memberLeft, atMilliseconds: at, member: number.rawValue, payload: nil)
        case let .memberReturned(number, _):
            return StoredEvent(kind: EventKind.memberReturned, atMilliseconds: at, member: number.rawValue, payload: nil)
        case let .checkInVoided(number, reason, _):
            return StoredEvent(kind: EventKind.checkInVoided, atMilliseconds: at, member: number.rawValue,
                               payload: json(ReasonPayload(reason: reason)))
        case let .meetingOpened(by, agenda, _):
            let items = agenda.items.map { OpenedByPayload.Item(kind: $0.kind.rawValue, title: $0.title) }
            return StoredEvent(kind: EventKind.meetingOpened, atMilliseconds: at, member: nil,
                               payload: json(OpenedByPayload(by: by, agenda: items)))
        case let .agendaItemStarted(index, _):
            return StoredEvent(kind: EventKind.agendaItemStarted, atMilliseconds: at, member: nil,
                               payload: json(AgendaIndexPayload(index: index)))
        case let .quorumDeclared(d):
            return StoredEvent(kind: EventKind.quorumDeclared, atMilliseconds: at, member: nil,
                               payload: json(QuorumDeclaredPayload(d)))
        case let .presidiumAppointed(p):
            return StoredEvent(kind: EventKind.presidiumAppointed, atMilliseconds: at, member: nil,
                               payload: json(PresidiumPayload(chair: p.chair, secretary: p.secretary, members: p.members,
                                                              selection: p.selection.rawValue, notetaker: p.notetaker)))
        case let .decisionRecorded(d):
            return StoredEvent(kind: EventKind.decisionRecorded, atMilliseconds: at, member: nil,
                               payload: json(DecisionPayload(number: d.number, agendaIndex: d.agendaIndex, text: d.text,
                                                             method: d.method.rawValue, outcome: d.outcome.rawValue,
                                                             notes: d.notes, present: d.present, motion: d.motion,
                                                             election: d.election, voteRound: d.voteRound)))
        case let .noteRecorded(n):
            return StoredEvent(kind: EventKind.noteRecorded, atMilliseconds: at, member: nil,
                               payload: json(NotePayload(number: n.number, agendaIndex: n.agendaIndex, text: n.text,
                                                         amends: n.amends, reason: n.reason)))
        case .meetingClosed:
            return StoredEvent(kind: EventKind.meetingClosed, atMilliseconds: at, member: nil, payload: nil)
        case let .reportPresented(r):
            var figures: [String: Int64] = [:]
            for (key, amount) in r.figures.values { figures[key.rawValue] = amount.sen }
            return StoredEvent(kind: EventKind.reportPresented, atMilliseconds: at, member: nil,
                               payload: json(ReportPayload(kind: r.kind.rawValue, presenter: r.presenter, summary: r.summary,
                                                           figuresSen: figures, agendaIndex: r.agendaIndex)))
        case let .questionRoundStarted(round, _):
            return StoredEvent(kind: EventKind.questionRoundStarted, atMilliseconds: at, member: nil,
                               payload: json(RoundPayload(round: round)))
        case let .questionRecorded(q):
            var member: String?, guest: String?
            switch q.speaker {
            case let .member(number): member = number.rawValue
            case let .guest(name): guest = name
            }
            return StoredEvent(kind: EventKind.questionRecorded, atMilliseconds: at, member: member,
                               payload: json(QuestionPayload(number: q.number, round: q.round, agendaIndex: q.agendaIndex,
                                                             member: member, guest: guest, category: q.category.rawValue,
                                                             question: q.question, answeredBy: q.answeredBy, answer: q.answer,
                                                             status: q.status.rawValue)))
        case let .recessStarted(reason, _):
            return StoredEvent(kind: EventKind.recessStarted, atMilliseconds: at, member: nil,
                               payload: json(ReasonPayload(reason: reason)))
        case let .recessEnded(d):
            return StoredEvent(kind: EventKind.recessEnded, atMilliseconds: at, member: nil,
                               payload: json(QuorumDeclaredPayload(d)))
        case let .meetingPostponed(p):
            return StoredEvent(kind: EventKind.meetingPostponed, atMilliseconds: at, member: nil,
                               payload: json(PostponedPayload(reason: p.reason, newDate: p.newDate, registered: p.registered,
                                                              present: p.present, required: p.required, formula: p.formula,
                                                              fromItem: p.remainingFromAgendaIndex)))
        case .motionProposed, .voteOpened, .voteCast, .handsCounted, .ballotsCounted, .voteClosed, .electionOpened,
             .candidateNominated, .chairHandedOver, .lotDrawn, .proxyGranted, .electionTieSettled:
            // Every case listed here is encoded by encodeVoting.
            return encodeVoting(event, at: at) ?? StoredEvent(kind: "unknown", atMilliseconds: at, member: nil, payload: nil)
        case .shuProposed, .shuAmended, .shuApproved, .shuLedgerImported, .documentDetailsAmended:
            return encodeShu(event, at: at) ?? StoredEvent(kind: "unknown", atMilliseconds: at, member: nil, payload: nil)
        case .clockSteppedBack:
            return encodeClock(event, at: at) ?? StoredEvent(kind: "unknown", atMilliseconds: at, member: nil, payload: nil)
        case let .quorumLossAnswered(r):
            return StoredEvent(kind: EventKind.quorumLossAnswered, atMilliseconds: at, member: nil,
                               payload: json(QuorumLossPayload(choice: r.choice.rawValue, agendaIndex: r.agendaIndex,
                                                               present: r.present, required: r.required)))
        }
    }

    private static func registrationPayload(_ o: RegistrationOpening) -> RegistrationOpenedPayload {
        RegistrationOpenedPayload(
            rosterVersion: o.rosterVersion, registered: o.registered,
            rules: .init(quorumBase: o.rules.quorumBase.rawValue, quorumRule: o.rules.quorumRule.settingValue,
                         lateGraceMinutes: o.rules.lateGraceMinutes, quorumArticle: o.rules.quorumArticle,
                         quorumWaitMinutes: o.rules.quorumWaitMinutes, quorumCheck: o.rules.quorumCheck.rawValue,
                         voting: VotingRulesPayload(o.rules.voting), shu: ShuPolicyPayload(o.rules.shu)),
            profile: .init(name: o.profile.name, abbreviation: o.profile.abbreviation,
                           legalEntityNumber: o.profile.legalEntityNumber, ratNumber: o.profile.ratNumber,
                           fiscalYear: o.profile.fiscalYear, timeZone: o.profile.timeZone.rawValue,
                           scheduledStartMilliseconds: o.profile.scheduledStart.map(milliseconds),
                           place: o.profile.place,
                           details: .init(legalEntityDate: o.profile.details.legalEntityDate, nik: o.profile.details.nik,
                                          address: o.profile.details.address, city: o.profile.details.city,
                                          baSequence: o.profile.details.baSequence,
                                          memberWitnesses: o.profile.details.memberWitnesses)))
    }

    // MARK: Decoding

    /// Rebuilds the event of row `sequence`; `loadRoster` supplies the members of a roster version.
    /// The JSON payload of `row` as `type`; a missing or damaged payload names the event.
    static func decodePayload<T: Decodable>(_ type: T.Type, of row: StoredEvent, sequence: Int64) throws -> T {
        guard let text = row.payload else { throw UndecodableEvent(sequence: sequence, reason: "isi (payload) kosong") }
        do { return try decoder.decode(type, from: Data(text.utf8)) } catch {
            throw UndecodableEvent(sequence: sequence, reason: "isi (payload) rusak: \(error)")
        }
    }

    static func decode(_ row: StoredEvent, sequence: Int64, loadRoster: (Int) throws -> [Member]) throws -> Event {
        let at = date(row.atMilliseconds)
        func payload<T: Decodable>(_ type: T.Type) throws -> T { try decodePayload(type, of: row, sequence: sequence) }
        func member() throws -> MemberNumber {
            guard let member = row.member, !member.isEmpty else {
                throw UndecodableEvent(sequence: sequence, reason: "nomor anggota kosong")
            }
            return MemberNumber(member)
        }
        switch row.kind {
        case EventKind.meetingCreated:
            let p = try payload(MeetingCreatedPayload.self)
            return .meetingCreated(meetingID: p.meetingId, cooperative: p.cooperative, at: at)
        case EventKind.rosterImported:
            let p = try payload(RosterImportedPayload.self)
            let members = try loadRoster(p.version)
            guard members.count == p.count else {
                throw UndecodableEvent(sequence: sequence,
                                       reason: "daftar anggota versi \(p.version) berisi \(members.count), bukan \(p.count)")
            }
            return .rosterImported(RosterImport(
                roster: Roster(version: p.version, members: members, digest: p.digest), source: p.source, at: at))
        case EventKind.registrationOpened:
            return .registrationOpened(try opening(payload(RegistrationOpenedPayload.self), at: at, sequence: sequence))
        case EventKind.memberCheckedIn: return .memberCheckedIn(try member(), at: at)
        case EventKind.memberLeft: return .memberLeft(try member(), at: at)
        case EventKind.memberReturned: return .memberReturned(try member(), at: at)
        case EventKind.checkInVoided:
            return .checkInVoided(try member(), reason: try payload(ReasonPayload.self).reason, at: at)
        case EventKind.meetingOpened:
            let p = try payload(OpenedByPayload.self)
            var items: [AgendaItem] = []
            for item in p.agenda ?? [] {
                guard let kind = AgendaItemKind(rawValue: item.kind) else {
                    throw UndecodableEvent(sequence: sequence, reason: "jenis acara \"\(item.kind)\" tidak dikenal")
                }
                items.append(AgendaItem(kind: kind, title: item.title))
            }
            return .meetingOpened(by: p.by, agenda: Agenda(items: items), at: at)
        case EventKind.agendaItemStarted:
            return .agendaItemStarted(index: try payload(AgendaIndexPayload.self).index, at: at)
        case EventKind.quorumDeclared:
            return .quorumDeclared(try payload(QuorumDeclaredPayload.self).declaration(at: at))
        case EventKind.presidiumAppointed:
            let p = try payload(PresidiumPayload.self)
            guard let selection = PresidiumSelection(rawValue: p.selection) else {
                throw UndecodableEvent(sequence: sequence, reason: "cara pemilihan pimpinan \"\(p.selection)\" tidak dikenal")
            }
            return .presidiumAppointed(Presidium(chair: p.chair, secretary: p.secretary, members: p.members,
                                                 selection: selection, notetaker: p.notetaker, at: at))
        case EventKind.decisionRecorded:
            let p = try payload(DecisionPayload.self)
            guard let method = DecisionMethod(rawValue: p.method), let outcome = DecisionOutcome(rawValue: p.outcome) else {
                throw UndecodableEvent(sequence: sequence, reason: "cara atau hasil keputusan tidak dikenal")
            }
            return .decisionRecorded(Decision(number: p.number, agendaIndex: p.agendaIndex, text: p.text, method: method,
                                              outcome: outcome, notes: p.notes, present: p.present, motion: p.motion,
                                              election: p.election, voteRound: p.voteRound, at: at))
        case EventKind.noteRecorded:
            let p = try payload(NotePayload.self)
            return .noteRecorded(MinuteNote(number: p.number, agendaIndex: p.agendaIndex, text: p.text, at: at,
                                            amends: p.amends, reason: p.reason))
        case EventKind.meetingClosed:
            return .meetingClosed(at: at)
        case EventKind.reportPresented:
            let p = try payload(ReportPayload.self)
            guard let kind = ReportKind(rawValue: p.kind) else {
                throw UndecodableEvent(sequence: sequence, reason: "jenis laporan \"\(p.kind)\" tidak dikenal")
            }
            var values: [ReportFigures.Key: Rupiah] = [:]
            for (name, sen) in p.figuresSen {
                guard let key = ReportFigures.Key(rawValue: name) else {
                    throw UndecodableEvent(sequence: sequence, reason: "angka laporan \"\(name)\" tidak dikenal")
                }
                values[key] = Rupiah(sen: sen)
            }
            return .reportPresented(ReportRecord(kind: kind, presenter: p.presenter, summary: p.summary,
                                                 figures: ReportFigures(values), agendaIndex: p.agendaIndex, at: at))
        case EventKind.questionRoundStarted:
            return .questionRoundStarted(round: try payload(RoundPayload.self).round, at: at)
        case EventKind.questionRecorded:
            let p = try payload(QuestionPayload.self)
            guard let category = QuestionCategory(rawValue: p.category), let status = QuestionStatus(rawValue: p.status),
                  let speaker = p.member.map({ Speaker.member(MemberNumber($0)) }) ?? p.guest.map(Speaker.guest)
            else { throw UndecodableEvent(sequence: sequence, reason: "penanya, kategori atau status pertanyaan tidak dikenal") }
            return .questionRecorded(QuestionEntry(number: p.number, round: p.round, agendaIndex: p.agendaIndex,
                                                   speaker: speaker, category: category, question: p.question,
                                                   answeredBy: p.answeredBy, answer: p.answer, status: status, at: at))
        case EventKind.recessStarted:
            return .recessStarted(reason: try payload(ReasonPayload.self).reason, at: at)
        case EventKind.recessEnded:
            return .recessEnded(try payload(QuorumDeclaredPayload.self).declaration(at: at))
        case EventKind.meetingPostponed:
            let p = try payload(PostponedPayload.self)
            return .meetingPostponed(Postponement(reason: p.reason, newDate: p.newDate, registered: p.registered,
                                                  present: p.present, required: p.required, formula: p.formula,
                                                  remainingFromAgendaIndex: p.fromItem, at: at))
        case EventKind.quorumLossAnswered:
            let p = try payload(QuorumLossPayload.self)
            guard let choice = QuorumLossChoice(rawValue: p.choice) else {
                throw UndecodableEvent(sequence: sequence, reason: "pilihan pimpinan \"\(p.choice)\" tidak dikenal")
            }
            return .quorumLossAnswered(QuorumLossResponse(choice: choice, agendaIndex: p.agendaIndex, present: p.present,
                                                          required: p.required, at: at))
        default:
            if let event = try decodeVoting(row, sequence: sequence, at: at) { return event }
            if let event = try decodeShu(row, sequence: sequence, at: at) { return event }
            if let event = try decodeClock(row, sequence: sequence, at: at) { return event }
            throw UndecodableEvent(sequence: sequence,
                                   reason: "jenis peristiwa \"\(row.kind)\" tidak dikenal (berkas dari versi lebih baru?)")
        }
    }

    private static func opening(_ p: RegistrationOpenedPayload, at: Date, sequence: Int64) throws -> RegistrationOpening {
        guard let base = QuorumBase(rawValue: p.rules.quorumBase),
              let rule = QuorumRule(settingValue: p.rules.quorumRule),
              let zone = IndonesianTimeZone(rawValue: p.profile.timeZone)
        else { throw UndecodableEvent(sequence: sequence, reason: "aturan kuorum atau zona waktu tidak dikenal") }
        let rules = MeetingRules(quorumBase: base, quorumRule: rule, lateGraceMinutes: p.rules.lateGraceMinutes,
                                 quorumArticle: p.rules.quorumArticle,
                                 quorumWaitMinutes: p.rules.quorumWaitMinutes ?? MeetingRules.defaults.quorumWaitMinutes,
                                 quorumCheck: p.rules.quorumCheck.flatMap(QuorumCheckPolicy.init(rawValue:)) ?? .eachDecision,
                                 voting: try p.rules.voting.map { payload throws in
                                     guard let rules = payload.rules else {
                                         throw UndecodableEvent(sequence: sequence, reason: "aturan pemungutan suara tidak dikenal")
                                     }
                                     return rules
                                 } ?? .defaults,
                                 shu: try p.rules.shu.map { payload throws in
                                     guard let policy = payload.policy else {
                                         throw UndecodableEvent(sequence: sequence, reason: "aturan SHU tidak dikenal")
                                     }
                                     return policy
                                 } ?? .example)
        var profile = CooperativeProfile(
            name: p.profile.name, abbreviation: p.profile.abbreviation, legalEntityNumber: p.profile.legalEntityNumber,
            ratNumber: p.profile.ratNumber, fiscalYear: p.profile.fiscalYear, timeZone: zone,
            scheduledStart: p.profile.scheduledStartMilliseconds.map(date), place: p.profile.place)
        if let d = p.profile.details {
            profile.details = DocumentDetails(legalEntityDate: d.legalEntityDate, nik: d.nik, address: d.address, city: d.city,
                                              baSequence: d.baSequence, memberWitnesses: d.memberWitnesses)
        }
        return RegistrationOpening(rosterVersion: p.rosterVersion, registered: p.registered, rules: rules,
                                   profile: profile, at: at)
    }
}
