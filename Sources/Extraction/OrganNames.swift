/// "House of Lords Commissioners for Standards", "Pentagon Inspector General", "European Parliament Committee on
/// Budgets": an organ named after the body it belongs to is one agency, not the body and a guessed company.
extension EntityRecognizer {
    /// Words that open an organ's name (lexicon `agency.organ.head`).
    static let organHeads = LexiconData.set("agency.organ.head")
    /// Words that join an organ to its remit: "Committee on Budgets", "Commissioners for Standards".
    static let organRemitLinks: WordSet = ["on", "for", "of"]
    /// Lower-case words naming a body's own overseer: "a House of Lords watchdog" (lexicon `agency.organ.common`).
    static let organCommonHeads = LexiconData.set("agency.organ.common")

    static func organsOfBodies(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var m = 0
        while m < mentions.count {
            defer { m += 1 }
            let body = mentions[m]
            let j = body.tokens.upperBound
            // "is being probed by a House of Lords watchdog": the body's watchdog is the actor, not the body.
            // "a U.S. government watchdog" names no particular body: only a named one's overseer is kept.
            if body.kind == .agency, j < tokens.count, tokens[j - 1].isCapitalized, tokens[j].kind == .word, !tokens[j].isCapitalized, organCommonHeads.contains(tokens[j]) {
                mentions[m] = organ(tokens, body.tokens.lowerBound..<(j + 1))
                continue
            }
            guard body.kind == .agency, j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized, organHeads.contains(tokens[j]) else { continue }
            var end = j + 1
            // "Inspector General": a capitalised rank after the head.
            if end < tokens.count, ["general", "general's"].contains(tokens[end].folded), tokens[end].isCapitalized { end += 1 }
            // "Committee on Budgets": the remit, capitalised words after a link.
            if end + 1 < tokens.count, organRemitLinks.contains(tokens[end]), tokens[end + 1].isCapitalized, tokens[end + 1].kind == .word {
                var k = end + 1
                while k < tokens.count, k - end <= 4, tokens[k].kind == .word, tokens[k].isCapitalized || (["and", "et"].contains(tokens[k]) && k + 1 < tokens.count && tokens[k + 1].isCapitalized) { k += 1 }
                end = k
            }
            // A guessed name over the organ ("Commissioners for Standards") gives way; a known one past it stays.
            let inside = mentions.indices.filter { $0 != m && mentions[$0].tokens.lowerBound >= j && mentions[$0].tokens.lowerBound < end }
            if inside.contains(where: { mentions[$0].source == .gazetteer && mentions[$0].tokens.upperBound > end }) { continue }
            end = max(end, inside.map { mentions[$0].tokens.upperBound }.max() ?? end)
            mentions[m] = organ(tokens, body.tokens.lowerBound..<end)
            for index in inside.reversed() { mentions.remove(at: index) }
        }
    }

    /// The agency an organ's words name, as written.
    private static func organ(_ tokens: [Token], _ range: Range<Int>) -> SentenceMention {
        let surface = tokens[range].joinedAsWritten()
        return SentenceMention(entity: EntityRef(.agency, surface), surface: surface, tokens: range, source: .agencyShape)
    }
}
