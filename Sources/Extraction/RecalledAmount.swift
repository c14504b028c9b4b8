/// "ATEC has selected STG to run its IT. … The award, a seven-year task order valued at $53 million, …": the amount
/// a later sentence gives a contract told just before without one.
extension ContractRules {
    static let recallingNouns = LexiconData.forms("contract.recall")
    static let definiteDeterminers: WordSet = ["the", "this", "that", "le", "la", "ce", "cet", "cette", "l'"]
    /// Words before a contract noun that tell another contract, not the one just told ("a new deal").
    static let anotherContract: WordSet = ["a", "an", "un", "une", "another", "autre", "new", "nouveau", "nouvel"]

    /// "a new deal", "un autre contrat" — but "le nouveau contrat", "the new contract" recall the one just told.
    static func isAnother(_ before: ArraySlice<Token>) -> Bool {
        before.indices.contains { i in
            Self.anotherContract.contains(before[i]) && !(i > before.startIndex && Self.definiteDeterminers.contains(before[i - 1])
                && !["autre", "another"].contains(before[i]))
        }
    }

    /// The amount of the contract `recent` recalled by a definite noun ("the award", "the deal – which is valued at
    /// £85m", "ce marché de 12 M€"), when the sentence names no other holder and prices nothing else.
    func recalledAmount(_ context: SentenceContext, recent: Contract) -> Money? {
        guard recent.money == nil, context.money.count == 1, let money = context.money.first else { return nil }
        let tokens = context.tokens
        guard let noun = tokens.indices.first(where: { k in
            let before = tokens[max(0, k - 4)..<k]
            return (Self.contractWords.contains(tokens[k]) || Self.recallingNouns.contains(tokens[k]))
                && before.contains { Self.definiteDeterminers.contains($0) } && !Self.isAnother(before)
                && abs(money.tokens.lowerBound - k) <= 12
        }) else { return nil }
        // Another company or body named as a party tells another contract.
        guard !namesOtherParty(context, besides: recent), !context.isNegated(from: noun, to: money.tokens.upperBound) else { return nil }
        return money.money
    }
}

extension ContractRules {
    /// "The contract will commence in September and replaces a previously three-year AU$107m contract": a sentence
    /// recalling the contract just told ("the contract") and pricing another contract noun of its own tells another
    /// contract of the same holder, when it names no other party.
    func otherContractOfHolder(_ context: SentenceContext, recent: Contract) -> [Contract] {
        let tokens = context.tokens
        guard !context.money.isEmpty, let recall = tokens.indices.first(where: { k in
            Self.contractWords.contains(tokens[k]) && k > 0 && Self.definiteDeterminers.contains(tokens[k - 1])
        }) else { return [] }
        guard !namesOtherParty(context, besides: recent) else { return [] }
        return tokens.indices.compactMap { k -> Contract? in
            guard k > recall, Self.contractWords.contains(tokens[k]), let amount = attachedMoney(context, noun: k),
                  amount.money.amount != recent.money?.amount, !context.isNegated(from: recall, to: k) else { return nil }
            return Contract(contractor: recent.contractor, agency: context.outerMentions.first { $0.kind == .agency }?.entity ?? recent.agency,
                            money: amount.money, date: dateNear(context, k) ?? context.sentenceDate ?? context.published, endDate: nil,
                            evidence: context.evidence, rule: "contract.recalled", confidence: 0.55)
        }
    }
}

extension ContractRules {
    /// Ordinals that tell the next of several contracts the article announced ("deux contrats … Le second contrat").
    static let laterOrdinals: WordSet = ["second", "seconde", "deuxieme", "troisieme", "quatrieme", "third", "fourth", "autre", "other"]

    /// "…notifié deux contrats à X. Le premier contrat, d'un montant de 282 M€, … Le second contrat, estimé à 246 M€": a
    /// later contract of the same holder and buyer as the one just priced, when the sentence names no other party.
    func laterContract(_ context: SentenceContext, recent: Contract) -> Contract? {
        guard recent.money != nil, context.money.count == 1, let money = context.money.first else { return nil }
        let tokens = context.tokens
        guard let noun = tokens.indices.first(where: { k in
            k >= 2 && Self.contractWords.contains(tokens[k]) && Self.laterOrdinals.contains(tokens[k - 1])
                && Self.definiteDeterminers.contains(tokens[k - 2]) && abs(money.tokens.lowerBound - k) <= 12
        }) else { return nil }
        guard !namesOtherParty(context, besides: recent), !context.isNegated(from: noun, to: money.tokens.upperBound),
              !Self.same(money.money, recent.money) else { return nil }
        return Contract(contractor: recent.contractor, agency: recent.agency, money: money.money, date: recent.date, endDate: context.endDate,
                        evidence: context.evidence, rule: "contract.recalled", confidence: 0.6)
    }

    private static func same(_ a: Money, _ b: Money?) -> Bool { b.map { FactMerger.same(a, $0) } ?? false }

    /// Another company (or unknown name) than the recalled contract's holder named as a party: it tells another contract.
    func namesOtherParty(_ context: SentenceContext, besides recent: Contract) -> Bool {
        context.outerMentions.contains { m in
            (m.kind == .company || m.entity == nil) && m.entity != recent.contractor && !isProduct(context, m) && !context.isBareAcronym(m)
        }
    }
}
