import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A DOCX part read into a small element tree, so the tests ask about tables, rows and paragraphs by structure
/// rather than by substrings (python-docx-free).
final class DocxXML {
    let name: String
    let attributes: [String: String]
    private(set) var children: [DocxXML] = []
    private(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The root element of `xml`, nil when it is not well-formed.
    static func parse(_ xml: String) -> DocxXML? {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        return parser.parse() ? builder.root : nil
    }

    subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// Direct children named `name`.
    func all(_ name: String) -> [DocxXML] { children.filter { $0.name == name } }
    func first(_ name: String) -> DocxXML? { children.first { $0.name == name } }

    /// Every descendant named `name`, in document order.
    func descendants(_ name: String) -> [DocxXML] {
        var out: [DocxXML] = []
        for child in children {
            if child.name == name { out.append(child) }
            out += child.descendants(name)
        }
        return out
    }

    /// The text of every `w:t` under this element.
    var plainText: String { (name == "w:t" ? text : "") + children.map(\.plainText).joined() }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: DocxXML?
        var stack: [DocxXML] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            let node = DocxXML(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
    }
}
