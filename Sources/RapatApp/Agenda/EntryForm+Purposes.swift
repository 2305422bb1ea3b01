import Foundation
import RapatCore
import RapatText

/// The forms of the agenda screen and the one command each one issues when complete.
extension EntryForm {
    static func presidium() -> EntryForm {
        EntryForm(.presidium, title: tr("agenda.presidium.title"), fields: [
            Field(tr("agenda.presidium.chair"), .text(required: true)),
            Field(tr("agenda.presidium.secretary"), .text(required: true)),
            Field(tr("agenda.presidium.members"), .text(required: false)),
            Field(tr("agenda.presidium.selection"), .choice(options: PresidiumSelection.allCases.map(\.uiLabel), defaultIndex: 0)),
            Field(tr("agenda.presidium.notetaker"), .text(required: false)),
        ])
    }

    /// The report of the current item's kind first (pengawas on the pengawas item).
    static func report(defaultKind: ReportKind) -> EntryForm {
        var fields = [
            Field(tr("agenda.report.kind"), .choice(options: ReportKind.allCases.map(\.uiLabel),
                                     defaultIndex: ReportKind.allCases.firstIndex(of: defaultKind) ?? 0)),
            Field(tr("agenda.report.presenter"), .text(required: true)),
            Field(tr("agenda.report.summary"), .text(required: true)),
        ]
        fields += ReportFigures.Key.allCases.map { Field($0.uiLabel, .rupiah(allowsNegative: $0.allowsNegative)) }
        return EntryForm(.report, title: tr("agenda.report.title"), fields: fields)
    }

    static func question(round: Int) -> EntryForm {
        EntryForm(.question, title: tr("agenda.question.title", ["n": max(round, 1)]), fields: [
            Field(tr("agenda.question.speaker"), .speaker),
            Field(tr("agenda.question.category"), .choice(options: QuestionCategory.allCases.map(\.uiLabel), defaultIndex: 0)),
            Field(tr("agenda.question.text"), .text(required: true)),
            Field(tr("agenda.form.answeredBy"), .text(required: false)),
            Field(tr("agenda.question.answer"), .text(required: false)),
            Field(tr("agenda.form.status"), .choice(options: QuestionStatus.allCases.map(\.uiName), defaultIndex: 0)),
        ])
    }

    static func amendNote() -> EntryForm {
        EntryForm(.amendNote, title: tr("agenda.amendNote.title"), fields: [
            Field(tr("agenda.amendNote.number"), .number),
            Field(tr("agenda.amendNote.text"), .text(required: true)),
            Field(tr("agenda.form.amendReason"), .text(required: true)),
        ])
    }

    static func quorumLoss() -> EntryForm {
        EntryForm(.quorumLoss, title: tr("agenda.quorumLoss.title"), fields: [
            Field(tr("agenda.quorumLoss.choice"), .choice(options: QuorumLossChoice.allCases.map(\.uiLabel), defaultIndex: 0)),
            Field(tr("agenda.quorumLoss.reason"), .text(required: false)),
            Field(tr("agenda.quorumLoss.date"), .date),
        ])
    }

    /// Postponing: the whole meeting when quorum never came, or the remaining items when it was lost.
    static func postpone(remainingItems: Bool) -> EntryForm {
        EntryForm(.postpone, title: remainingItems ? tr("agenda.postpone.remainingTitle") : tr("agenda.postpone.title"), fields: [
            Field(tr("agenda.postpone.reason"), .text(required: true)),
            Field(tr("agenda.postpone.date"), .date),
        ])
    }

    /// A non-member at the desk: name, origin, role (its choices are said as the desk's message).
    static func guest() -> EntryForm {
        EntryForm(.guest, title: tr("agenda.guest.title"), fields: [
            Field(tr("agenda.guest.name"), .text(required: true)),
            Field(tr("agenda.guest.origin"), .text(required: false)),
            Field(tr("agenda.guest.role"), .choice(options: GuestRole.allCases.map(\.uiName), defaultIndex: 0)),
        ])
    }

    /// The command of a complete form; `seed` serves a drawn lot.
    func command(at now: Date, seed: UInt64 = 0) -> Command {
        if let voting = votingCommand(at: now, seed: seed) { return voting }
        if let shu = shuCommand(at: now) { return shu }
        if let withdrawal = candidateWithdrawalCommand(at: now) { return withdrawal }
        if let amendment = answerAmendmentCommand(at: now) { return amendment }
        switch purpose {
        case .presidium:
            let members = text(2).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return .appointPresidium(chair: text(0), secretary: text(1), members: members,
                                     selection: PresidiumSelection.allCases[int(3) ?? 0], notetaker: text(4), at: now)
        case .report:
            var figures = ReportFigures()
            for (offset, key) in ReportFigures.Key.allCases.enumerated() {
                if let sen = Int64(text(3 + offset)) { figures.values[key] = Rupiah(sen: sen) }
            }
            return .presentReport(kind: ReportKind.allCases[int(0) ?? 0], presenter: text(1), summary: text(2),
                                  figures: figures, at: now)
        case .question:
            let who = text(0)
            let speaker: Speaker = who.hasPrefix("g:") ? .guest(String(who.dropFirst(2))) : .member(MemberNumber(String(who.dropFirst(2))))
            return .recordQuestion(speaker: speaker, category: QuestionCategory.allCases[int(1) ?? 0], question: text(2),
                                   answeredBy: text(3), answer: text(4), status: QuestionStatus.allCases[int(5) ?? 0], at: now)
        case .amendNote:
            return .amendNote(number: int(0) ?? 0, text: text(1), reason: text(2), at: now)
        case .postpone:
            let date = text(1)
            return .postponeMeeting(reason: text(0), newDate: date.isEmpty ? nil : date, at: now)
        case .guest:
            return .recordGuest(name: text(0), origin: text(1), role: GuestRole.allCases[int(2) ?? 0], at: now)
        case let .documentDetails(before):
            return .amendDocumentDetails(fields: documentDetailChanges(from: before) ?? [:], at: now)
        case .quorumLoss:
            let date = text(2)
            return .answerQuorumLoss(choice: QuorumLossChoice.allCases[int(0) ?? 0], reason: text(1),
                                     newDate: date.isEmpty ? nil : date, at: now)
        default:
            preconditionFailure("voting forms are built by votingCommand")
        }
    }
}
