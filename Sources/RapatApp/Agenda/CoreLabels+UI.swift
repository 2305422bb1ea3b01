import RapatCore
import RapatText

// The core's labels as the screens show them, in the UI language. The core's own `.label` (and raw value)
// stays Indonesian: the documents print it. Forms offer these texts but record the enum case chosen.

extension MotionKind {
    var uiLabel: String {
        switch self {
        case .ordinary: tr("agenda.motionKind.ordinary")
        case .reportApproval: tr("agenda.motionKind.reportApproval")
        case .surplus: tr("agenda.motionKind.surplus")
        case .workPlanAndBudget: tr("agenda.motionKind.workPlanAndBudget")
        case .articlesAmendment: tr("agenda.motionKind.articlesAmendment")
        case .dissolution: tr("agenda.motionKind.dissolution")
        case .merger: tr("agenda.motionKind.merger")
        case .other: tr("agenda.motionKind.other")
        }
    }
}

extension DecisionMethod {
    var uiLabel: String {
        switch self {
        case .consensus: tr("agenda.decisionMethod.consensus")
        case .acclamation: tr("agenda.decisionMethod.acclamation")
        case .vote: tr("agenda.decisionMethod.vote")
        case .lot: tr("agenda.decisionMethod.lot")
        }
    }
}

extension DecisionOutcome {
    var uiLabel: String {
        switch self {
        case .accepted: tr("agenda.outcome.accepted")
        case .acceptedWithNotes: tr("agenda.outcome.acceptedWithNotes")
        case .rejected: tr("agenda.outcome.rejected")
        }
    }
}

extension PresidiumSelection {
    var uiLabel: String {
        switch self {
        case .acclamation: tr("agenda.presidiumSelection.acclamation")
        case .elected: tr("agenda.presidiumSelection.elected")
        case .perArticlesOfAssociation: tr("agenda.presidiumSelection.perArticles")
        }
    }
}

extension ReportKind {
    var uiLabel: String {
        switch self {
        case .board: tr("agenda.reportKind.board")
        case .supervisors: tr("agenda.reportKind.supervisors")
        }
    }
}

extension ReportFigures.Key {
    var uiLabel: String {
        switch self {
        case .totalAssets: tr("agenda.figure.totalAssets")
        case .equity: tr("agenda.figure.equity")
        case .businessVolume: tr("agenda.figure.businessVolume")
        case .surplus: tr("agenda.figure.surplus")
        case .budgetedIncome: tr("agenda.figure.budgetedIncome")
        case .actualIncome: tr("agenda.figure.actualIncome")
        case .budgetedCosts: tr("agenda.figure.budgetedCosts")
        case .actualCosts: tr("agenda.figure.actualCosts")
        case .plannedIncome: tr("agenda.figure.plannedIncome")
        case .plannedCosts: tr("agenda.figure.plannedCosts")
        case .plannedSurplus: tr("agenda.figure.plannedSurplus")
        }
    }
}

extension QuestionCategory {
    var uiLabel: String {
        switch self {
        case .reports: tr("agenda.questionCategory.reports")
        case .servicesAndFacilities: tr("agenda.questionCategory.services")
        case .workPlan: tr("agenda.questionCategory.workPlan")
        case .boardCompensation: tr("agenda.questionCategory.boardCompensation")
        case .capitalAndLoanRates: tr("agenda.questionCategory.capitalAndLoanRates")
        case .other: tr("agenda.questionCategory.other")
        }
    }
}

extension QuestionStatus {
    /// The status by its short name (the form has always offered the raw value).
    var uiName: String {
        switch self {
        case .answered: tr("agenda.questionStatus.answered")
        case .followUp: tr("agenda.questionStatus.followUp")
        case .deferred: tr("agenda.questionStatus.deferred")
        }
    }
}

extension QuorumLossChoice {
    var uiLabel: String {
        switch self {
        case .recess: tr("agenda.quorumLossChoice.recess")
        case .continueWithoutDecisions: tr("agenda.quorumLossChoice.continue")
        case .postponeRemaining: tr("agenda.quorumLossChoice.postpone")
        }
    }
}

extension GuestRole {
    /// The role as the desk's acknowledgement says it ("peninjau (bukan anggota)").
    var uiLabel: String {
        switch self {
        case .invited: tr("flow.guestRole.invited")
        case .observer: tr("flow.guestRole.observer")
        case .staff: tr("flow.guestRole.staff")
        }
    }

    /// The role by its short name (the guest form has always offered the raw value).
    var uiName: String {
        switch self {
        case .invited: tr("agenda.guestRole.invited")
        case .observer: tr("agenda.guestRole.observer")
        case .staff: tr("agenda.guestRole.staff")
        }
    }
}

extension VoteMethod {
    var uiLabel: String {
        switch self {
        case .show: tr("voting.method.show")
        case .rollCall: tr("voting.method.rollCall")
        case .secret: tr("voting.method.secret")
        }
    }
}

extension VoteChoice {
    var uiLabel: String {
        switch self {
        case .yes: tr("voting.choice.yes")
        case .no: tr("voting.choice.no")
        case .abstain: tr("voting.choice.abstain")
        }
    }
}

extension OfficeBody {
    /// "pengurus", "pengawas" (the raw value the forms have always shown).
    var uiName: String {
        switch self {
        case .pengurus: tr("voting.body.pengurus")
        case .pengawas: tr("voting.body.pengawas")
        }
    }
}

extension ShuPayment {
    var uiLabel: String {
        switch self {
        case .cash: tr("shu.payment.cash")
        case .transfer: tr("shu.payment.transfer")
        case .savings: tr("shu.payment.savings")
        }
    }
}

extension AttendanceMode {
    var uiLabel: String {
        switch self {
        case .inPerson: tr("documents.attendance.inPerson")
        case .online: tr("documents.attendance.online")
        case .hybrid: tr("documents.attendance.hybrid")
        }
    }
}
