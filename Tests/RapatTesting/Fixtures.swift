import Foundation
import RapatCore

/// Shared test fixtures: small rosters, fixed times, and a meeting with registration open.
public enum Fixtures {
    /// 21 Maret 2026 08:00 WIB, the registration opening of the worked examples.
    public static let opening = time("2026-03-21 08:00")

    public static func time(_ text: String) -> Date {
        guard let date = ScriptTime.parse(text, zone: .wib) else { preconditionFailure("bad fixture time \(text)") }
        return date
    }

    public static func member(
        _ number: String, _ name: String, _ gender: Gender = .male, unit: String = "Unit A",
        status: MembershipStatus = .regular, office: Office? = nil, votes: Bool = true
    ) -> Member {
        Member(number: MemberNumber(number), name: name, gender: gender, unit: unit, status: status,
               joinedOn: "2019-01-01", office: office, hasVotingRight: votes)
    }

    /// `count` regular members numbered 0001…, alternating L/P, in units A–C.
    public static func members(_ count: Int) -> [Member] {
        (1...max(count, 1)).prefix(count).map { i in
            member(String(format: "%04d", i), "Anggota \(i)", i % 2 == 0 ? .female : .male,
                   unit: ["Unit A", "Unit B", "Unit C"][i % 3])
        }
    }

    public static let profile = CooperativeProfile(
        name: "KSP Maju Bersama", abbreviation: "KSP-MB", ratNumber: 12, fiscalYear: 2025, timeZone: .wib,
        scheduledStart: time("2026-03-21 09:00"), place: "Balai Pertemuan")

    /// A meeting with `members` imported and registration opened at 08:00 under `rules`.
    public static func openedMeeting(_ members: [Member], rules: MeetingRules = .defaults) throws -> MeetingState {
        var state = MeetingState()
        for command in [
            Command.importRoster(members: members, digest: "test", source: "test.csv", at: opening),
            .openRegistration(rules: rules, profile: profile, at: opening),
        ] {
            for event in try state.decide(command) { state.evolve(event) }
        }
        return state
    }
}

extension MeetingState {
    /// Applies `command` and returns its events; throws the refusal.
    @discardableResult
    public mutating func apply(_ command: Command) throws -> [Event] {
        let events = try decide(command)
        for event in events { evolve(event) }
        return events
    }
}
