import Foundation
import Mustache
import TextLayout

/// The documents Rapat writes from templates in `templates/` (DOMAIN §12–§15).
public enum DocumentKind: String, CaseIterable, Sendable {
    case beritaAcara = "berita-acara"
    case penundaan = "berita-acara-penundaan"
    case notulen
    case daftarHadir = "daftar-hadir"
    case statistik
    case rekapSuara = "rekap-suara"
    case shuAnggota = "shu-anggota"
    case shuAlokasi = "shu-alokasi"
}

/// The template formats; DOCX and PDF are built from these renders.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case txt, md, html
}

/// A template that cannot be used: the file, the line, the tag, and what is wrong.
public struct TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var tag: String
    public var problem: String

    public init(file: String, line: Int, tag: String, problem: String) {
        self.file = file
        self.line = line
        self.tag = tag
        self.problem = problem
    }

    public var description: String {
        (line > 0 ? "\(file):\(line): " : "\(file): ") + problem + (tag.isEmpty ? "" : " (tag \(tag))")
    }
}

/// The templates in use: the cooperative's edited copies from a folder, the built-in defaults for the rest.
public struct DocumentTemplates: Sendable {
    /// File name → (where it came from, text).
    private var sources: [String: (path: String, text: String)] = [:]

    /// The names of the built-in templates.
    public static var builtInNames: [String] { Array(DefaultTemplates.files.keys) }

    /// The built-in templates only.
    public static let builtIn = DocumentTemplates(directory: nil, files: DefaultTemplates.files)

