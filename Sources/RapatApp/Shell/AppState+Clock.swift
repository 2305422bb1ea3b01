import Foundation
import RapatCore
import RapatText

extension AppState {
    /// The time the desk stamps on a command read at `reading`: the reading itself, or 1 ms after the journal's
    /// latest meeting event when the laptop's clock is behind it, so a clock correction never blocks the desk.
    static func stamp(_ reading: Date, after last: Date?) -> Date {
        guard let last else { return reading }
        // Whole milliseconds, as the journal stores them, so the stamp reads back exactly.
        return max(reading, Date(timeIntervalSince1970: ((last.timeIntervalSince1970 * 1000).rounded(.down) + 1) / 1000))
    }

    /// Takes a clock reading: `now` becomes the stamp for the next commands.
    mutating func readClock(_ reading: Date) {
        clockReading = reading
        now = Self.stamp(reading, after: meeting.timelineLastAt)
        // Caught up with the journal: a later step back is a new one and gets its own note.
        if let last = meeting.timelineLastAt, reading >= last { clockStepNoted = false }
    }

    /// The note to record before the next command when the clock reads earlier than the journal's latest meeting
    /// event and that has not been noted yet; nil otherwise (also before registration and after the meeting ended).
    public func dueClockNote() -> Command? {
        guard !clockStepNoted, !readOnly, meeting.opening != nil, meeting.closedAt == nil, meeting.postponement == nil,
              let last = meeting.timelineLastAt, clockReading < last else { return nil }
        return .noteClockSteppedBack(observed: clockReading, last: last, at: Self.stamp(now, after: last))
    }

    /// The runner wrote the note: it is not written again until the clock has caught up; the desk log says so.
    public mutating func clockNoteRecorded(_ events: [Event]) {
        clockStepNoted = true
        for case let .clockSteppedBack(step) in events {
            log(IndonesianFormat.clock(step.at, zone: zone), "⏱", Self.clockStepText(step, zone: zone))
        }
    }

    /// "Jam komputer pukul 08.10 WIB, lebih awal dari catatan terakhir pukul 09.00 WIB: …".
    public static func clockStepText(_ step: ClockStep, zone: IndonesianTimeZone) -> String {
        tr("shell.clockStep", ["observed": UIFormat.time(step.observed, zone: zone),
                               "last": UIFormat.time(step.last, zone: zone)])
    }
}
