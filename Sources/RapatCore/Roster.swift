import Foundation

/// The buku daftar anggota: an immutable, versioned list of members with fast lookup.
///
/// - Important: once registration opens, the roster in force is frozen (DOMAIN P5); N is computed from it.
public struct Roster: Sendable, Equatable {
    public let version: Int
    public let members: [Member]
    /// SHA-256 (hex) of the canonical roster text, recorded in the journal for tamper evidence.
    public let digest: String
    private let indexByNumber: [MemberNumber: Int]
    /// Units in first-seen order, with their registered counts per quorum base.
    public let units: [String]

    public init(version: Int, members: [Member], digest: String) {
        self.version = version
        self.members = members
        self.digest = digest
        var index: [MemberNumber: Int] = [:]
        index.reserveCapacity(members.count)
        var units: [String] = []
        var seenUnits: Set<String> = []
        for (position, member) in members.enumerated() {
            index[member.number] = position
            if seenUnits.insert(member.unit).inserted { units.append(member.unit) }
        }
        indexByNumber = index
        self.units = units.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    public static let empty = Roster(version: 0, members: [], digest: "")

    public var count: Int { members.count }

    /// The position of a member in `members`, or nil for a non-member.
    public func position(of number: MemberNumber) -> Int? { indexByNumber[number] }

    public func member(_ number: MemberNumber) -> Member? {
        position(of: number).map { members[$0] }
    }

    /// N: members counted to quorum under `base`.
    public func registeredCount(_ base: QuorumBase) -> Int {
        members.reduce(0) { $0 + ($1.countsToQuorum(base) ? 1 : 0) }
    }

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
            text += "\n"
        }
        return text
    }
}
