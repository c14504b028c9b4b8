/// Gifts whose parts span sentences: "Backers have pumped $100 million into the PAC. A, B and C are backing it."
extension DonationRules {
    /// An amount given in a political sentence by givers it does not name ("Technocrats have pumped more than
    /// $100 million into the initiative"): the next sentences may name them.
    func unattributedGift(_ context: SentenceContext, fundNearby: Bool) -> Money? {
        guard context.money.count == 1, let money = context.money.first,
              let trigger = context.tokens.indices.first(where: { k in
                  // Asked by token, from its stored hash: hashing each word again was most of this rule's cost.
                  // `TokenScans.words` holds both lists: most tokens are told at one AND.
                  context.tokens[k].lists & SentenceList.tokenScans.bit != 0
                      && (Self.spendingVerbs.contains(context.tokens[k]) || Self.givingVerbs.contains(context.tokens[k])) && k < money.tokens.lowerBound
              }),
              fundNearby || context.contains(Self.politicalWords) || politicalObject(context, after: trigger),
              context.subjects(before: trigger, kinds: [.person, .company, .fund], allowUnknown: false).isEmpty,
              !context.isNegated(from: 0, to: trigger + 1) else { return nil }
        return money.money
    }

    /// "A, B and C are backing the effort", "X et Y soutiennent le comité": each named backer gave the amount told
    /// just before by unnamed givers (a shared total, as the guidelines record it).
    func backers(_ context: SentenceContext, pending: Money, lastFund: EntityRef?) -> [Donation] {
        guard let trigger = context.tokens.indices.first(where: { Self.backingWords.contains(context.tokens[$0]) }),
              !context.isNegated(from: 0, to: trigger + 1) else { return [] }
        let donors = backerList(context, before: trigger)
        let date = context.sentenceDate ?? context.published
        return donors.filter { $0 != lastFund }.map { donor in
            Donation(donor: donor, recipient: lastFund, money: pending, date: date, inKind: false, evidence: context.evidence,
                     rule: "donation.backers-of-total", confidence: 0.5, moneyTokens: nil, triggerToken: trigger)
        }
    }

    /// The named parties listed before the backing verb, descriptions between them allowed ("Palantir cofounder and
    /// investor A, OpenAI cofounder B, an AI startup C, and longtime venture capitalist D"); an organisation right
    /// before a title describes the person after it.
    func backerList(_ context: SentenceContext, before trigger: Int) -> [EntityRef] {
        let tokens = context.tokens
        let start = tokens[..<trigger].lastIndex(where: { SentenceContext.clauseBreaks.contains($0) }).map { $0 + 1 } ?? 0
        let listed = context.outerMentions.filter { m in
            m.tokens.lowerBound >= start && m.tokens.upperBound <= trigger && (m.kind == .person || m.kind == .company) && !context.isComplement(m)
                && !(m.tokens.upperBound < tokens.count && (tokens[m.tokens.upperBound].isPossessive
                    || Lexicon.personTitles.contains(tokens[m.tokens.upperBound]) || NameCandidates.orgSlots.contains(tokens[m.tokens.upperBound])))
        }
        guard let last = listed.last, trigger - last.tokens.upperBound <= 3 else { return [] }
        return listed.compactMap(\.entity).reduce(into: []) { list, entity in if !list.contains(entity) { list.append(entity) } }
    }

    static let backingWords = LexiconData.forms("donation.backing")
}
