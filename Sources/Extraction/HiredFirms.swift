/// "le gouvernement a engagé le cabinet de conseil Citwell … pour 3,8 millions d'euros", "a fait appel à Accenture
/// … pour un montant de 1,2 million d'euros", "the Home Office hired Vexor for £2 million": a government body hiring a
/// firm for a price is a contract (GUIDELINES: money an agency paid a company for its services). The price is asked:
/// a body hiring staff or "faisant appel à" a court is no contract.
extension ContractRules {
    static let hireVerbs = LexiconData.forms("contract.hire")

    func hired(_ context: SentenceContext) -> [Contract] {
        let tokens = context.tokens
        guard !context.money.isEmpty else { return [] }
        for verb in tokens.indices {
            let appeal = isAppealTo(tokens, verb)
            guard appeal || Self.hireVerbs.contains(tokens[verb]) else { continue }
            let start = appeal ? verb + 2 : verb + 1
            guard let hirer = context.subjects(before: verb, kinds: [.agency], allowUnknown: false).last?.entity,
                  // The firm within a short description after the verb: "le cabinet de conseil Citwell".
                  let firm = context.outerMentions.first(where: { $0.tokens.lowerBound >= start && $0.tokens.lowerBound <= start + 5 }),
                  firm.kind == .company || firm.kind == nil, !context.isBareAcronym(firm),
                  tokens[start..<firm.tokens.lowerBound].allSatisfy({ $0.kind == .word && !$0.isCapitalized }),
                  // The price after "pour"/"for", in the same clause run.
                  let money = context.money.first(where: { m in
                      m.tokens.lowerBound > firm.tokens.upperBound
                          && tokens[firm.tokens.gap(to: m.tokens)].contains(where: { Self.priceLeads.contains($0) })
                  }),
                  !context.isNegated(from: max(0, verb - 4), to: verb + 1) else { continue }
            return [Contract(contractor: firm.entity ?? EntityRef(.company, firm.surface), agency: hirer, money: money.money,
                             date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                             rule: "contract.hired", confidence: 0.55)]
        }
        return []
    }

    static let priceLeads: WordSet = ["pour", "for"]

    /// "a fait appel à Accenture": the noun "appel" after "fait" and before "à".
    private func isAppealTo(_ tokens: [Token], _ k: Int) -> Bool {
        k > 0 && k + 1 < tokens.count && tokens[k].folded == "appel" && ["fait", "faire", "fera", "font"].contains(tokens[k - 1].folded)
            && ["a", "à", "aux", "au"].contains(tokens[k + 1].folded)
    }
}
