import Foundation
import RapatCore

/// The berita acara's identity fields (`ba_details`) as a form: each field shows its value now, Enter keeps it,
/// and only what was changed is recorded, as one correction event (the settings' values stay in the journal).
extension EntryForm {
    /// The `ba_details` key of each field, in the order of the form (the [R] fields of DOMAIN §12.2 first).
    static let documentDetailKeys = ["nomor_badan_hukum", "tanggal_badan_hukum", "tempat", "kota", "alamat", "rat_ke",
                                     "cara_hadir", "saksi", "tamu_undangan", "pasal_ad", "pasal_art", "sk_pengurus_nomor",
                                     "sk_pengurus_tanggal", "undangan_nomor", "undangan_tanggal", "bahan_dibagikan", "nik"]

    static func documentDetailLabel(_ key: String) -> String {
        switch key {
        case "nomor_badan_hukum": "Nomor badan hukum"
        case "tanggal_badan_hukum": "Tanggal badan hukum (mis. 12 Januari 2015)"
        case "tempat": "Tempat rapat"
        case "kota": "Kota (tempat tanda tangan)"
        case "alamat": "Alamat koperasi"
        case "rat_ke": "RAT ke-"
        case "cara_hadir": "Cara hadir"
        case "saksi": "Saksi wakil anggota (pisahkan dengan ;)"
        case "tamu_undangan": "Tamu undangan (pisahkan dengan ;)"
        case "pasal_ad": "Pasal AD tentang RAT"
        case "pasal_art": "Pasal ART tentang RAT"
        case "sk_pengurus_nomor": "Nomor SK pengurus penyelenggara"
        case "sk_pengurus_tanggal": "Tanggal SK pengurus"
        case "undangan_nomor": "Nomor surat undangan"
        case "undangan_tanggal": "Tanggal surat undangan"
        case "bahan_dibagikan": "Tanggal bahan RAT dibagikan"
        case "nik": "NIK koperasi"
        default: key
        }
    }

    /// The form over `profile`'s values now (the settings with every earlier correction).
    static func documentDetails(_ profile: CooperativeProfile) -> EntryForm {
        let values = DocumentAmendment.currentValues(of: profile)
        let modes = AttendanceMode.allCases
        let fields = documentDetailKeys.map { key -> Field in
            let value = values[key] ?? ""
            var field: Field
            if key == "cara_hadir" {
                let index = modes.firstIndex { $0.rawValue == value } ?? 0
                field = Field(documentDetailLabel(key), .choice(options: modes.map(\.label), defaultIndex: index))
                field.answer = String(index)
                field.shown = modes[index].label
            } else {
                let kind: Field.Kind = DocumentAmendment.dateKeys.contains(key) ? .date : .text(required: false)
                field = Field(documentDetailLabel(key), kind)
                // Lists are typed on one line, "Ani; Budi; 0042".
                field.answer = DocumentAmendment.listKeys.contains(key) ? value.split(separator: "\n").joined(separator: "; ") : value
                field.shown = field.answer
            }
            field.accepted = true
            return field
        }
        return EntryForm(.documentDetails(values), title: "Identitas berita acara", fields: fields)
    }

    /// The fields whose answer differs from the value when the form opened, as `ba_details` stores them; nil when
    /// nothing was changed.
    func documentDetailChanges(from before: [String: String]) -> [String: String]? {
        var changes: [String: String] = [:]
        for (index, key) in Self.documentDetailKeys.enumerated() {
            var value = fields[index].answer.trimmingCharacters(in: .whitespaces)
            if key == "cara_hadir" { value = AttendanceMode.allCases[Int(value) ?? 0].rawValue }
            if DocumentAmendment.listKeys.contains(key) {
                value = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    .joined(separator: "\n")
            }
            if value != (before[key] ?? ""), !value.isEmpty { changes[key] = value }
        }
        return changes.isEmpty ? nil : changes
    }
}
