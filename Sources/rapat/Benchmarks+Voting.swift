import Foundation
import RapatApp
import RapatCore
import RapatStore

/// Issue 4's measurements: a roll-call of a 12,022-member cooperative must stay instant.
extension Benchmarks {
    struct RollCallTimes {
        var eligible: Int
        var open: Double
        var entries: Sample
        var tally: Sample
        var close: Double
    }

    /// Every counted member present, one motion, a roll-call where each eligible member votes once, durably.
    func rollCall() throws -> RollCallTimes {
        let members = SyntheticRoster.members(count: 12_022, seed: 17)
        let file = try MeetingFile.create(at: dir + "/vote.rapat", purpose: "bench")
        var journal = JournalBuilder(file: file)
        func add(_ command: Command) throws { try journal.add(command) }
        try add(.importRoster(members: members, digest: Roster.digest(of: members), source: "bench", at: opening))
        try add(.openRegistration(rules: .defaults, profile: profile, at: opening))
        for (i, member) in members.enumerated() {
            try add(.checkIn(member.number, at: opening.addingTimeInterval(Double(i) * 0.1)))
        }
        let agenda = Agenda(items: [AgendaItem(kind: .opening), AgendaItem(kind: .closing)])
        try add(.openMeeting(by: "Ketua", agenda: agenda, at: opening.addingTimeInterval(3_600)))
        try add(.proposeMotion(text: "Usul", kind: .ordinary, concerns: nil, at: opening.addingTimeInterval(3_601)))
        try journal.flush()

        let session = try MeetingSession(file: file)
        var clock = opening.addingTimeInterval(3_602)
        var start = now()
        try session.execute(.openVote(subject: .motion(1), method: .rollCall, at: clock))
        let open = elapsed(since: start)
        let eligible = session.state.openVote?.opening.eligible ?? []
        var entries: [Double] = []
        for (i, number) in eligible.enumerated() {
            clock = clock.addingTimeInterval(0.01)
            let choice = VoteChoice.allCases[i % 3]
            start = now()
            try session.execute(.castVote(member: number, choice: choice, at: clock))
            entries.append(elapsed(since: start))
        }
        var tally: [Double] = []
        for _ in 0..<20 {
            start = now()
            _ = try session.state.decide(.closeVote(castingVote: nil, at: clock))
            tally.append(elapsed(since: start))
        }
        start = now()
        try session.execute(.closeVote(castingVote: nil, at: clock.addingTimeInterval(1)))
        let close = elapsed(since: start)
        return RollCallTimes(eligible: eligible.count, open: open, entries: Sample(entries), tally: Sample(tally), close: close)
    }
}
