import Foundation
import RapatCore
import RapatText

/// The SHU forms of the agenda screen.
extension EntryForm {
    /// With `reported` (the SHU of the pengurus report) the field starts filled with it: Enter accepts it.
    static func shuProposal(reported: Rupiah? = nil) -> EntryForm {
        var form = EntryForm(.shuProposal, title: tr("shu.propose.title"), fields: [
            Field(tr("shu.propose.field"), .rupiah(allowsNegative: true, required: true)),
        ])
        if let reported {
            form.fields[0].answer = String(reported.sen)
            form.fields[0].shown = reported.formatted
            form.fields[0].accepted = true
        }
        return form
    }

    /// One field per component, filled with the percentage in force, then the reason.
    static func shuAmendment(_ components: [ShuComponent]) -> EntryForm {
        var form = EntryForm(.shuAmendment(components), title: tr("shu.amend.title"),
                             fields: components.map { Field($0.name + " (%)", .percentage) }
                                 + [Field(tr("shu.amend.reason"), .text(required: true))])
        for (index, component) in components.enumerated() {
            form.fields[index].answer = String(component.percentage.basisPoints)
            form.fields[index].shown = component.percentage.description
            form.fields[index].accepted = true
        }
        return form
    }

    func shuCommand(at now: Date) -> Command? {
        switch purpose {
        case .shuProposal:
            return .proposeShu(surplus: Rupiah(sen: Int64(text(0)) ?? 0), at: now)
        case let .shuAmendment(components):
            let changed = components.enumerated().map { index, component in
                ShuComponent(name: component.name, percentage: Percentage(basisPoints: int(index) ?? 0), role: component.role)
            }
            return .amendShu(components: changed, reason: text(components.count), at: now)
        default:
            return nil
        }
    }
}
