import Foundation

/// The buku daftar anggota: an immutable, versioned list of members with fast lookup.
///
/// - Important: once registration opens, the roster in force is frozen (DOMAIN P5); N is computed from it.
public struct Roster: Sendable, Equatable {
    public let version: Int
    public let members: [Member]
    /// SHA-256 (hex) of the canonical roster text, recorded in the journal for tamper evidence.
    public let digest: String
    /// Positions sorted by member number: binary search costs 0.4 MB for 100,000 members, where a
    /// dictionary's buckets cost about 6 MB.
    private let positionsByNumber: [Int32]
    /// Positions sorted by `MemberNumber.normalizedKey`, so "7" finds 0007: built on the first lookup that is not
    /// an exact match (most never are), so opening a 12,022-member meeting does not sort every key.
    private let keyIndex = NormalizedKeyIndex()
    /// Units, in natural order.
    public let units: [String]
    /// Registered counts per quorum base, computed once: screens redraw every second and must not rescan
    /// 100,000 members each time.
    private let countsByBase: [QuorumBase: RegisteredCounts]

    public init(version: Int, members: [Member], digest: String) {
        self.version = version
        self.members = members
        self.digest = digest
        var units: [String] = []
        var seenUnits: Set<String> = []
        for member in members where seenUnits.insert(member.unit).inserted {
            units.append(member.unit)
        }
        var counts: [QuorumBase: RegisteredCounts] = [:]
        for base in QuorumBase.allCases {
            var c = RegisteredCounts()
            for member in members where member.countsToQuorum(base) {
                c.total += 1
                c.byGender[member.gender, default: 0] += 1
                c.byUnit[member.unit, default: 0] += 1
            }
            counts[base] = c
        }
        countsByBase = counts
        positionsByNumber = (0..<Int32(members.count)).sorted {
            members[Int($0)].number.rawValue < members[Int($1)].number.rawValue
        }
        self.units = units.sorted(by: Self.naturalOrder)
    }

    public static let empty = Roster(version: 0, members: [], digest: "")

    /// Case-insensitive order with numbers compared by value ("Unit 2" before "Unit 10"), without the
    /// locale machinery (ICU collation data would cost memory at every start).
    public static func naturalOrder(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: [.caseInsensitive, .numeric]) == .orderedAscending
    }

    public var count: Int { members.count }

    /// The position of a member in `members`, or nil for a non-member: the member with exactly this number,
    /// else the one member whose number is equal to it without spaces and leading zeros ("7" finds 0007).
    ///
    /// - Important: every path (decide, evolve, the desk, JSON Lines) looks members up here, so they agree.
    public func position(of number: MemberNumber) -> Int? {
        if let exact = exactPosition(of: number) { return exact }
        let wanted = number.normalizedKey
        let positionsByKey = keyIndex.positions(of: members)
        func key(at index: Int) -> String { members[Int(positionsByKey[index])].number.normalizedKey }
        var low = 0, high = positionsByKey.count
        while low < high {
            let mid = (low + high) / 2
            // Byte order, as the index is sorted.
            if key(at: mid).utf8.lexicographicallyPrecedes(wanted.utf8) { low = mid + 1 } else { high = mid }
        }
        // Exactly one match; two would be ambiguous (RosterCSV and `decide` refuse such a roster).
        guard low < positionsByKey.count, key(at: low) == wanted,
              low + 1 == positionsByKey.count || key(at: low + 1) != wanted else { return nil }
        return Int(positionsByKey[low])
    }

    /// The member's number as the roster writes it ("7" gives 0007), or nil for a non-member.
    public func registeredNumber(_ number: MemberNumber) -> MemberNumber? {
        position(of: number).map { members[$0].number }
    }

    private func exactPosition(of number: MemberNumber) -> Int? {
        var low = 0, high = positionsByNumber.count
        while low < high {
            let mid = (low + high) / 2
            let candidate = members[Int(positionsByNumber[mid])].number.rawValue
            if candidate == number.rawValue { return Int(positionsByNumber[mid]) }
            if candidate < number.rawValue { low = mid + 1 } else { high = mid }
        }
        return nil
    }

    public func member(_ number: MemberNumber) -> Member? {
        position(of: number).map { members[$0] }
    }

    /// N: members counted to quorum under `base`.
    public func registeredCount(_ base: QuorumBase) -> Int { registered(base).total }

    /// N with its split by L/P and by unit, under `base`.
    public func registered(_ base: QuorumBase) -> RegisteredCounts { countsByBase[base] ?? RegisteredCounts() }

    public static func == (lhs: Roster, rhs: Roster) -> Bool {
        lhs.version == rhs.version && lhs.digest == rhs.digest && lhs.members == rhs.members
    }
}

extension Roster {
    /// The canonical text the roster digest is computed over: one tab-separated line per member, in order.
    public static func canonicalText(of members: [Member]) -> String {
        var text = ""
        text.reserveCapacity(members.count * 64)
        for m in members {
            let fields = [
                m.number.rawValue, m.name, m.gender.rawValue, m.unit, m.status.rawValue, m.joinedOn,
                m.office?.body.rawValue ?? "", m.office?.title ?? "", m.hasVotingRight ? "1" : "0",
            ]
            text += fields.joined(separator: "\t")
            // Added later: written only when set, so rosters recorded before it keep their digest.
            if m.inArrears { text += "\ttunggakan" }
            text += "\n"
        }
        return text
    }
}

/// Members counted to quorum, in total and split by jenis kelamin and unit.
public struct RegisteredCounts: Equatable, Sendable {
    public var total = 0
    public var byGender: [Gender: Int] = [:]
    public var byUnit: [String: Int] = [:]
}

/// The roster's positions sorted by normalised member number, built once on first use (thread-safe: a roster is
/// `Sendable` and shared, and the index is a pure function of its members).
final class NormalizedKeyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var sorted: [Int32]?

    func positions(of members: [Member]) -> [Int32] {
        lock.lock()
        defer { lock.unlock() }
        if let sorted { return sorted }
        let keys = members.map { Array($0.number.normalizedKey.utf8) }
        let built = (0..<Int32(members.count)).sorted { keys[Int($0)].lexicographicallyPrecedes(keys[Int($1)]) }
        sorted = built
        return built
    }
}
