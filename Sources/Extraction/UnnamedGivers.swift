/// "The party was given £259,000 by five donors", "£1,000 from an unidentifiable source": givers counted or
/// unknown are the gift's donors, so it has none the article names, whoever else the sentence mentions.
extension DonationRules {
    /// Words for an unnamed giver after a count or an indefinite article ("five donors", "an anonymous source").
    static let unnamedGiverNouns = LexiconData.forms("donation.donor").union(LexiconData.forms("donation.unnamed"))
    static let giverLeads: WordSet = ["by", "from", "par", "de", "d'", "aupres"]

    static func hasUnnamedGivers(_ context: SentenceContext, _ gift: Donation) -> Bool {
        guard let money = gift.moneyTokens else { return false }
        let tokens = context.tokens
        guard money.upperBound + 1 < tokens.count, giverLeads.contains(tokens[money.upperBound]) else { return false }
        let phrase = (money.upperBound + 1)..<min(tokens.count, money.upperBound + 5)
        // A count, an indefinite article ("by five donors", "from an unidentifiable source") or lower-case words ("from
        // impermissible sources", "de donateurs privés") open the phrase, a giver noun closes it; "the", "his" do not.
        let first = tokens[phrase.lowerBound]
        guard first.kind == .number || MoneyParser.numberWords[first.folded] != nil
                || (first.kind == .word && !first.isCapitalized && !SentenceContext.determiners.contains(first))
        else { return false }
        guard let noun = phrase.first(where: { unnamedGiverNouns.contains(tokens[$0]) }) else { return false }
        // The donor the rules chose is not in or just after the phrase ("by five donors including Acme" names one).
        return !context.outerMentions.contains { $0.entity == gift.donor && $0.tokens.lowerBound > money.upperBound && $0.tokens.lowerBound <= noun + 4 }
    }

    /// "reported receiving two impermissible donations", "was given £259,000 by five donors": a sentence that counts
    /// its gifts or givers tells its own unnamed givers, so it breaks down no gift told before.
    static let countedGiftNouns = unnamedGiverNouns.union(LexiconData.forms("donation.gift"))

    static func countsGivers(_ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        // The noun first (a stored hash), then the count one or two words before it: two or more, not an amount
        // ("a donation" counts nothing).
        return tokens.indices.contains { n in
            countedGiftNouns.contains(tokens[n]) && (max(0, n - 2)..<n).contains { k in
                (tokens[k].kind == .number || (MoneyParser.numberWords[tokens[k].folded] ?? 0) >= 2)
                    && !context.money.contains { $0.tokens.contains(k) }
            }
        }
    }
}
