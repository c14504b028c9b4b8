/// "The party was also handed £100,000 by rock star X, and £150,000 by the Glasgow-based Y Ltd": after a passive
/// giving verb, each amount followed by "by" and a giver (a description allowed between) is that giver's gift to the
/// verb's subject, or to the party the article is about.
extension DonationRules {
    func passiveGifts(_ context: SentenceContext, lastFund: EntityRef?) -> [Donation] {
        let tokens = context.tokens
        guard !context.money.isEmpty,
              let verb = tokens.indices.first(where: { v in v >= 1 && Self.givingVerbs.contains(tokens[v])
                  && tokens[max(0, v - 2)..<v].contains { SentenceContext.passiveAuxiliaries.contains($0) } }) else { return [] }
        let recipient = context.subjects(before: verb, kinds: [.fund, .person], allowUnknown: false).first?.entity ?? lastFund
        guard let recipient else { return [] }
        var out: [Donation] = []
        for money in context.money where money.tokens.lowerBound > verb {
            let by = money.tokens.upperBound
            guard by + 1 < tokens.count, tokens[by].hasText("by"),
                  let giver = context.outerMentions.first(where: { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 5 }),
                  giver.kind == .person || giver.kind == .company, let donor = giver.entity, donor != recipient,
                  !tokens[(by + 1)..<giver.tokens.lowerBound].contains(where: { [",", ";", "."].contains($0.text) }) else { continue }
            out.append(Donation(donor: donor, recipient: recipient, money: money.money, date: context.sentenceDate ?? context.published,
                                inKind: false, evidence: context.evidence, rule: "donation.passive-given", confidence: 0.65,
                                moneyTokens: money.tokens, triggerToken: verb))
        }
        return out
    }
}