    /// Templates from `directory` where present (`berita-acara.txt.mustache`, …), defaults otherwise.
    public static func load(directory: String?) throws(TemplateError) -> DocumentTemplates {
        var files = DefaultTemplates.files
        var paths: [String: String] = [:]
        if let directory {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                throw TemplateError(file: directory, line: 0, tag: "", problem: "folder templat tidak ada atau tidak bisa dibaca; periksa jalur --templates")
            }
            for name in names.sorted() where name.hasSuffix(".mustache") {
                let path = (directory as NSString).appendingPathComponent(name)
                files[name] = try readTemplate(at: path)
                paths[name] = path
            }
        }
        return DocumentTemplates(directory: directory, files: files, paths: paths)
    }

    /// The text of one template file: a regular file inside the folder, opened without following a symbolic link
    /// (`O_NOFOLLOW`), so a link to `/etc/shadow` or outside the folder is refused with its name, not rendered.
    static func readTemplate(at path: String) throws(TemplateError) -> String {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let linked = errno == ELOOP
            throw TemplateError(file: path, line: 0, tag: "", problem: linked
                ? "templat berupa tautan simbolik (symlink); salin berkasnya ke folder templat sebagai berkas biasa"
                : "templat tidak bisa dibuka; periksa izin berkasnya")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_nlink == 1 else {
            throw TemplateError(file: path, line: 0, tag: "", problem:
                "templat bukan berkas biasa di dalam folder templat (folder, perangkat, atau tautan keras); salin isinya ke berkas biasa")
        }
        let data = FileHandle(fileDescriptor: fd, closeOnDealloc: false).readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: path, line: 0, tag: "", problem: "bukan teks UTF-8")
        }
        return text
    }

    private init(directory: String?, files: [String: String], paths: [String: String] = [:]) {
        for (name, text) in files { sources[name] = (paths[name] ?? "templates/\(name)", text) }
    }

    public static func fileName(_ kind: DocumentKind, _ format: DocumentFormat) -> String {
        "\(kind.rawValue).\(format.rawValue).mustache"
    }

    /// Renders `model` with the template of `kind` in `format`, after checking the template's syntax and that every
    /// tag names a value the document has. Plain text is wrapped to 78 columns for printing.
    public func render(_ kind: DocumentKind, _ format: DocumentFormat, model: [String: Any]) throws(TemplateError) -> String {
        let name = Self.fileName(kind, format)
        guard let (path, text) = sources[name] else {
            throw TemplateError(file: "templates/\(name)", line: 0, tag: "", problem: "templat tidak ada")
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(file: path, line: error.context.lineNumber, tag: error.context.line.trimmingCharacters(in: .whitespaces),
                                problem: "penulisan templat salah: " + Self.parserProblem(error.error))
        } catch {
            throw TemplateError(file: path, line: 0, tag: "", problem: "templat tidak bisa dibaca; periksa penulisan tag {{…}}")
        }
        let schema: Set<String> = switch kind {
        case .beritaAcara: BeritaAcaraModel.listKeys
        case .daftarHadir: DaftarHadirModel.listKeys
        default: ReportDocument.listKeys
        }
        let known = Self.keys(of: model).union(schema)
        var used = try Self.checkTags(text, path: path, known: known)
        let library = try partials(of: text, path: path, format: format, known: known, used: &used)
        // Markdown gets every value escaped (a `|` in a name would split its table row, `[x](http://…)` would be a
        // link); the ready-made rows ("baris_…") were escaped field by field when they were built.
        var rendered = template.render(format == .md ? Self.markdownValues(model, used: used) : model, library: library)
        if format == .txt { rendered = TextWrap.wrap(rendered, width: 78) }
        // The one cleaning of rendered documents (and of the DOCX and PDF built from them): no control or bidi character.
        rendered = Markup.printable(rendered)
        return rendered.hasSuffix("\n") ? rendered : rendered + "\n"
    }

    /// The shared templates `text` includes (`{{> laporan}}` is `laporan.<format>.mustache`, the cooperative's copy
    /// when its folder has one), each checked like a document template, and the ones they include in turn.
    func partials(of text: String, path: String, format: DocumentFormat, known: Set<String>,
                  used: inout Set<String>) throws(TemplateError) -> MustacheLibrary? {
        var library = MustacheLibrary()
        var pending = Self.partialNames(text, path: path)
        var seen: Set<String> = []
        while let (name, line) = pending.popLast() {
            guard seen.insert(name).inserted else { continue }
            let file = "\(name).\(format.rawValue).mustache"
            guard let (partialPath, partialText) = sources[file] else {
                throw TemplateError(file: path, line: line, tag: "{{> \(name)}}",
                                    problem: "templat bersama \(file) tidak ada; periksa ejaannya atau salin berkasnya ke folder templat")
            }
            used.formUnion(try Self.checkTags(partialText, path: partialPath, known: known))
            do {
                library.register(try MustacheTemplate(string: partialText), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(file: partialPath, line: error.context.lineNumber,
                                    tag: error.context.line.trimmingCharacters(in: .whitespaces),
                                    problem: "penulisan templat salah: " + Self.parserProblem(error.error))
            } catch {
                throw TemplateError(file: partialPath, line: 0, tag: "", problem: "templat tidak bisa dibaca; periksa penulisan tag {{…}}")
            }
            pending += Self.partialNames(partialText, path: partialPath)
        }
        return seen.isEmpty ? nil : library
    }

    /// The names of the partials `{{> name}}` in `text`, with their lines.
    static func partialNames(_ text: String, path: String) -> [(String, Int)] {
        TemplateTags(text).tags.compactMap { tag in
            tag.body.hasPrefix(">") ? (String(tag.body.dropFirst()).trimmingCharacters(in: .whitespaces), tag.line) : nil
        }
    }

    /// The Mustache parser's complaint as an Indonesian phrase with what to fix.
    static func parserProblem(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "penutup bagian {{/…}} tidak sama dengan pembukanya {{#…}}"
        case .unfinishedName: "tag tidak lengkap; tutup dengan }}"
        case .expectedSectionEnd: "bagian {{#…}} atau {{^…}} belum ditutup dengan {{/…}}"
        case .invalidSetDelimiter: "tag pengganti pembatas {{=… …=}} salah tulis"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            "baris pengaturan {{% … }} tidak dikenal; pakai {{% CONTENT_TYPE: TEXT }}"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "pewarisan templat ({{<…}}) tidak didukung"
        case nil: "templat tidak bisa diurai"
        }
    }

    /// `value` with every string escaped for Markdown, except the ready-made rows whose keys start with `baris_`.
    /// Only the keys the template names are walked: a value it never prints needs no escaping (the daftar hadir's
    /// 12.000 rows carry a dozen fields each, the built-in template prints the ready-made row alone).
    static func markdownValues(_ value: Any, used: Set<String>? = nil) -> Any { escapedForMarkdown(value, used: used) ?? value }

    /// The escaped copy of `value`, or nil when nothing in it needs escaping (most rows: nothing is copied).
    private static func escapedForMarkdown(_ value: Any, used: Set<String>?) -> Any? {
        if let text = value as? String { return Markup.needsMarkdownEscape(text) ? Markup.markdown(text) : nil }
        if let record = value as? any TemplateRecord { return MarkdownEscapedRecord(base: record) }
        if let dictionary = value as? [String: Any] {
            var out: [String: Any]?
            for (key, inner) in dictionary where !key.hasPrefix("baris_") && used.map({ $0.contains(key) }) != false {
                if let changed = escapedForMarkdown(inner, used: used) {
                    if out == nil { out = dictionary }
                    out?[key] = changed
                }
            }
            return out
        }
        if let array = value as? [Any] {
            var out: [Any]?
            // A list of records is seen through the escaping wrapper row by row; nothing is computed before it is printed.
            if array.first is any TemplateRecord { return array.map { ($0 as? any TemplateRecord).map(MarkdownEscapedRecord.init) ?? $0 } }
            for (index, inner) in array.enumerated() {
                if let changed = escapedForMarkdown(inner, used: used) {
                    if out == nil { out = array }
                    out?[index] = changed
                }
            }
            return out
        }
        return nil
    }

    /// Every key anywhere in the model (a misspelt tag would otherwise print nothing, silently).
    static func keys(of value: Any) -> Set<String> {
        var result: Set<String> = []
        if let record = value as? any TemplateRecord {
            result.formUnion(type(of: record).fieldNames)
        } else if let dictionary = value as? [String: Any] {
            for (key, inner) in dictionary {
                result.insert(key)
                result.formUnion(keys(of: inner))
            }
        } else if let array = value as? [Any] {
            // Rows of one list share their keys: a few are enough (a 12.000-row daftar hadir need not be walked).
            for inner in array.prefix(20) { result.formUnion(keys(of: inner)) }
        }
        return result
    }

    /// Refuses tags whose names (each part of a dotted name) the model does not have, naming the line.
    /// Returns every name the template uses (each part of a dotted name).
    @discardableResult
    static func checkTags(_ text: String, path: String, known: Set<String>) throws(TemplateError) -> Set<String> {
        var used: Set<String> = []
        let scan = TemplateTags(text)
        if let line = scan.unclosedLine { throw TemplateError(file: path, line: line, tag: "{{", problem: "tag tidak ditutup dengan }}") }
        for tag in scan.tags {
            var body = tag.body.trimmingCharacters(in: .whitespaces)
            let line = tag.line
            guard let first = body.first, !"!%>=".contains(first) else { continue }
            if "#^/&{".contains(first) { body.removeFirst() }
            let name = body.trimmingCharacters(in: CharacterSet(charactersIn: " {}"))
            guard name != "." else { continue }
            for part in name.split(separator: ".") {
                used.insert(String(part))
                guard !known.contains(String(part)) && Int(part) == nil else { continue }
                throw TemplateError(file: path, line: line, tag: "{{\(body)}}",
                                    problem: "nama \"\(part)\" tidak dikenal dalam dokumen ini; periksa ejaannya")
            }
        }
        return used
    }
}

