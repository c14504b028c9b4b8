/// "Greg Brockman and his wife Anna", "Paul Durand et son épouse Claire": a spouse named by a first name alone
/// takes the partner's surname, so the list the sentence gives has one person more (GUIDELINES: people by full name).
enum Spouses {
    static let words: WordSet = ["wife", "husband", "femme", "epouse", "mari", "epoux"]
    static let possessives: WordSet = ["his", "her", "their", "son", "sa"]

    static func resolve(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence]) {
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            var added: [SentenceMention] = []
            for partner in perSentence[s] where partner.kind == .person {
                // partner, "and"/"et", possessive, spouse word, first name
                let k = partner.tokens.upperBound
                guard k + 3 < tokens.count, ["and", "et"].contains(tokens[k]), possessives.contains(tokens[k + 1]),
                      words.contains(tokens[k + 2]), tokens[k + 3].isCapitalized, FirstNames.all.contains(tokens[k + 3]),
                      // A lone first name the recogniser kept (as itself or unknown) is replaced; a longer name is not.
                      !perSentence[s].contains(where: { $0.tokens.contains(k + 3) && $0.tokens != (k + 3)..<(k + 4) }),
                      let name = partner.entity?.name, let surname = name.split(separator: " ").last, name.contains(" ") else { continue }
                // "his wife Anna Brockman" is a full name the recogniser finds itself: only a name standing alone.
                if k + 4 < tokens.count, tokens[k + 4].isCapitalized { continue }
                let spouse = EntityRef(.person, tokens[k + 3].text + " " + surname)
                added.append(SentenceMention(entity: spouse, surface: spouse.name, tokens: (k + 3)..<(k + 4), source: .name))
            }
            if !added.isEmpty { perSentence[s] = (perSentence[s].filter { m in !added.contains { $0.tokens == m.tokens } } + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        }
    }
}
