/// "The ICO found that Vexor breached data protection law", "la CNIL a constaté que les sites de X ne permettent pas de
/// refuser les cookies": a regulator's finding against a named party is its case (GUIDELINES: a regulator that decides
/// its own case is a party).
extension DisputeRules {
    /// Verbs of a finding (lexicon `dispute.finding`), and words of a breach found (lexicon `dispute.breach`).
    static let findingVerbs = LexiconData.set("dispute.finding").flagged(.findingVerbs)
    static let breachWords = LexiconData.forms("dispute.breach")

    func finding(_ context: SentenceContext) -> Dispute? {
        guard context.contains(Self.findingVerbs) else { return nil }
        let tokens = context.tokens
        guard let verb = tokens.indices.first(where: { Self.findingVerbs.contains(tokens[$0]) }), verb + 1 < tokens.count,
              ["that", "que", "qu'"].contains(tokens[verb + 1]),
              let regulator = context.subjects(before: verb, kinds: [.agency], allowUnknown: false).last?.entity,
              Self.isRegulator(regulator) else { return nil }
        // The party found at fault: the first named after "that", past a few words ("les sites de X").
        guard let target = context.outerMentions.first(where: { $0.tokens.lowerBound > verb + 1 && $0.tokens.lowerBound <= verb + 7 }),
              let party = target.entity, party.kind == .company || party.kind == .person || party.kind == .fund, party != regulator else { return nil }
        let rest = target.tokens.upperBound..<tokens.count
        guard tokens[rest].contains(where: { Self.breachWords.contains($0) }) || context.isNegated(from: target.tokens.upperBound, to: tokens.count)
        else { return nil }
        return Dispute(parties: [DisputeParty(entity: regulator, side: .plaintiff), DisputeParty(entity: party, side: .defendant)],
                       kind: Self.isCompetitionAuthority(regulator) ? .antitrust : .regulatory,
                       date: context.sentenceDate ?? context.published, evidence: context.evidence, rule: "dispute.finding", confidence: 0.55)
    }
}