/// Fixed-width layout for printed plain text.
enum TextWrap {
    /// Wraps lines longer than `width`, continuing under the text after the line's indentation and any list marker
    /// ("1. ", "- "), so numbered paragraphs stay readable.
    /// Columns of `text`: one per scalar for Latin, punctuation and the symbols documents use (· – — ⌊ ⌋ …), which is
    /// nearly every line; anything else (wide or combining characters) goes through `CellWidth`.
    static func displayWidth(_ text: Substring) -> Int {
        // Read from the UTF-8 bytes: one column per scalar below U+0300 (lead bytes up to CB) and in U+2000…U+2BFF
        // (E2 80…AF); continuation bytes add nothing.
        var count = 0
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case 0..<0x80, 0xC2...0xCB: count += 1
            case 0x80...0xBF: continue
            case 0xE2:
                guard let second = iterator.next(), (0x80...0xAF).contains(second) else { return CellWidth.of(String(text)) }
                count += 1
            default: return CellWidth.of(String(text))
            }
        }
        return count
    }

    /// The width of a leading list marker with its spaces: "12. " → 4, "- " → 2, otherwise 0.
    static func markerWidth(_ text: Substring) -> Int {
        var index = text.startIndex
        let digits = text.prefix { $0.isASCII && $0.isNumber }.count
        if digits > 0 {
            index = text.index(index, offsetBy: digits)
            guard index < text.endIndex, text[index] == "." else { return 0 }
            index = text.index(after: index)
        } else if let first = text.first, first == "-" || first == "*" {
            index = text.index(after: index)
        } else {
            return 0
        }
        let spaces = text[index...].prefix { $0 == " " }.count
        return spaces == 0 ? 0 : text.distance(from: text.startIndex, to: index) + spaces
    }

    static func wrap(_ text: String, width: Int) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        var first = true
        // Splitting the bytes, not the characters: grapheme breaking over 20.000 lines was a third of the time.
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let raw = Substring(bytes)
            if !first { out += "\n" }
            first = false
            // No character is wider than its UTF-8 bytes, so a short line in bytes needs no measuring.
            guard raw.utf8.count > width, displayWidth(raw) > width else {
                out += raw
                continue
            }
            let indent = raw.prefix { $0 == " " }.count
            let rest = raw.dropFirst(indent)
            var hanging = indent
            hanging += markerWidth(rest)
            // Greedy word wrap: the first line after the indentation, the rest under the hanging indent.
            var current = String(repeating: " ", count: indent)
            var currentWidth = indent
            var lineHasWord = false
            for word in rest.split(separator: " ", omittingEmptySubsequences: true) {
                let w = displayWidth(word)
                if lineHasWord, currentWidth + 1 + w > width {
                    out += current + "\n"
                    current = String(repeating: " ", count: hanging)
                    currentWidth = hanging
                    lineHasWord = false
                }
                if lineHasWord { current += " "; currentWidth += 1 }
                current += word
                currentWidth += w
                lineHasWord = true
            }
            out += current
        }
        return out
    }
}
