/// "America PAC, which is funded almost entirely by the billionaire", "Vexor PAC is bankrolled by X": a political fund
/// said to be funded by a named giver is a gift from that giver, its amount unstated (GUIDELINES: a missing amount is
/// not a missing fact).
extension DonationRules {
    /// Words allowed between the funding verb and "by": "funded almost entirely by".
    static let fundingAdverbs: WordSet = ["almost", "entirely", "largely", "mostly", "partly", "heavily", "chiefly", "primarily",
                                          "mainly", "principalement", "largement", "essentiellement", "entierement", "en", "grande", "partie"]

    func fundedBy(_ context: SentenceContext) -> [Donation] {
        // The flagged union first: most sentences hold neither kind of verb, told at one AND.
        guard context.money.isEmpty, context.contains(Self.sourceOrFundedVerbs), context.contains(Self.fundedVerbs) else { return [] }
        let tokens = context.tokens
        for verb in tokens.indices where Self.fundedVerbs.contains(tokens[verb]) && verb > 0
            && SentenceContext.passiveAuxiliaries.contains(tokens[verb - 1]) {
            var by = verb + 1
            while by < tokens.count, by - verb <= 4, Self.fundingAdverbs.contains(tokens[by]) { by += 1 }
            guard by < tokens.count, ["by", "par"].contains(tokens[by]), !context.isNegated(from: max(0, verb - 4), to: verb + 1) else { continue }
            var k = by + 1
            if k < tokens.count, SentenceContext.determiners.contains(tokens[k]) { k += 1 }
            guard let giver = context.outerMentions.first(where: { $0.tokens.lowerBound == k }), let donor = giver.entity,
                  donor.kind == .person || donor.kind == .company else { continue }
            // The fund funded: the subject of the passive, or the name a relative pronoun stands for ("X, which is funded").
            var r = verb - 2
            if r >= 0, ["which", "qui", "that"].contains(tokens[r]) { r -= 1 }
            if r >= 0, tokens[r].text == "," { r -= 1 }
            guard let fund = context.outerMentions.last(where: { $0.tokens.upperBound == r + 1 && $0.kind == .fund })?.entity, fund != donor else { continue }
            return [Donation(donor: donor, recipient: fund, money: nil, date: context.sentenceDate ?? context.published, inKind: false,
                             evidence: context.evidence, rule: "donation.funded-by", confidence: 0.55, moneyTokens: nil, triggerToken: verb)]
        }
        return []
    }
}
