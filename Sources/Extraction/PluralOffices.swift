/// "The Attorneys General of Arizona, Illinois and West Virginia joined the suit": an office named in the plural before a
/// list of states is one office per state ("Attorney General of Arizona"), each an agency mentioned by its state's name.
extension EntityRecognizer {
    /// The plural office's words and the singular that names each office (lexicon `agency.plural.office`).
    static let pluralOffices: [(plural: [String], singular: String)] = LexiconData.list("agency.plural.office").compactMap { entry in
        let parts = entry.split(separator: "=", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        // The file's words are folded: the office's name takes its capitals back ("attorney_general" → "Attorney General").
        let singular = parts[1].split(separator: "_").map { ["of", "de", "du"].contains($0) ? String($0) : $0.prefix(1).uppercased() + $0.dropFirst() }
        return (parts[0].split(separator: "_").map(String.init), singular.joined(separator: " "))
    }

    /// The offices' first words, asked of every token by hash before any office is compared.
    static let pluralOfficeOpeners = WordSet(pluralOffices.map { $0.plural[0] })

    /// One mention per state listed after a plural office, and the office's own words marked covered.
    static func officesOfPlaces(_ tokens: [Token], _ covered: inout [Bool]) -> [SentenceMention] {
        var out: [SentenceMention] = []
        var i = 0
        // Read once: its static accessor at every token was 360,000 `swift_once` calls in the 300-article bench.
        let openers = pluralOfficeOpeners
        while i < tokens.count {
            guard tokens[i].kind == .word, openers.contains(tokens[i]),
                  let office = pluralOffices.first(where: { office in
                      i + office.plural.count < tokens.count
                          && office.plural.indices.allSatisfy { tokens[i + $0].folded == office.plural[$0] }
                          && tokens[i + office.plural.count].hasText("of")
                  }) else { i += 1; continue }
            var j = i + office.plural.count + 1
            var places: [SentenceMention] = []
            while j < tokens.count, !covered[j], tokens[j].kind == .word, tokens[j].isCapitalized {
                var k = j
                while k < tokens.count, k - j < 3, !covered[k], tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
                let place = tokens[j..<k].joinedAsWritten()
                places.append(SentenceMention(entity: EntityRef(.agency, "\(office.singular) of \(place)"), surface: place, tokens: j..<k, source: .agencyShape))
                // ", " / " and " / ", and " before the next state.
                var n = k
                if n < tokens.count, tokens[n].isMark(",") { n += 1 }
                if n < tokens.count, tokens[n].hasText("and") { n += 1 }
                guard n > k, n < tokens.count, tokens[n].isCapitalized else { break }
                j = n
            }
            // A list: two states at least ("the Attorney General of Texas" is one office, found by its shape).
            if places.count >= 2 {
                for m in places { for k in m.tokens { covered[k] = true } }
                for k in i..<(i + office.plural.count) { covered[k] = true }
                out += places
                i = places[places.count - 1].tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
