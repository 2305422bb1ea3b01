import Mustache
import TextLayout

/// A row of a long list that computes a field only when a template asks for it. A 9.000-row daftar hadir built as
/// dictionaries with every field and the ready-made line in three formats spent most of its time on values the
/// template never printed; a record costs nothing until `child(named:)` is called.
protocol TemplateRecord: MustacheParent {
    /// Every field name the record answers, for the template check (a misspelt tag is refused, not left blank).
    static var fieldNames: [String] { get }
}

/// A record seen through Markdown: every value a template asks for is escaped, except the ready-made lines
/// ("baris_…") that were escaped field by field when they were built.
struct MarkdownEscapedRecord: MustacheParent {
    let base: any TemplateRecord

    func child(named name: String) -> Any? {
        let value = base.child(named: name)
        guard !name.hasPrefix("baris_"), let text = value as? String, Markup.needsMarkdownEscape(text) else { return value }
        return Markup.markdown(text)
    }
}
