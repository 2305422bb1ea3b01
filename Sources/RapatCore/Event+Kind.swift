import Foundation

extension Event {
    /// Every kind of event, by the name the journal stores it under.
    ///
    /// - Important: the raw values are frozen: they are in every meeting file written and in its hash chain.
    ///   Add new kinds; never rename one.
    public enum Kind: String, CaseIterable, Sendable {
        case meetingCreated = "meeting_created"
        case rosterImported = "roster_imported"
        case registrationOpened = "registration_opened"
        case memberCheckedIn = "member_checked_in"
        case memberLeft = "member_left"
        case memberReturned = "member_returned"
        case checkInVoided = "check_in_voided"
        case meetingOpened = "meeting_opened"
        case agendaItemStarted = "agenda_item_started"
        case quorumDeclared = "quorum_declared"
        case meetingPostponed = "meeting_postponed"
        case presidiumAppointed = "presidium_appointed"
        case decisionRecorded = "decision_recorded"
        case noteRecorded = "note_recorded"
        case meetingClosed = "meeting_closed"
        case recessStarted = "recess_started"
        case recessEnded = "recess_ended"
        case questionRoundStarted = "question_round_started"
        case questionRecorded = "question_recorded"
        case reportPresented = "report_presented"
        case quorumLossAnswered = "quorum_loss_answered"
        case motionProposed = "motion_proposed"
        case voteOpened = "vote_opened"
        case voteCast = "vote_cast"
        case handsCounted = "hands_counted"
        case ballotsCounted = "ballots_counted"
        case voteClosed = "vote_closed"
        case electionOpened = "election_opened"
        case candidateNominated = "candidate_nominated"
        case chairHandedOver = "chair_handed_over"
        case lotDrawn = "lot_drawn"
        case electionTieSettled = "election_tie_settled"
        case proxyGranted = "proxy_granted"
        case shuProposed = "shu_proposed"
        case shuAmended = "shu_amended"
        case shuApproved = "shu_approved"
        case shuLedgerImported = "shu_ledger_imported"
        case documentDetailsAmended = "document_details_amended"
        case guestArrived = "guest_arrived"
        case clockSteppedBack = "clock_stepped_back"
        case eventWithdrawn = "event_withdrawn"
        case candidateWithdrawn = "candidate_withdrawn"
        case answerAmended = "answer_amended"
    }

    /// This event's kind.
    public var kind: Kind {
        switch self {
        case .meetingCreated: .meetingCreated
        case .rosterImported: .rosterImported
        case .registrationOpened: .registrationOpened
        case .memberCheckedIn: .memberCheckedIn
        case .memberLeft: .memberLeft
        case .memberReturned: .memberReturned
        case .checkInVoided: .checkInVoided
        case .meetingOpened: .meetingOpened
        case .agendaItemStarted: .agendaItemStarted
        case .quorumDeclared: .quorumDeclared
        case .meetingPostponed: .meetingPostponed
        case .presidiumAppointed: .presidiumAppointed
        case .decisionRecorded: .decisionRecorded
        case .noteRecorded: .noteRecorded
        case .meetingClosed: .meetingClosed
        case .recessStarted: .recessStarted
        case .recessEnded: .recessEnded
        case .questionRoundStarted: .questionRoundStarted
        case .questionRecorded: .questionRecorded
        case .reportPresented: .reportPresented
        case .quorumLossAnswered: .quorumLossAnswered
        case .motionProposed: .motionProposed
        case .voteOpened: .voteOpened
        case .voteCast: .voteCast
        case .handsCounted: .handsCounted
        case .ballotsCounted: .ballotsCounted
        case .voteClosed: .voteClosed
        case .electionOpened: .electionOpened
        case .candidateNominated: .candidateNominated
        case .chairHandedOver: .chairHandedOver
        case .lotDrawn: .lotDrawn
        case .electionTieSettled: .electionTieSettled
        case .proxyGranted: .proxyGranted
        case .shuProposed: .shuProposed
        case .shuAmended: .shuAmended
        case .shuApproved: .shuApproved
        case .shuLedgerImported: .shuLedgerImported
        case .documentDetailsAmended: .documentDetailsAmended
        case .guestArrived: .guestArrived
        case .clockSteppedBack: .clockSteppedBack
        case .eventWithdrawn: .eventWithdrawn
        case .candidateWithdrawn: .candidateWithdrawn
        case .answerAmended: .answerAmended
        }
    }
}
