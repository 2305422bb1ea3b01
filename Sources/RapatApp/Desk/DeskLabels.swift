import RapatCore
import RapatText

/// The desk's words for core values whose `.label` stays Indonesian because the documents use it.
enum DeskLabels {
    /// The quorum rule in words: "lebih dari 1/2".
    static func rule(_ rule: QuorumRule) -> String {
        switch rule {
        case .moreThanHalf: tr("desk.rule.moreThanHalf")
        case .halfPlusOneLiteral: tr("desk.rule.halfPlusOne")
        case let .atLeast(p, q): tr("desk.rule.atLeast", ["p": p, "q": q])
        }
    }

    /// How a member present but not counted attends: "peninjau", "anggota luar biasa", ….
    static func attendee(_ member: Member, in meeting: MeetingState) -> String {
        if meeting.isObserver(member) { return tr("desk.attendee.observer") }
        return switch member.status {
        case .regular: tr("desk.attendee.regular")
        case .associate: tr("desk.attendee.associate")
        case .candidate: tr("desk.attendee.candidate")
        }
    }
}
