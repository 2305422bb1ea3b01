import Foundation
import RapatText

// The labels the core's refusals name, in the UI language. The `.label`s stay Indonesian: documents print them.

extension VoteMethod {
    var refusalLabel: String {
        switch self {
        case .show: tr("core.voteMethod.show")
        case .rollCall: tr("core.voteMethod.rollCall")
        case .secret: tr("core.voteMethod.secret")
        }
    }
}

extension VoteChoice {
    var refusalLabel: String {
        switch self {
        case .yes: tr("core.voteChoice.yes")
        case .no: tr("core.voteChoice.no")
        case .abstain: tr("core.voteChoice.abstain")
        }
    }
}

extension MotionKind {
    var refusalLabel: String {
        switch self {
        case .ordinary: tr("core.motionKind.ordinary")
        case .reportApproval: tr("core.motionKind.reportApproval")
        case .surplus: tr("core.motionKind.surplus")
        case .workPlanAndBudget: tr("core.motionKind.workPlanAndBudget")
        case .articlesAmendment: tr("core.motionKind.articlesAmendment")
        case .dissolution: tr("core.motionKind.dissolution")
        case .merger: tr("core.motionKind.merger")
        case .other: tr("core.motionKind.other")
        }
    }
}

extension MembershipStatus {
    var refusalLabel: String {
        switch self {
        case .regular: tr("core.memberStatus.regular")
        case .associate: tr("core.memberStatus.associate")
        case .candidate: tr("core.memberStatus.candidate")
        }
    }
}

/// Times and dates inside messages, in the UI language ("pukul 09.15 WIB" / "09.15 WIB", "21 Maret 2026" /
/// "21 March 2026"). Documents keep `IndonesianFormat`.
public enum RefusalFormat {
    public static func time(_ date: Date, zone: IndonesianTimeZone) -> String {
        tr("core.time", ["clock": IndonesianFormat.clock(date, zone: zone), "zone": zone.rawValue])
    }

    public static func date(_ date: Date, zone: IndonesianTimeZone) -> String {
        let c = IndonesianFormat.components(date, zone: zone)
        return tr("core.date", ["day": c.day ?? 1, "month": monthName(c.month ?? 1), "year": c.year ?? 0])
    }

    static func monthName(_ month: Int) -> String {
        switch month {
        case 1: tr("core.month.1")
        case 2: tr("core.month.2")
        case 3: tr("core.month.3")
        case 4: tr("core.month.4")
        case 5: tr("core.month.5")
        case 6: tr("core.month.6")
        case 7: tr("core.month.7")
        case 8: tr("core.month.8")
        case 9: tr("core.month.9")
        case 10: tr("core.month.10")
        case 11: tr("core.month.11")
        default: tr("core.month.12")
        }
    }
}
