/// "They included £250,000 from IM Properties, £130,000 from the research arm of JCB, and £125,000 from FIL": after
/// gifts told just before, a list of amounts each followed by "from" and its giver.
extension DonationRules {
    func amountsFrom(_ context: SentenceContext, lastFund: EntityRef?) -> [Donation] {
        let tokens = context.tokens
        // "This included £9 million from X": one amount from one giver, when the sentence says it is part of gifts
        // just told.
        let included = context.money.count == 1 && tokens[..<context.money[0].tokens.lowerBound].contains { SentenceContext.listLeads.contains($0) }
        guard context.money.count >= 2 || included else { return [] }
        var out: [Donation] = []
        for (n, money) in context.money.enumerated() {
            let from = money.tokens.upperBound
            guard from + 1 < tokens.count, tokens[from].folded == "from" else { continue }
            // The giver: the first name after "from", before the next amount or comma.
            let limit = n + 1 < context.money.count ? context.money[n + 1].tokens.lowerBound : tokens.count
            guard let giver = context.outerMentions.first(where: { $0.tokens.lowerBound > from && $0.tokens.lowerBound < limit }),
                  !tokens[(from + 1)..<giver.tokens.lowerBound].contains(where: { $0.text == "," }) || isDescribed(tokens, from + 1, giver.tokens.lowerBound),
                  giver.kind == .company || giver.kind == .person || giver.entity == nil, !context.isBareAcronym(giver) else { continue }
            let donor = giver.entity ?? EntityRef(.company, giver.surface)
            guard donor != lastFund else { continue }
            out.append(Donation(donor: donor, recipient: lastFund, money: money.money, date: context.sentenceDate ?? context.published,
                                inKind: false, evidence: context.evidence, rule: "donation.amount-from", confidence: 0.55,
                                moneyTokens: money.tokens, triggerToken: nil))
        }
        // A list: one pair alone is left to the gift rules.
        return out.count >= 2 || (included && out.count == 1) ? out : []
    }

    /// "from its current treasurer, Graham Edwards": lower-case words of a description, then one comma, before the name.
    func isDescribed(_ tokens: [Token], _ start: Int, _ name: Int) -> Bool {
        guard name - start >= 2, name - start <= 6, tokens[name - 1].text == "," else { return false }
        return tokens[start..<(name - 1)].allSatisfy { $0.kind == .word && !$0.isCapitalized }
    }
}
