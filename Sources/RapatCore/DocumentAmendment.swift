import Foundation
import RapatText

/// Identity fields for the documents completed or corrected after registration (the settings were frozen then).
/// Allowed after the meeting closed: a missing legal-entity number must not make a valid RAT undocumentable.
public struct DocumentAmendment: Hashable, Sendable, Codable {
    /// Keys as in `ba_details` (`keys`); a list (saksi, tamu_undangan) is stored as its entries joined by a line
    /// break, which no entry can contain (script strings refuse control characters).
    public var fields: [String: String]
    /// Not in the coded form: a journal stores the date of an event in a column of its own.
    public var at: Date = .distantPast

    public init(fields: [String: String], at: Date) {
        self.fields = fields
        self.at = at
    }

    public static let keys = ["nomor_badan_hukum", "tanggal_badan_hukum", "nik", "alamat", "kota", "tempat", "rat_ke",
                              "cara_hadir", "saksi", "tamu_undangan", "pasal_ad", "pasal_art", "sk_pengurus_nomor",
                              "sk_pengurus_tanggal", "undangan_nomor", "undangan_tanggal", "bahan_dibagikan"]
    /// The keys whose value is a list.
    public static let listKeys: Set<String> = ["saksi", "tamu_undangan"]
    /// The keys whose value is a date `TTTT-BB-HH`.
    public static let dateKeys: Set<String> = ["sk_pengurus_tanggal", "undangan_tanggal", "bahan_dibagikan"]

    /// Why `value` cannot be the value of `key`, with what to write instead; nil when it can.
    public static func problem(key: String, value: String) -> String? {
        switch key {
        case "rat_ke":
            guard let n = Int(value), n >= 1 else { return tr("core.amend.ratNumber", ["value": value]) }
            return nil
        case "cara_hadir":
            guard AttendanceMode(rawValue: value) == nil else { return nil }
            return tr("core.amend.attendanceMode", ["value": value])
        case _ where dateKeys.contains(key):
            return isISODate(value) ? nil : tr("core.amend.date", ["key": key, "value": value])
        default:
            return nil
        }
    }

    /// `TTTT-BB-HH` with a month 1–12 and a day that exists in it.
    public static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

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
                case "rat_ke":
                    if let n = Int(value) { profile.ratNumber = n; profile.details.ratNumberAssumed = false }
                case "cara_hadir": profile.details.attendanceMode = AttendanceMode(rawValue: value) ?? .inPerson
                case "saksi": profile.details.witnesses = value.split(separator: "\n").map(String.init)
                case "tamu_undangan": profile.details.guests = value.split(separator: "\n").map(String.init)
                case "pasal_ad": profile.details.basis.adArticle = value
                case "pasal_art": profile.details.basis.artArticle = value
                case "sk_pengurus_nomor": profile.details.basis.decreeNumber = value
                case "sk_pengurus_tanggal": profile.details.basis.decreeDate = value
                case "undangan_nomor": profile.details.basis.invitationNumber = value
                case "undangan_tanggal": profile.details.basis.invitationDate = value
                case "bahan_dibagikan": profile.details.basis.materialsDate = value
                default: break
                }
            }
        }
        return profile
    }
}

extension DocumentAmendment {
    /// The value each `ba_details` key has in `profile` now (a list as its entries joined by a line break, as an
    /// amendment stores it): what a form offers to keep or correct.
    public static func currentValues(of profile: CooperativeProfile) -> [String: String] {
        let details = profile.details, basis = details.basis
        return [
            "nomor_badan_hukum": profile.legalEntityNumber, "tanggal_badan_hukum": details.legalEntityDate, "nik": details.nik,
            "alamat": details.address, "kota": details.city, "tempat": profile.place,
            "rat_ke": details.ratNumberAssumed ? "" : String(profile.ratNumber), "cara_hadir": details.attendanceMode.rawValue,
            "saksi": details.witnesses.joined(separator: "\n"), "tamu_undangan": details.guests.joined(separator: "\n"),
            "pasal_ad": basis.adArticle, "pasal_art": basis.artArticle, "sk_pengurus_nomor": basis.decreeNumber,
            "sk_pengurus_tanggal": basis.decreeDate, "undangan_nomor": basis.invitationNumber,
            "undangan_tanggal": basis.invitationDate, "bahan_dibagikan": basis.materialsDate,
        ]
    }
}
