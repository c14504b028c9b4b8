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
        // Only the first lines are read, found by their bytes: the newline characters (LF, VT, FF, CR, CR-LF, NEL,
        // LS, PS) are grapheme clusters of their own, so cutting at their bytes gives the lines a split of the
        // whole text on `Character.isNewline` gives, without walking (and splitting) the rest of the article.
        var lines = 0
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let (end, next) = Self.lineEnd(in: utf8, from: start)
            if start < end {
                let trimmed = Self.trimmed(text[start..<end])
                if !trimmed.isEmpty {
                    lines += 1
                    if lines > Self.headerLines { break }
                    if url == nil { url = Self.address(in: trimmed) }
                    if byline == nil { byline = Self.byline(in: trimmed) }
                }
            }
            start = next
        }
    }

    /// Where the line starting at `start` ends, and where the next one starts (after its newline character).
    private static func lineEnd(in utf8: String.UTF8View, from start: String.Index) -> (String.Index, String.Index) {
        var i = start
        while i < utf8.endIndex {
            let byte = utf8[i]
            switch byte {
            case 0x0A, 0x0B, 0x0C, 0x0D:
                return (i, utf8.index(after: i))
            case 0xC2:
                let j = utf8.index(after: i)
                if j < utf8.endIndex, utf8[j] == 0x85 { return (i, utf8.index(after: j)) }
            case 0xE2:
                let j = utf8.index(after: i)
                if j < utf8.endIndex, utf8[j] == 0x80 {
                    let k = utf8.index(after: j)
                    if k < utf8.endIndex, utf8[k] == 0xA8 || utf8[k] == 0xA9 { return (i, utf8.index(after: k)) }
                }
            default:
                break
            }
            i = utf8.index(after: i)
        }
        return (i, i)
    }

    /// `line` without the white space Foundation's `CharacterSet.whitespaces` holds (tab and the space separators,
    /// U+200B included) at either end, as `trimmingCharacters(in: .whitespaces)` returns it.
    static func trimmed(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        var lower = scalars.startIndex, upper = scalars.endIndex
        while lower < upper, isWhitespace(scalars[lower]) { lower = scalars.index(after: lower) }
        while upper > lower, isWhitespace(scalars[scalars.index(before: upper)]) { upper = scalars.index(before: upper) }
        return String(scalars[lower..<upper])
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether `line.lowercased().hasPrefix(label)` for an ASCII lower-case `label`, without lower-casing the line
    /// when its first bytes are ASCII (then the line's next character, ASCII too, cannot join the label's last).
    static func startsLowercased(_ line: Substring, with label: String) -> Bool {
        let bytes = line.utf8, wanted = label.utf8
        var i = bytes.startIndex
        for expected in wanted {
            guard i < bytes.endIndex else { return false }  // shorter, and ASCII so far: lower-casing keeps its length
            let byte = bytes[i]
            guard byte < 0x80 else { return lowercasedStart(line, label) }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if lower != expected {
                // A later non-ASCII character cannot change an ASCII one before it.
                return false
            }
            i = bytes.index(after: i)
        }
        guard i < bytes.endIndex else { return true }
        return bytes[i] < 0x80 ? true : lowercasedStart(line, label)
    }

    /// `line.lowercased().hasPrefix(label)`, lower-casing only the label's length and one character more (a
    /// character lower-cases into one character, or joins the one after it: "İ" becomes "i" and a combining dot):
    /// the whole line was lower-cased, at each of four labels, for every header line opening with a non-ASCII letter
    /// or mark (4% of `--reextract`'s writer thread on the generated corpus; that thread went 7.1 → 6.2 CPU-s at 10,000).
    private static func lowercasedStart(_ line: Substring, _ label: String) -> Bool {
        line.prefix(label.count + 1).lowercased().hasPrefix(label)
    }

    /// An http(s) address that is the whole line, or follows a url/source/lien label.
    static func address(in line: String) -> String? {
        var rest = Substring(line)
        for label in ["url", "source", "link", "lien"] where startsLowercased(rest, with: label) {
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
