/// "Labor", "the Greens", "Queensland Labor", "the New Democrats": a party named by its short form is a fund where
/// it stands alone, not where it labels a person ("a Labor MP", "Greens senator X").
enum PartyShortNames {
    static let short = LexiconData.forms("party.short")
    static let qualified = LexiconData.forms("party.qualified")
    static let qualifiers = LexiconData.set("party.qualifier")
    static let labels = LexiconData.forms("party.label")

    static func find(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        var found = false
        for k in tokens.indices where tokens[k].kind == .word && tokens[k].isCapitalized {
            var start = k
            if qualified.contains(tokens[k]) {
                guard k > 0, tokens[k - 1].isCapitalized, qualifiers.contains(tokens[k - 1]) else { continue }
                start = k - 1
            } else if !short.contains(tokens[k]) {
                continue
            }
            // "Labor Party", "Labor MPs", "the Greens leader": part of a longer name, or a label.
            if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized || labels.contains(tokens[k + 1]) { continue }
            // "Queensland Labor", "Tasmanian Liberals": the state's branch, one name.
            if start > 0, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalized, !tokens[start - 1].isPossessive,
               !Lexicon.capitalStop.contains(tokens[start - 1]) || AgencyNames.isDemonym(tokens[start - 1]),
               !mentions.contains(where: { $0.tokens.contains(start - 1) && $0.kind == .person }) {
                start -= 1
            }
            // "Europe-Ecologie les Verts": the end of a longer name that runs across its article.
            if start >= 2, SentenceContext.determiners.contains(tokens[start - 1]), !tokens[start - 1].isCapitalized,
               tokens[start - 2].kind == .word, tokens[start - 2].isCapitalized, !Lexicon.capitalStop.contains(tokens[start - 2]) { continue }
            let range = start..<(k + 1)
            // A known name (a person, a gazetteer entry such as "Conservatives") keeps its own reading.
            if mentions.contains(where: { $0.tokens.overlaps(range) && ($0.kind == .person || $0.source == .gazetteer) }) { continue }
            mentions.removeAll { $0.tokens.overlaps(range) }
            let surface = tokens[range].joinedAsWritten()
            mentions.append(SentenceMention(entity: EntityRef(.fund, surface), surface: surface, tokens: range, source: .name))
            found = true
        }
        if found { mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
    }
}
