import Foundation
import RapatText
import RapatCore
import TOMLKit

/// The cooperative's settings file (TOML), validated: identity, schedule and AD/ART rules.
public struct CooperativeSettings: Sendable {
    public var profile: CooperativeProfile
    public var rules: MeetingRules
    public var city: String
    /// `agenda_order_tatib_first`: the tata tertib is adopted before the pimpinan rapat is chosen.
    public var agendaTatibFirst: Bool
    /// `[meja]`: the desk's big name and refusal bell.
    public var desk: DeskSettings

    public init(profile: CooperativeProfile, rules: MeetingRules, city: String = "", agendaTatibFirst: Bool = true,
                desk: DeskSettings = DeskSettings()) {
        self.profile = profile
        self.rules = rules
        self.city = city
        self.agendaTatibFirst = agendaTatibFirst
        self.desk = desk
    }

    /// Writes the default settings file; refuses to overwrite one that exists.
    public static func writeDefault(
        to path: String, name: String, abbreviation: String, fiscalYear: Int, meetingDate: String, ratNumber: Int? = nil
    ) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else { throw .settingsFileExists(path: path) }
        let text = SettingsTemplate.text(name: name, abbreviation: abbreviation, fiscalYear: fiscalYear,
                                         meetingDate: meetingDate, ratNumber: ratNumber)
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw .unreadableFile(path: path, reason: tr("store.reason.notWritable"))
        }
    }

    /// Reads and validates `path`; the error names the line, the problem and the fix.
    public static func load(from path: String) throws(StoreError) -> CooperativeSettings {
        guard let data = FileManager.default.contents(atPath: path) else { throw .settingsNotFound(path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .settings(path: path, line: nil, problem: tr("store.toml.notUTF8"), fix: tr("store.toml.notUTF8.fix"))
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws(StoreError) -> CooperativeSettings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .settings(path: path, line: error.source.begin.line, problem: tr("store.toml.syntax") + Verbosity.detail(error.description),
                            fix: tr("store.settings.syntax.fix"))
        } catch {
            throw .settings(path: path, line: nil, problem: tr("store.toml.unreadable", ["reason": SystemErrorText.sentence(for: error)]),
                            fix: tr("store.toml.unreadable.fix"))
        }
        let reader = SettingsReader(table: table, text: text, path: path)
        try reader.checkKnownKeys()
        return try reader.settings()
    }
}
