/// A word, number or punctuation mark of the article, with its Unicode-scalar offsets.
public struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punct }
    // The one-byte fields come last, together: the token is 88 bytes instead of 96, and sentences copy and move
    // every token of the article.
    let text: String
    /// Lowercased and accent-free, for matching.
    let folded: String
    /// `WordSet.hash(folded)`, worked out once so that word lists are asked without hashing a String.
    let wordHash: UInt64
    /// The bits of the `SentenceList`s that hold the folded form: a flagged list is asked about the token with an AND.
    let lists: ListMask
    var start: Int
    var end: Int
    /// The value of a number token.
    var number: Double?
    var kind: Kind
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool
    var newlineBefore: Bool
    /// Whether the folded form holds a hyphen ("million-dollar", "vingt-cinq"): the amount rules ask it of every token.
    let hasHyphen: Bool

    // Worked out once from the text: the rules ask these of every token, many times.
    /// Whether the first letter is a capital.
    let isCapitalized: Bool
    /// Whether the text is all ASCII (then so is its folded form, and either's length is its byte count).
    let isASCII: Bool
    /// `text.count`, without walking Characters for ASCII text (a token never holds "\r\n").
    var length: Int { isASCII ? text.utf8.count : text.count }
    /// `folded.count`, likewise.
    var foldedLength: Int { isASCII ? folded.utf8.count : folded.count }
    /// The English possessive mark split off a name ("NASA's", "Musk’s"). The byte count first: the name scanners ask
    /// it of every token, and comparing with "’s" took the standard library's slow, Unicode-aware path.
    /// The bytes themselves are compared: no other String is canonically equivalent to these, and `==` with "’s"
    /// took the standard library's Unicode-aware path for every four-byte token.
    var isPossessive: Bool {
        let count = text.utf8.count
        guard count == 2 || count == 4 else { return false }
        var utf8 = text.utf8.makeIterator()
        if count == 4 {
            guard utf8.next() == 0xE2, utf8.next() == 0x80, utf8.next() == 0x99 else { return false }
        } else {
            guard utf8.next() == UInt8(ascii: "'") else { return false }
        }
        let last = utf8.next()
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "S")
    }
    var isAllCaps: Bool {
        if isASCII {
            var letters = 0
            for byte in text.utf8 {
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
    var isWord: Bool { kind == .word }

    /// What the stored facts of an all-ASCII token are, worked out by the tokenizer in its one pass over the scalars.
    struct ASCIIDigest {
        var hash: UInt64
        var hyphen: Bool
        var capitalized: Bool
    }

    /// `lists`: `SentenceList.lookup`, passed in by the tokenizer so that its loop reads the static once. `ascii`:
    /// the facts of an ASCII token, given by the tokenizer (nil: worked out here from the Strings).
    init(text: String, folded: String, start: Int, end: Int, kind: Kind, spaceBefore: Bool, newlineBefore: Bool,
         number: Double?, ascii digest: ASCIIDigest? = nil, lists: SentenceList.Lookup = SentenceList.lookup) {
        self.text = text
        self.folded = folded
        if let digest {
            isASCII = true
            isCapitalized = digest.capitalized
            (wordHash, hasHyphen) = (digest.hash, digest.hyphen)
        } else {
            let (ascii, first) = text.utf8.withContiguousStorageIfAvailable { bytes in (!bytes.contains { $0 >= 0x80 }, bytes.first) }
                ?? (text.utf8.allSatisfy { $0 < 0x80 }, text.utf8.first)
            isASCII = ascii
            if let first, first < 0x80 {
                isCapitalized = first >= 0x41 && first <= 0x5A
            } else {
                isCapitalized = text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
            }
            (wordHash, hasHyphen) = Self.digest(folded)
        }
        self.lists = lists.lists(hash: wordHash, word: folded)
        self.start = start
        self.end = end
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
        self.number = number
    }

    /// `other` at another place of the text: its fields copied one by one. Copying the whole token (`var token =
    /// made[k]`) went through its outlined value-witness copy, about 80 instructions, at every token the tokenizer
    /// took from its cache.
    @inline(__always)
    init(repeating other: borrowing Token, start: Int, end: Int, spaceBefore: Bool, newlineBefore: Bool) {
        text = other.text
        folded = other.folded
        wordHash = other.wordHash
        lists = other.lists
        self.start = start
        self.end = end
        number = other.number
        kind = other.kind
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
        hasHyphen = other.hasHyphen
        isCapitalized = other.isCapitalized
        isASCII = other.isASCII
    }

    private static func digest(_ folded: String) -> (UInt64, Bool) {
        let (hash, hyphen) = WordSet.hashAndHyphen(folded)
        return (hash, hyphen)
    }
}

/// Splits text into tokens: words keep inner hyphens and dotted acronyms ("U.S."), French elisions
/// end their word ("d'"), and numbers keep their grouping ("58 000", "139,3", "1,500,000").
public enum Tokenizer {
    static let elisions: WordSet = ["l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu",
                                        "puisqu", "quoiqu", "presqu"]

    /// Public, with `MoneyParser.find` and `DateParser.find`, as the fuzz targets' entry points (Fuzz/).
    public static func tokenize(_ text: String, language: String, base: Int = 0) -> [Token] {
        let scalars = UTF8Scalars.array(text)
        return tokenize(scalars, range: 0..<scalars.count, language: language, base: base)
    }

    /// Tokens of scalars[range]; offsets are range positions plus base.
    static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>, language: String, base: Int = 0) -> [Token] {
        var unused = WordSet()
        let tokens: TokenBuffer = tokenize(scalars, range: range, language: language, base: base, lowercaseWords: &unused,
                                           collect: false)
        return tokens.array()
    }

    /// The same, and the folded forms of the words written without a capital, in the order they first appear, added
    /// to `lowercaseWords`. Each is added when the token is first made: a word written again is copied from the
    /// `TokenCache`, and adding it again (a probe that finds it) cost as much as a tenth of tokenising.
    /// Into a `TokenBuffer`, which the sentence splitter moves the sentences out of (the extractor's path).
    static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>, language: String, base: Int = 0,
                         lowercaseWords: inout WordSet) -> TokenBuffer {
        tokenize(scalars, range: range, language: language, base: base, lowercaseWords: &lowercaseWords, collect: true)
    }

    private static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>, language: String, base: Int,
                                 lowercaseWords: inout WordSet, collect: Bool) -> TokenBuffer {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range out of the scalars")
        // About one token per six scalars in prose: growing the buffer was a tenth of tokenising.
        var tokens = TokenBuffer(capacity: range.count / 5 + 8)
        // Through a buffer: the array's bounds checks at every scalar were a fifth of tokenising.
        scalars.withUnsafeBufferPointer {
            tokenize($0, range: range, language: language, base: base, lowercaseWords: &lowercaseWords, collect: collect,
                     into: &tokens)
        }
        return tokens
    }

    private static func tokenize(_ s: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, language: String, base: Int,
                                 lowercaseWords: inout WordSet, collect: Bool, into tokens: inout TokenBuffer) {
        var i = range.lowerBound
        let end = range.upperBound
        var space = false, newline = false
        let lists = SentenceList.lookup
        let singles = Self.singles
        // About one different token in three (an estimate: the table grows if need be). A short text (a header line,
        // a gazetteer name) repeats few tokens: its table would cost more than it saves.
        var cache = TokenCache(capacity: range.count / 15, enabled: range.count >= 256)
        // ASCII first: Unicode property look-ups cost more than the rest of tokenising.
        @inline(__always) func isLetter(_ k: Int) -> Bool {
            guard k < end else { return false }
            let v = s[k].value
            if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
            return isLetterBeyondASCII(s[k])
        }
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < end && s[k].value >= 0x30 && s[k].value <= 0x39 }
        @inline(__always) func isUpper(_ k: Int) -> Bool {
            guard k < end else { return false }
            let v = s[k].value
            if v < 0x80 { return v >= 0x41 && v <= 0x5A }
            return s[k].properties.isUppercase
        }
        func string(_ range: Range<Int>) -> String { Self.string(s, range) }
        while i < end {
            let c = s[i]
            if c == " " || c == "\n" || c == "\t" {
                space = true
                if c == "\n" { newline = true }
                i += 1
                continue
            }
            let startIndex = i
            var kind = Token.Kind.punct
            // "Robinhood Markets HOOD.O a fait don": a wire's ticker after a name is read past, like a space, so the
            // name stays next to its verb (the evidence, cut from the text, keeps it).
            if space, isUpper(i), let stop = Self.tickerEnd(s, from: i, end: end, after: range.lowerBound) {
                i = stop
                continue
            }
            if isLetter(i) {
                kind = .word
                // Dotted acronym: U.S. / J.D. / U.S.A.
                if isUpper(i), i + 3 < end, s[i + 1] == ".", isUpper(i + 2), i + 3 < end, s[i + 3] == "." {
                    var k = i
                    while k + 1 < end, isUpper(k), s[k + 1] == "." { k += 2 }
                    i = k
                } else {
                    while i < end {
                        if isLetter(i) { i += 1; continue }
                        if isDigit(i) {
                            // "Sh50.7 billion", "KSh200,000": a currency's letters glued to the amount are a word of their own.
                            if i - startIndex <= 3, isGluedCurrency(s, startIndex..<i) { break }
                            i += 1
                            continue
                        }
                        // U+2010 and U+2011 are the typographic hyphens ("Hauts‐de‐Seine").
                        if (s[i] == "-" || s[i] == "&" || s[i] == "\u{2010}" || s[i] == "\u{2011}") && isLetter(i + 1) && i > startIndex {
                            // "Schumer-aligned", "Microsoft-backed": a name before an attributive suffix is a word of
                            // its own, so the name is found as itself.
                            if s[i] == "-", isUpper(startIndex), isAttributiveSuffix(s, from: i + 1, end: end) { break }
                            i += 1
                            continue
                        }
                        if s[i] == "'" && isLetter(i + 1) {
                            let word = Folding.fold(string(startIndex..<i))
                            if elisions.contains(word) { i += 1; break }
                            if s[i + 1] == "s" || s[i + 1] == "S", !isLetter(i + 2) { break }  // English possessive
                            i += 1
                            continue
                        }
                        break
                    }
                }
            } else if isDigit(i) {
                kind = .number
                var groupLength = 0
                while isDigit(i) { i += 1; groupLength += 1 }
                var firstGroup = groupLength
                while i < end {
                    if (s[i] == "," || s[i] == ".") && isDigit(i + 1) {
                        i += 1
                        while isDigit(i) { i += 1 }
                        continue
                    }
                    // Swiss grouping "241'000": an apostrophe before exactly three digits.
                    if (s[i] == "'" || s[i] == "\u{2019}") && firstGroup <= 3 && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3) && !isDigit(i + 4) {
                        i += 4
                        continue
                    }
                    // French grouping "58 000", "83 534,51": only after a group of at most three digits.
                    if s[i] == " " && firstGroup <= 3 && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3) && !isDigit(i + 4) {
                        i += 4
                        firstGroup = 3
                        continue
                    }
                    break
                }
            } else if c == "'" && i + 1 < end && (s[i + 1] == "s" || s[i + 1] == "S") && !isLetter(i + 2) {
                kind = .word
                i += 2
            } else {
                i += 1
            }
            let key = TokenCache.key(s, startIndex..<i)
            if let found = cache.find(key, s, startIndex..<i, kind: kind) {
                tokens.append(cache.token(at: found, in: tokens.tokens, start: base + startIndex, end: base + i, spaceBefore: space,
                                          newlineBefore: newline))
            } else {
                let (text, folded, digest) = textAndFold(s, startIndex..<i, singles)
                let number = kind == .number ? NumberParser.value(text, language: language) : nil
                let token = Token(text: text, folded: folded, start: base + startIndex, end: base + i,
                                  kind: kind, spaceBefore: space, newlineBefore: newline, number: number, ascii: digest, lists: lists)
                cache.insert(key, startIndex..<i, kind: kind, position: tokens.count)
                // A word seen again is a cache hit: its first occurrence (a miss) added its folded form already.
                if collect, token.kind == .word, !token.isCapitalized { lowercaseWords.insert(token.folded, hash: token.wordHash) }
                tokens.append(consume token)
            }
            space = false
            newline = false
        }
    }
}

