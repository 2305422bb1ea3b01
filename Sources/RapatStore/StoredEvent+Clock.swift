import Foundation
import RapatCore

/// Journal row of the note that the desk's clock stepped back (`at` in its column, the two readings in the payload).
enum ClockEventKind {
    static let steppedBack = "clock_stepped_back"
}

struct ClockStepPayload: Codable {
    var observedMs: Int64
    var lastMs: Int64
}

extension EventCodec {
    static func encodeClock(_ event: Event, at: Int64) -> StoredEvent? {
        guard case let .clockSteppedBack(step) = event else { return nil }
        return StoredEvent(kind: ClockEventKind.steppedBack, atMilliseconds: at, member: nil,
                           payload: json(ClockStepPayload(observedMs: milliseconds(step.observed),
                                                          lastMs: milliseconds(step.last))))
    }

    static func decodeClock(_ row: StoredEvent, sequence: Int64, at: Date) throws -> Event? {
        guard row.kind == ClockEventKind.steppedBack else { return nil }
        let p = try decodePayload(ClockStepPayload.self, of: row, sequence: sequence)
        return .clockSteppedBack(ClockStep(observed: date(p.observedMs), last: date(p.lastMs), at: at))
    }
}
