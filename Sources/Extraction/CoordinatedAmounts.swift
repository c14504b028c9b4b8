/// "Hoffman donated $1 million and $250,000 to the super PACs backing A and B, respectively": one giver, amounts joined by
/// "and", "et" or a comma after the gift's own amount, is one gift per amount (not "between $1 million and $2 million",
/// a range).
extension DonationRules {
    static let rangeOpeners: WordSet = ["between", "entre", "from", "de"]
    /// Not "or"/"ou": "$1 million or $2 million" is one gift of an uncertain amount.
    static let amountJoins: WordSet = ["and", "et", ","]

    func coordinatedAmounts(_ context: SentenceContext, _ gifts: [Donation]) -> [Donation] {
        guard context.money.count >= 2, let first = gifts.first(where: { $0.moneyTokens != nil }),
              gifts.allSatisfy({ $0.donor == first.donor }), let used = first.moneyTokens,
              let n = context.money.firstIndex(where: { $0.tokens == used }) else { return gifts }
        let tokens = context.tokens
        if used.lowerBound > 0, Self.rangeOpeners.contains(tokens[used.lowerBound - 1]) { return gifts }
        var out = gifts
        var previous = used
        for next in context.money[(n + 1)...] {
            let gap = tokens[previous.gap(to: next.tokens)]
            guard gap.count == 1, Self.amountJoins.contains(gap[gap.startIndex]),
                  next.money.currency == first.money?.currency, !context.isDenied(next),
                  !out.contains(where: { $0.moneyTokens == next.tokens }) else { break }
            var gift = first
            gift.money = next.money
            gift.moneyTokens = next.tokens
            gift.rule = "donation.coordinated-amount"
            out.append(gift)
            previous = next.tokens
        }
        return out
    }
}
