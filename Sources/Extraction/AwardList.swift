/// "Worth £1bn in total, Lot 1 … comprises four contracts awarded to:" and then one bulleted line per holder ("• Alstom",
/// "• AtkinsRéalis and CAF"): each name of each line holds a contract of the header, at the header's amount (GUIDELINES:
/// a shared amount goes to every holder).
struct AwardList {
    let money: Money?
    let agency: EntityRef?

    /// A header: a sentence telling contracts awarded that ends with a colon, at most one amount in it.
    /// "Lot 2 is worth £3bn… Four contracts have been awarded to:": with no amount of its own, the header takes the one
    /// amount of the sentence before it.
    static func opened(by context: SentenceContext, previous: SentenceContext?, lastAgency: EntityRef?) -> AwardList? {
        guard context.tokens.last?.isMark(":") == true, context.contains(ContractRules.contractWords),
              context.contains(ContractRules.awardVerbs), context.money.count <= 1 else { return nil }
        let agency = DisputeRules.actingBodies(context.mentions).last?.entity ?? lastAgency
        let money = context.money.first?.money ?? (previous?.money.count == 1 ? previous?.money.first?.money : nil)
        return AwardList(money: money, agency: agency)
    }

    /// The contracts a bulleted line names, or nil when the line is no bulleted item (which closes the list).
    func items(_ context: SentenceContext) -> [Contract]? {
        guard let first = context.tokens.first, ContractRules.bullets.contains(first.text), context.tokens.count <= 12,
              context.money.isEmpty else { return nil }
        // An acronym alone ("• Thales and CAF") is a name here: the list says what its lines hold.
        let holders = context.outerMentions.filter { m in m.kind == .company || m.entity == nil }
        return holders.map { m in
            Contract(contractor: m.entity ?? EntityRef(.company, m.surface), agency: agency, money: money,
                     date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                     rule: "contract.award-list", confidence: 0.6)
        }
    }
}
