import Foundation
import RapatCore
import TOMLKit

/// The cooperative's susunan acara file (TOML, `[[acara]]` blocks), validated.
public enum AgendaFile {
    /// Writes the default agenda; refuses to overwrite.
    public static func writeDefault(to path: String) throws(StoreError) {
        guard !FileManager.default.fileExists(atPath: path) else { throw .settingsFileExists(path: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data(AgendaTemplate.text.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw .unreadableFile(path: path, reason: "tidak bisa ditulis")
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
            throw .settings(path: path, line: error.source.begin.line, problem: "penulisan TOML salah" + Verbosity.detail(error.description),
                            fix: "periksa tanda kutip dan [[acara]] pada baris itu")
        } catch {
            throw .settings(path: path, line: nil, problem: "tidak bisa dibaca: \(SystemErrorText.sentence(for: error))", fix: "periksa isinya")
        }
        let blockLines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.trimmingCharacters(in: .whitespaces).hasPrefix("[[acara]]") }.map { $0.offset + 1 }
        guard let blocks = table["acara"]?.array, !blocks.isEmpty else {
            throw .settings(path: path, line: nil, problem: "tidak ada [[acara]]",
                            fix: "tulis setidaknya satu blok [[acara]] dengan jenis dan judul")
        }
        let known = AgendaItemKind.allCases.map(\.rawValue).joined(separator: ", ")
        var items: [AgendaItem] = []
        for (index, block) in blocks.enumerated() {
            let line = index < blockLines.count ? blockLines[index] : nil
            guard let entry = block.table else {
                throw .settings(path: path, line: line, problem: "acara ke-\(index + 1) bukan blok [[acara]]", fix: "tulis jenis = \"…\"")
            }
            for key in entry.keys where key != "jenis" && key != "judul" {
                throw .settings(path: path, line: line, problem: "kunci \"\(key)\" tidak dikenal pada acara ke-\(index + 1)",
                                fix: "gunakan hanya jenis dan judul")
            }
            guard let kindText = entry["jenis"]?.string, let kind = AgendaItemKind(rawValue: kindText) else {
                throw .settings(path: path, line: line,
                                problem: "jenis acara ke-\(index + 1) \(entry["jenis"]?.string.map { "\"\($0)\" " } ?? "")tidak dikenal",
                                fix: "isi salah satu: \(known)")
            }
            let title = entry["judul"]?.string?.trimmingCharacters(in: .whitespaces)
            items.append(AgendaItem(kind: kind, title: (title?.isEmpty ?? true) ? nil : title))
        }
        for once in [AgendaItemKind.opening, .closing] where items.filter({ $0.kind == once }).count != 1 {
            throw .settings(path: path, line: nil, problem: "susunan acara harus memuat tepat satu \"\(once.rawValue)\"",
                            fix: "tambahkan atau hapus blok [[acara]] jenis \(once.rawValue)")
        }
        guard items.first?.kind == .opening, items.last?.kind == .closing else {
            throw .settings(path: path, line: nil, problem: "acara harus diawali pembukaan dan diakhiri penutupan",
                            fix: "pindahkan blok pembukaan ke awal dan penutupan ke akhir")
        }
        return Agenda(items: items).orderingChairAndRules(tatibFirst: tatibFirst)
    }
}
