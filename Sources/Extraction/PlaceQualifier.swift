extension EntityRecognizer {
    /// "Atlanta, Georgia-based Wunderman Thompson", "Reston, Virginia -based Acme": the places before "-based"
    /// qualify the company that follows; they are no party of their own.
    static func dropPlaceQualifiers(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        mentions.removeAll { mention in
            var k = mention.tokens.upperBound
            if k < tokens.count, tokens[k].text == "," {
                k += 1
                var words = 0
                while k < tokens.count, words < 2, tokens[k].kind == .word, tokens[k].isCapitalized, !isBased(tokens, k) {
                    k += 1
                    words += 1
                }
            }
            // The qualified name follows: "Microsoft, Redmond-based giant" keeps Microsoft.
            guard k < tokens.count, isBased(tokens, k) else { return false }
            let next = tokens[k].folded == "-" ? k + 2 : k + 1
            return next < tokens.count && tokens[next].isCapitalized
        }
    }

    /// "Vexa Marine Inc., Bath, Maine, is awarded…": the town between a company and its state, between commas, is
    /// the company's address, not a party.
    static func dropHomeTowns(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        let companies = mentions.filter { $0.kind == .company || ($0.entity == nil && $0.source == .name) }
        mentions.removeAll { town in
            guard town.entity == nil, town.source == .name, town.tokens.count <= 3 else { return false }
            let before = town.tokens.lowerBound - 1, after = town.tokens.upperBound
            guard before >= 1, after + 1 < tokens.count, tokens[before].text == ",", tokens[after].text == ",",
                  companies.contains(where: { $0.tokens.upperBound == before || ($0.tokens.upperBound == before - 1 && tokens[before - 1].text == ".") })
            else { return false }
            // The state after it: a known place or an abbreviation with its dot ("Va.", "D.C.").
            let state = tokens[after + 1]
            return state.isCapitalized && (Lexicon.places.contains(state) || (after + 2 < tokens.count && tokens[after + 2].text == "." && state.length <= 4)
                || state.text.contains("."))
        }
    }

    /// "-based", "Georgia-based", or "-" then "based".
    private static func isBased(_ tokens: [Token], _ k: Int) -> Bool {
        let word = tokens[k].folded
        if word.hasSuffix("-based") { return true }
        return word == "-" && k + 1 < tokens.count && tokens[k + 1].folded == "based"
    }
}

extension EntityRecognizer {
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
               AgencyNames.isDemonym(tokens[range.lowerBound - 1]), tokens[range.lowerBound - 1].end < tokens[range.lowerBound].start {
                range = (range.lowerBound - 1)..<range.upperBound
            }
            guard range != mentions[m].tokens else { continue }
            let surface = tokens[range].map(\.text).joinedAsWritten(tokens[range])
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
        var stems: [String: EntityRef] = [:]
        for mention in perSentence.joined() {
            guard let entity = mention.entity, entity.kind == .company else { continue }
            let words = Folding.fold(entity.name).split(whereSeparator: { $0 == " " || $0 == "," })
            guard words.count >= 2, let last = words.last, Lexicon.companySuffixes.contains(String(last)) else { continue }
            stems[words.dropLast().joined(separator: " ")] = stems[words.dropLast().joined(separator: " ")] ?? entity
        }
        guard !stems.isEmpty else { return }
        for s in perSentence.indices {
            for m in perSentence[s].indices where perSentence[s][m].source != .gazetteer {
                let mention = perSentence[s][m]
                // A guessed name not typed yet counts by its surface.
                guard mention.entity == nil || mention.kind == .company,
                      let full = stems[Folding.fold(mention.entity?.name ?? mention.surface).split(separator: " ").joined(separator: " ")],
                      full != mention.entity else { continue }
                perSentence[s][m].entity = full
            }
        }
    }
}
