import Foundation
import RapatCore
import RapatText
import RapatDocuments

/// The SHU keys: B proposes or amends, I opens the members' SHU screen.
extension AppState {
    mutating func performShu(_ intent: DeskIntent) -> [AppEffect] {
        switch intent {
        case .proposeShu:
            guard meeting.currentAgendaIndex != nil else {
                message = DeskMessage(.info, notOpenedAdvice)
                return []
            }
            if let approval = meeting.shuApproval {
                message = DeskMessage(.info, tr("shu.alreadyApproved", ["n": approval.decision]))
            } else if let components = meeting.shuComponentsInForce {
                startForm(.shuAmendment(components), tr("shu.amend.start"))
            } else {
                startShuProposal()
            }
        case .showShu:
            screen = .shu
            clearInput()
        default:
            break
        }
        return []
    }

    /// The shares under the allocation in force, computed at most once per allocation (100.000 members: one pass).
    mutating func shuShares() -> (distribution: ShuDistribution, rows: [MemberNumber: Int])? {
        guard let ledger = shuLedger, let (allocation, _) = ShuReport.allocation(meeting) else { return nil }
        if let cache = shuCache, cache.allocation == allocation { return (cache.distribution, cache.rows) }
        let distribution = ShuDistribution.compute(allocation: allocation, policy: meeting.rules.shu, ledger: ledger)
        let rows = Dictionary(ledger.members.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        shuCache = (allocation, distribution, rows)
        return (distribution, rows)
    }

    mutating func lookUpShare(_ number: MemberNumber) {
        guard let member = meeting.roster.member(number) else {
            message = DeskMessage(.error, RapatError.notAMember(number).message)
            return
        }
        shuLookup = member.number
        _ = shuShares()
        input = ""
        results = .none
        message = nil
    }
}
