/// The metadata read from the top of an article: its title, its own date and its language.
struct ArticleHeader: Sendable, Equatable {
    var title: String?
    var published: String?
    var language: String

    /// Reads the header of normalised text; the date comes from a "date 2024-12" line, a byline or the first dated line.
    static func read(_ text: String) -> ArticleHeader {
        let language = LanguageGuesser.guess(text)
        let lines = firstLines(text, 8)
        var published: String?
        for line in lines.prefix(6) {
            let tokens = Tokenizer.tokenize(String(line), language: language)
            if let marker = tokens.firstIndex(where: { $0.folded == "date" }),
               let date = DateParser.isoDate(in: tokens, from: marker + 1, limit: 4) {
                published = date
                break
            }
            if let date = DateParser.fullDate(in: tokens) {
                published = date
                break
            }
        }
        var title: String?
        for line in lines {
            var candidate = line.trimmingSpaces()
            // Lower-cased once, again only when the line is cut (each is a copy of the whole line).
            var lowered = candidate.lowercased()
            if lowered.hasPrefix("date "), let space = candidate.dropFirst(5).firstIndex(of: " ") {
                candidate = candidate[candidate.index(after: space)...].trimmingSpaces()
                lowered = candidate.lowercased()
            }
            // A byline ("By Technology Desk | May 1, 2024", "Par X, le 5 mars 2025") is not the title.
            if ["by ", "par ", "publié", "published", "updated", "mis à jour"].contains(where: lowered.hasPrefix) && candidate.count < 120 { continue }
            if candidate.count < 100, DateParser.fullDate(in: Tokenizer.tokenize(String(candidate), language: language)) != nil,
               candidate.spaceSeparatedCount <= 8 { continue }
            // A first line of 30 words or more is the lede itself ("ORLANDO, Fla. (UPI) -- A watchdog denied…"): no headline.
            // So is a long first line that ends as a sentence does: headlines carry no full stop.
            let words = candidate.spaceSeparatedCount
            if words >= 30 || (words >= 12 && candidate.hasSuffix(".")) { break }
            if candidate.count >= 8 { title = String(candidate.prefix(200)); break }
        }
        return ArticleHeader(title: title, published: published, language: language)
    }
}

/// The first `count` non-empty lines, without splitting the rest of the article.
private func firstLines(_ text: String, _ count: Int) -> [Substring] {
    // Line ends found in the contiguous bytes: walking String indices cost as much as the rest of the header when
    // an article has few line breaks.
    if let lines = text.utf8.withContiguousStorageIfAvailable({ bytes in lineRanges(bytes, count) }) {
        let utf8 = text.utf8
        return lines.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }
    var lines: [Substring] = []
    var rest = text[...]
    while lines.count < count, !rest.isEmpty {
        // Bytes, not Characters: a line feed is a Character of its own unless a carriage return precedes it.
    guard let end = rest.utf8.indices.first(where: { rest.utf8[$0] == 0x0A && ($0 == rest.startIndex || rest.utf8[rest.utf8.index(before: $0)] != 0x0D) })
    else { lines.append(rest); break }
        if end > rest.startIndex { lines.append(rest[..<end]) }
        rest = rest[rest.index(after: end)...]
    }
    return lines
}

/// The byte ranges of `firstLines`: a line feed ends a line unless a carriage return precedes it in the same line.
private func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    while lines.count < count, start < bytes.count {
        var end = start
        while end < bytes.count, !(bytes[end] == 0x0A && (end == start || bytes[end - 1] != 0x0D)) { end += 1 }
        if end == bytes.count {
            lines.append(start..<end)
            break
        }
        if end > start { lines.append(start..<end) }
        start = end + 1
    }
    return lines
}