extension Tokenizer {
    /// A letter (or a mark that goes on a word) outside ASCII; apart, so that the ASCII test inlines small.
    @inline(never)
    /// Suffixes that make a name an attribute of the noun after it ("Schumer-aligned", "Kremlin-linked"): lexicon
    /// `name.attributive.suffix`.
    static let attributiveSuffixes = LexiconData.set("name.attributive.suffix")

    /// Whether the lower-case ASCII letters from `start` to the word's end are an attributive suffix.
    private static func isAttributiveSuffix(_ s: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int) -> Bool {
        var k = start
        var word = ""
        while k < end, s[k].value >= 0x61, s[k].value <= 0x7A, k - start < 12 { word.unicodeScalars.append(s[k]); k += 1 }
        if k < end, s[k].properties.isAlphabetic || s[k] == "-" { return false }
        return !word.isEmpty && attributiveSuffixes.contains(word)
    }

    /// Where a Reuters-style ticker ("HOOD.O", "UBER.N", "BNPP.PA", "7203.T") that starts at `i` ends: one to six
    /// capitals or digits, a dot, one or two capitals, then no letter, digit or dot; right after a word (one space
    /// back), so "in the U.S. A" or a sentence's first word is never one. Nil when there is none.
    static func tickerEnd(_ s: UnsafeBufferPointer<Unicode.Scalar>, from i: Int, end: Int, after start: Int) -> Int? {
        @inline(__always) func isCapital(_ k: Int) -> Bool { k < end && s[k].value >= 0x41 && s[k].value <= 0x5A }
        @inline(__always) func isDigit(_ k: Int) -> Bool { k < end && s[k].value >= 0x30 && s[k].value <= 0x39 }
        @inline(__always) func isWordEnd(_ k: Int) -> Bool {
            guard k >= start else { return false }
            let v = s[k].value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0x80 && s[k].properties.isAlphabetic)
        }
        guard i >= start + 2, s[i - 1] == " ", isWordEnd(i - 2) else { return nil }
        var k = i
        while k < end, k - i < 7, isCapital(k) || isDigit(k) { k += 1 }
        guard k - i >= 1, k - i <= 6, k < end, s[k] == ".", isCapital(k + 1) else { return nil }
        k += 2
        if isCapital(k) { k += 1 }
        guard k >= end || !(isCapital(k) || isDigit(k) || s[k] == "." || (s[k].value >= 0x61 && s[k].value <= 0x7A)
                            || (s[k].value >= 0x80 && s[k].properties.isAlphabetic)) else { return nil }
        return k
    }

    private static func isLetterBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        // The letters of French and other Latin-script text first, without the property look-up.
        UTF8Scalars.isLatinLetter(scalar.value) || scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The one-character Strings of ASCII, made once: a token of one character (a comma, a full stop, "a") takes its
    /// String from here instead of making it again.
    static let singles: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// The text of scalars[range] and its `Folding.fold`: ASCII text (most tokens) is lower-cased in the pass
    /// that writes it, and is its own folded form when it has no capital. For ASCII text, also what `Token` stores
    /// about it (the folded form's `WordSet.hash`, its hyphen, the capital), from the same pass: reading the new
    /// Strings again cost more than this loop.
    static func textAndFold(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                            _ singles: [String]) -> (text: String, folded: String, ascii: Token.ASCIIDigest?) {
        var upper = false, hyphen = false
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            let v = s[k].value
            if v >= 0x80 {
                let text = string(s, range)
                return (text, Folding.fold(text), nil)
            }
            let capital = v >= 0x41 && v <= 0x5A
            if capital { upper = true }
            if v == 0x2D { hyphen = true }
            // FNV-1a of the folded (lower-cased) byte, as `WordSet.hash` works it out.
            hash ^= UInt64(capital ? v + 32 : v)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let first = range.isEmpty ? 0 : s[range.lowerBound].value
        let digest = Token.ASCIIDigest(hash: hash == 0 ? 1 : hash, hyphen: hyphen, capitalized: first >= 0x41 && first <= 0x5A)
        if range.count == 1 {
            let text = singles[Int(first)]
            return (text, upper ? singles[Int(first) + 32] : text, digest)
        }
        let text = ascii(s, range, lowered: false)
        return (text, upper ? ascii(s, range, lowered: true) : text, digest)
    }

    /// ASCII scalars[range] as a String, lower-cased if asked.
    private static func ascii(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowered: Bool) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            var j = 0
            for k in range {
                let byte = UInt8(truncatingIfNeeded: s[k].value)
                buffer[j] = lowered && byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                j += 1
            }
            return range.count
        }
    }

    /// Whether the letters are a currency written glued to its amount: the East African shillings' "Sh", "KSh", "USh",
    /// "TSh" and the rupee's "Rs" (see `MoneyParser.gluedCurrencies`).
    static func isGluedCurrency(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard range.count >= 2, s[range.upperBound - 1] == "h" || s[range.upperBound - 1] == "s" else { return false }
        return MoneyParser.gluedCurrencies[string(s, range)] != nil
    }

    /// The text of scalars[range].
    static func string(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        s.withUnsafeBufferPointer { string($0, range) }
    }

    /// The text of scalars[range], written as UTF-8 straight into the new String.
    static func string(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> String {
        var length = 0
        for k in range { length += UTF8.width(s[k]) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var j = 0
            for k in range {
                UTF8.encode(s[k]) { byte in
                    buffer[j] = byte
                    j += 1
                }
            }
            return length
        }
    }
}

