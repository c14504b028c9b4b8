import Foundation

/// A web page reduced to its article: title, date and the text of its main content, without navigation,
/// scripts, styles, forms, ads, share buttons or comments.
public struct PageText: Sendable, Equatable {
    public var title: String?
    /// An ISO date (2025-03-01) when the page gives one in a meta tag or a `<time>` element.
    public var published: String?
    /// Paragraphs separated by blank lines.
    public var body: String

    /// The text kb stores: the title, a "date" line the extractor reads, then the body.
    public var document: String {
        var lines: [String] = []
        if let title { lines.append(title) }
        if let published { lines.append("date \(published)") }
        return (lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n") + body + "\n"
    }

    /// Reads an HTML page with libxml2's HTML parser (which recovers from any malformation).
    public static func read(html bytes: [UInt8], url: String? = nil) -> Result<PageText, WebFailure> {
        let markup: Markup
        switch Markup.html(bytes, url: url) {
        case .failure(let failure): return .failure(WebFailure("the page could not be parsed: \(failure.reason)"))
        case .success(let parsed): markup = parsed
        }
        guard let root = markup.root else { return .failure(WebFailure("the page has no content")) }
        let head = root.child("head")
        let main = root.first { $0.name == "article" } ?? root.first { $0.name == "main" || $0.attribute("role") == "main" }
            ?? root.child("body") ?? root
        let title = metaContent(head, ["og:title", "twitter:title"])
            ?? main.first { $0.name == "h1" }.map { collapse($0.content) }
            ?? head?.child("title").map { collapse($0.content) }
        let published = (metaContent(head, ["article:published_time", "date", "pubdate", "publishdate", "dc.date",
                                             "dc.date.issued", "datepublished", "og:published_time"])
            ?? root.first { $0.name == "time" && $0.attribute("datetime") != nil }?.attribute("datetime"))
            .flatMap(isoDate)
        var paragraphs = TextCollector()
        paragraphs.collect(main)
        paragraphs.flush()
        let body = paragraphs.result.filter { $0 != title }.joined(separator: "\n\n")
        guard !body.isEmpty else { return .failure(WebFailure("no article text found in the page")) }
        return .success(PageText(title: title.flatMap { $0.isEmpty ? nil : $0 }, published: published, body: body))
    }

    /// The text of an HTML fragment (a feed item's description), paragraphs separated by blank lines.
    static func text(ofFragment html: String) -> String {
        guard case .success(let markup) = Markup.html(Array("<html><body>\(html)</body></html>".utf8), url: nil),
              let root = markup.root else { return collapse(html) }
        var paragraphs = TextCollector()
        paragraphs.collect(root.child("body") ?? root)
        paragraphs.flush()
        return paragraphs.result.joined(separator: "\n\n")
    }

    /// The `content` of the first meta tag whose name, property or itemprop is one of `keys` (any case).
    private static func metaContent(_ head: MarkupNode?, _ keys: [String]) -> String? {
        guard let head else { return nil }
        let metas = head.all { $0.name == "meta" }
        for key in keys {
            for meta in metas {
                let names = [meta.attribute("name"), meta.attribute("property"), meta.attribute("itemprop")].compactMap { $0?.lowercased() }
                if names.contains(key), let content = meta.attribute("content").map(collapse), !content.isEmpty { return content }
            }
        }
        return nil
    }

    /// The YYYY-MM-DD (or YYYY-MM, YYYY) prefix of an ISO 8601 date, or nil.
    static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let digits = Array(trimmed.utf8.prefix(10))
        func isDigit(_ index: Int) -> Bool { index < digits.count && (48...57).contains(digits[index]) }
        guard (0..<4).allSatisfy(isDigit) else { return nil }
        if digits.count >= 10, digits[4] == 45, digits[7] == 45, [5, 6, 8, 9].allSatisfy(isDigit) {
            return String(decoding: digits, as: UTF8.self)
        }
        if digits.count >= 7, digits[4] == 45, [5, 6].allSatisfy(isDigit) { return String(decoding: digits[0..<7], as: UTF8.self) }
        return String(decoding: digits[0..<4], as: UTF8.self)
    }

    /// Whitespace runs as one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Why a web source gave nothing, in words for the error line.
public struct WebFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Walks the main content and gathers its paragraphs, leaving out what is not the article.
struct TextCollector {
    private(set) var result: [String] = []
    private var current = ""

    /// Elements never part of the article text.
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                       "iframe", "svg", "button", "template", "select", "textarea", "object", "embed",
                                       "canvas", "input", "menu", "dialog"]
    /// Elements that start a new paragraph.
    static let blocks: Set<String> = ["p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "li", "ul", "ol", "blockquote", "pre", "table", "tr", "dd", "dt", "dl",
                                      "figcaption", "figure", "address", "br", "hr", "body"]
    /// Words in a class or id that mark ads, comments and page furniture.
    static let furniture: Set<String> = ["ad", "ads", "advert", "advertisement", "adsbygoogle", "sponsored", "promo",
                                         "comment", "comments", "disqus", "share", "sharing", "social", "related",
                                         "newsletter", "subscribe", "cookie", "cookies", "sidebar", "breadcrumb",
                                         "breadcrumbs", "menu", "navbar", "nav", "paywall", "outbrain", "taboola"]
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog"]

    mutating func collect(_ node: MarkupNode) {
        if node.isText {
            current += node.text
            return
        }
        guard node.isElement, !Self.isFurniture(node) else { return }
        let isBlock = Self.blocks.contains(node.name)
        if isBlock { flush() }
        for child in node.children { collect(child) }
        if isBlock { flush() }
    }

    mutating func flush() {
        let paragraph = PageText.collapse(current)
        if !paragraph.isEmpty { result.append(paragraph) }
        current = ""
    }

    static func isFurniture(_ node: MarkupNode) -> Bool {
        if skipped.contains(node.name) { return true }
        if node.attribute("aria-hidden") == "true" || node.attribute("hidden") != nil { return true }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        let words = [node.attribute("class"), node.attribute("id")].compactMap { $0?.lowercased() }
            .flatMap { $0.split(whereSeparator: { !$0.isLetter }) }
        return words.contains { furniture.contains(String($0)) }
    }
}
