/// "The department has also signed contracts with other suppliers, including AU$59 million for Citrix services and
/// AU$11m for a one-year deal with Oracle": each amount goes to the company named right after it ("for", "pour").
extension ContractRules {
    static let pairLeads: WordSet = ["for", "pour", "to", "a", "au", "aux"]

    /// One contract per amount followed by "for …" and a company within eight tokens, when two or more amounts pair
    /// with two or more different companies; none otherwise.
    func pairedAmounts(_ context: SentenceContext, agency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        guard context.money.count >= 2, let agency else { return [] }
        var pairs: [(MoneyMatch, SentenceMention)] = []
        for (n, m) in context.money.enumerated() where !context.isDenied(m) {
            var k = m.tokens.upperBound
            // "AU$59 million (US$38.7m) for": past the conversion.
            if k < tokens.count, tokens[k].text == "(", let close = tokens[k...].prefix(8).firstIndex(where: { $0.text == ")" }) { k = close + 1 }
            guard k < tokens.count, Self.pairLeads.contains(tokens[k]) else { continue }
            let limit = n + 1 < context.money.count ? context.money[n + 1].tokens.lowerBound : tokens.count
            guard let company = context.outerMentions.first(where: { c in
                c.tokens.lowerBound > k && c.tokens.lowerBound - k <= 8 && c.tokens.upperBound <= limit
                    && (c.kind == .company || (c.entity == nil && !context.isBareAcronym(c))) && !isSource(context, c)
            }) else { continue }
            pairs.append((m, company))
        }
        guard pairs.count >= 2, Set(pairs.map { $0.1.entity?.name ?? $0.1.surface }).count == pairs.count else { return [] }
        return pairs.map { money, company in
            Contract(contractor: company.entity ?? EntityRef(.company, company.surface), agency: agency, money: money.money,
                     date: dateNear(context, money.tokens.lowerBound) ?? context.sentenceDate ?? context.published, endDate: nil,
                     evidence: context.evidence, rule: "contract.paired", confidence: 0.6)
        }
    }
}
