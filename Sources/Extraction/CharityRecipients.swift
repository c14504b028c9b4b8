/// "Michael Jordan gave $5 million to the National Museum of African American History", "a donné 10 M€ à la Fondation
/// du patrimoine": money given to a museum, a university, a hospital or a foundation is a gift (GUIDELINES: anything the
/// article calls a gift; giving money to a non-profit body is one), political or not. Told by the head word of the
/// recipient's name (lexicon `donation.charity.head`), right after "to"/"à".
extension DonationRules {
    static let charityHeads = LexiconData.set("donation.charity.head")

    func charityRecipient(_ context: SentenceContext, after trigger: Int) -> EntityRef? {
        let tokens = context.tokens
        guard let m = context.outerMentions.first(where: { $0.tokens.lowerBound > trigger && $0.tokens.lowerBound <= trigger + 10 }),
              m.kind == .company || m.kind == .agency || m.entity == nil, m.tokens.lowerBound > 0 else { return nil }
        var k = m.tokens.lowerBound - 1
        // "to New York's Museum of Modern Art": the place owning the museum, before it.
        if k > 1, tokens[k].folded == "'s" {
            k -= 1
            while k > trigger + 1, tokens[k].isCapitalized, m.tokens.lowerBound - k <= 4 { k -= 1 }
        }
        if k > 0, SentenceContext.determiners.contains(tokens[k]) { k -= 1 }
        guard Lexicon.isTo(tokens[k]),
              tokens[m.tokens].contains(where: { Self.charityHeads.contains($0) }) else { return nil }
        return m.entity ?? EntityRef(.company, m.surface)
    }
}
