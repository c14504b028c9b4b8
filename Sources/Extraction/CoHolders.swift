/// "C'est donc un prestataire chinois qui s'en occupera, aux côtés de quatre multinationales: A, B, C et D",
/// "…, alongside incumbents A and B": companies named as working alongside the holder of the contract just told
/// hold it too, with its buyer and its value (a shared ceiling: GUIDELINES, each awardee carries it).
extension ContractRules {
    static let alongsideWords = LexiconData.forms("contract.alongside")

    func coHolders(_ context: SentenceContext, recent: Contract?) -> [Contract] {
        let tokens = context.tokens
        guard let recent, let lead = tokens.indices.first(where: { k in
            Self.alongsideWords.contains(tokens[k])
                // "aux côtés de", "along with", "together with": the word with its preposition.
                || (k + 1 < tokens.count && ["cotes", "along", "together"].contains(tokens[k]) && ["de", "d'", "du", "des", "with"].contains(tokens[k + 1]))
        }) else { return [] }
        // A short description may stand between the lead and the names ("quatre multinationales américaines:").
        let names = context.outerMentions.filter { $0.tokens.lowerBound > lead }
        guard let first = names.first, first.tokens.lowerBound - lead <= 8, first.kind == .company || (first.entity == nil && !context.isBareAcronym(first)),
              !tokens[(lead + 1)..<first.tokens.lowerBound].contains(where: { $0.text == "," || Self.clauseWords.contains($0) }) else { return [] }
        var group = [first]
        for m in names.dropFirst() {
            guard m.kind == .company || (m.entity == nil && !context.isBareAcronym(m)),
                  let last = group.last, context.isCoordination(last.tokens.gap(to: m.tokens)) else { break }
            group.append(m)
        }
        return group.compactMap { m in
            let entity = m.entity ?? EntityRef(.company, m.surface)
            guard entity != recent.contractor else { return nil }
            return Contract(contractor: entity, agency: recent.agency, money: recent.money, date: recent.date, endDate: nil,
                            evidence: context.evidence, rule: "contract.alongside", confidence: 0.55)
        }
    }
    static let clauseWords: WordSet = ["qui", "que", "which", "who", "that", "et", "and"]
}
