/// "Among the businesses, the top donors to Congress are:" and then one line per giver ("MEIL Group: Rs 158
/// crores.", "Vedanta Limited at Rs 104 crores."), or "X's contributions to federal parties included:" and one line per
/// recipient ("- Liberal Party of Canada: $83,534.51;"): a list a header opens, each line one gift.
struct GiftList {
    /// The recipient the header names (lines name givers), or nil.
    let recipient: EntityRef?
    /// The giver the header names (lines name recipients), or nil.
    let giver: EntityRef?

    /// Words after the item's name that lead to its amount: "MEIL Group: Rs 158 crores", "Vedanta Limited at Rs 104 crores".
    static let leads: WordSet = [":", "at", "for", "with", "a", "avec", "pour", "(", "-", "–", "—", "="]
    /// Words between a line's leading amount and its giver: "$5.5 million from Marc Andreessen".
    static let fromWords: WordSet = ["from", "de", "d'", "du", "by", "par"]

    /// A header: a sentence about gifts that ends with a colon.
    /// Words that make a header's amount a total the lines break down: "almost $118,000 in contributions…, including:".
    static let breakdownWords: WordSet = ["including", "included", "includes", "notamment", "dont", "among", "parmi"]

    /// `recentGiver`: the company or person the sentences just before spoke of, who gives when the header names no one
    /// ("SNC-Lavalin … made contributions" then "the report singles out $118,000 in contributions…, including:").
    static func opened(by context: SentenceContext, lastFund: EntityRef?, recentGiver: EntityRef? = nil) -> GiftList? {
        guard context.tokens.last?.isMark(":") == true, context.money.isEmpty || context.contains(breakdownWords),
              context.contains(DonationRules.triggerWords) || context.contains(DonationRules.donorNouns) else { return nil }
        let fund = context.outerMentions.last { $0.kind == .fund }?.entity
        let first = context.outerMentions.first { $0.kind == .person || $0.kind == .company }
        // "In total, Trump garnered $273.2 million in contributions from…, which included:": the subject of a
        // receiving verb receives what the lines list.
        if fund == nil, let first, let entity = first.entity, let verb = context.tokens.indices.first(where: { DonationRules.receivingVerbs.contains(context.tokens[$0]) }),
           verb >= first.tokens.upperBound, verb - first.tokens.upperBound <= 3 {
            return GiftList(recipient: entity, giver: nil)
        }
        let giver = first?.entity
        if giver == nil, fund == nil, !context.contains(DonationRules.donorNouns), let recentGiver {
            return GiftList(recipient: nil, giver: recentGiver)
        }
        // Givers listed to a named recipient; else recipients listed from a named giver.
        if context.contains(DonationRules.donorNouns) || giver == nil { return GiftList(recipient: fund ?? lastFund, giver: nil) }
        return GiftList(recipient: nil, giver: giver)
    }

    /// The company the given sentences name most, the latest named on a tie (sources, pronouns and descriptions left out).
    static func recentGiver(_ contexts: ArraySlice<SentenceContext>) -> EntityRef? {
        // Count, then the place of the latest mention (sentence, mention): a total order, so the pick is deterministic.
        var counts: [EntityRef: (count: Int, sentence: Int, mention: Int)] = [:]
        for (t, c) in contexts.enumerated() {
            for (n, m) in c.outerMentions.enumerated() where m.kind == .company && m.source != .pronoun && m.source != .anaphor
                && !Attribution.isSource(m, in: c.tokens) {
                if let entity = m.entity { counts[entity] = ((counts[entity]?.count ?? 0) + 1, t, n) }
            }
        }
        return counts.max { $0.value < $1.value }?.key
    }

    /// A line opened by a bullet: still the list, even when it tells no gift ("- Various riding associations: $13,552").
    static func isBulleted(_ context: SentenceContext) -> Bool {
        guard let first = context.tokens.first else { return false }
        return first.kind == .punct && ["-", "•", "–", "—", "*"].contains(first.text)
    }

    /// The gift a line of the list tells, or nil when the line is no item (which closes the list).
    func item(_ context: SentenceContext) -> Donation? {
        let tokens = context.tokens
        var start = 0
        if Self.isBulleted(context) { start += 1 }
        // "$5.5 million from Marc Andreessen, billionaire founder of…": the amount first, then its giver after "from".
        if giver == nil, let money = context.money.first, money.tokens.lowerBound == start, money.tokens.upperBound + 1 < tokens.count,
           Self.fromWords.contains(tokens[money.tokens.upperBound]),
           let name = context.outerMentions.first(where: { $0.tokens.lowerBound == money.tokens.upperBound + 1 }),
           name.kind == .person || name.kind == .company || name.entity == nil {
            let named = name.entity ?? EntityRef(.company, name.surface)
            guard named != recipient else { return nil }
            // The words after the giver describe him ("who sold WhatsApp in 2014"): their year is not the gift's.
            return line(named, recipient, money, date: context.published, context)
        }
        guard tokens.count - start <= 14, context.money.count == 1, let money = context.money.first,
              let name = context.outerMentions.first, name.tokens.lowerBound == start,
              money.tokens.lowerBound > name.tokens.upperBound, money.tokens.lowerBound - name.tokens.upperBound <= 2,
              Self.leads.contains(tokens[name.tokens.upperBound]) else { return nil }
        let named = name.entity ?? EntityRef(.company, name.surface)
        if let giver {
            guard named.kind == .fund else { return nil }
            return line(giver, named, money, date: context.sentenceDate ?? context.published, context)
        }
        guard named.kind != .agency, named.kind != .fund, named != recipient else { return nil }
        return line(named, recipient, money, date: context.sentenceDate ?? context.published, context)
    }

    /// One line's gift.
    private func line(_ donor: EntityRef, _ recipient: EntityRef?, _ money: MoneyMatch, date: String?, _ context: SentenceContext) -> Donation {
        Donation(donor: donor, recipient: recipient, money: money.money, date: date, inKind: false, evidence: context.evidence,
                 rule: "donation.list-line", confidence: 0.6, moneyTokens: money.tokens, triggerToken: nil)
    }
}
