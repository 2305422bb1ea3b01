/// The `{{…}}` tags of a template with their lines, found in its UTF-8 bytes. Foundation's `range(of:)` bridged the
/// whole template on every call, a few milliseconds per document on every render.
struct TemplateTags {
    struct Tag {
        /// What stands between `{{` and `}}`, untrimmed ("{naam" for a triple tag; its third `}` is skipped).
        var body: String
        /// The line of the tag's opening braces (1-based).
        var line: Int
    }

    var tags: [Tag] = []
    /// The line of a `{{` that is never closed, if there is one (scanning stops there).
    var unclosedLine: Int?

    init(_ text: String) {
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        var line = 1
        var index = 0
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == newline { line += 1 }
            guard byte == open, bytes[index + 1] == open else { index += 1; continue }
            let start = index + 2
            var end = start
            var inner = 0
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) {
                if bytes[end] == newline { inner += 1 }
                end += 1
            }
            guard end + 1 < bytes.count else { unclosedLine = line; return }
            tags.append(Tag(body: String(decoding: bytes[start..<end], as: UTF8.self), line: line))
            line += inner
            index = end + 2
            // A triple tag `{{{name}}}` ends with one more brace.
            if tags[tags.count - 1].body.hasPrefix("{"), index < bytes.count, bytes[index] == close { index += 1 }
        }
    }
}