/// Reads the value of a number as written in French or English: "139,3", "58 000", "1,500", "1.5".
enum NumberParser {
    static func value(_ text: String, language: String) -> Double? {
        // Digits alone (most numbers) read the same in both languages: up to 15 digits are exact as an Int.
        var whole = 0, digits = 0, plain = true
        for byte in text.utf8 {
            guard byte >= 0x30 && byte <= 0x39 else { plain = false; break }
            whole = whole &* 10 &+ Int(byte &- 0x30)
            digits += 1
        }
        if plain { return digits > 0 && digits <= 15 ? Double(whole) : Double(text) }
        // Bytes, not Characters: a number token holds only digits, marks and the spaces and apostrophes of grouping.
        // Worked out in one scratch buffer (the bytes only shrink): arrays made and filtered cost an allocation each.
        let comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.utf8.count) { buffer -> Double? in
            // The bytes without the grouping spaces and apostrophes (U+2019 is E2 80 99: E2 always opens a scalar).
            var count = 0
            var bytes = text.utf8.makeIterator()
            while let byte = bytes.next() {
                if byte == 0x20 || byte == 0x27 { continue }
                if byte == 0xE2 {
                    var lookahead = bytes
                    if lookahead.next() == 0x80, lookahead.next() == 0x99 { bytes = lookahead; continue }
                }
                buffer[count] = byte
                count += 1
            }
            var commas = 0, dots = 0, lastComma = -1, lastDot = -1
            for k in 0..<count {
                if buffer[k] == comma { commas += 1; lastComma = k } else if buffer[k] == dot { dots += 1; lastDot = k }
            }
            // Each kept byte moved down, a mark dropped or made the decimal point: never ahead of the reading.
            func rewrite(drop: UInt8?, toDot: UInt8?) {
                var n = 0
                for k in 0..<count where buffer[k] != drop {
                    buffer[n] = buffer[k] == toDot ? dot : buffer[k]
                    n += 1
                }
                count = n
            }
            if commas > 0 && dots > 0 {
                // Whichever comes last is the decimal mark.
                if lastComma > lastDot { rewrite(drop: dot, toDot: comma) } else { rewrite(drop: comma, toDot: nil) }
            } else if commas > 0 {
                if isThousands(UnsafeBufferPointer(rebasing: buffer[0..<count]), mark: comma, count: commas, preferThousands: language != "fr") {
                    rewrite(drop: comma, toDot: nil)
                } else {
                    rewrite(drop: nil, toDot: comma)
                }
            } else if dots > 0 {
                if isThousands(UnsafeBufferPointer(rebasing: buffer[0..<count]), mark: dot, count: dots, preferThousands: language == "fr") {
                    rewrite(drop: dot, toDot: nil)
                }
            }
            let digits = UnsafeBufferPointer(rebasing: buffer[0..<count])
            return decimal(digits) ?? Double(String(decoding: digits, as: UTF8.self))
        }
    }

    /// Digits with at most one inner decimal point and at most 15 digits in all, read without making a String: the
    /// digits as an integer (exact in a Double) divided by a power of ten up to 10^15 (exact too) is one correctly
    /// rounded operation, so the value is `Double(text)`'s. Nil for any other text, which `Double` reads.
    private static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var whole = 0, digits = 0, point = -1
        for k in text.indices {
            let byte = text[k]
            if byte == UInt8(ascii: ".") {
                guard point < 0, k > 0, k < text.count - 1 else { return nil }
                point = k
                continue
            }
            // Past 15 digits `Double` reads the text: counted before the digit is added, so `whole` cannot overflow.
            guard byte >= 0x30 && byte <= 0x39, digits < 15 else { return nil }
            whole = whole * 10 + Int(byte - 0x30)
            digits += 1
        }
        guard digits > 0 else { return nil }
        let fraction = point < 0 ? 0 : text.count - 1 - point
        return Double(whole) / powersOfTen[fraction]
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    private static func isThousands(_ text: UnsafeBufferPointer<UInt8>, mark: UInt8, count: Int, preferThousands: Bool) -> Bool {
        // The groups between marks (empty ones kept): the first of at most three digits, every other of three.
        var grouped = true, first = true, length = 0
        for k in 0...text.count {
            guard k == text.count || text[k] == mark else { length += 1; continue }
            if first ? length > 3 : length != 3 { grouped = false }
            first = false
            length = 0
        }
        if count > 1 { return grouped }
        return grouped && preferThousands
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}

extension Token {
    /// `folded.hasSuffix(suffix)`, by bytes when both are ASCII (then each byte is a Character, and a token never
    /// holds "\r\n"): the Unicode-aware `hasSuffix` cost more than the name tests that ask it of every capitalised word.
    /// The bytes are read from contiguous storage: the UTF-8 views' generic `suffix` and `elementsEqual` cost more
    /// than `hasSuffix` itself.
    func foldedEnds(with suffix: String) -> Bool {
        guard isASCII else { return folded.hasSuffix(suffix) }
        var answer: Bool?
        _ = folded.utf8.withContiguousStorageIfAvailable { bytes in
            suffix.utf8.withContiguousStorageIfAvailable { ending in
                for byte in ending where byte >= 0x80 { return }
                guard bytes.count >= ending.count else { answer = false; return }
                let offset = bytes.count - ending.count
                for k in 0..<ending.count where bytes[offset + k] != ending[k] { answer = false; return }
                answer = true
            }
        }
        return answer ?? folded.hasSuffix(suffix)
    }
}
