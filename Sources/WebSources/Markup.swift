import CLibXML2
import Foundation

/// A document parsed by libxml2 (XML for feeds, its forgiving HTML parser for pages); freed with this object.
final class Markup {
    let document: xmlDocPtr

    private init(_ document: xmlDocPtr) {
        self.document = document
    }

    deinit { xmlFreeDoc(document) }

    /// Initialises libxml2 once (its parser is thread-safe after that).
    private static let initialised: Void = { xmlInitParser() }()

    /// Parses XML without the network or external entities (no XXE), recovering what it can of a malformed
    /// document; nil with libxml2's reason when nothing is left.
    static func xml(_ bytes: [UInt8], url: String?) -> Result<Markup, ParseFailure> {
        _ = initialised
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(min(chars.count, Int(Int32.max))), url, nil, Int32(options))
            }
        }
        guard let document else { return .failure(ParseFailure(reason: lastError() ?? "not XML")) }
        return .success(Markup(document))
    }

    /// Parses HTML as browsers do, whatever its mistakes (libxml2's HTML parser), without the network.
    static func html(_ bytes: [UInt8], url: String?) -> Result<Markup, ParseFailure> {
        _ = initialised
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue
        // Without a charset, libxml2's HTML parser assumes Latin-1; bytes that are valid UTF-8 are read as UTF-8
        // (a page in Windows-1252 with accents is almost never valid UTF-8, and its meta charset still applies).
        let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(min(chars.count, Int(Int32.max))), url, encoding, Int32(options))
            }
        }
        guard let document else { return .failure(ParseFailure(reason: lastError() ?? "not HTML")) }
        return .success(Markup(document))
    }

    /// The root element, if the document has one.
    var root: MarkupNode? { xmlDocGetRootElement(document).map(MarkupNode.init) }

    private static func lastError() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return "line \(error.pointee.line): \(text)"
    }
}

/// Why a document could not be parsed at all.
struct ParseFailure: Error {
    var reason: String
}

/// One node of a `Markup` document, valid while the document lives.
struct MarkupNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name, lowercase ("encoded" for content:encoded).
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace prefix as written ("content", "dc"), or nil.
    var prefix: String? { pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

    var children: [MarkupNode] {
        var out: [MarkupNode] = []
        var child = pointer.pointee.children
        while let node = child {
            out.append(MarkupNode(pointer: node))
            child = node.pointee.next
        }
        return out
    }

    var elements: [MarkupNode] { children.filter(\.isElement) }

    /// The first child element named `name` (and with `prefix`, when given).
    func child(_ name: String, prefix: String? = nil) -> MarkupNode? {
        elements.first { $0.name == name && (prefix == nil || $0.prefix == prefix) }
    }

    /// An attribute's value, or nil.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// All the text under this node, as libxml2 joins it.
    var content: String {
        guard let value = xmlNodeGetContent(pointer) else { return "" }
        defer { cxml_free(value) }
        return String(cString: value)
    }

    /// A text node's own text.
    var text: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    /// The descendant elements in document order for which `matches` is true (this node included).
    func all(_ matches: (MarkupNode) -> Bool) -> [MarkupNode] {
        var out: [MarkupNode] = []
        var stack = [self]
        while let node = stack.popLast() {
            if node.isElement && matches(node) { out.append(node) }
            stack.append(contentsOf: node.elements.reversed())
        }
        return out
    }

    /// The first descendant element (or this one) for which `matches` is true.
    func first(_ matches: (MarkupNode) -> Bool) -> MarkupNode? {
        var stack = [self]
        while let node = stack.popLast() {
            if node.isElement && matches(node) { return node }
            stack.append(contentsOf: node.elements.reversed())
        }
        return nil
    }
}
