/// Reduces an HTML document to its readable text: scripts and styles dropped, blocks on their own lines, entities decoded.
enum HTMLText {
    /// Whether text looks like HTML rather than plain prose.
    static func looksLikeHTML(_ text: String) -> Bool {
        // Every marker opens with "<": a text without that byte (most plain articles) is told at once, before the
        // walk over its first 1024 Characters.
        let opens = text.utf8.withContiguousStorageIfAvailable { ASCIIWord.contains($0, UInt8(ascii: "<")) } ?? text.utf8.contains(UInt8(ascii: "<"))
        guard opens else { return false }
        // The markers are ASCII: lower-casing ASCII bytes finds them as lower-casing the text would, much faster.
        // The first 1024 Characters are the first 1024 bytes when those and the next are ASCII without a carriage
        // return (then every byte is a Character of its own): no grapheme walk.
        let bytes = text.utf8
        let plain = !bytes.prefix(1025).contains { $0 >= 0x80 || $0 == 0x0D }
        let head = (plain ? Array(bytes.prefix(1024)) : Array(text.prefix(1024).utf8)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func has(_ marker: String) -> Bool {
            let m = Array(marker.utf8)
            guard head.count >= m.count else { return false }
            return (0...(head.count - m.count)).contains { i in head[i] == m[0] && head[i..<(i + m.count)].elementsEqual(m) }
        }
        return has("<!doctype html") || has("<html") || has("<body") || (has("<p>") && has("</p>"))
    }

    private static let blockTags: WordSet = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
        "article", "section", "header", "footer", "blockquote", "title", "figcaption", "hr", "main", "aside",
    ]
    private static let skippedTags: WordSet = ["script", "style", "noscript", "template", "svg"]

    /// The text of the document and its <title>, if any.
    static func extract(_ html: String) -> (text: String, title: String?) {
        let scalars = UTF8Scalars.array(html)
        // UTF-8 bytes made a String once: appending to a String.UnicodeScalarView is not amortised (quadratic).
        var out: [UInt8] = []
        out.reserveCapacity(html.utf8.count)
        var title: String?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                if matches(scalars, index, "<!--") {
                    index = find(scalars, from: index + 4, "-->").map { $0 + 3 } ?? scalars.count
                    continue
                }
                guard let close = scalars[index...].firstIndex(of: ">") else { break }
                let (name, closing) = tagName(scalars[(index + 1)..<close])
                index = close + 1
                if !closing, name == "title", let end = find(scalars, from: index, "</") {
                    title = decodeEntities(String(String.UnicodeScalarView(scalars[index..<end])))
                        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
                }
                if !closing, skippedTags.contains(name) {
                    index = find(scalars, from: index, "</\(name)").map { end in
                        scalars[end...].firstIndex(of: ">").map { $0 + 1 } ?? scalars.count
                    } ?? scalars.count
                    continue
                }
                if blockTags.contains(name) { out.append(UInt8(ascii: "\n")) }
                continue
            }
            UTF8.encode(scalar) { out.append($0) }
            index += 1
        }
        return (decodeEntities(String(decoding: out, as: UTF8.self)), title)
    }

    private static func tagName(_ inside: ArraySlice<Unicode.Scalar>) -> (String, Bool) {
        var chars = inside.drop(while: { $0 == " " })
        let closing = chars.first == "/"
        if closing { chars = chars.dropFirst() }
        let name = chars.prefix(while: { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        return (String(String.UnicodeScalarView(name)).lowercased(), closing)
    }

    private static func matches(_ scalars: [Unicode.Scalar], _ at: Int, _ literal: String) -> Bool {
        var i = at
        for s in literal.unicodeScalars {
            guard i < scalars.count, scalars[i].properties.lowercaseMapping == String(s).lowercased() else { return false }
            i += 1
        }
        return true
    }

    private static func find(_ scalars: [Unicode.Scalar], from: Int, _ literal: String) -> Int? {
        var i = from
        while i < scalars.count {
            if matches(scalars, i, literal) { return i }
            i += 1
        }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "«", "raquo": "»", "hellip": "…",
        "ndash": "–", "mdash": "—", "euro": "€", "pound": "£", "yen": "¥", "copy": "©", "reg": "®", "trade": "™",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "agrave": "à", "acirc": "â", "auml": "ä",
        "ccedil": "ç", "icirc": "î", "iuml": "ï", "ocirc": "ô", "ouml": "ö", "ucirc": "û", "ugrave": "ù",
        "uuml": "ü", "Eacute": "É", "Egrave": "È", "Ecirc": "Ê", "Agrave": "À", "Ccedil": "Ç", "oelig": "œ",
        "OElig": "Œ", "aelig": "æ", "szlig": "ß", "ntilde": "ñ", "thinsp": "\u{2009}", "shy": "",
    ]

    /// Decodes named and numeric character references; unknown ones are left as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = String(after[..<semi])
                if let value = reference(name) {
                    out += value
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    private static func reference(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[name]
    }
}
