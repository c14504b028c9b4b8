/// "a versé 20 000 euros au PS et 15 000 euros aux Verts", "s'élevaient à 570 000 dollars pour le parti A et à
/// 477 000 dollars pour le parti B": one giver, each amount followed by its own recipient, is one gift per amount.
extension DonationRules {
    /// The sentence's gifts with each amount paired with the recipient right after it. A total the pairs add up
    /// to ("a total of $450,000, with $250,000 going to A and $200,000 to B") gives way to its parts.
    func pairedRecipients(_ context: SentenceContext, _ gifts: [Donation]) -> [Donation] {
        guard context.money.count >= 2, let first = gifts.first(where: { $0.moneyTokens != nil }),
              gifts.allSatisfy({ $0.donor == first.donor }) else { return gifts }
        var pairs: [(money: MoneyMatch, recipient: EntityRef)] = []
        for match in context.money {
            if let recipient = recipientAfter(context, match), recipient != first.donor,
               !pairs.contains(where: { $0.recipient == recipient }) { pairs.append((match, recipient)) }
        }
        guard pairs.count >= 2, let used = first.moneyTokens, let start = pairs.first?.money.tokens.lowerBound,
              start >= used.lowerBound, !givers(context, between: start, and: pairs[pairs.count - 1].money.tokens.lowerBound,
                                                except: pairs.map(\.recipient)) else { return gifts }
        var out = gifts
        if !pairs.contains(where: { $0.money.tokens == used }) {
            // The first gift's amount is no part: keep the parts only when they add up to it.
            let sum = pairs.reduce(0.0) { $0 + $1.money.money.amount }
            guard let total = first.money, pairs.allSatisfy({ $0.money.money.currency == total.currency }),
                  abs(sum - total.amount) <= total.amount * 0.005 else { return gifts }
            out.removeAll { $0.moneyTokens == used }
        }
        for pair in pairs {
            if let k = out.firstIndex(where: { $0.moneyTokens == pair.money.tokens }) {
                out[k].recipient = pair.recipient
                continue
            }
            var gift = first
            gift.money = pair.money.money
            gift.moneyTokens = pair.money.tokens
            gift.recipient = pair.recipient
            gift.inKind = false
            gift.rule = "donation.paired-recipient"
            out.append(gift)
        }
        return out
    }

    /// "… 15 000 euros aux Verts", "$200,000 going to the Republicans", "570 000 dollars pour le parti A": a
    /// political recipient (a fund or a person) after "to", "à", "pour" or "for" within a few words of the amount.
    private func recipientAfter(_ context: SentenceContext, _ money: MoneyMatch) -> EntityRef? {
        let tokens = context.tokens
        let end = money.tokens.upperBound
        guard let mention = context.outerMentions.first(where: { $0.tokens.lowerBound > end }),
              mention.tokens.lowerBound - end <= 4, mention.kind == .fund || mention.kind == .person,
              let entity = mention.entity else { return nil }
        let gap = tokens[end..<mention.tokens.lowerBound]
        guard gap.contains(where: { Lexicon.isTo($0) || ["pour", "for"].contains($0) }),
              gap.allSatisfy({ $0.isWord }),
              !context.money.contains(where: { $0.tokens.lowerBound >= end && $0.tokens.lowerBound < mention.tokens.lowerBound })
        else { return nil }
        return entity
    }

    /// Another person or company named between the pairs gives on its own ("A gave $1 to X and B $2 to Y").
    private func givers(_ context: SentenceContext, between start: Int, and end: Int, except recipients: [EntityRef]) -> Bool {
        context.mentions.contains { m in
            m.tokens.lowerBound > start && m.tokens.lowerBound < end && (m.kind == .company || m.kind == .person)
                && !(m.entity.map(recipients.contains) ?? false)
        }
    }
}
