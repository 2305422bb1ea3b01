import Foundation
import RapatCore
import RapatText
import TerminalUI

/// A roll-call vote as the desk saw it recorded; the core keeps ballots by member only, so the order of the
/// last votes shown to the secretary lives in the app.
public struct RollCallVote: Equatable, Sendable {
    public var round: Int
    public var member: MemberNumber
    public var choice: VoteChoice
}

/// What the roll-call line ("0012 s", "siti ami t") means so far.
struct RollCallLine {
    enum Who {
        case nobody
        case member(Member)
        /// A number-like text that is no member's number.
        case unknownNumber(MemberNumber)
        /// A name matching several members: the first few, and how many in all (nil: more than were counted).
        case ambiguous([Member], total: Int?)
        case noMatch(String)
    }

    var who: Who
    var choice: VoteChoice?
    /// The core's refusal for this member (a dry run of `castVote`), nil when they may vote.
    var refusal: String?
    /// Whether the member part is a member number (then one key S/T/A records, see `rollCallKey`).
    var isNumber: Bool

    var member: Member? {
        if case let .member(m) = who { m } else { nil }
    }
}

/// Tally of the open roll-call, straight from the core's ballots.
struct RollCallTally: Equatable {
    var yes = 0, no = 0, abstain = 0, notYet = 0, eligible = 0, recordedApart = 0
}

extension AppState {
    /// The choice letters and digits the line ends with: s = setuju, t = tidak setuju, a = abstain, or 1/2/3.
    static let rollCallChoices: [String: VoteChoice] = [
        "s": .yes, "t": .no, "a": .abstain, "1": .yes, "2": .no, "3": .abstain,
    ]

    /// The hint under the roll-call line; the README's roll-call rule says the same.
    static var rollCallHint: String { tr("voting.rollCall.hint") }

    var isRollCallEntry: Bool {
        if case let .form(form) = mode, form.purpose == .rollCall { true } else { false }
    }

    /// Reads `text` as member and choice, and asks the core whether that member may vote now.
    func rollCallLine(_ text: String) -> RollCallLine {
        var query = text.trimmingCharacters(in: .whitespaces)
        var choice: VoteChoice?
        if let space = query.lastIndex(of: " "),
           let typed = Self.rollCallChoices[query[query.index(after: space)...].lowercased()] {
            choice = typed
            query = query[..<space].trimmingCharacters(in: .whitespaces)
        }
        guard !query.isEmpty else { return RollCallLine(who: .nobody, choice: choice, isNumber: false) }
        let typed = MemberNumber(query)
        let numberLike = !query.contains(" ") && query.contains(where: \.isNumber)
        let who: RollCallLine.Who
        if let number = meeting.roster.registeredNumber(typed), let member = meeting.roster.member(number) {
            who = .member(member)
        } else if numberLike {
            who = .unknownNumber(typed)
        } else {
            let found = searchIndex.search(query, limit: 3)
            let members = found.positions.map { meeting.roster.members[$0] }
            if members.isEmpty {
                who = .noMatch(query)
            } else if members.count == 1, found.total == 1 {
                who = .member(members[0])
            } else {
                who = .ambiguous(members, total: found.isComplete ? found.total : nil)
            }
        }
        var line = RollCallLine(who: who, choice: choice, isNumber: false)
        if let member = line.member {
            line.isNumber = meeting.roster.registeredNumber(typed) != nil
            // The core's own rules, asked without recording anything: the choice does not change who may vote.
            do {
                _ = try meeting.decide(.castVote(member: member.number, choice: choice ?? .yes, at: now))
            } catch {
                line.refusal = CoreTextForDesk.deskText(error.message)
            }
        }
        return line
    }

    /// The sentence under the roll-call line: who the text means and whether they may vote.
    func rollCallStatus(_ line: RollCallLine) -> (text: String, kind: DeskMessage.Kind)? {
        switch line.who {
        case .nobody:
            return nil
        case let .member(member):
            if let refusal = line.refusal { return ("✖ " + refusal, .error) }
            var text = tr("voting.rollCall.mayVote", ["number": member.number, "name": member.name, "unit": member.unit])
            if meeting.openVote?.isRecorded(member.number) == true {
                text += tr("voting.rollCall.recordedApart")
            }
            if let choice = line.choice { return (text + tr("voting.rollCall.enterChoice", ["choice": choice.uiLabel]), .success) }
            return (text + ". " + (line.isNumber ? tr("voting.rollCall.keys") : tr("voting.rollCall.spaceThenChoice")), .success)
        case let .unknownNumber(number):
            return ("✖ " + RapatError.notAMember(number).message, .error)
        case let .ambiguous(members, total):
            let names = members.map { "\($0.name) (\($0.number))" }.joined(separator: ", ")
            let more = total.map { $0 > members.count } ?? true
            let who = total.map { tr("voting.rollCall.members", ["n": $0]) } ?? tr("voting.rollCall.manyMembers")
            return (tr("voting.rollCall.ambiguous", ["who": who, "names": names,
                                                     "more": more ? tr("voting.rollCall.andOthers") : ""]), .warning)
        case let .noMatch(query):
            return (tr("voting.rollCall.noMatch", ["query": query]), .error)
        }
    }

