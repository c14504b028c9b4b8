/// Government contracts: a contract word or award verb with a government body in the sentence, the holder in
/// subject position (or after "attribué à" / "awarded to"), purchases "auprès de" companies, renewals per year.
/// Lost bids and contracts between two companies are not contracts.
struct ContractRules {
    static let contractWords: Set<String> = ["contrat", "contrats", "contract", "contracts", "marche", "marches",
                                             "commande", "commandes", "order", "orders", "accord-cadre", "idiq",
                                             "licence", "licences", "license", "licenses", "deal", "agreement"]
    static let awardVerbs: Set<String> = ["remporte", "remporter", "obtenu", "obtient", "decroche", "decrocher", "signe",
                                          "signer", "signait", "attribue", "attribuer", "accorde", "conclu", "renouvele",
                                          "reconduit", "prolonge", "awarded", "award", "won", "wins", "win", "landed",
                                          "secured", "signed", "renewed", "extended", "granted", "selected", "retenu",
                                          "choisi", "confie", "obtention", "decerne", "beneficie", "gagne"]
    /// Verbs that mean an award even without the word "contract": "a remporté 40 M$ auprès du Pentagone".
    static let strongAwardVerbs: Set<String> = ["remporte", "decroche", "attribue", "awarded", "won", "landed", "secured"]
    static let purchaseWords: Set<String> = ["achat", "achats", "achete", "achetee", "achetees", "achetes", "acheter",
                                             "purchase", "purchased", "purchases", "bought", "buys", "buy", "acquired",
                                             "procured", "procurement", "commande", "commandé"]
    static let lossWords: Set<String> = ["perdu", "perte", "lost", "losing", "lose", "rejete", "rejetee", "ecarte",
                                         "ecartee", "evince", "passed", "conteste", "contests", "contested", "protest",
                                         "protested", "recours", "echoue", "failed", "concurrence", "competition",
                                         "competing", "compete", "rivalise", "brigue", "candidat", "bid", "bidding", "sought",
                                         "soumissionne", "soumissionnaire"]
    static let passiveMarkers: Set<String> = ["a", "au", "to"]

    func extract(_ context: SentenceContext, lastAgency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        let agencies = context.outerMentions.filter { $0.kind == .agency }
        var out: [Contract] = []
        var usedMoney = Set<Range<Int>>()
        if !agencies.isEmpty, let purchase = tokens.indices.first(where: { Self.purchaseWords.contains(tokens[$0].folded) }) {
            out += purchases(context, after: purchase, agencies: agencies, used: &usedMoney)
        }
        let nounIndex = tokens.indices.first { Self.contractWords.contains(tokens[$0].folded) && isContractNoun(context, $0) }
        let verbIndex = tokens.indices.first { Self.awardVerbs.contains(tokens[$0].folded) }
        guard let trigger = nounIndex ?? verbIndex else { return out }
        guard nounIndex != nil || (context.contains(Self.strongAwardVerbs) && !context.money.isEmpty) else { return out }
        // Without a government body in the sentence, only an explicit award carries the article's last one.
        var agency = agencies.first?.entity
        if agency == nil {
            guard nounIndex != nil, verbIndex != nil, let lastAgency else { return out }
            agency = lastAgency
        }
        var holders = context.subjects(before: trigger, kinds: [.company, .person, .agency])
        let agencySubject = !holders.isEmpty && holders.allSatisfy { $0.kind == .agency }
        if let awardedTo = awardees(context, after: verbIndex ?? trigger) , !awardedTo.isEmpty, holders.isEmpty || agencySubject {
            holders = awardedTo
        } else if agencySubject || holders.isEmpty {
            let after = holders.last?.tokens.upperBound ?? trigger
            holders = context.outerMentions.filter { ($0.kind == .company || ($0.entity == nil && !context.isBareAcronym($0))) && $0.tokens.lowerBound > after }.prefix(1).map { $0 }
        }
        holders = holders.filter { $0.kind != .agency && $0.kind != .fund }
        // A contract with another company ("avec le sous-traitant Leidos") is not a government contract.
        if !agencySubject, agencies.isEmpty || !agencies.contains(where: { isCounterpart(tokens, $0) }) {
            let companyCounterpart = context.outerMentions.contains { m in
                m.kind == .company && !holders.contains(m) && isCounterpart(tokens, m)
            }
            if companyCounterpart { return out }
        }
        if agencies.count > 0, let chosen = agencies.first(where: { !holders.contains($0) }) { agency = chosen.entity }
        let money = context.nearestMoney(to: trigger, after: 12, before: 12, excluding: usedMoney)
        let years = context.dates.filter { $0.role == .point }
        let renewal = context.contains(["renouvele", "renewed", "reconduit", "prolonge", "extended", "renouvellement", "renewal"])
        let renewalIndex = tokens.indices.first { ["renouvele", "renewed", "reconduit", "prolonge", "extended", "renouvellement", "renewal"].contains(tokens[$0].folded) } ?? tokens.count
        var dated: [(String?, MoneyMatch?, String)] = [(context.sentenceDate ?? context.published, money, "contract.award")]
        if renewal {
            // "signé en 2020", "awarded in 2019": the original contract's year, wherever it sits.
            let signed = years.filter { isSigningDate(tokens, $0.tokens.lowerBound) }
            let before = years.filter { $0.tokens.lowerBound < renewalIndex && !signed.contains($0) }
            let after = years.filter { $0.tokens.lowerBound > renewalIndex && !signed.contains($0) }
            let original = signed.first ?? before.first
            let renewals = after.map(\.iso)
            dated = renewals.isEmpty ? [(original == nil ? context.sentenceDate ?? context.published : context.published, money, "contract.renewal")]
                : renewals.enumerated().map { ($1, $0 == 0 && original == nil ? money : nil, "contract.renewal") }
            if let original { dated.insert((original.iso, renewals.isEmpty ? nil : money, "contract.award"), at: 0) }
        }
        for holder in holders {
            let k = holder.tokens.lowerBound
            let window = max(0, k - 4)..<min(tokens.count, holder.tokens.upperBound + 8)
            if tokens[window].contains(where: { Self.lossWords.contains($0.folded) }) || context.contains(["perte", "lost", "perdu"]) { continue }
            if context.isNegated(from: holder.tokens.upperBound, to: trigger + 1) { continue }
            let entity = holder.entity ?? EntityRef(.company, holder.surface)
            for (date, amount, rule) in dated {
                out.append(Contract(contractor: entity, agency: agency, money: amount?.money, date: date,
                                    endDate: context.endDate, evidence: context.evidence, rule: rule,
                                    confidence: amount != nil ? 0.85 : 0.65))
            }
        }
        return out
    }

