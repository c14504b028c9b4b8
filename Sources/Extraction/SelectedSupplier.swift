/// "La Confédération a choisi Alibaba pour se fournir en services cloud", "The Navy selected Vexa Marine to build two
/// ships": a government body choosing a company for a task is an award, even with no contract noun or amount.
extension ContractRules {
    static let selectionVerbs = LexiconData.forms("contract.select").flagged(.selection)
    /// What follows the company: the task it was chosen for.
    static let taskLeads: WordSet = ["pour", "to", "for", "as", "comme"]

    func selectedSupplier(_ context: SentenceContext) -> [Contract] {
        guard context.contains(Self.selectionVerbs) else { return [] }
        let tokens = context.tokens
        guard let verb = tokens.indices.first(where: { Self.selectionVerbs.contains(tokens[$0]) }), verb > 0,
              // The perfect or simple past of a verb: "a choisi", "has selected", "selected" after its subject.
              SentenceContext.auxiliaries.contains(tokens[verb - 1]) || tokens[verb - 1].isCapitalized || tokens[verb].folded.hasSuffix("ed"),
              !context.isNegated(from: 0, to: verb + 1) else { return [] }
        let subjects = context.subjects(before: verb, kinds: [.agency, .company, .person], allowUnknown: false)
        guard let body = subjects.first, subjects.allSatisfy({ $0.kind == .agency }), let agency = body.entity else { return [] }
        // The company right after the verb: determiners and one lower-case word allowed ("le chinois Alibaba").
        guard let chosen = context.outerMentions.first(where: { $0.tokens.lowerBound > verb }),
              chosen.tokens.lowerBound - verb <= 3, chosen.kind == .company || chosen.entity == nil, !context.isBareAcronym(chosen),
              tokens[(verb + 1)..<chosen.tokens.lowerBound].allSatisfy({ $0.isWord && !$0.isCapitalized }),
              chosen.tokens.upperBound < tokens.count, Self.taskLeads.contains(tokens[chosen.tokens.upperBound]) else { return [] }
        return [Contract(contractor: chosen.entity ?? EntityRef(.company, chosen.surface), agency: agency, money: nil,
                         date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                         rule: "contract.selected", confidence: 0.55)]
    }
}
