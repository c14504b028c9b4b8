/// "The Army has picked seven contractors for a deal worth $19.25 billion. The major contractors include: A; B; C;
/// and D.": the holders a contract sentence counted, named in a list of their own, each holding the contract.
extension ContractRules {
    /// Nouns for the companies that hold contracts ("the contractors include", "les attributaires sont").
    static let holderNouns = LexiconData.forms("contract.holder")
    /// Words that open the list after the holder noun.
    static let listLeads = LexiconData.forms("contract.holder.lead")
    /// Between two names of the list; "." closes an abbreviation ("Computer Sciences Corp.; Lockheed Martin").
    static let listLinks: WordSet = [",", ";", "and", "et", "&", "."]

    func listedHolders(_ context: SentenceContext, previous: SentenceContext?, lastAgency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        // The holder noun is the subject: within the sentence's first words, before the list.
        guard let noun = tokens.indices.prefix(6).first(where: { Self.holderNouns.contains(tokens[$0]) }) else { return [] }
        var k = noun + 1
        var led = false
        while k < tokens.count, k <= noun + 3, Self.listLeads.contains(tokens[k]) || tokens[k].text == ":" { k += 1; led = true }
        guard led else { return [] }
        var holders: [SentenceMention] = []
        for m in context.outerMentions where m.tokens.lowerBound >= k {
            let gap = tokens[(holders.last?.tokens.upperBound ?? k)..<m.tokens.lowerBound]
            guard gap.allSatisfy({ Self.listLinks.contains($0) }), m.kind == .company || m.entity == nil else { break }
            holders.append(m)
        }
        guard holders.count >= 2 else { return [] }
        // The contract is the one this sentence or the one before prices.
        let priced = [context, previous].compactMap { $0 }.first { $0.contains(Self.contractWords) && $0.money.count == 1 }
        guard let source = priced ?? previous.flatMap({ $0.contains(Self.contractWords) ? $0 : nil }),
              let agency = context.outerMentions.first(where: { $0.kind == .agency })?.entity
                ?? source.outerMentions.first(where: { $0.kind == .agency })?.entity ?? lastAgency else { return [] }
        let money = priced?.money.first?.money
        return holders.map { holder in
            Contract(contractor: holder.entity ?? EntityRef(.company, holder.surface), agency: agency, money: money,
                     date: context.sentenceDate ?? source.sentenceDate ?? context.published, endDate: nil,
                     evidence: context.evidence, rule: "contract.listed", confidence: 0.6)
        }
    }
}
