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
        // Most sentences have no untyped short name between two commas: told by index, before the companies are
        // listed (a copy of each) and every mention is walked.
        guard mentions.indices.contains(where: { m in
            let range = mentions[m].tokens
            return mentions[m].entity == nil && mentions[m].source == .name && range.count <= 3 && range.lowerBound >= 2
                && range.upperBound + 1 < tokens.count && tokens[range.lowerBound - 1].text == "," && tokens[range.upperBound].text == ","
        }) else { return }
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

    /// "une firme basée à Montréal", "headquartered in Reston": a guessed name right after a seat's participle and its
    /// preposition is the place an organisation sits in, no party.
    /// The state after the town goes too: "based in Falls Church, Va.".
    static func dropSeats(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        var placeEnd = -1
        mentions.removeAll { mention in
            let k = mention.tokens.lowerBound
            guard mention.entity == nil, mention.source == .name else { return false }
            if k == placeEnd + 1, k > 0, tokens[k - 1].text == "," {
                placeEnd = -1
                return true
            }
            guard k >= 2, ["a", "au", "en", "in"].contains(tokens[k - 1]), seatWords.contains(tokens[k - 2]) else { return false }
            placeEnd = mention.tokens.upperBound
            return true
        }
    }

    static let seatWords = LexiconData.forms("place.seat")

    /// "A Leon circuit court judge", "the Travis County district court": a guessed name right before a court's
    /// lower-case jurisdiction words is the place the court sits for, no party.
    static func dropCourtPlaces(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        mentions.removeAll { mention in
            let k = mention.tokens.upperBound
            guard mention.entity == nil, mention.source == .name, k + 1 < tokens.count else { return false }
            let first = tokens[k], second = tokens[k + 1]
            return (courtWords.contains(first) && !first.isCapitalized) || (jurisdictionWords.contains(first) && !first.isCapitalized && courtWords.contains(second))
        }
    }

    static let courtWords: WordSet = ["court", "courts", "tribunal"]
    static let jurisdictionWords: WordSet = ["circuit", "county", "district", "superior", "municipal", "state", "federal"]

    /// "-based", "Georgia-based", or "-" then "based".
    private static func isBased(_ tokens: [Token], _ k: Int) -> Bool {
        let word = tokens[k].folded
        if word.hasSuffix("-based") { return true }
        return word == "-" && k + 1 < tokens.count && tokens[k + 1].folded == "based"
    }
}
