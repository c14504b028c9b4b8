/// "a private White House dinner", "a U.S. government watchdog", "European Union regulators": a body's name used to
/// describe the noun after it names that noun, not the body, which the article does not mention as an actor.
extension EntityRecognizer {
    /// Asked of the written word: "à" folds to "a".
    static let indefinites: Set<String> = ["a", "an", "un", "une", "A", "An", "Un", "Une"]
    /// People acting for a body, whose name before them only says where they work.
    static let staffNouns = LexiconData.forms("agency.staff")
    static let documentNouns = LexiconData.forms("agency.document")

    /// "the Schumer-aligned Senate Majority PAC": the name ending at `end` only describes the noun after it.
    static func isAttributive(_ tokens: [Token], endingAt end: Int) -> Bool {
        end + 1 < tokens.count && tokens[end].text == "-" && !tokens[end].spaceBefore && !tokens[end + 1].spaceBefore
            && Tokenizer.attributiveSuffixes.contains(tokens[end + 1])
    }

    static func dropAttributiveBodies(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        mentions.removeAll { m in
            guard m.kind == .agency, m.tokens.upperBound < tokens.count else { return false }
            let next = tokens[m.tokens.upperBound]
            guard next.isWord, !next.isCapitalized else { return false }
            // "a House of Lords watchdog" already names the overseer (OrganNames.swift), not a body used as an adjective.
            if organCommonHeads.contains(tokens[m.tokens.upperBound - 1]) { return false }
            // "won a Pentagon contract", "a NASA fine": the body of a fact still takes part in it.
            // "according to a Pentagon memo", "an FEC filing": the body speaks through its papers.
            if ContractRules.contractWords.contains(next) || DisputeRules.caseWords.contains(next) || DonationRules.giftWords.contains(next)
                || DisputeRules.antitrustWords.contains(next) || documentNouns.contains(next) {
                return false
            }
            if staffNouns.contains(next) { return true }
            var k = m.tokens.lowerBound - 1
            if k > 0, tokens[k].isWord, !tokens[k].isCapitalized, !indefinites.contains(tokens[k].text) { k -= 1 }
            return k >= 0 && indefinites.contains(tokens[k].text)
        }
    }
}
