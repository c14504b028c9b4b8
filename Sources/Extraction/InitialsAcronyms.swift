/// "the Australian Federal Police" … "referred him to the AFP": an acronym the article never defines stands for the
/// body or company named before whose initials it spells, even against a better-known holder of the letters
/// (Agence France-Presse) that the article does not name in full.
extension EntityRecognizer {
    /// Words left out of initials: "Department of Health and Social Care" → DHSC.
    static let initialsSkipped: WordSet = ["de", "du", "des", "d'", "l'", "la", "le", "les", "of", "the", "and", "et", "for", "pour", "on", "en", "a", "aux", "au"]

    static func initials(of tokens: ArraySlice<Token>, capitalisedOnly: Bool) -> String? {
        var letters = ""
        for token in tokens where token.kind == .word && !initialsSkipped.contains(token) {
            guard !capitalisedOnly || token.isCapitalized else { continue }
            // The token's folded form is already lower case without accents: its first letter is the initial.
            guard let first = token.folded.first, first.isLetter else { return nil }
            letters.append(first)
        }
        return letters.count >= 2 ? letters.uppercased() : nil
    }

    static func resolveInitials(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence]) {
        // Initials → the entity first named with them (nil when two entities share them), and where.
        var named: [String: (entity: EntityRef?, s: Int, k: Int)] = [:]
        var longForms = Set<EntityRef>()
        for (s, mentions) in perSentence.enumerated() {
            let tokens = sentences[s].tokens
            for m in mentions where (m.kind == .company || m.kind == .agency) && m.tokens.count >= 2 {
                guard let entity = m.entity else { continue }
                longForms.insert(entity)
                for capitalisedOnly in [true, false] {
                    guard let key = initials(of: tokens[m.tokens], capitalisedOnly: capitalisedOnly) else { continue }
                    if let seen = named[key] { if seen.entity != entity { named[key]?.entity = nil } } else { named[key] = (entity, s, m.tokens.lowerBound) }
                }
            }
        }
        guard !named.isEmpty else { return }
        for s in perSentence.indices {
            let tokens = sentences[s].tokens
            for m in perSentence[s].indices where perSentence[s][m].tokens.count == 1 {
                let k = perSentence[s][m].tokens.lowerBound
                guard tokens[k].isAllCaps, tokens[k].length >= 2, let found = named[tokens[k].text], let entity = found.entity,
                      (found.s, found.k) < (s, k), perSentence[s][m].entity != entity else { continue }
                let current = perSentence[s][m]
                // A name of its own, or a known holder of the letters the article names in full, keeps its reading.
                if let known = current.entity, current.source != .gazetteer || longForms.contains(known) { continue }
                perSentence[s][m].entity = entity
                perSentence[s][m].source = .acronym
            }
        }
    }
}
