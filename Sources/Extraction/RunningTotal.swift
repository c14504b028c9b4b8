/// "gave $95 million …, bringing her total given to the group to $100 million": the running total after a gift
/// tells an earlier gift of the difference (GUIDELINES: a relative amount is computed when both figures are exact).
extension DonationRules {
    static let runningVerbs = LexiconData.forms("amount.running")
    static let totalNouns = LexiconData.forms("amount.total.noun")

    /// The gifts with each running total replaced by the earlier gift it implies (the total less the gifts of the
    /// same giver told before it in the sentence), undated; a total no smaller than those gifts gives nothing.
    func runningTotals(_ context: SentenceContext, gifts: [Donation]) -> [Donation] {
        // Most sentences give no gift: the running verbs are asked only where there is one.
        guard gifts.count >= 2, context.contains(Self.runningVerbs) else { return gifts }
        let tokens = context.tokens
        var out: [Donation] = []
        for gift in gifts {
            guard let range = gift.moneyTokens, let money = gift.money, money.kind == .exact,
                  tokens[max(0, range.lowerBound - 8)..<range.lowerBound].contains(where: { Self.runningVerbs.contains($0) }),
                  tokens[max(0, range.lowerBound - 8)..<range.lowerBound].contains(where: { Self.totalNouns.contains($0) }) else {
                out.append(gift)
                continue
            }
            let before = gifts.filter { other in
                other.donor == gift.donor && other.money?.currency == money.currency && other.money?.kind == .exact
                    && (other.moneyTokens?.upperBound ?? Int.max) <= range.lowerBound
            }
            let given = before.reduce(0.0) { $0 + ($1.money?.amount ?? 0) }
            guard !before.isEmpty, given < money.amount else { continue }
            var earlier = gift
            earlier.money = Money(amount: money.amount - given, currency: money.currency, kind: .exact)
            earlier.date = nil
            earlier.rule = "donation.running-total"
            out.append(earlier)
        }
        return out
    }
}
