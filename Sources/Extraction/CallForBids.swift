extension ContractRules {
    static let bidNouns = LexiconData.forms("contract.bid").flagged(.bidNouns)
    static let callVerbs = LexiconData.forms("contract.call").flagged(.callVerbs)

    /// "the Pentagon asked for bids from A, B and C": a tender with no winner yet is no contract (GUIDELINES), so its
    /// bidders hold none. A sentence that also says who won ("awarded", "a remporté") is an award.
    func isCallForBids(_ context: SentenceContext) -> Bool {
        context.contains(Self.bidNouns) && context.contains(Self.callVerbs) && !context.contains(Self.strongAwardVerbs)
    }
}
