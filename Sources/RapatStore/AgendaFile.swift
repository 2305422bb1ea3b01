import Foundation
import RapatText
import RapatCore
import TOMLKit

/// The cooperative's susunan acara file (TOML, `[[acara]]` blocks), validated.
public enum AgendaFile {
    /// Writes the default agenda; refuses to overwrite.
    public static func writeDefault(to path: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else { throw .settingsFileExists(path: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(AgendaTemplate.text.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw .unreadableFile(path: path, reason: tr("store.reason.notWritable"))
        }
    }

    /// The agenda file if it exists, else the built-in default (older meeting folders have none).
    public static func loadOrDefault(from path: String, tatibFirst: Bool = true) throws(StoreError) -> Agenda {
        guard FileManager.default.fileExists(atPath: path) else {
            return try parse(AgendaTemplate.text, path: "(bawaan)", tatibFirst: tatibFirst)
        }
        return try load(from: path, tatibFirst: tatibFirst)
    }

    public static func load(from path: String, tatibFirst: Bool = true) throws(StoreError) -> Agenda {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .settingsNotFound(path: path)
        }
        return try parse(text, path: path, tatibFirst: tatibFirst)
    }

    public static func parse(_ text: String, path: String, tatibFirst: Bool = true) throws(StoreError) -> Agenda {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .settings(path: path, line: error.source.begin.line, problem: tr("store.toml.syntax") + Verbosity.detail(error.description),
                            fix: tr("store.agenda.syntax.fix"))
        } catch {
            throw .settings(path: path, line: nil, problem: tr("store.toml.unreadable", ["reason": SystemErrorText.sentence(for: error)]),
                            fix: tr("store.toml.unreadable.fix"))
        }
        let blockLines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.trimmingCharacters(in: .whitespaces).hasPrefix("[[acara]]") }.map { $0.offset + 1 }
        guard let blocks = table["acara"]?.array, !blocks.isEmpty else {
            throw .settings(path: path, line: nil, problem: tr("store.agenda.none"),
                            fix: tr("store.agenda.none.fix"))
        }
        let known = AgendaItemKind.allCases.map(\.rawValue).joined(separator: ", ")
        var items: [AgendaItem] = []
        for (index, block) in blocks.enumerated() {
            let line = index < blockLines.count ? blockLines[index] : nil
            guard let entry = block.table else {
                throw .settings(path: path, line: line, problem: tr("store.agenda.notBlock", ["n": index + 1]),
                                fix: tr("store.agenda.notBlock.fix"))
            }
            for key in entry.keys where key != "jenis" && key != "judul" {
                throw .settings(path: path, line: line, problem: tr("store.agenda.unknownKey", ["key": key, "n": index + 1]),
                                fix: tr("store.agenda.unknownKey.fix"))
            }
            guard let kindText = entry["jenis"]?.string, let kind = AgendaItemKind(rawValue: kindText) else {
                throw .settings(path: path, line: line,
                                problem: entry["jenis"]?.string.map { tr("store.agenda.unknownKind", ["n": index + 1, "kind": $0]) }
                                    ?? tr("store.agenda.missingKind", ["n": index + 1]),
                                fix: tr("store.agenda.kind.fix", ["known": known]))
            }
            let title = entry["judul"]?.string?.trimmingCharacters(in: .whitespaces)
            items.append(AgendaItem(kind: kind, title: (title?.isEmpty ?? true) ? nil : title))
        }
        for once in [AgendaItemKind.opening, .closing] where items.filter({ $0.kind == once }).count != 1 {
            throw .settings(path: path, line: nil, problem: tr("store.agenda.once", ["kind": once.rawValue]),
                            fix: tr("store.agenda.once.fix", ["kind": once.rawValue]))
        }
        guard items.first?.kind == .opening, items.last?.kind == .closing else {
            throw .settings(path: path, line: nil, problem: tr("store.agenda.order"),
                            fix: tr("store.agenda.order.fix"))
        }
        return Agenda(items: items).orderingChairAndRules(tatibFirst: tatibFirst)
    }
}
