extension EntityRecognizer {
    /// Legal forms that pair up at a name's end ("Pty Ltd", "Co. Ltd", "Pvt Ltd").
    static let legalTails = LexiconData.set("company.legal.pair")

    /// Legal forms written after a comma ("Drone Vexa, Inc.").
    static let commaSuffixes: WordSet = ["inc", "llc", "ltd", "corp", "plc", "llp", "lp"]

    /// "Drone Vexa, Inc.", "American Patents LLC": a legal form after a comma, and a nationality word opening a name
    /// closed by a legal form, belong to the company's name (guessed names only; the gazetteer's keep their form).
    static func attachLegalForms(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        var changed = false
        for m in mentions.indices where mentions[m].source != .gazetteer && mentions[m].kind != .person && mentions[m].kind != .agency {
            var range = mentions[m].tokens
            if range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == ",", commaSuffixes.contains(tokens[range.upperBound + 1]) {
                range = range.lowerBound..<(range.upperBound + 2)
            }
            if range.lowerBound > 0, let last = tokens[range].last(where: { $0.kind == .word }), Lexicon.companySuffixes.contains(last),
               AgencyNames.isDemonym(tokens[range.lowerBound - 1]), tokens[range.lowerBound - 1].end < tokens[range.lowerBound].start,
               // "au Chinois China Railway Group": after a French article the nationality is a noun that qualifies it.
               !(range.lowerBound >= 2 && NameCandidates.nationalityArticles.contains(tokens[range.lowerBound - 2])) {
                range = (range.lowerBound - 1)..<range.upperBound
            }
            guard range != mentions[m].tokens else { continue }
            let surface = tokens[range].joinedAsWritten()
            mentions[m] = SentenceMention(entity: EntityRef(.company, surface), surface: surface, tokens: range, source: mentions[m].source)
            changed = true
        }
        guard changed else { return }
        // The lone "Inc" the comma left as a name of its own is now inside the company's name.
        let spans = mentions.map(\.tokens)
        mentions.removeAll { m in spans.contains { $0 != m.tokens && $0.lowerBound <= m.tokens.lowerBound && $0.upperBound >= m.tokens.upperBound } }
    }

    /// "Drone Vexa, Inc. … Now Drone Vexa is demanding…": a guessed company name is the company whose name adds a
    /// legal form to it, when the article writes that fuller name.
    static func unifyLegalForms(_ perSentence: inout [[SentenceMention]]) {
        /// A name's folded words, without its commas. An ASCII name (most) is split on its bytes, which are its
        /// Characters: splitting Character by Character cost more than the rest of this pass.
        /// Kept by name: an article names the same entities again and again.
        /// With the words joined by spaces, the key the names are compared by: joined once per name, not at each
        /// mention (a new String each time).
        var known: [String: (words: [Substring], key: String)] = [:]
        func parsed(_ name: String) -> (words: [Substring], key: String) {
            if let found = known[name] { return found }
            let folded = Folding.fold(name)
            let words = folded.utf8.allSatisfy({ $0 < 0x80 })
                ? folded.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C }).map { folded[$0.startIndex..<$0.endIndex] }
                : folded.split(whereSeparator: { $0 == " " || $0 == "," })
            let found = (words, words.joined(separator: " "))
            known[name] = found
            return found
        }
        func words(_ name: String) -> [Substring] { parsed(name).words }
        var stems: [String: EntityRef] = [:]
        for mention in perSentence.joined() {
            guard let entity = mention.entity, entity.kind == .company else { continue }
            let name = words(entity.name)
            guard name.count >= 2, let last = name.last, Lexicon.companySuffixes.contains(String(last)) else { continue }
            let stem = name.dropLast().joined(separator: " ")
            if stems[stem] == nil { stems[stem] = entity }
            // "Penten Pty Ltd", "Acme Co. Ltd": a legal form of two words goes whole.
            if name.count >= 3, Self.legalTails.contains(String(last)), Self.legalTails.contains(String(name[name.count - 2])) {
                let shorter = name.dropLast(2).joined(separator: " ")
                if stems[shorter] == nil { stems[shorter] = entity }
            }
        }
        // "WhatsApp LLC" beside the known "WhatsApp": the legal name is the known company.
        var gazetted: [String: EntityRef] = [:]
        for mention in perSentence.joined() where mention.source == .gazetteer {
            if let entity = mention.entity, entity.kind == .company { gazetted[parsed(entity.name).key] = entity }
        }
        if !gazetted.isEmpty {
            for s in perSentence.indices {
                for m in perSentence[s].indices {
                    guard let entity = perSentence[s][m].entity, entity.kind == .company else { continue }
                    let name = words(entity.name)
                    guard name.count >= 2, let last = name.last, Self.legalTails.contains(String(last)),
                          let company = gazetted[name.dropLast().joined(separator: " ")] else { continue }
                    perSentence[s][m].entity = company
                }
            }
        }
        guard !stems.isEmpty else { return }
        for s in perSentence.indices {
            for m in perSentence[s].indices where perSentence[s][m].source != .gazetteer {
                let mention = perSentence[s][m]
                // A guessed name not typed yet counts by its surface.
                guard mention.entity == nil || mention.kind == .company,
                      let full = stems[parsed(mention.entity?.name ?? mention.surface).key],
                      full != mention.entity else { continue }
                perSentence[s][m].entity = full
            }
        }
    }
}
