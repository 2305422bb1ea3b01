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
///
/// The first interval is stored inline; only members who leave and return allocate more, which keeps a
/// 100,000-member meeting small.
public struct MemberAttendance: Hashable, Sendable {
    private var first: AttendanceInterval
    private var later: [AttendanceInterval] = []
    /// The time of the member's latest attendance event, to keep each member's record in order.
    public internal(set) var lastChange: Date

    init(arrived: Date) {
        first = AttendanceInterval(arrived: arrived)
        lastChange = arrived
    }

    public var intervals: [AttendanceInterval] { [first] + later }
    public var firstArrival: Date { first.arrived }
    /// How many of the intervals ended with a departure (`intervals` without building the array).
    var departures: Int { (first.left == nil ? 0 : 1) + later.lazy.filter { $0.left != nil }.count }
    private var last: AttendanceInterval { later.last ?? first }
    public var isPresent: Bool { last.left == nil }
    public var currentArrival: Date? { isPresent ? last.arrived : nil }
    public var lastLeft: Date? { last.left }

    /// Whether the member was present at `time` (arrival inclusive, departure exclusive).
    public func wasPresent(at time: Date) -> Bool {
        intervals.contains { $0.arrived <= time && ($0.left.map { time < $0 } ?? true) }
    }

    mutating func arrive(at time: Date) {
        later.append(AttendanceInterval(arrived: time))
        lastChange = time
    }

    mutating func leave(at time: Date) {
        if later.isEmpty { first.left = time } else { later[later.count - 1].left = time }
        lastChange = time
    }

    /// Drops the latest interval; false when it was the only one (the record should go).
    mutating func dropLatest(at time: Date) -> Bool {
        guard !later.isEmpty else { return false }
        later.removeLast()
        lastChange = time
        return true
    }
}

/// Who is and was present, by roster position, with live counters kept incrementally so the quorum
/// panel is O(1) per event even with 100,000 members.
public struct AttendanceBook: Hashable, Sendable {
    /// Indexed by roster position; nil for members who never attended.
    private var slots: [MemberAttendance?] = []
    /// Members who attended at some time (have a record).
    public private(set) var attendedCount = 0
    /// H(t) now: members present who count to quorum.
    public private(set) var presentCounting = 0
    /// Present now who do not count (luar biasa, calon).
    public private(set) var presentNotCounting = 0
    public private(set) var presentByGender: [Gender: Int] = [:]
    public private(set) var presentByUnit: [String: Int] = [:]

    public init() {}

    public func record(at position: Int) -> MemberAttendance? {
        position < slots.count ? slots[position] : nil
    }

    /// Every record with its roster position, in roster order.
    public var records: [(position: Int, record: MemberAttendance)] {
        slots.enumerated().compactMap { position, record in record.map { (position, $0) } }
    }

    /// Each record with its roster position, in roster order, without building the array of `records`.
    func forEachRecord(_ body: (Int, MemberAttendance) -> Void) {
        for (position, record) in slots.enumerated() { if let record { body(position, record) } }
    }

    mutating func arrive(_ position: Int, member: Member, counts: Bool, at time: Date) {
        if position >= slots.count { slots.append(contentsOf: repeatElement(nil, count: position - slots.count + 1)) }
        if slots[position] != nil {
            slots[position]?.arrive(at: time)
        } else {
            slots[position] = MemberAttendance(arrived: time)
            attendedCount += 1
        }
        adjust(member: member, counts: counts, by: 1)
    }

    mutating func leave(_ position: Int, member: Member, counts: Bool, at time: Date) {
        guard let existing = record(at: position), existing.isPresent else { return }
        slots[position]?.leave(at: time)
        adjust(member: member, counts: counts, by: -1)
    }

    /// Removes the member's latest interval (a mistaken check-in); earlier intervals stay.
    mutating func void(_ position: Int, member: Member, counts: Bool, at time: Date) {
        guard let existing = record(at: position), existing.isPresent else { return }
        if slots[position]?.dropLatest(at: time) != true {
            slots[position] = nil
            attendedCount -= 1
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
