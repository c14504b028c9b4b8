/// A body's sanction of a counted group its sentence does not name ("a décidé d'infliger 36 millions d'euros d'amende à
/// quatre fabricants de cigarettes", "fined three companies"), and the sentence after it that lists them: one case,
/// the body against every company listed.
struct CountedGroup: Sendable {
    var agency: EntityRef
    var count: Int
    var kind: DisputeKind
    var date: String?
    var evidence: Evidence
    var money: Money?
    var statedDate: String?
    var sentence: Int

    /// Words right before the count that make the group the sanction's object.
    static let leads = LexiconData.set("dispute.group.lead")

    /// The group a sanction sentence counts without naming, or nil.
    static func find(_ context: SentenceContext, sentence: Int) -> CountedGroup? {
        guard let (trigger, kind) = DisputeRules().classify(context), kind == .regulatory || kind == .antitrust else { return nil }
        let agencies = DisputeRules.actingBodies(context.outerMentions)
        guard agencies.count == 1, let agency = agencies.first?.entity,
              !context.outerMentions.contains(where: { $0.kind == .company || $0.kind == .person }) else { return nil }
        let tokens = context.tokens
        for k in tokens.indices where k > 0 && abs(k - trigger) <= 15 && k + 1 < tokens.count && leads.contains(tokens[k - 1]) {
            guard let count = Self.count(tokens[k]), count >= 2, count <= 30,
                  tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, tokens[k + 1].foldedLength > 3,
                  tokens[k + 1].foldedEnds(with: "s") || tokens[k + 1].foldedEnds(with: "x") else { continue }
            return CountedGroup(agency: agency, count: count, kind: kind, date: context.sentenceDate ?? context.published,
                                evidence: context.evidence, money: context.money.first?.money, statedDate: context.sentenceDate,
                                sentence: sentence)
        }
        return nil
    }

    private static func count(_ token: Token) -> Int? {
        if token.kind == .number, let value = token.number, value == value.rounded() { return Int(value) }
        guard token.kind == .word, let value = MoneyParser.numberWords[token.folded], value >= 2 else { return nil }
        return Int(value)
    }

    /// The case, when `context` lists between two and `count` companies coordinated, the first of them within the
    /// sentence's first words.
    func resolved(by context: SentenceContext) -> Dispute? {
        let companies = context.outerMentions.filter { $0.kind == .company || ($0.entity == nil && !context.isBareAcronym($0)) }
        guard let first = companies.first, first.tokens.lowerBound <= 8 else { return nil }
        var group = [first]
        for next in companies.dropFirst() {
            guard let last = group.last, last.tokens.upperBound < next.tokens.lowerBound,
                  context.isCoordination(last.tokens.gap(to: next.tokens))
                    || context.tokens[last.tokens.gap(to: next.tokens)].allSatisfy({ $0.isMark(",") || SentenceContext.determiners.contains($0) })
            else { break }
            group.append(next)
        }
        guard group.count >= 2, group.count <= count else { return nil }
        var parties = [DisputeParty(entity: agency, side: .plaintiff)]
        for member in group {
            let entity = member.entity ?? EntityRef(.company, member.surface)
            if !parties.contains(where: { $0.entity == entity }) { parties.append(DisputeParty(entity: entity, side: .defendant)) }
        }
        return Dispute(parties: parties, kind: kind, date: date, evidence: evidence, rule: "dispute.counted-group", confidence: 0.6,
                       money: money, statedDate: statedDate)
    }
}
