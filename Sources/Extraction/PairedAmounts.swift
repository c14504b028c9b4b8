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

extension ContractRules {
    /// "Trois firmes se sont partagé l'entente. Il s'agit de A, de Delan (1,07 million) et de Momentum (493 200 $)":
    /// after a contract, companies listed each with an amount in parentheses hold their share of it.
    func parenthesisedAmounts(_ context: SentenceContext, agency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        guard let agency, context.money.count >= 2 else { return [] }
        var out: [Contract] = []
        for m in context.money {
            let open = m.tokens.lowerBound - 1
            guard open >= 1, tokens[open].text == "(", m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].text == ")",
                  let holder = context.outerMentions.last(where: { $0.tokens.upperBound == open }),
                  holder.kind == .company || (holder.entity == nil && !context.isBareAcronym(holder)) else { continue }
            out.append(Contract(contractor: holder.entity ?? EntityRef(.company, holder.surface), agency: agency, money: m.money,
                                date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                                rule: "contract.listed-amount", confidence: 0.55))
        }
        return out.count >= 2 ? out : []
    }
}
