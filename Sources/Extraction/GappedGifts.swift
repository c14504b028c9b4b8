/// "Faiz ul Rasool donated £80,000, and insurance mogul Richard Brindle £26,867": after a gift told with its verb,
/// each later giver followed straight by an amount of its own gave it too, the verb left out (gapping).
extension DonationRules {
    func gappedGifts(_ context: SentenceContext, gifts: [Donation]) -> [Donation] {
        let tokens = context.tokens
        guard context.money.count >= 2, let first = gifts.last(where: { $0.moneyTokens != nil }), let told = first.moneyTokens else { return [] }
        var out: [Donation] = []
        for m in context.outerMentions where m.tokens.lowerBound > told.upperBound {
            guard m.kind == .company || m.kind == .person, let donor = m.entity,
                  let money = context.money.first(where: { $0.tokens.lowerBound == m.tokens.upperBound }),
                  !gifts.contains(where: { $0.donor == donor || $0.moneyTokens == money.tokens }),
                  !out.contains(where: { $0.donor == donor }) else { continue }
            // Opened by a comma or "and", a description of the giver ("insurance mogul") allowed between.
            var j = m.tokens.lowerBound - 1, described = 0
            while j > told.upperBound, described < 3, tokens[j].kind == .word, !tokens[j].isCapitalized,
                  !Self.listOpeners.contains(tokens[j]) { j -= 1; described += 1 }
            guard j >= told.upperBound, tokens[j].text == "," || Self.listOpeners.contains(tokens[j]) else { continue }
            var gift = first
            gift.donor = donor
            gift.money = money.money
            gift.moneyTokens = money.tokens
            gift.rule = "donation.gapped"
            gift.triggerToken = nil
            out.append(gift)
        }
        return out
    }

    static let listOpeners: WordSet = ["and", "et", "while", "whereas", "tandis"]
}
