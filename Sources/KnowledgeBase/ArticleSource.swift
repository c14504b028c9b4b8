import Foundation

/// Where an article says it comes from, read from its first lines: a web address ("url: https://…", "Source :
/// https://…" or the address alone) and a byline ("By John Smith | May 1, 2024", "Par Jeanne Martin, le 5 mars").
public struct ArticleSource: Sendable, Equatable {
    public var url: String?
    public var byline: String?

    /// How many non-empty lines at the top are read: headers come first.
    static let headerLines = 8

    public init(url: String?, byline: String?) {
        self.url = url
        self.byline = byline
    }

    /// The source of the normalised article `text`.
    public init(text: String) {
        var lines = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            lines += 1
            if lines > Self.headerLines { break }
            if url == nil { url = Self.address(in: trimmed) }
            if byline == nil { byline = Self.byline(in: trimmed) }
        }
    }

    /// An http(s) address that is the whole line, or follows a url/source/lien label.
    static func address(in line: String) -> String? {
        var rest = Substring(line)
        for label in ["url", "source", "link", "lien"] where rest.lowercased().hasPrefix(label) {
            rest = rest.dropFirst(label.count).drop { $0 == " " || $0 == ":" }
            break
        }
        guard rest.hasPrefix("http://") || rest.hasPrefix("https://"), !rest.contains(" "), rest.count <= 2000 else { return nil }
        return String(rest)
    }

    /// The name after "By " or "Par ", up to a comma, a bar or a dash (at most 80 characters, starting with a capital).
    static func byline(in line: String) -> String? {
        guard let prefix = ["By ", "by ", "Par ", "par "].first(where: { line.hasPrefix($0) }) else { return nil }
        let rest = line.dropFirst(prefix.count)
        let name = rest.prefix { $0 != "," && $0 != "|" && $0 != "—" && $0 != "–" }
            .replacingOccurrences(of: " - ", with: "\u{0}").split(separator: "\u{0}").first.map(String.init) ?? ""
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, first.isUppercase, trimmed.count <= 80, !trimmed.contains(where: \.isNumber) else { return nil }
        return trimmed
    }
}
