import Foundation
import RapatCore
import RapatText

/// The berita acara's identity fields (`ba_details`) as a form: each field shows its value now, Enter keeps it,
/// and only what was changed is recorded, as one correction event (the settings' values stay in the journal).
extension EntryForm {
    /// The `ba_details` key of each field, in the order of the form (the [R] fields of DOMAIN §12.2 first).
    static let documentDetailKeys = ["nomor_badan_hukum", "tanggal_badan_hukum", "tempat", "kota", "alamat", "rat_ke",
                                     "cara_hadir", "saksi", "tamu_undangan", "pasal_ad", "pasal_art", "sk_pengurus_nomor",
                                     "sk_pengurus_tanggal", "undangan_nomor", "undangan_tanggal", "bahan_dibagikan", "nik"]

    static func documentDetailLabel(_ key: String) -> String {
        switch key {
        case "nomor_badan_hukum": tr("documents.detail.legalEntityNumber")
        case "tanggal_badan_hukum": tr("documents.detail.legalEntityDate")
        case "tempat": tr("documents.detail.place")
        case "kota": tr("documents.detail.city")
        case "alamat": tr("documents.detail.address")
        case "rat_ke": tr("documents.detail.ratNumber")
        case "cara_hadir": tr("documents.detail.attendance")
        case "saksi": tr("documents.detail.witnesses")
        case "tamu_undangan": tr("documents.detail.guests")
        case "pasal_ad": tr("documents.detail.adArticle")
        case "pasal_art": tr("documents.detail.artArticle")
        case "sk_pengurus_nomor": tr("documents.detail.boardDecreeNumber")
        case "sk_pengurus_tanggal": tr("documents.detail.boardDecreeDate")
        case "undangan_nomor": tr("documents.detail.invitationNumber")
        case "undangan_tanggal": tr("documents.detail.invitationDate")
        case "bahan_dibagikan": tr("documents.detail.materialsDate")
        case "nik": tr("documents.detail.nik")
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
                field = Field(documentDetailLabel(key), .choice(options: modes.map(\.uiLabel), defaultIndex: index))
                field.answer = String(index)
                field.shown = modes[index].uiLabel
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
        return EntryForm(.documentDetails(values), title: tr("documents.details.title"), fields: fields)
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
