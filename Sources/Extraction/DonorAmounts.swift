/// "Labour's biggest donors were the unions Unite, with £1.5m, and Unison, which gave £1.1m", "les principaux
/// donateurs du PLR sont A, avec 50 000 francs, et B": each giver of a donors' list with the amount after it.
extension DonationRules {
    static let withWords: WordSet = ["with", "avec"]
    /// The rule of a giver's amount in brackets after its name, a pairing no other rule overrides.
    static let bracketedRule = "donation.bracketed-amount"

    func donorsWithAmounts(_ context: SentenceContext, lastFund: EntityRef?) -> [Donation] {
        guard context.contains(Self.donorNouns), !context.money.isEmpty else { return [] }
        let tokens = context.tokens
        let recipient = context.outerMentions.first(where: { $0.kind == .fund })?.entity ?? lastFund
        return context.outerMentions.compactMap { m in
            let end = m.tokens.upperBound
            guard m.kind == .company || m.kind == .person || m.entity == nil, end + 1 < tokens.count else { return nil }
            let money: MoneyMatch, rule: String
            // "A ($80,000 donation), B ($66,000)": the amount opening the brackets right after the giver.
            if tokens[end].text == "(", let inside = context.money.first(where: { $0.tokens.lowerBound == end + 1 }) {
                (money, rule) = (inside, Self.bracketedRule)
            } else {
                // "A, with £1.5m" (the amount right after "with", the clause closed by a comma or the sentence's end).
                guard end + 2 < tokens.count, tokens[end].text == ",", Self.withWords.contains(tokens[end + 1]),
                      let after = context.money.first(where: { $0.tokens.lowerBound == end + 2 }),
                      after.tokens.upperBound == tokens.count || [",", ";", ".", "and", "et"].contains(tokens[after.tokens.upperBound].folded)
                else { return nil }
                (money, rule) = (after, "donation.listed-amount")
            }
            let donor = m.entity ?? EntityRef(.company, m.surface)
            guard donor != recipient else { return nil }
            return Donation(donor: donor, recipient: recipient, money: money.money, date: context.sentenceDate ?? context.published,
                            inKind: false, evidence: context.evidence, rule: rule, confidence: 0.6,
                            moneyTokens: money.tokens, triggerToken: nil)
        }
    }
}
