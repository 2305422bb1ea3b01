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

    /// The number without spaces and without leading zeros in each run of digits: "0012", "12" and " 0 012"
    /// all give "12", "KSP-0012" gives "KSP-12". Two roster numbers with the same key are the same number
    /// (RosterCSV refuses such a roster), and a typed number finds the one member with its key.
    public var normalizedKey: String {
        let bytes = rawValue.utf8
        // Fast path: nothing to drop (most rosters, and every lookup that already matches exactly).
        var needsWork = false
        var previous: UInt8 = 0
        for byte in bytes {
            let atRunStart = !(0x30...0x39).contains(previous)
            if byte == 0x20 || byte == 0x09 || (byte == 0x30 && atRunStart) { needsWork = true; break }
            previous = byte
        }
        guard needsWork else { return rawValue }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingZero = false  // a run of zeros seen at a run start, kept only if the run ends there
        var inRun = false
        for byte in bytes where byte != 0x20 && byte != 0x09 {
            let isDigit = (0x30...0x39).contains(byte)
            if isDigit {
                if !inRun, byte == 0x30 {
                    pendingZero = true
                    continue
                }
                inRun = true
                pendingZero = false
                out.append(byte)
            } else {
                if pendingZero { out.append(0x30) }
                pendingZero = false
                inRun = false
                out.append(byte)
            }
        }
        if pendingZero { out.append(0x30) }
        return String(decoding: out, as: UTF8.self)
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
