/// "wrote on X" names the platform by its context; "to force X to hide the video", later in the same article, is the
/// same platform: once a one-letter name is read by its context, its bare repeats in the article are that entity.
extension EntityRecognizer {
    /// Words before a capital letter that make it something else: "Malcolm X", "Generation X", "Mr X", "page X".
    static let letterBlockers = LexiconData.set("name.letter.blocker")

    static func resolveLetterNames(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence]) {
        var letters: [String: EntityRef] = [:]
        for (s, mentions) in perSentence.enumerated() {
            for m in mentions where m.source == .gazetteer && m.tokens.count == 1 {
                let token = sentences[s].tokens[m.tokens.lowerBound]
                if token.text.utf8.count == 1, token.isCapitalized, let entity = m.entity { letters[token.text] = entity }
            }
        }
        guard !letters.isEmpty else { return }
        for s in perSentence.indices {
            let tokens = sentences[s].tokens
            for k in tokens.indices where tokens[k].kind == .word && tokens[k].text.utf8.count == 1 {
                guard let entity = letters[tokens[k].text], !perSentence[s].contains(where: { $0.tokens.contains(k) }) else { continue }
                // Glued to a mark or a word ("X-ray", "X.com", "Windows X") or after a blocker: no name.
                if k + 1 < tokens.count, !tokens[k + 1].spaceBefore, !tokens[k + 1].isMark(","), !tokens[k + 1].isMark("."),
                   !tokens[k + 1].isPossessive { continue }
                if k > 0, !tokens[k].spaceBefore || letterBlockers.contains(tokens[k - 1]) || (tokens[k - 1].isCapitalized && tokens[k - 1].isWord) { continue }
                perSentence[s].append(SentenceMention(entity: entity, surface: tokens[k].text, tokens: k..<(k + 1), source: .gazetteer))
            }
            perSentence[s].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }
}