    /// A name introduced by "avec" / "with" (two tokens back at most): the other side of a deal.
    func isCounterpart(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        let k = m.tokens.lowerBound
        return (k > 0 && ["avec", "with"].contains(tokens[k - 1].folded))
            || (k > 1 && ["avec", "with"].contains(tokens[k - 2].folded) && SentenceContext.determiners.contains(tokens[k - 1].folded))
            || (k > 2 && ["avec", "with"].contains(tokens[k - 3].folded) && SentenceContext.determiners.contains(tokens[k - 2].folded))
    }

    /// "awarded in December 2022 to AWS, Google, Microsoft and Oracle", "attribué à Thales et Airbus".
    func awardees(_ context: SentenceContext, after verb: Int) -> [SentenceMention]? {
        let tokens = context.tokens
        guard Self.awardVerbs.contains(tokens[verb].folded) || verb + 1 < tokens.count else { return nil }
        guard let to = tokens.indices.first(where: { $0 > verb && $0 - verb <= 8 && ["to", "a"].contains(tokens[$0].folded) }) else { return nil }
        var seen = Set<String>()
        let candidates = context.outerMentions.filter { ($0.kind == .company || ($0.entity == nil && !context.isBareAcronym($0))) && $0.tokens.lowerBound > to }
            .filter { seen.insert($0.entity?.name ?? $0.surface).inserted }
        guard let first = candidates.first, first.tokens.lowerBound - to <= 2 else { return nil }
        var group = [first]
        for next in candidates.dropFirst() {
            let gap = group.last!.tokens.upperBound..<next.tokens.lowerBound
            if context.isCoordination(gap) || gap.isEmpty { group.append(next) } else { break }
        }
        return group
    }

    /// "commande" and "order" are contracts only as nouns of a deal, not "in order to" / "afin de".
    /// A date right after a signing word: "signé en 2020", "signed in 2019", "conclu en 2018".
    func isSigningDate(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[max(0, k - 3)..<k].contains { ["signe", "signee", "signed", "conclu", "conclue", "awarded", "attribue", "passe"].contains($0.folded) }
    }

    func isContractNoun(_ context: SentenceContext, _ k: Int) -> Bool {
        let word = context.tokens[k].folded
        if word == "order" || word == "orders" { return k > 0 && ["task", "purchase", "delivery", "an"].contains(context.tokens[k - 1].folded) }
        if word == "marche" || word == "marches" {
            // "un marché public", "un marché de 58,4 millions d'euros" — not "le marché boursier".
            guard k + 1 < context.tokens.count else { return false }
            return ["public", "publics"].contains(context.tokens[k + 1].folded)
                || (context.tokens[k + 1].folded == "de" && context.money.contains { $0.tokens.lowerBound == k + 2 })
        }
        return true
    }

    /// "l'achat de 38 millions de dollars de licences Microsoft", "achetées auprès de Thomson Reuters ou LexisNexis".
    func purchases(_ context: SentenceContext, after trigger: Int, agencies: [SentenceMention],
                   used: inout Set<Range<Int>>) -> [Contract] {
        let tokens = context.tokens
        var out: [Contract] = []
        let buyer = agencies.first?.entity
        let companies = context.outerMentions.filter { $0.kind == .company && $0.tokens.lowerBound > trigger }
        var taken = Set<SentenceMention>()
        for match in context.money where match.tokens.lowerBound > trigger {
            guard let company = companies.first(where: { $0.tokens.lowerBound >= match.tokens.upperBound && $0.tokens.lowerBound - match.tokens.upperBound <= 6 }),
                  !taken.contains(company), let entity = company.entity else { continue }
            taken.insert(company)
            used.insert(match.tokens)
            out.append(Contract(contractor: entity, agency: buyer, money: match.money, date: context.sentenceDate ?? context.published,
                                endDate: nil, evidence: context.evidence, rule: "contract.purchase", confidence: 0.7))
        }
        if out.isEmpty {
            // Suppliers named after "auprès de" / "from": a purchase with no amount.
            for company in companies {
                let lead = tokens[trigger..<company.tokens.lowerBound].map(\.folded)
                if lead.contains("aupres") || lead.contains("from") || lead.contains("chez") {
                    if let entity = company.entity {
                        out.append(Contract(contractor: entity, agency: buyer, money: nil, date: context.sentenceDate ?? context.published,
                                            endDate: nil, evidence: context.evidence, rule: "contract.purchase-from", confidence: 0.5))
                    }
                }
            }
        }
        return out
    }
}
