/// "Lockheed won $700 million, Northrop won $692 million, and York won $382 million", after a sentence telling the
/// body's awards: each clause's subject won the amount right after its verb, from the body the article last named.
extension ContractRules {
    /// One contract per clause "Holder <strong award verb> <amount>" (the holder at most two words before the verb,
    /// the amount at most two after it); none when a clause is negated or a holder repeats.
    func wonAmounts(_ context: SentenceContext, agency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        guard let agency, !context.money.isEmpty else { return [] }
        var out: [Contract] = []
        var holders = Set<String>()
        for verb in tokens.indices where Self.strongAwardVerbs.contains(tokens[verb]) {
            guard let money = context.money.first(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound - verb <= 3 }),
                  !context.isDenied(money),
                  let holder = context.outerMentions.last(where: { $0.tokens.upperBound <= verb && verb - $0.tokens.upperBound <= 2 }),
                  holder.kind == .company || (holder.entity == nil && !context.isBareAcronym(holder)),
                  !context.isNegated(from: holder.tokens.upperBound, to: verb + 1) else { continue }
            let entity = holder.entity ?? EntityRef(.company, holder.surface)
            guard holders.insert(entity.name).inserted else { return [] }
            out.append(Contract(contractor: entity, agency: agency, money: money.money,
                                date: dateNear(context, verb) ?? context.sentenceDate ?? context.published, endDate: nil,
                                evidence: context.evidence, rule: "contract.won-amount", confidence: 0.6))
        }
        return out
    }
}
