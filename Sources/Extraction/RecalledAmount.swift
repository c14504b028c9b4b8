/// "ATEC has selected STG to run its IT. … The award, a seven-year task order valued at $53 million, …": the amount
/// a later sentence gives a contract told just before without one.
extension ContractRules {
    static let recallingNouns = LexiconData.forms("contract.recall")
    static let definiteDeterminers: WordSet = ["the", "this", "that", "le", "la", "ce", "cet", "cette", "l'"]

    /// The amount of the contract `recent` recalled by a definite noun ("the award", "the deal – which is valued at
    /// £85m", "ce marché de 12 M€"), when the sentence names no other holder and prices nothing else.
    func recalledAmount(_ context: SentenceContext, recent: Contract) -> Money? {
        guard recent.money == nil, context.money.count == 1, let money = context.money.first else { return nil }
        let tokens = context.tokens
        let nouns = tokens.indices.filter { k in
            (Self.contractWords.contains(tokens[k]) || Self.recallingNouns.contains(tokens[k]))
                && tokens[max(0, k - 4)..<k].contains { Self.definiteDeterminers.contains($0) }
                && !tokens[max(0, k - 4)..<k].contains { ["a", "an", "un", "une", "another", "autre", "new", "nouveau", "nouvel"].contains($0) }
        }
        guard let noun = nouns.first(where: { abs(money.tokens.lowerBound - $0) <= 12 }) else { return nil }
        // Another company or body named as a party tells another contract.
        let others = context.outerMentions.filter { m in
            (m.kind == .company || m.entity == nil) && m.entity != recent.contractor && !isProduct(context, m) && !context.isBareAcronym(m)
        }
        guard others.isEmpty, !context.isNegated(from: noun, to: money.tokens.upperBound) else { return nil }
        return money.money
    }
}
