/// "Agfa Healthcare est le second attributaire du marché. Agfa hérite ainsi d'un budget de 95 M€ sur cinq ans.": a
/// contract told without its amount takes the one amount of the next sentence when that sentence speaks of the same
/// holder (named again, or a pronoun opening it) and tells no contract of its own.
extension ContractRules {
    static func carryNextAmounts(_ contracts: inout [Contract], _ contexts: [SentenceContext]) {
        guard contracts.contains(where: { $0.money == nil }) else { return }
        var sentenceOf: [Int: Int] = [:]
        for (index, context) in contexts.enumerated() { sentenceOf[context.evidence.span.start] = index }
        let told = Set(contracts.map(\.evidence.span.start))
        for k in contracts.indices where contracts[k].money == nil {
            guard let s = sentenceOf[contracts[k].evidence.span.start], s + 1 < contexts.count else { continue }
            let next = contexts[s + 1]
            guard !told.contains(next.evidence.span.start), next.money.count == 1, let amount = next.money.first,
                  !next.isDenied(amount), !next.isSanctionAmount(amount), !next.isNegated(from: 0, to: next.tokens.count) else { continue }
            let holder = contracts[k].contractor
            let others = next.outerMentions.filter { ($0.kind == .company || $0.kind == .person) && $0.entity != holder }
            let named = next.outerMentions.contains { $0.entity == holder }
            let opensOnPronoun = next.tokens.first.map { Self.openingPronouns.contains($0) } ?? false
            guard others.isEmpty, named || opensOnPronoun else { continue }
            contracts[k].money = amount.money
        }
    }

    static let openingPronouns: WordSet = ["il", "elle", "it", "the", "ce", "cet", "cette", "le", "la"]
}
