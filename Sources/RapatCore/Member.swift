import Foundation

/// A member's number in the buku daftar anggota, as printed on the member card.
///
/// Numbers are compared after trimming and upper-casing, so a scanned "ksp-0012 " finds "KSP-0012".
public struct MemberNumber: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ text: String) {
        rawValue = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    public var description: String { rawValue }
    public var isEmpty: Bool { rawValue.isEmpty }

    public static func < (lhs: MemberNumber, rhs: MemberNumber) -> Bool {
        lhs.rawValue.compare(rhs.rawValue, options: .numeric) == .orderedAscending
    }
}

/// Jenis kelamin as recorded in the register: L (laki-laki) or P (perempuan).
public enum Gender: String, Sendable, CaseIterable, Hashable {
    case male = "L"
    case female = "P"
}

/// Membership status; only `regular` members (anggota biasa) count to quorum and vote (DOMAIN §3).
public enum MembershipStatus: String, Sendable, CaseIterable, Hashable {
    case regular = "biasa"
    case associate = "luar_biasa"
    case candidate = "calon"

    /// The status as a secretary reads it.
    public var label: String {
        switch self {
        case .regular: "anggota biasa"
        case .associate: "anggota luar biasa"
        case .candidate: "calon anggota"
        }
    }
}

/// An office a member holds in the cooperative's organs.
public enum OfficeBody: String, Sendable, CaseIterable, Hashable, Codable {
    case pengurus
    case pengawas
}

/// A member's office, e.g. pengurus with title "Ketua".
public struct Office: Hashable, Sendable {
    public var body: OfficeBody
    public var title: String

    public init(body: OfficeBody, title: String = "") {
        self.body = body
        self.title = title
    }

    /// "Ketua Pengurus", or "Pengurus" when no title is recorded.
    public var label: String {
        let bodyName = body.rawValue.capitalized
        return title.isEmpty ? bodyName : "\(title) \(bodyName)"
    }
}

/// One row of the buku daftar anggota.
public struct Member: Hashable, Sendable {
    public var number: MemberNumber
    public var name: String
    public var gender: Gender
    public var unit: String
    public var status: MembershipStatus
    /// Tanggal masuk as written in the register (ISO `yyyy-MM-dd`).
    public var joinedOn: String
    public var office: Office?
    /// False when the AD/ART suspends this member's vote (e.g. arrears with an AD article).
    public var hasVotingRight: Bool
    /// Tunggakan simpanan wajib or a bad loan, as the register marks it; what it means is `arrears_policy`.
    public var inArrears: Bool

    public init(
        number: MemberNumber, name: String, gender: Gender, unit: String,
        status: MembershipStatus = .regular, joinedOn: String = "", office: Office? = nil,
        hasVotingRight: Bool = true, inArrears: Bool = false
    ) {
        self.inArrears = inArrears
        self.number = number
        self.name = name
        self.gender = gender
        self.unit = unit
        self.status = status
        self.joinedOn = joinedOn
        self.office = office
        self.hasVotingRight = hasVotingRight
    }

    /// Whether this member is counted in N and H under the given quorum base (DOMAIN §7.2).
    public func countsToQuorum(_ base: QuorumBase) -> Bool {
        guard status == .regular else { return false }
        switch base {
        case .registeredMembers: return true
        case .eligibleVoters: return hasVotingRight
        }
    }
}
