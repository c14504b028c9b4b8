/// "après les insultes de l'animateur X au député Y", "the attacks by X on Y": a feud told as a noun phrase, its
/// attacker after "de"/"by" and its target after "à"/"contre"/"on", is a case of its own, even inside a sentence that
/// tells another (the regulator's fine that followed the insults).
extension DisputeRules {
    static let feudPhraseNouns = LexiconData.forms("dispute.feud.phrase").flagged(.feudPhrase)
    static let attackerLinks: WordSet = ["de", "du", "d'", "by", "from"]
    static let targetLinks: WordSet = ["a", "au", "aux", "contre", "envers", "against", "on", "toward", "towards"]

    func feudPhrase(_ context: SentenceContext) -> Dispute? {
        guard context.contains(Self.feudPhraseNouns) else { return nil }
        let tokens = context.tokens
        let named = context.outerMentions.filter { $0.entity != nil && $0.kind != .agency }
        /// The mention after `k` whose gap opens with a link of `links`, then determiners or lower-case words only.
        func linked(after k: Int, _ links: WordSet) -> SentenceMention? {
            guard let m = named.first(where: { $0.tokens.lowerBound > k }), m.tokens.lowerBound - k <= 5, k + 1 < m.tokens.lowerBound,
                  links.contains(tokens[k + 1]) else { return nil }
            let gap = tokens[(k + 2)..<m.tokens.lowerBound]
            guard gap.allSatisfy({ $0.kind == .word && !$0.isCapitalized }) else { return nil }
            // "au député LFI Louis Boyard": a party label before a person qualifies him.
            if m.kind == .fund, let person = named.first(where: { $0.tokens.lowerBound == m.tokens.upperBound && $0.kind == .person }) { return person }
            return m
        }
        for k in tokens.indices where Self.feudPhraseNouns.contains(tokens[k]) {
            guard let attacker = linked(after: k, Self.attackerLinks),
                  let target = linked(after: attacker.tokens.upperBound - 1, Self.targetLinks),
                  let a = attacker.entity, let b = target.entity, a != b else { continue }
            return Dispute(parties: [DisputeParty(entity: a, side: .plaintiff), DisputeParty(entity: b, side: .defendant)],
                           kind: .publicFeud, date: context.sentenceDate ?? context.published, evidence: context.evidence,
                           rule: "dispute.feud-phrase", confidence: 0.6)
        }
        return nil
    }
}
