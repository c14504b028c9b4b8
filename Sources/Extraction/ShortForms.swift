/// Surnames, first words of company names and acronyms point to the full name found in the article.
extension EntityRecognizer {
    /// The surname a several-token mention stands for: "O’Toole" (a letter, an apostrophe, a word) or a capitalised
    /// function word before one word ("From Scheer" in a headline); nil for a real multi-word name.
    static func loneSurname(_ tokens: ArraySlice<Token>) -> String? {
        let words = tokens.filter { $0.kind == .word }
        guard let last = words.last else { return nil }
        if words.count == 2, tokens.count == 3, words[0].length == 1, ["'", "’"].contains(tokens[tokens.startIndex + 1].text) { return last.folded }
        if words.count == 2, tokens.count == 2, Lexicon.capitalStop.contains(words[0]) || Lexicon.prepositions.contains(words[0]) { return last.folded }
        return nil
    }

    func resolveShortForms(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence]) {
        // The word tables are keyed by folded words through the tokens' stored hashes (`WordMap`): String-keyed
        // dictionaries hashed every word with SipHash at each insertion and look-up, most of this pass.
        // A nil value marks a word two entities share: it resolves to neither.
        var people = WordMap<EntityRef?>()
        // "Sir Keir", "'free gear Keir'": a first name alone, when one person of the article bears it.
        var given = WordMap<EntityRef?>()
        var companies = WordMap<EntityRef>()
        var acronyms: [String: EntityRef] = [:]
        // Where each company's or agency's full form first appears: "Voyalis" before "sa filiale Voyalis GmbH" is the
        // parent. Only those are asked (`companies` holds nothing else): recording every entity hashed each name.
        var firstSeen: [EntityRef: (Int, Int)] = [:]
        // Room for every mention of the article: grown from empty, the table rehashed its names several times.
        firstSeen.reserveCapacity(perSentence.reduce(0) { $0 + $1.count })
        for (s, mentions) in perSentence.enumerated() {
            for mention in mentions {
                guard let entity = mention.entity else { continue }
                if entity.kind == .company || entity.kind == .agency, firstSeen[entity] == nil {
                    firstSeen[entity] = (s, mention.tokens.lowerBound)
                }
                let tokens = sentences[s].tokens
                // The mention's words but its connectors: how many, the first and the last, read in place (an array of
                // them cost an allocation and a copy of each token, for every mention of the article).
                var wordCount = 0, firstWord = 0, lastWord = 0
                for k in mention.tokens where tokens[k].kind == .word && !NameCandidates.connectors.contains(tokens[k]) {
                    if wordCount == 0 { firstWord = k }
                    lastWord = k
                    wordCount += 1
                }
                if entity.kind == .person, wordCount >= 2 {
                    Self.note(entity, as: tokens[lastWord], in: &people)
                    // "Arvind" after "Arvind Krishna": a given name the list lacks is still the person's.
                    let first = tokens[firstWord]
                    if FirstNames.all.contains(first)
                        || (first.isCapitalized && !first.isAllCaps && !Lexicon.capitalStop.contains(first) && !Lexicon.personTitles.contains(first)) {
                        Self.note(entity, as: first, in: &given)
                    }
                }
                if entity.kind == .company, wordCount >= 2, !Lexicon.capitalStop.contains(tokens[firstWord]), companies[tokens[firstWord]] == nil {
                    companies.set(entity, for: tokens[firstWord])
                }
                if entity.kind == .agency {
                    for word in Folding.fold(entity.name).split(separator: " ").map(String.init) where Lexicon.agencyHeads.contains(word) {
                        companies[word] = entity
                    }
                }
                // "Department of Homeland Security (DHS)": the acronym in parentheses names the same entity.
                let after = mention.tokens.upperBound
                // "Beshenich Muir & Associates, or BMA,": likewise after "or" / "ou".
                var defined: Int?
                // "la Direction de la Maintenance aéronautique [DMAé]": square brackets as well.
                if after + 2 < tokens.count, tokens[after].isMark("(") && tokens[after + 2].isMark(")") || tokens[after].isMark("[") && tokens[after + 2].isMark("]"),
                   Self.isAcronym(tokens[after + 1]) {
                    defined = after + 1
                } else if after + 3 < tokens.count, tokens[after].isMark(","), ["or", "ou"].contains(tokens[after + 1].folded),
                          Self.isAcronym(tokens[after + 2]), [",", ")", "."].contains(tokens[after + 3].text) {
                    defined = after + 2
                }
                if let defined {
                    acronyms[tokens[defined].text] = entity
                    if let next = mentions.indices.first(where: { mentions[$0].tokens.lowerBound == defined }), mentions[next].entity == nil {
                        perSentence[s][next].entity = entity
                        perSentence[s][next].source = .acronym
                    }
                }
            }
        }
        // A short name used alone before its longer form ("Voyalis" … "sa filiale Voyalis GmbH") is its own entity.
        var aloneFirst = WordMap<Place>()
        for (s, mentions) in perSentence.enumerated() {
            let tokens = sentences[s].tokens
            for mention in mentions where mention.entity == nil && mention.tokens.count == 1 {
                let k = mention.tokens.lowerBound
                if aloneFirst[tokens[k]] == nil { aloneFirst.set(Place(sentence: s, token: k), for: tokens[k]) }
            }
        }
        for s in perSentence.indices {
            for m in perSentence[s].indices where perSentence[s][m].entity == nil || perSentence[s][m].source == .title {
                let mention = perSentence[s][m]
                let tokens = sentences[s].tokens[mention.tokens]
                guard let token = tokens.first else { continue }
                if tokens.count > 1 {
                    // "O’Toole" (three tokens), "From Scheer" (a capitalised opener): still a surname alone.
                    if let surname = Self.loneSurname(tokens), let person = people[surname] ?? nil {
                        perSentence[s][m].entity = person
                        perSentence[s][m].source = .surname
                    }
                    continue
                }
                if let person = people[token] ?? nil {
                    perSentence[s][m].entity = person
                    perSentence[s][m].source = .surname
                } else if let person = given[token] ?? nil, mention.kind == .person || mention.entity == nil {
                    perSentence[s][m].entity = person
                    perSentence[s][m].source = .surname
                } else if let company = companies[token], let seen = firstSeen[company],
                          seen < (aloneFirst[token].map { ($0.sentence, $0.token) } ?? (s, mention.tokens.lowerBound)) {
                    perSentence[s][m].entity = company
                    perSentence[s][m].source = .short
                } else if !acronyms.isEmpty, let entity = acronyms[token.text] {
                    perSentence[s][m].entity = entity
                    perSentence[s][m].source = .acronym
                } else if let known = gazetteer.surnameMap[token], !FirstNames.all.contains(token) {
                    perSentence[s][m].entity = known
                    perSentence[s][m].source = .knownSurname
                }
            }
        }
        Self.resolveOrgans(&perSentence, sentences)
        Self.unifyLegalForms(&perSentence)
    }

    /// "le Conseil de Régulation de l'ARTCI", "the Board of the SEC": a body's organ, named with the body's acronym
    /// the article uses on its own, acts as that body.
    static func resolveOrgans(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence]) {
        var bodies: [String: EntityRef] = [:]
        for (s, mentions) in perSentence.enumerated() {
            for m in mentions where m.kind == .agency && m.tokens.count == 1 && sentences[s].tokens[m.tokens.lowerBound].isAllCaps {
                if let entity = m.entity { bodies[sentences[s].tokens[m.tokens.lowerBound].text] = entity }
            }
        }
        guard !bodies.isEmpty else { return }
        for s in perSentence.indices {
            let tokens = sentences[s].tokens
            for m in perSentence[s].indices where perSentence[s][m].kind == .agency && perSentence[s][m].tokens.count >= 3 {
                let range = perSentence[s][m].tokens
                guard let body = bodies[tokens[range.upperBound - 1].text], body != perSentence[s][m].entity,
                      organLinks.contains(tokens[range.upperBound - 2]) else { continue }
                perSentence[s][m].entity = body
            }
        }
    }
    static let organLinks: WordSet = ["l'", "du", "de", "des", "of", "the"]

    /// Where a mention starts: its sentence and its first token.
    private struct Place: Sendable {
        var sentence: Int
        var token: Int
    }

    /// Records that the token's word names `entity`; a word already naming another entity is marked nil, for neither.
    private static func note(_ entity: EntityRef, as token: Token, in table: inout WordMap<EntityRef?>) {
        switch table[token] {
        case .none: table.set(entity, for: token)
        case .some(.some(let known)) where known != entity: table.set(Optional<EntityRef>.none, for: token)
        default: break
        }
    }
}
