import Foundation

/// Attendance figures at one moment, computed from the state alone (DOMAIN §15).
public struct AttendanceStatistics: Sendable {
    public struct GenderRow: Sendable, Equatable {
        public var gender: Gender
        public var registered: Int
        public var attended: Int
        public var presentNow: Int
    }

    public struct UnitRow: Sendable, Equatable {
        public var unit: String
        public var registered: Int
        public var attended: Int
        public var presentNow: Int
        public var absent: Int { registered - attended }
    }

    public struct ArrivalBucket: Sendable, Equatable {
        public var start: Date
        public var count: Int
    }

    public struct LateArrival: Sendable, Equatable {
        public var member: Member
        public var arrived: Date
        public var minutesLate: Int
    }

    public struct Departure: Sendable, Equatable {
        public var member: Member
        public var left: Date
        /// When the member came back after this departure, if they did.
        public var returned: Date?
    }

    public var quorum: QuorumStatus
    /// Distinct counting members present at any time so far.
    public var attended: Int
    public var byGender: [GenderRow]
    /// Sorted by attendance percentage, highest first.
    public var byUnit: [UnitRow]
    public var arrivalsPer15Minutes: [ArrivalBucket]
    /// The reference for lateness: scheduled start plus grace, or the opening time, or nil.
    public var lateReference: Date?
    public var lateArrivals: [LateArrival]
    public var departures: [Departure]
    /// Present at some time but not counted (luar biasa, calon).
    public var notCounting: [Member]
    public var voidedCheckIns: Int
    public var timeZone: IndonesianTimeZone

    public var registered: Int { quorum.registered }
    public var presentNow: Int { quorum.present }
}

extension MeetingState {
    /// Statistics of attendance so far.
    /// `attendanceStatistics()`'s `attended`, `registered` and `departures.count`, the figures of the notulen's
    /// attendance paragraph, without building the rest (the O screen asks after every check-in, issue 13).
    public func attendanceSummary() -> (attended: Int, registered: Int, departures: Int) {
        var attended = 0, departures = 0
        attendance.forEachRecord { position, record in
            departures += record.departures
            if counts(roster.members[position]) { attended += 1 }
        }
        return (attended, quorum.registered, departures)
    }

    public func attendanceStatistics() -> AttendanceStatistics {
        let rules = rules
        let registeredCounts = roster.registered(rules.quorumBase)
        var genderRegistered = registeredCounts.byGender
        var unitRegistered = registeredCounts.byUnit
        // Peninjau (joined after the register cut-off) are not in N, nor in its split.
        for member in observersExcluded {
            genderRegistered[member.gender, default: 0] -= 1
            unitRegistered[member.unit, default: 0] -= 1
        }

        var genderAttended: [Gender: Int] = [:]
        var unitAttended: [String: Int] = [:]
        var buckets: [Int: Int] = [:]
        var late: [AttendanceStatistics.LateArrival] = []
        var departures: [AttendanceStatistics.Departure] = []
        var notCounting: [Member] = []
        var attended = 0

        let start = opening?.profile.scheduledStart ?? meetingOpenedAt
        let lateReference = start.map { $0.addingTimeInterval(Double(rules.lateGraceMinutes) * 60) }

        for (position, record) in attendance.records {
            let member = roster.members[position]
            for (i, interval) in record.intervals.enumerated() {
                guard let left = interval.left else { continue }
                let next = i + 1 < record.intervals.count ? record.intervals[i + 1].arrived : nil
                departures.append(.init(member: member, left: left, returned: next))
            }
            guard counts(member) else {
                notCounting.append(member)
                continue
            }
            attended += 1
            genderAttended[member.gender, default: 0] += 1
            unitAttended[member.unit, default: 0] += 1
            let seconds = Int(record.firstArrival.timeIntervalSince1970.rounded(.down))
            buckets[seconds - ((seconds % 900) + 900) % 900, default: 0] += 1
            if let reference = start, let lateReference, record.firstArrival > lateReference {
                // Late by part of a minute is late by one: "terlambat 0 menit" would contradict itself.
                let minutes = max(1, Int((record.firstArrival.timeIntervalSince(reference) / 60).rounded(.up)))
                late.append(.init(member: member, arrived: record.firstArrival, minutesLate: minutes))
            }
        }

        let genders = Gender.allCases.map { g in
            AttendanceStatistics.GenderRow(
                gender: g, registered: genderRegistered[g] ?? 0, attended: genderAttended[g] ?? 0,
                presentNow: attendance.presentByGender[g] ?? 0)
        }
        let units = roster.units.compactMap { unit -> AttendanceStatistics.UnitRow? in
            guard let registered = unitRegistered[unit], registered > 0 else { return nil }
            return .init(unit: unit, registered: registered, attended: unitAttended[unit] ?? 0,
                         presentNow: attendance.presentByUnit[unit] ?? 0)
        }.sorted { a, b in
            // Compare attended/registered without division: a.att * b.reg vs b.att * a.reg.
            let left = a.attended * b.registered, right = b.attended * a.registered
            return left != right ? left > right : Roster.naturalOrder(a.unit, b.unit)
        }

        return AttendanceStatistics(
            quorum: quorum, attended: attended, byGender: genders, byUnit: units,
            arrivalsPer15Minutes: buckets.sorted { $0.key < $1.key }.map {
                .init(start: Date(timeIntervalSince1970: Double($0.key)), count: $0.value)
            },
            lateReference: lateReference,
            lateArrivals: late.sorted { $0.arrived < $1.arrived },
            departures: departures.sorted { $0.left < $1.left },
            notCounting: notCounting, voidedCheckIns: voidedCheckIns.count, timeZone: timeZone)
    }
}
