/// "James Spilker, Jr.", "Martin Grant Sr.": a generational suffix after a person's name is part of it, as the
/// article writes it.
extension EntityRecognizer {
    /// Suffixes that follow a surname (lexicon `name.person.suffix`).
    static let personSuffixes = LexiconData.set("name.person.suffix")

    static func attachNameSuffixes(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        for m in mentions.indices where mentions[m].kind == .person && mentions[m].tokens.count >= 2 {
            var k = mentions[m].tokens.upperBound
            if k + 1 < tokens.count, tokens[k].text == "," { k += 1 }
            guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, personSuffixes.contains(tokens[k]),
                  !mentions.contains(where: { $0.tokens.contains(k) }) else { continue }
            var end = k + 1
            if end < tokens.count, tokens[end].text == ".", tokens[end].start == tokens[k].end { end += 1 }
            let range = mentions[m].tokens.lowerBound..<end
            let surface = tokens[range].joinedAsWritten()
            mentions[m] = SentenceMention(entity: EntityRef(.person, surface), surface: surface, tokens: range, source: mentions[m].source)
        }
    }
}
