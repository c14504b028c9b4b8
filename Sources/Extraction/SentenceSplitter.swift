/// A sentence of the article: its tokens and its Unicode-scalar span in the normalised text.
struct Sentence: Sendable {
    var index: Int
    var span: TextSpan
    var tokens: [Token]
}

/// Splits a token stream into sentences: line breaks always end one; ". ! ? …" end one unless they close an
/// abbreviation or an initial, or sit inside a short «quotation»; glued sentences ("différente.Meta") are split.
enum SentenceSplitter {
    /// Abbreviations that keep a sentence going; titles are always followed by a name.
    static let titles: WordSet = ["m", "mme", "mmes", "mlle", "mm", "mr", "mrs", "ms", "dr", "pr", "st", "sen",
                                      "rep", "gov", "gen", "lt", "col", "sgt", "prof", "me", "mgr", "hon"]
    static let abbreviations: WordSet = ["jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "p", "pp", "jan",
                                             "feb", "aug", "sept", "oct", "nov", "dec", "cf", "env", "art", "vol",
                                             "fig", "approx", "dept", "av", "bd", "llc", "ca", "e.g", "i.e"]
    static let starters: WordSet = ["the", "it", "he", "she", "they", "we", "this", "that", "in", "on", "but",
                                        "le", "la", "les", "il", "elle", "ils", "elles", "ce", "cette", "en", "mais",
                                        "un", "une", "a", "an", "selon", "according"]
    static let closers: WordSet = ["»", "”", "\"", ")", "'"]
    static let terminals: WordSet = [".", "!", "?", "…"]
    /// A run-on "sentence" (a table or a page with no full stops) is cut at its first punctuation mark after this
    /// many tokens, and anywhere after `longestSentence`: the rules read whole sentences and their cost grows
    /// faster than a sentence's length (2.5 MB without a full stop took minutes). The press's longest is ~130.
    static let longSentence = 250
    static let longestSentence = 400

    /// The sentences of tokens held in an array (the tests'), copied into a `TokenBuffer` first.
    static func split(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Sentence] {
        var buffer = TokenBuffer(capacity: tokens.count)
        for token in tokens { buffer.append(token) }
        return split(buffer, scalars: scalars)
    }

    /// Consumes the article's tokens: each sentence's are moved out of them in one block, not copied.
    static func split(_ buffer: consuming TokenBuffer, scalars: [Unicode.Scalar]) -> [Sentence] {
        let ranges = ranges(buffer.tokens)
        let spans = ranges.map { TextSpan(buffer.tokens[$0.lowerBound].start, buffer.tokens[$0.upperBound - 1].end) }
        let taken = buffer.split(ranges)
        return ranges.indices.map { k in Sentence(index: k, span: spans[k], tokens: taken[k]) }
    }

    /// The sentences' token ranges, one after the other from the first token to the last.
    private static func ranges(_ tokens: UnsafeBufferPointer<Token>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // The current sentence is tokens[start..<end].
        var start = 0, end = 0
        var quoteDepth = 0
        var quoteOpenedAt = 0
        func close() {
            guard end > start else { return }
            ranges.append(start..<end)
            start = end
            quoteDepth = 0
        }
        // By index: a loop over the tokens themselves copied each one.
        for i in tokens.indices {
            // "NASA also awarded a" / (blank line) / "$1.9 billion contract to …": a line ending on an article or a
            // preposition was cut by the page's layout, not by the sentence's end.
            if tokens[i].newlineBefore && !(i > 0 && Self.dangles(tokens[i - 1])) { close() }
            end = i + 1
            if end - start >= longSentence, tokens[i].kind == .punct || end - start >= longestSentence {
                close()
                continue
            }
            if tokens[i].kind == .punct {
                if tokens[i].hasText("«") || tokens[i].hasText("“") { quoteDepth += 1; quoteOpenedAt = end - start }
                if tokens[i].hasText("»") || tokens[i].hasText("”") { quoteDepth = max(0, quoteDepth - 1) }
            }
            // A quotation that runs too long is probably unbalanced: stop protecting it.
            if quoteDepth > 0 && end - start - quoteOpenedAt > 80 { quoteDepth = 0 }
            // Only punctuation closes a sentence: words and numbers go on at once.
            guard tokens[i].kind == .punct else { continue }
            guard i + 1 < tokens.count else { continue }
            if tokens[i + 1].newlineBefore { continue }
            if isTerminal(tokens[i]) {
                if quoteDepth > 0 { continue }
                var k = i + 1
                while k < tokens.count, isCloser(tokens[k]), !tokens[k].newlineBefore { k += 1 }
                if k > i + 1 { continue }  // the closing quote ends the sentence, handled below
                if endsSentence(tokens, at: i, nextIndex: k) { close() }
            } else if tokens[i].isMark(")"), !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized, quoteDepth == 0 {
                close()  // "(vidéo dans le texte)Ces dons…": two sentences glued at a parenthesis
            } else if isCloser(tokens[i]), i > 0, isTerminal(tokens[i - 1]), quoteDepth == 0 {
                if startsSentence(tokens[i + 1]) { close() }
            }
        }
        close()
        return ranges
    }

