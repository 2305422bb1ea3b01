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
