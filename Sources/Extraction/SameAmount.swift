/// "A a versé 35 000 francs à l'UDC et la même somme au PLR", "gave $50,000 to X and the same amount to Y": the
/// amount is given again, to the recipient named after "the same amount", or in kind ("and the same amount in
/// technology").
extension DonationRules {
    static let sameWords = WordSet(["meme", "same"]).flagged(.same)
    static let sumNouns = LexiconData.forms("amount.sum")

    /// The gifts the sentence gives again with "the same amount", one per recipient named after it.
    func sameAmount(_ context: SentenceContext, gifts: [Donation]) -> [Donation] {
        let tokens = context.tokens
        guard context.contains(Self.sameWords) else { return [] }
        var out: [Donation] = []
        for k in tokens.indices.dropLast() where Self.sameWords.contains(tokens[k]) && Self.sumNouns.contains(tokens[k + 1]) {
            // The gift told before the words, with an exact amount of its own.
            guard let gift = gifts.last(where: { ($0.moneyTokens?.upperBound ?? tokens.count) <= k && $0.money?.kind == .exact }) else { continue }
            var again = gift
            if let recipient = recipientAfter(context, k + 2) {
                guard recipient != gift.donor, recipient != gift.recipient else { continue }
                again.recipient = recipient
            } else if k + 3 < tokens.count, ["in", "en"].contains(tokens[k + 2]), tokens[k + 3].isWord, !gift.inKind {
                // "$250,000 in cash and the same amount in technology": the same sum again, in kind.
                again.inKind = true
            } else {
                continue
            }
            again.rule = "donation.same-amount"
            again.moneyTokens = nil
            out.append(again)
        }
        return out
    }

    /// The fund, party or person named right after "à"/"au"/"to" (the determiner allowed) at `k`.
    private func recipientAfter(_ context: SentenceContext, _ k: Int) -> EntityRef? {
        let tokens = context.tokens
        guard k < tokens.count, ["a", "au", "aux", "to"].contains(tokens[k]) else { return nil }
        var j = k + 1
        if j < tokens.count, SentenceContext.determiners.contains(tokens[j]) { j += 1 }
        return context.outerMentions.first { $0.tokens.lowerBound == j && $0.kind != .agency }?.entity
    }
}