    /// `terminals.contains(token.text)`, told from the byte count and, for one byte, the stored hash (`isMark`): hashing
    /// the text of every punctuation mark cost more, and reading its first byte a generic `Collection.first` call.
    @inline(__always)
    static func isTerminal(_ token: Token) -> Bool {
        let utf8 = token.text.utf8
        switch utf8.count {
        case 1: return token.isMark(".") || token.isMark("!") || token.isMark("?")
        case 3: return token.text == "…"
        default: return false
        }
    }

    /// `closers.contains(token.text)`, likewise.
    @inline(__always)
    static func isCloser(_ token: Token) -> Bool {
        let utf8 = token.text.utf8
        switch utf8.count {
        case 1: return token.isMark("\"") || token.isMark(")") || token.isMark("'")
        case 2: return token.text == "»"
        case 3: return token.text == "”"
        default: return false
        }
    }

    /// The next and previous tokens are read in place (`k`, `p`): copies of them retained and released their Strings
    /// at every full stop.
    static func endsSentence(_ tokens: UnsafeBufferPointer<Token>, at i: Int, nextIndex k: Int) -> Bool {
        guard k < tokens.count else { return true }
        guard startsSentence(tokens[k]) else { return false }
        guard i > 0, tokens[i - 1].end == tokens[i].start else { return true }
        let p = i - 1
        // "who gave the party £1.5m. The Tories…": a unit glued to its number ("1.5m", "40bn") is no title.
        if i > 1, tokens[i - 2].kind == .number, tokens[i - 2].end == tokens[p].start, !tokens[p].isCapitalized { return true }
        if titles.contains(tokens[p]) { return false }
        // "approximately Rs. 32,100 crore": the rupee's abbreviation leads its number.
        if tokens[k].kind == .number, tokens[p].folded == "rs" { return false }
        if abbreviations.contains(tokens[p]) { return starters.contains(tokens[k]) }
        // An initial: "Donald J. Trump".
        if tokens[p].kind == .word, tokens[p].text.unicodeScalars.count == 1, tokens[p].isCapitalized {
            return starters.contains(tokens[k])
        }
        return true
    }

    @inline(__always)
    static func startsSentence(_ token: Token) -> Bool {
        if token.kind == .word { return token.isCapitalized }
        if token.kind == .number { return true }
        return opensSentence(token.text)
    }

    /// Whether the text is one of « “ " ( — – - @ # $ £ €, told from its one scalar: a literal list of them was built
    /// and compared with at every full stop. None of these scalars has a canonical equivalent, so the scalar
    /// decides as `==` did.
    private static func opensSentence(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        switch first.value {
        case 0xAB, 0x201C, 0x22, 0x28, 0x2014, 0x2013, 0x2D, 0x40, 0x23, 0x24, 0xA3, 0x20AC: return true
        default: return false
        }
    }

    /// Lower-case articles and prepositions, which no sentence or headline ends on (lexicon `sentence.dangling`).
    static let dangling = LexiconData.set("sentence.dangling")

    static func dangles(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && dangling.contains(token)
    }
}
