import Foundation
import RapatText

/// The SHU commands of the JSON Lines language.
extension CommandScript {
    static let shuCommands: [(name: String, fields: [String], summary: String)] = [
        ("shu_propose", ["surplus"], "usulan pembagian SHU: SHU tahun buku setelah pajak (Rupiah) dengan komponen dari koperasi.toml"),
        ("ba_details", DocumentAmendment.keys.map { $0 + "?" },
         "melengkapi/memperbaiki isian identitas berita acara (boleh sesudah rapat ditutup)"),
        ("shu_amend", ["components", "reason"], "perubahan persentase dalam rapat: [{\"name\",\"percent\",\"role\"}], berjumlah 100"),
        ("guest", ["name", "origin?", "role?"],
         "tamu bukan anggota yang hadir: nama, asal/instansi, role undangan (bawaan), peninjau, atau karyawan; tidak dihitung"),
    ]

    static func shuCommand(_ name: String, _ fields: inout Fields, at: Date) throws(LineError) -> Command? {
        switch name {
        case "shu_propose":
            fields.used.insert("surplus")
            let amount: Rupiah
            if let number = fields.object["surplus"] as? Int {
                amount = Rupiah(rupiah: Int64(number))
            } else {
                let text = try fields.string("surplus")
                do { amount = try Rupiah.parse(text) } catch { throw LineError("surplus: \(error.message)") }
            }
            return .proposeShu(surplus: amount, at: at)
        case "guest":
            let roleText = try fields.optionalString("role") ?? GuestRole.invited.rawValue
            guard let role = GuestRole(rawValue: roleText) else {
                throw LineError(tr("core.script.unknownChoice", ["key": "role", "value": roleText, "known": GuestRole.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            return .recordGuest(name: try fields.string("name"), origin: try fields.optionalString("origin") ?? "", role: role, at: at)
        case "ba_details":
            var values: [String: String] = [:]
            for key in DocumentAmendment.keys {
                if DocumentAmendment.listKeys.contains(key) {
                    if let list = try baDetailsList(key, &fields) { values[key] = list }
                } else if key == "rat_ke", let number = fields.object[key] as? Int {
                    fields.used.insert(key)
                    values[key] = String(number)
                } else if let value = try fields.optionalString(key) {
                    values[key] = value
                }
                if let value = values[key], let problem = DocumentAmendment.problem(key: key, value: value) {
                    throw LineError(problem)
                }
            }
            return .amendDocumentDetails(fields: values, at: at)
        case "shu_amend":
            fields.used.insert("components")
            guard let list = fields.object["components"] as? [[String: Any]], !list.isEmpty else {
                throw LineError(tr("core.script.componentsList"))
            }
            let components = try list.enumerated().map { index, item throws(LineError) in
                guard let name = item["name"] as? String, !name.isEmpty else {
                    throw LineError(tr("core.script.componentName", ["n": index + 1]))
                }
                let percentText = (item["percent"] as? String) ?? (item["percent"] as? Int).map(String.init) ?? ""
                guard let percentage = Percentage(text: percentText) else {
                    throw LineError(tr("core.script.componentPercent", ["n": index + 1, "value": percentText]))
                }
                let roleText = (item["role"] as? String) ?? ShuRole.other.rawValue
                guard let role = ShuRole(rawValue: roleText) else {
                    throw LineError(tr("core.script.componentRole", ["n": index + 1, "value": roleText]))
                }
                return ShuComponent(name: name, percentage: percentage, role: role)
            }
            return .amendShu(components: components, reason: try fields.string("reason"), at: at)
        default:
            return nil
        }
    }

    /// A list field of `ba_details` ("saksi": ["Siti Aminah", "0042"]) as its entries joined by a line break; a
    /// single text is a list of one.
    static func baDetailsList(_ key: String, _ fields: inout Fields) throws(LineError) -> String? {
        guard let value = fields.object[key] else { return nil }
        fields.used.insert(key)
        if let text = value as? String { return text }
        guard let list = value as? [Any], list.allSatisfy({ $0 is String }) else {
            throw LineError(tr("core.script.expectNameList", ["key": key, "value": describeValue(value)]))
        }
        let entries = list.compactMap { ($0 as? String)?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return entries.joined(separator: "\n")
    }
}
