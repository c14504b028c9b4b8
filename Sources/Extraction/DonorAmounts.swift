/// "Labour's biggest donors were the unions Unite, with £1.5m, and Unison, which gave £1.1m", "les principaux
/// donateurs du PLR sont A, avec 50 000 francs, et B": each giver of a donors' list with the amount after it.
extension DonationRules {
    static let withWords: WordSet = ["with", "avec"]

    func donorsWithAmounts(_ context: SentenceContext, lastFund: EntityRef?) -> [Donation] {
        guard context.contains(Self.donorNouns), !context.money.isEmpty else { return [] }
        let tokens = context.tokens
        let recipient = context.outerMentions.first(where: { $0.kind == .fund })?.entity ?? lastFund
        return context.outerMentions.compactMap { m in
            let end = m.tokens.upperBound
            // "A, with £1.5m" (the amount right after "with", the clause closed by a comma or the sentence's end).
            guard m.kind == .company || m.kind == .person || m.entity == nil, end + 2 < tokens.count, tokens[end].text == ",",
                  Self.withWords.contains(tokens[end + 1]),
                  let money = context.money.first(where: { $0.tokens.lowerBound == end + 2 }),
                  money.tokens.upperBound == tokens.count || [",", ";", ".", "and", "et"].contains(tokens[money.tokens.upperBound].folded)
            else { return nil }
            let donor = m.entity ?? EntityRef(.company, m.surface)
            guard donor != recipient else { return nil }
            return Donation(donor: donor, recipient: recipient, money: money.money, date: context.sentenceDate ?? context.published,
                            inKind: false, evidence: context.evidence, rule: "donation.listed-amount", confidence: 0.6,
                            moneyTokens: money.tokens, triggerToken: nil)
        }
    }
}