    /// What the roll-call screen says under the line for the text typed so far (nil with nothing typed).
    public var rollCallStatusText: String? {
        isRollCallEntry ? rollCallStatus(rollCallLine(input))?.text : nil
    }

    /// The open roll-call's counts: setuju, tidak setuju, abstain, and the eligible who have not voted yet.
    var rollCallTally: RollCallTally? {
        guard let round = meeting.openVote, round.opening.method == .rollCall else { return nil }
        var tally = RollCallTally(eligible: round.opening.eligible.count)
        for (member, choice) in round.ballots {
            switch choice {
            case .yes: tally.yes += 1
            case .no: tally.no += 1
            case .abstain: tally.abstain += 1
            }
            if round.isRecorded(member) { tally.recordedApart += 1 }
        }
        tally.notYet = max(0, tally.eligible - round.ballots.count)
        return tally
    }

    /// The last votes of the open round, newest first.
    func rollCallLastVotes(_ count: Int) -> [RollCallVote] {
        guard let round = meeting.openVote?.opening.round else { return [] }
        return Array(rollCallRecent.filter { $0.round == round }.suffix(count).reversed())
    }

    /// Enter on the roll-call line: a member and a choice record the vote; a member alone waits for the choice.
    mutating func submitRollCall() -> [AppEffect] {
        // An Enter after a vote recorded by its key ("0012 s" records at the s) leaves the confirmation alone.
        guard !input.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        let line = rollCallLine(input)
        guard let member = line.member else {
            message = rollCallStatus(line).map { DeskMessage($0.kind, $0.text) }
                ?? DeskMessage(.info, tr("voting.rollCall.typeMember"))
            return []
        }
        guard let choice = line.choice else {
            if let refusal = line.refusal { return refuseRollCall(refusal) }
            // A scanned card ends with Enter: the number stays, and one key S/T/A records the choice.
            if !input.hasSuffix(" ") { input += " " }
            message = DeskMessage(.warning, tr("voting.rollCall.whichChoice", ["name": member.name, "number": member.number]))
            return []
        }
        return castRollCall(line, choice)
    }

    /// One key S/T/A right after a member's number (at the end of the line, at most one space after it) records
    /// the vote. After a name the letter is typed, so names with s, t and a in them are still written whole.
    mutating func rollCallKey(_ key: Key) -> [AppEffect]? {
        guard isRollCallEntry, case let .character(character) = key, inputField.cursor == inputField.count,
              let choice = Self.rollCallChoices[String(character).lowercased()], character.isLetter else { return nil }
        let text = input.hasSuffix(" ") ? String(input.dropLast()) : input
        guard !text.isEmpty, !text.contains(" ") else { return nil }
        let line = rollCallLine(text)
        guard line.member != nil, line.isNumber else { return nil }
        return castRollCall(line, choice)
    }

    private mutating func castRollCall(_ line: RollCallLine, _ choice: VoteChoice) -> [AppEffect] {
        guard let member = line.member else { return [] }
        if let refusal = line.refusal { return refuseRollCall(refusal) }
        // One durable command through the effect loop; the tally and the list follow the recorded event.
        return [.execute(.castVote(member: member.number, choice: choice, at: now))]
    }

    /// A refusal clears the line for the next voter; the reason stays on screen.
    private mutating func refuseRollCall(_ refusal: String) -> [AppEffect] {
        input = ""
        message = DeskMessage(.error, refusal)
        return []
    }

    /// After a recorded vote: kept for the list of last votes.
    mutating func noteRollCall(_ event: Event) {
        switch event {
        case .voteOpened:
            rollCallRecent.removeAll()
        case let .voteCast(round, member, choice, _):
            rollCallRecent.append(RollCallVote(round: round, member: member, choice: choice))
            if rollCallRecent.count > 20 { rollCallRecent.removeFirst(rollCallRecent.count - 20) }
        default:
            break
        }
    }
}
