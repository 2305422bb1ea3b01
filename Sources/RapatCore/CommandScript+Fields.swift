import Foundation
import RapatText

extension CommandScript {
    /// Fields every line may carry besides its command's own.
    static let commonFields = ["cmd", "at", "id", "v"]

    /// The field names of command `name` from the `commands` table ("member | guest", "setuju+tidak_setuju",
    /// "reason?" give member, guest, setuju, tidak_setuju, reason), or nil for an unknown command.
    static func fieldNames(of name: String) -> [String]? {
        guard let entry = commands.first(where: { $0.name == name }) else { return nil }
        return entry.fields.flatMap { spec in
            spec.split(whereSeparator: { $0 == "|" || $0 == "+" }).map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "?", with: "")
            }
        }
    }

    /// The refusal of an unknown command name, suggesting the nearest one.
    static func unknownCommand(_ name: String) -> LineError {
        if let near = nearest(to: name, among: commands.map(\.name)) {
            return LineError(tr("core.script.unknownCommand.near", ["name": name, "near": near]))
        }
        let known = commands.map(\.name).joined(separator: ", ")
        return LineError(tr("core.script.unknownCommand", ["name": name, "known": known]))
    }

    /// The candidate within edit distance 2 of `word` (and closer than its own length), nearest first.
    static func nearest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= 2 && $0.1 < $0.0.count }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// What a JSON value is, in words, for "harus berupa … bukan …".
    static func describeValue(_ value: Any) -> String {
        switch value {
        case let flag as Bool: return flag ? "true" : "false"
        case let number as Int: return "angka \(number)"
        case let number as Double: return "pecahan \(number)"
        case is String: return "teks"
        case is StrictJSON.Null: return "null"
        case is [Any]: return "daftar [...]"
        case is [String: Any]: return "objek {...}"
        default: return "\(type(of: value))"
        }
    }

    /// Field access that remembers which keys were read, to refuse unknown ones.
    struct Fields {
        let object: [String: Any]
        var used: Set<String> = []

        /// Refuses keys that command `name` does not have, suggesting the nearest field (a misspelt
        /// `"setju"` is reported as such, not as a missing `"setuju"`). Unknown commands pass, to be refused by name.
        func requireKnownFields(for name: String) throws(LineError) {
            guard let own = CommandScript.fieldNames(of: name) else { return }
            let known = CommandScript.commonFields + own
            for key in object.keys.sorted() where !known.contains(key) {
                if let near = CommandScript.nearest(to: key, among: known) {
                    throw LineError(tr("core.script.unknownField.near", ["key": key, "name": name, "near": near]))
                }
                let list = own.isEmpty ? tr("core.script.noOtherFields") : tr("core.script.itsFields", ["fields": own.joined(separator: ", ")])
                throw LineError(tr("core.script.unknownField", ["key": key, "name": name, "list": list]))
            }
        }

        mutating func optionalString(_ key: String) throws(LineError) -> String? {
            used.insert(key)
            guard let value = object[key] else { return nil }
            guard let text = value as? String else {
                throw LineError(tr("core.script.expectText", ["key": key, "value": CommandScript.describeValue(value)]))
            }
            return text
        }

        mutating func string(_ key: String) throws(LineError) -> String {
            guard let text = try optionalString(key), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw LineError(tr("core.script.required", ["key": key]))
            }
            return text
        }

        /// `"id"`: text or a whole number, at most `maximumIDLength` characters, no control characters.
        mutating func commandID() throws(LineError) -> String? {
            used.insert("id")
            guard let value = object["id"] else { return nil }
            let text: String
            if let number = value as? Int, !(value is Bool) {
                text = String(number)
            } else if let string = value as? String {
                text = string
            } else {
                throw LineError(tr("core.script.idType"))
            }
            guard !text.isEmpty, text.count <= CommandScript.maximumIDLength,
                  !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw LineError(tr("core.script.idLength", ["max": CommandScript.maximumIDLength]))
            }
            return text
        }

        /// A member number: text ("0012") or a whole number (12, found as 0012 by the roster's lookup).
        mutating func member(_ key: String = "member") throws(LineError) -> MemberNumber {
            used.insert(key)
            guard let value = object[key] else { throw LineError(tr("core.script.required", ["key": key])) }
            if let number = value as? Int, !(value is Bool) {
                guard number >= 0 else { throw LineError(tr("core.script.negativeMember", ["key": key])) }
                return MemberNumber(String(number))
            }
            guard let text = value as? String else {
                throw LineError(tr("core.script.expectMember", ["key": key, "value": CommandScript.describeValue(value)]))
            }
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw LineError(tr("core.script.required", ["key": key])) }
            return MemberNumber(text)
        }

        mutating func stringArray(_ key: String) throws(LineError) -> [String] {
            used.insert(key)
            guard let value = object[key] else { return [] }
            guard let array = value as? [Any], let strings = array as? [String] else {
                throw LineError(tr("core.script.expectTextList", ["key": key, "value": CommandScript.describeValue(value)]))
            }
            return strings
        }

        /// The optional "figures" object: each value a Rupiah text ("Rp1.250.000,00") or whole rupiah as a number.
        mutating func figures() throws(LineError) -> ReportFigures {
            used.insert("figures")
            guard let value = object["figures"] else { return ReportFigures() }
            guard let table = value as? [String: Any] else { throw LineError(tr("core.script.figuresObject")) }
            var values: [ReportFigures.Key: Rupiah] = [:]
            for (name, raw) in table.sorted(by: { $0.key < $1.key }) {
                guard let key = ReportFigures.Key(rawValue: name) else {
                    let known = ReportFigures.Key.allCases.map(\.rawValue).joined(separator: ", ")
                    throw LineError(tr("core.script.unknownFigure", ["name": name, "known": known]))
                }
                if let number = raw as? Int, !(raw is Bool) {
                    values[key] = Rupiah(rupiah: Int64(number))
                } else if let text = raw as? String {
                    do { values[key] = try Rupiah.parse(text) } catch { throw LineError("\(name): \(error.message)") }
                } else {
                    throw LineError(tr("core.script.expectRupiah", ["name": name, "value": CommandScript.describeValue(raw)]))
                }
            }
            return ReportFigures(values)
        }

        mutating func optionalInt(_ key: String) throws(LineError) -> Int? {
            used.insert(key)
            guard let value = object[key] else { return nil }
            guard let number = value as? Int, !(value is Bool) else {
                throw LineError(tr("core.script.expectInt", ["key": key, "value": CommandScript.describeValue(value)]))
            }
            return number
        }

        mutating func int(_ key: String) throws(LineError) -> Int {
            guard let value = try optionalInt(key) else {
                throw LineError(tr("core.script.requiredInt", ["key": key]))
            }
            return value
        }

        func requireAllUsed() throws(LineError) {
            let unknown = Set(object.keys).subtracting(used).sorted()
            guard unknown.isEmpty else {
                throw LineError(tr("core.script.unknownFields", ["fields": unknown.joined(separator: ", ")]))
            }
        }
    }
}
