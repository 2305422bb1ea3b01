import Foundation
import RapatText

/// Who a non-member attendee is (DOMAIN §3, §14): an invited guest (Dinas Koperasi, Dekopinda, pendamping, akuntan
/// publik), an observer (calon anggota, a neighbouring koperasi), or staff who are not members. None of them counts
/// for quorum or votes; the daftar hadir lists them apart.
public enum GuestRole: String, Sendable, CaseIterable, Hashable, Codable {
    case invited = "undangan"
    case observer = "peninjau"
    case staff = "karyawan"

    public var label: String {
        switch self {
        case .invited: "undangan"
        case .observer: "peninjau (bukan anggota)"
        case .staff: "karyawan bukan anggota"
        }
    }
}

/// A non-member who came, recorded at the desk by name and origin.
public struct GuestArrival: Hashable, Sendable, Codable {
    public var name: String
    /// Instansi or where they come from ("Dinas Koperasi Kab. Bogor", "KUD Sinar Tani").
    public var origin: String
    public var role: GuestRole
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(name: String, origin: String, role: GuestRole, at: Date) {
        self.name = name
        self.origin = origin
        self.role = role
        self.at = at
    }

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case name, origin, role
    }

    /// "Drs. Hartono (Dinas Koperasi Kab. Bogor)".
    public var line: String { origin.isEmpty ? name : "\(name) (\(origin))" }
}

extension MeetingState {
    /// Refuses a guest without a name, or one already recorded (same name and origin, ignoring case and spaces).
    func decideGuest(name: String, origin: String, role: GuestRole, at: Date) throws(RapatError) -> [Event] {
        guard opening != nil else { throw .registrationNotOpen }
        let name = name.trimmingCharacters(in: .whitespaces), origin = origin.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw .missingField(tr("core.field.guestName")) }
        func key(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        if let earlier = guests.first(where: { key($0.name) == key(name) && key($0.origin) == key(origin) }) {
            throw .invalidValue(tr("core.guestTwice", ["guest": earlier.line, "role": earlier.role.rawValue, "time": RefusalFormat.time(earlier.at, zone: timeZone)]))
        }
        return [.guestArrived(GuestArrival(name: name, origin: origin, role: role, at: at))]
    }
}
