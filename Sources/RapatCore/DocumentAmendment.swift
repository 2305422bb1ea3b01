import Foundation

/// Identity fields for the documents completed or corrected after registration (the settings were frozen then).
/// Allowed after the meeting closed: a missing legal-entity number must not make a valid RAT undocumentable.
public struct DocumentAmendment: Hashable, Sendable, Codable {
    /// Keys as in `ba_details`: nomor_badan_hukum, tanggal_badan_hukum, nik, alamat, kota, tempat.
    public var fields: [String: String]
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(fields: [String: String], at: Date) {
        self.fields = fields
        self.at = at
    }

    public static let keys = ["nomor_badan_hukum", "tanggal_badan_hukum", "nik", "alamat", "kota", "tempat"]

    /// The stored names: frozen, they are hashed into every journal.
    enum CodingKeys: String, CodingKey {
        case fields
    }
}

extension MeetingState {
    /// The profile frozen at registration with every later `ba_details` applied in order.
    public var documentProfile: CooperativeProfile? {
        guard var profile = opening?.profile else { return nil }
        for amendment in documentAmendments {
            for (key, value) in amendment.fields {
                switch key {
                case "nomor_badan_hukum": profile.legalEntityNumber = value
                case "tanggal_badan_hukum": profile.details.legalEntityDate = value
                case "nik": profile.details.nik = value
                case "alamat": profile.details.address = value
                case "kota": profile.details.city = value
                case "tempat": profile.place = value
                default: break
                }
            }
        }
        return profile
    }
}
