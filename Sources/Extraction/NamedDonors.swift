/// "Other donors include A, B and C", "has received donations from tech leaders, including A and B": givers a
/// list names with no amount of their own each give a gift of unknown amount (GUIDELINES: the amount stays null).
extension DonationRules {
    /// Gift words whose "from" opens the givers: "donations from", "des dons de".
    static let fromWords: WordSet = ["from", "de", "des", "d'"]

    func namedDonors(_ context: SentenceContext, lastFund: EntityRef?, political: Bool) -> [Donation] {
        guard political, context.contains(Self.donorNouns) || context.contains(Self.giftWords) else { return [] }
        let tokens = context.tokens
        let accepts: (SentenceMention) -> Bool = { m in
            m.kind == .person || m.kind == .company || (m.entity == nil && !context.isBareAcronym(m))
        }
        for k in tokens.indices.dropLast() {
            let donorsInclude = Self.donorNouns.contains(tokens[k]) && SentenceContext.listLeads.contains(tokens[k + 1])
            let giftsFrom = Self.giftWords.contains(tokens[k]) && Self.fromWords.contains(tokens[k + 1])
            guard donorsInclude || giftsFrom else { continue }
            // "donations from prominent tech leaders, including A": the givers are described, then listed.
            if giftsFrom, context.outerMentions.contains(where: { $0.tokens.lowerBound == k + 2 }) { continue }
            let listed = context.includedList(after: k, accepts: accepts)
            guard !listed.isEmpty, !context.isNegated(from: 0, to: k + 1) else { continue }
            // The receiver: who "received" the gifts, else a fund the sentence names, else the fund told before.
            var recipient: EntityRef?
            if giftsFrom, tokens[max(0, k - 4)..<k].contains(where: { Self.receivingVerbs.contains($0) }) {
                recipient = context.subjects(before: k, kinds: [.fund, .person], allowUnknown: false).last?.entity
            }
            recipient = recipient ?? context.mentions.first(where: { $0.kind == .fund })?.entity ?? lastFund
            let date = context.sentenceDate ?? context.published
            // "The $10,000 donors included A, B and C": an amount right before the donor noun is each one's gift.
            let each = donorsInclude ? context.money.first(where: { $0.tokens.upperBound == k }) : nil
            return listed.compactMap { donor in
                // "the Winklevoss twins": a name modifying a common noun names no one giver.
                let end = donor.tokens.upperBound
                if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
                   !["and", "et", "or", "ou", "who", "qui", "which"].contains(tokens[end]) { return nil }
                guard let entity = donor.entity ?? promote(donor), entity != recipient else { return nil }
                return Donation(donor: entity, recipient: recipient, money: each?.money, date: date, inKind: false, evidence: context.evidence,
                                rule: "donation.named-donor", confidence: 0.5, moneyTokens: each?.tokens, triggerToken: k)
            }
        }
        return []
    }
}
