import Foundation

/// Payload of `Event.clockSteppedBack`: what the desk's clock read, and the journal time it was behind.
public struct ClockStep: Hashable, Sendable {
    /// What the clock read.
    public var observed: Date
    /// The latest meeting event in the journal at that moment.
    public var last: Date
    /// When the note was recorded: at or just after `last`.
    public var at: Date

    public init(observed: Date, last: Date, at: Date) {
        self.observed = observed
        self.last = last
        self.at = at
    }
}

extension Event {
    /// Paperwork done on its own day, outside the meeting's timeline: `rapat init`, roster and SHU ledger imports,
    /// `ba_details`. Every other event belongs to the timeline, which begins at `registrationOpened`.
    public var isAdministrative: Bool {
        switch self {
        case .meetingCreated, .rosterImported, .shuLedgerImported, .documentDetailsAmended: true
        default: false
        }
    }

    /// The member an attendance event is about, for refusal messages.
    var attendanceMember: MemberNumber? {
        switch self {
        case let .memberCheckedIn(n, _), let .memberLeft(n, _), let .memberReturned(n, _), let .checkInVoided(n, _, _): n
        default: nil
        }
    }
}

extension MeetingState {
    /// How far past `now` an event may be dated: a hand-written script or a second laptop may differ by a few minutes.
    public static let futureTolerance: TimeInterval = 5 * 60

    /// Validates `command` against the current state and returns the events it produces, or refuses.
    ///
    /// Pure: the time comes in the command and `now` (the caller's clock) as a value; nothing is written here.
    /// Without `now` only the order of the timeline is checked, not the future.
    public func decide(_ command: Command, now: Date? = nil) throws(RapatError) -> [Event] {
        let events = try proposedEvents(for: try command.withRegisteredNumbers(in: roster))
        try checkChronology(of: events, now: now)
        return events
    }

    /// Time runs forward (DECISIONS.md): each meeting event is at or after the latest meeting event; no event,
    /// administrative ones included, is later than `now` plus `futureTolerance`.
    public func checkChronology(of events: [Event], now: Date?) throws(RapatError) {
        var last = timelineLastAt
        for event in events {
            // The opening itself brings the cooperative's zone.
            var zone = timeZone
            if case let .registrationOpened(opening) = event { zone = opening.profile.timeZone }
            if let now, event.at > now.addingTimeInterval(Self.futureTolerance) {
                throw .timeInFuture(at: event.at, now: now, zone: zone)
            }
            if event.isAdministrative { continue }
            if let last, event.at < last {
                throw .timeBeforeLastEvent(event.attendanceMember, at: event.at, last: last, zone: zone)
            }
            last = event.at
        }
    }
}
