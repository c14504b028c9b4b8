import Foundation

/// An RSS 2.0 (or 1.0) or Atom feed's items, each reduced to an article text under its own URL.
public struct Feed: Sendable, Equatable {
    /// One item: its URL (link, else its id) and the text kb stores.
    public struct Item: Sendable, Equatable {
        public var url: String
        public var title: String?
        public var published: String?
        public var body: String

        /// The text kb stores: the title, a "date" line, then the body.
        public var document: String {
            PageText(title: title, published: published, body: body).document
        }
    }

    public var items: [Item]

    /// Whether the bytes look like a feed rather than a page (an XML root named rss, feed or RDF).
    public static func looksLikeFeed(_ bytes: [UInt8]) -> Bool {
        let start = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = start.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<?xml") { return !trimmed.contains("<html") }
        return trimmed.hasPrefix("<rss") || trimmed.hasPrefix("<feed") || trimmed.hasPrefix("<rdf:rdf")
    }

    /// Parses a feed; libxml2 recovers what it can of malformed XML, so a broken feed yields the items before the
    /// break. Relative links are resolved against `url`.
    public static func parse(_ bytes: [UInt8], url: String) -> Result<Feed, WebFailure> {
        let markup: Markup
        switch Markup.xml(bytes, url: url) {
        case .failure(let failure): return .failure(WebFailure("the feed is not well-formed XML (\(failure.reason))"))
        case .success(let parsed): markup = parsed
        }
        guard let root = markup.root else { return .failure(WebFailure("the feed is malformed or empty (no XML element)")) }
        let base = URL(string: url)
        let entries: [MarkupNode]
        let atom: Bool
        switch root.name {
        case "rss": (entries, atom) = (root.child("channel")?.elements.filter { $0.name == "item" } ?? [], false)
        case "rdf": (entries, atom) = (root.elements.filter { $0.name == "item" }, false)
        case "feed": (entries, atom) = (root.elements.filter { $0.name == "entry" }, true)
        default: return .failure(WebFailure("not an RSS or Atom feed (its root element is <\(root.name)>)"))
        }
        var items: [Item] = []
        for (index, entry) in entries.enumerated() {
            guard let item = atom ? atomItem(entry, base: base) : rssItem(entry, base: base) else { continue }
            // An item with neither link nor id still gets a stable address of its own.
            items.append(item.url.isEmpty ? Item(url: "\(url)#item-\(index + 1)", title: item.title,
                                                 published: item.published, body: item.body) : item)
        }
        return .success(Feed(items: items))
    }

    private static func rssItem(_ entry: MarkupNode, base: URL?) -> Item? {
        let text = { (name: String) in entry.child(name).map { PageText.collapse($0.content) }.flatMap { $0.isEmpty ? nil : $0 } }
        let html = entry.child("encoded", prefix: "content")?.content ?? entry.child("description")?.content ?? ""
        let body = PageText.text(ofFragment: html)
        guard !body.isEmpty else { return nil }
        let link = text("link") ?? text("guid") ?? ""
        let date = text("pubdate").flatMap(rfc822Date) ?? text("date").flatMap(PageText.isoDate)
        return Item(url: resolve(link, base), title: text("title"), published: date, body: body)
    }

    private static func atomItem(_ entry: MarkupNode, base: URL?) -> Item? {
        let text = { (name: String) in entry.child(name).map { PageText.collapse($0.content) }.flatMap { $0.isEmpty ? nil : $0 } }
        let links = entry.elements.filter { $0.name == "link" }
        let link = (links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first)?.attribute("href")
        let contentNode = entry.child("content") ?? entry.child("summary")
        let body: String
        if let contentNode, contentNode.attribute("type") == "text" || contentNode.attribute("type") == nil {
            body = PageText.text(ofFragment: contentNode.content.replacingOccurrences(of: "<", with: "&lt;"))
        } else {
            body = PageText.text(ofFragment: contentNode?.content ?? "")
        }
        guard !body.isEmpty else { return nil }
        let date = (text("published") ?? text("updated")).flatMap(PageText.isoDate)
        return Item(url: resolve(link ?? text("id") ?? "", base), title: text("title"), published: date, body: body)
    }

    /// An absolute URL for `link` (relative to the feed's own address).
    private static func resolve(_ link: String, _ base: URL?) -> String {
        guard !link.isEmpty else { return "" }
        return URL(string: link, relativeTo: base)?.absoluteURL.absoluteString ?? link
    }

    /// "Tue, 10 Jun 2003 04:00:00 GMT" → "2003-06-10".
    static func rfc822Date(_ text: String) -> String? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
        for (index, word) in words.enumerated() where index + 2 < words.count {
            guard let day = Int(word), (1...31).contains(day),
                  let month = months.firstIndex(of: String(words[index + 1].prefix(3))),
                  let year = Int(words[index + 2]), (1000...9999).contains(year) else { continue }
            return String(format: "%04d-%02d-%02d", year, month + 1, day)
        }
        return nil
    }
}
