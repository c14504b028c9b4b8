/// "$" and "dollars" are US dollars unless the article is about another dollar country's money (GUIDELINES): an
/// article naming Australian (or Canadian) places twice or more, and more often than American places and politics,
/// reads its unmarked dollars as AUD (CAD).
/// Dollars marked American ("US$", "dollars américains", "USD") stay USD.
enum DollarCountry {
    static let places: [(currency: String, words: WordSet)] = [
        ("AUD", LexiconData.set("currency.aud.place")), ("CAD", ImpliedCurrency.canadianPlaces)]
    static let american = LexiconData.set("currency.usd.place")
    /// Every place word above, flagged: most words of an article are told at one AND.
    static let anyPlace = WordSet(places.flatMap(\.words) + american).flagged(.dollarPlaces)

    /// The other dollar country the article is set in, if one and only one outnumbers the American places.
    static func country(_ sentences: [Sentence]) -> String? {
        var counts = Array(repeating: 0, count: places.count), us = 0
        for sentence in sentences {
            // By index: a loop over the tokens themselves copied each one.
            let tokens = sentence.tokens
            for k in tokens.indices where tokens[k].kind == .word {
                if anyPlace.contains(tokens[k]) {
                    if isAmerican(tokens[k]) { us += 1 }
                    for p in places.indices where places[p].words.contains(tokens[k]) { counts[p] += 1 }
                } else if tokens[k].hasHyphen, tokens[k].isCapitalized, let last = tokens[k].folded.split(separator: "-").last {
                    // "Hydro-Québec", "Loto-Québec": a name that ends on a place word places the article there too (a name:
                    // capitalised, which also spares the split for every other hyphenated word).
                    for p in places.indices where places[p].words.contains(String(last)) { counts[p] += 1 }
                }
            }
        }
        // Two places at least: one Canadian company in a story about Washington is no Canadian story.
        let found = counts.indices.filter { counts[$0] >= 2 && counts[$0] > us }
        return found.count == 1 ? places[found[0]].currency : nil
    }

    /// An American place or politics word; "US" in capitals is the country, "us" the pronoun.
    static func isAmerican(_ token: Token) -> Bool {
        american.contains(token) && (token.folded != "us" || token.isAllCaps)
    }

    static func apply(_ moneys: inout [[MoneyMatch]], _ sentences: [Sentence]) {
        guard moneys.contains(where: { $0.contains { $0.money.currency == "USD" } }), let currency = country(sentences) else { return }
        for s in moneys.indices {
            let tokens = sentences[s].tokens
            for m in moneys[s].indices where moneys[s][m].money.currency == "USD" {
                let range = moneys[s][m].tokens
                let marked = tokens[range.lowerBound..<min(tokens.count, range.upperBound + 1)].contains { token in
                    isAmerican(token) || token.folded == "usd"
                }
                if !marked { moneys[s][m].money.currency = currency }
            }
        }
    }
}