extension Substring {
    /// `split(separator: " ").count`. ASCII text is counted on its bytes (each byte is a Character there but for
    /// "\r\n", which holds no space); other text is split as before, since a space followed by a combining mark is
    /// no separate Character. Splitting a lede by Characters was 9.4M of the 300-article callgrind bench.
    var spaceSeparatedCount: Int {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ").count }
        var count = 0, inWord = false
        for byte in utf8 {
            if byte == UInt8(ascii: " ") { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    func trimmingSpaces() -> Substring {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}

/// Tells French from English by counting very common words.
enum LanguageGuesser {
    static let french = WordSet(["le", "la", "les", "des", "est", "une", "pour", "dans", "qui", "que",
                                              "du", "et", "au", "avec", "sur", "a", "ont", "pas", "ce", "il"]).flagged(.frenchWords)
    static let english = WordSet(["the", "and", "of", "to", "is", "was", "for", "that", "with", "on",
                                               "by", "from", "has", "have", "it", "its", "he", "said", "in", "an"]).flagged(.englishWords)

    /// The lists' words packed into integers, one byte per letter: short words are compared without Strings.
    /// Both lists in one small table, each key with its languages: one probe for most words (bisecting each list
    /// was a third of the guess; a Set<UInt32> before it hashed every short word with SipHash).
    private static let keys = KeyTable(french: french.map(key), english: english.map(key))
    private static func key(_ word: String) -> UInt32 { word.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

    static func guess(_ text: String) -> String {
        // The first 20,000 characters: the whole text when it has no more bytes than that.
        var head = text.utf8.count <= 20_000 ? text : String(text.prefix(20_000))
        let (fr, en) = head.withUTF8 { bytes in
            var fr = 0, en = 0
            // The lists read once, not through their static accessors at every word.
            let keys = keys
            // Words are runs of letters; only all-ASCII ones of up to four letters can be in the lists, so the others
            // are skipped without lower-casing or hashing them (a letter outside ASCII, or a mark, runs on to its end).
            var key: UInt32 = 0, length = 0, ascii = true
            var k = 0
            while k < bytes.count {
                // An ASCII letter (most bytes) with one unsigned comparison, before any decoding.
                let byte = bytes[k]
                if byte < 0x80, (byte | 0x20) &- 0x61 < 26 {
                    key = key << 8 | UInt32(byte | 0x20)
                    length += 1
                    k += 1
                    continue
                }
                let v = UTF8Scalars.next(bytes, &k)
                if v >= 0x80, UTF8Scalars.isLatinLetter(v) || Unicode.Scalar(v).map({ $0.properties.isAlphabetic || (length > 0 && isMark($0)) }) == true {
                    length += 1
                    ascii = false
                    continue
                }
                if ascii, length > 0, length <= 4 {
                    let languages = keys.languages(of: key)
                    fr += Int(languages & KeyTable.french)
                    en += Int(languages >> 1)
                }
                key = 0
                length = 0
                ascii = true
            }
            if ascii, length > 0, length <= 4 {
                let languages = keys.languages(of: key)
                fr += Int(languages & KeyTable.french)
                en += Int(languages >> 1)
            }
            return (fr, en)
        }
        if fr + en < 5 { return "und" }
        return fr >= en ? "fr" : "en"
    }

    /// The language of one sentence by the same common words written in lower case (capitalised ones may be
    /// names: "Du Bois"; "a" is both French and English), or `otherwise` when they do not tell.
    static func guess(sentence tokens: [Token], otherwise: String) -> String {
        var fr = 0, en = 0
        // By index: a loop over the tokens themselves copied each one.
        // Capitals and length first: comparing Strings that differ is a call into the standard library.
        for k in tokens.indices where tokens[k].kind == .word && !tokens[k].isCapitalized
            && (tokens[k].folded.utf8.count != 1 || tokens[k].folded != "a") {
            // Both lists are flagged: asked with constant masks, not through their static accessors at every token.
            if tokens[k].lists & SentenceList.frenchWords.bit != 0 { fr += 1 }
            if tokens[k].lists & SentenceList.englishWords.bit != 0 { en += 1 }
        }
        return fr > en ? "fr" : en > fr ? "en" : otherwise
    }

    /// A combining mark continues the letter before it, as `Character` sees it.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend || scalar.value == 0x200D
        }
    }
}

/// The packed keys of both languages' words, each with its languages (bit 0 French, bit 1 English): open
/// addressing over 64 slots, at most 40 keys (0, never a key, marks an empty slot).
private struct KeyTable {
    static let french: UInt8 = 1, english: UInt8 = 2
    private var keys = [UInt32](repeating: 0, count: 64)
    private var flags = [UInt8](repeating: 0, count: 64)

    init(french: [UInt32], english: [UInt32]) {
        for key in french { insert(key, Self.french) }
        for key in english { insert(key, Self.english) }
    }

    @inline(__always)
    private static func slot(_ key: UInt32) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B1) >> 26) }

    private mutating func insert(_ key: UInt32, _ flag: UInt8) {
        var k = Self.slot(key)
        while keys[k] != 0 && keys[k] != key { k = (k + 1) & 63 }
        keys[k] = key
        flags[k] |= flag
    }

    /// The languages whose list holds the word packed as `key`; 0 for neither.
    @inline(__always)
    func languages(of key: UInt32) -> UInt8 {
        var k = Self.slot(key)
        while keys[k] != 0 {
            if keys[k] == key { return flags[k] }
            k = (k + 1) & 63
        }
        return 0
    }
}
