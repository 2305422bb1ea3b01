import Foundation

/// One stretch of presence: arrived, and possibly left.
public struct AttendanceInterval: Hashable, Sendable {
    public var arrived: Date
    public var left: Date?

    public init(arrived: Date, left: Date? = nil) {
        self.arrived = arrived
        self.left = left
    }
}

/// A member's presence over the meeting: every interval is kept (DOMAIN E4).
public struct MemberAttendance: Hashable, Sendable {
    public var intervals: [AttendanceInterval]
    /// The time of the member's latest attendance event, to keep each member's record in order.
    public var lastChange: Date

    public var firstArrival: Date { intervals[0].arrived }
    public var isPresent: Bool { intervals.last?.left == nil }
    public var currentArrival: Date? { isPresent ? intervals.last?.arrived : nil }
    public var lastLeft: Date? { intervals.last?.left }

    /// Whether the member was present at `time` (arrival inclusive, departure exclusive).
    public func wasPresent(at time: Date) -> Bool {
        intervals.contains { $0.arrived <= time && ($0.left.map { time < $0 } ?? true) }
    }
}

/// Who is and was present, keyed by roster position, with live counters kept incrementally so the
/// quorum panel is O(1) per event even with 100,000 members.
public struct AttendanceBook: Hashable, Sendable {
    public private(set) var records: [Int: MemberAttendance] = [:]
    /// H(t) now: members present who count to quorum.
    public private(set) var presentCounting = 0
    /// Present now who do not count (luar biasa, calon).
    public private(set) var presentNotCounting = 0
    public private(set) var presentByGender: [Gender: Int] = [:]
    public private(set) var presentByUnit: [String: Int] = [:]

    public init() {}

    public func record(at position: Int) -> MemberAttendance? { records[position] }

    mutating func arrive(_ position: Int, member: Member, counts: Bool, at time: Date) {
        if var existing = records[position] {
            existing.intervals.append(AttendanceInterval(arrived: time))
            existing.lastChange = time
            records[position] = existing
        } else {
            records[position] = MemberAttendance(intervals: [AttendanceInterval(arrived: time)], lastChange: time)
        }
        adjust(member: member, counts: counts, by: 1)
    }

    mutating func leave(_ position: Int, member: Member, counts: Bool, at time: Date) {
        guard var existing = records[position], existing.isPresent else { return }
        existing.intervals[existing.intervals.count - 1].left = time
        existing.lastChange = time
        records[position] = existing
        adjust(member: member, counts: counts, by: -1)
    }

    /// Removes the member's latest interval (a mistaken check-in); earlier intervals stay.
    mutating func void(_ position: Int, member: Member, counts: Bool, at time: Date) {
        guard var existing = records[position], existing.isPresent else { return }
        existing.intervals.removeLast()
        if existing.intervals.isEmpty {
            records[position] = nil
        } else {
            existing.lastChange = time
            records[position] = existing
        }
        adjust(member: member, counts: counts, by: -1)
    }

    private mutating func adjust(member: Member, counts: Bool, by delta: Int) {
        if counts {
            presentCounting += delta
            presentByGender[member.gender, default: 0] += delta
            presentByUnit[member.unit, default: 0] += delta
        } else {
            presentNotCounting += delta
        }
    }
}
