import Foundation
import RapatCore
import RapatText

/// A multi-field entry on the agenda screen (pimpinan rapat, laporan, pertanyaan, perbaikan catatan, pilihan
/// saat kuorum hilang): one field at a time, Enter goes on, ↑ goes back, Esc cancels. Only the last Enter
/// issues a command, so a half-filled form never reaches the journal.
public struct EntryForm: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case presidium, report, question, amendNote, quorumLoss, postpone, shuProposal
        case shuAmendment([ShuComponent])
        case motion, rollCall, hands, castingVote, election
        case openVote([VoteSubject])
        case ballots(options: Int)
        case nominate([Int])
        case lot(election: Int)
        case handOver(election: Int)
        case tieConsensus(election: Int)
        case proxy
        /// The berita acara's identity fields, with their values when the form opened.
        case documentDetails([String: String])
        /// A non-member attendee at the desk.
        case guest
        /// Taking a candidate off a ballot: the candidates offered, by election.
        case withdrawCandidate(elections: [Int], members: [MemberNumber])
        /// Correcting the answer to a pandangan umum question.
        case amendAnswer
    }

    public struct Field: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// Free text; `required` refuses an empty answer.
            case text(required: Bool)
            /// One of `options`, answered by its number; Enter alone takes `defaultIndex`.
            case choice(options: [String], defaultIndex: Int)
            /// An optional amount in Rupiah, Indonesian notation.
            case rupiah(allowsNegative: Bool, required: Bool = false)
            /// A member present (number or name) or "u: Nama" for a non-member speaker.
            case speaker
            /// A positive whole number.
            case number
            /// A count, zero or more (votes, ballots).
            case count
            /// Any member of the register, by number or name (the core decides whether they may act).
            case member
            /// A percentage with at most two decimals ("2,5").
            case percentage
            /// An optional date `yyyy-MM-dd`.
            case date
        }

        public var label: String
        public var kind: Kind
        /// The canonical answer once accepted ("" for an empty optional field): a member number, a choice index, sen.
        public var answer: String = ""
        /// The answer as shown back to the secretary ("Rp1.250.000,00", "0012 Siti Aminah").
        public var shown: String = ""
        public var accepted = false

        public init(_ label: String, _ kind: Kind) {
            self.label = label
            self.kind = kind
        }

        /// A short hint under the field: the choices, or the format expected.
        public var hint: String {
            switch kind {
            case let .choice(options, defaultIndex):
                return options.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: " · ")
                    + tr("shell.form.choiceDefault", ["n": defaultIndex + 1])
            case .rupiah: return tr("shell.form.hint.rupiah")
            case .speaker: return tr("shell.form.hint.speaker")
            case .number: return tr("shell.form.hint.number")
            case .count: return tr("shell.form.hint.count")
            case .member: return tr("shell.form.hint.member")
            case .percentage: return tr("shell.form.hint.percentage")
            case .date: return tr("shell.form.hint.date")
            case .text(required: true): return tr("shell.form.hint.required")
            case .text(required: false): return tr("shell.form.hint.optional")
            }
        }
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [Field]
    public var current = 0

    public init(_ purpose: Purpose, title: String, fields: [Field]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    public var currentField: Field { fields[current] }

    /// The index of the answer of field `label` as an Int (choices, numbers).
    func int(_ index: Int) -> Int? { Int(fields[index].answer) }
    func text(_ index: Int) -> String { fields[index].answer }

    /// Checks `input` for the current field (all kinds except `.speaker`, which needs the roster) and stores it.
    /// Returns the reason when the input cannot be accepted.
    mutating func accept(_ input: String) -> String? {
        let text = input.trimmingCharacters(in: .whitespaces)
        var field = fields[current]
        switch field.kind {
        case let .text(required):
            if required, text.isEmpty { return tr("shell.form.required", ["field": field.label]) }
            field.answer = text
            field.shown = text
        case let .choice(options, defaultIndex):
            let index = text.isEmpty ? defaultIndex : (Int(text).map { $0 - 1 } ?? -1)
            guard options.indices.contains(index) else {
                return tr("shell.form.choice", ["count": options.count, "field": field.label.lowercased()])
            }
            field.answer = String(index)
            field.shown = options[index]
        case let .rupiah(allowsNegative, required):
            if required, text.isEmpty { return tr("shell.form.rupiahRequired", ["field": field.label]) }
            if text.isEmpty {
                field.answer = ""
                field.shown = ""
            } else {
                let amount: Rupiah
                do { amount = try Rupiah.parse(text) } catch { return tr("shell.form.fieldError", ["field": field.label, "reason": error.message]) }
                if amount.isNegative, !allowsNegative { return tr("shell.form.notNegative", ["field": field.label]) }
                field.answer = String(amount.sen)
                field.shown = amount.formatted
            }
        case .number:
            guard let number = Int(text), number > 0 else { return tr("shell.form.number", ["field": field.label]) }
            field.answer = String(number)
            field.shown = String(number)
        case .percentage:
            guard let percentage = Percentage(text: text) else { return tr("shell.form.percentage", ["field": field.label]) }
            field.answer = String(percentage.basisPoints)
            field.shown = percentage.description
        case .count:
            guard let number = Int(text), number >= 0 else { return tr("shell.form.count", ["field": field.label]) }
            field.answer = String(number)
            field.shown = String(number)
        case .date:
            if !text.isEmpty, text.count != 10 || ScriptTime.parse(text + " 00:00", zone: .wib) == nil {
                return tr("shell.form.date", ["date": text])
            }
            field.answer = text
            field.shown = text
        case .speaker, .member:
            return "internal: member fields are resolved by the app"
        }
        field.accepted = true
        fields[current] = field
        return nil
    }

    /// Stores a resolved speaker: `answer` is "m:NUMBER" or "g:NAME".
    mutating func acceptSpeaker(answer: String, shown: String) {
        fields[current].answer = answer
        fields[current].shown = shown
        fields[current].accepted = true
    }

    /// The accepted answer of field `index` as the secretary would type it again (when going back with ↑).
    func retypeAnswer(at index: Int) -> String {
        let field = fields[index]
        guard field.accepted else { return "" }
        switch field.kind {
        case .choice: return String((Int(field.answer) ?? 0) + 1)
        case .speaker, .member: return field.answer.hasPrefix("g:") ? "u: " + field.answer.dropFirst(2) : String(field.answer.dropFirst(2))
        default: return field.shown
        }
    }

    /// Whether the last field has just been accepted.
    var isComplete: Bool { fields.allSatisfy(\.accepted) }
}
