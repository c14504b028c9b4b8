/// Government contracts: a contract word or award verb with a government body in the sentence, the holder in
/// subject position (or after "attribué à" / "awarded to"), purchases "auprès de" companies, renewals per year.
/// Lost bids and contracts between two companies are not contracts.
struct ContractRules {
    static let contractWords = LexiconData.forms("contract.noun").flagged(.contractWords)
    static let awardVerbs = LexiconData.forms("contract.award").flagged(.awardVerbs)
    /// Verbs that mean an award even without the word "contract": "a remporté 40 M$ auprès du Pentagone".
    static let strongAwardVerbs = LexiconData.forms("contract.award.strong").flagged(.strongAwardVerbs)
    static let purchaseWords = WordSet(["achat", "achats", "achete", "achetee", "achetees", "achetes", "acheter",
                                             "purchase", "purchased", "purchases", "bought", "buys", "buy", "acquired",
                                             "procured", "procurement", "commande", "commandé", "acquis", "acquiert",
                                             "acquerir", "acquises"]).flagged(.purchase)
    static let lossWords = WordSet(["perdu", "perte", "lost", "losing", "lose", "rejete", "rejetee", "ecarte",
                                         "ecartee", "evince", "passed", "conteste", "contests", "contested", "protest",
                                         "protested", "recours", "echoue", "failed", "concurrence", "competition",
                                         "competing", "compete", "rivalise", "brigue", "candidat", "bid", "bidding", "sought",
                                         "soumissionne", "soumissionnaire"]).union(LexiconData.forms("dispute.contest")).union(LexiconData.forms("contract.seek")).flagged(.loss)
    static let passiveMarkers: WordSet = ["a", "au", "to"]
    /// Words before a competition word that say there was none: "without competitive bidding", "sans mise en concurrence".
    static let competitionDenials: WordSet = ["without", "sans", "no", "aucune", "aucun", "non", "hors"]

    /// "the Government", "Defence Industry Minister": words that place a contract's buyer in government.
    static let governmentWords = LexiconData.forms("contract.government").flagged(.contractGovernment)
    static let renewalWords = WordSet(["renouvele", "renewed", "reconduit", "prolonge", "extended", "renouvellement", "renewal"]).flagged(.renewal)
    /// The words of a lawsuit, in which a bare deal or agreement is no award.
    static let suitWords = DisputeRules.lawsuitWords.union(["sued", "sues", "antitrust"]).flagged(.suit)
    static let subcontractWords = WordSet(["subcontracted", "subcontract", "subcontracts", "subcontractor", "sous-traitant",
                                                "sous-traite", "sous-traitee", "sous-traitance", "sous-traiter"]).flagged(.subcontract)

    /// `recent`: the last contract told in the few sentences before, which "ce contrat" / "this contract" recalls.
    /// `publicBuyer`: the article speaks of a government or a minister without naming a body, so an explicit award
    /// ("was awarded a $6.5 million contract") is a public contract whose buyer the article leaves unnamed.
    func extract(_ context: SentenceContext, previous: SentenceContext?, lastAgency: EntityRef?, recent: Contract? = nil,
                 publicBuyer: Bool = false) -> [Contract] {
        let tokens = context.tokens
        // A court hears a case about a contract; it buys nothing ("the High Court ruled… the contract").
        let agencies = DisputeRules.actingBodies(context.outerMentions)
        var out: [Contract] = []
        var usedMoney = Set<Range<Int>>()
        if !agencies.isEmpty, let purchase = tokens.indices.first(where: { Self.purchaseWords.contains(tokens[$0]) }) {
            out += purchases(context, after: purchase, agencies: agencies, used: &usedMoney)
        }
        // Work passed from one company to another is not a government contract.
        if context.contains(Self.subcontractWords) { return out }
        // Asked only of a sentence with a contract word or an award verb: without one, `nouns` and `verbIndex` are
        // empty whatever is quoted, and finding the quotations of every sentence cost a third of these rules.
        let quoted = context.contains(Self.contractWords) || context.contains(Self.awardVerbs) ? context.quotedTokens : []
        let nouns = tokens.indices.filter { Self.contractWords.contains(tokens[$0]) && isContractNoun(context, $0) && !quoted.contains($0) }
        let verbIndex = tokens.indices.first { Self.awardVerbs.contains(tokens[$0]) && !quoted.contains($0) }
        // "sued Google over its deal with Samsung": in a lawsuit a bare deal or agreement is no award.
        let suit = context.contains(Self.suitWords)
        // "blocked Microsoft's acquisition of Activision for £68.7 billion… the deal": a takeover is no award.
        let takeover = isTakeover(context)
        // "The CMA's Review of the Deal": a bare deal or agreement, with no award verb and no sum, tells no award.
        let bare = verbIndex == nil && context.money.isEmpty
        let nounIndex = nouns.first { !((suit || takeover || bare) && verbIndex == nil && Self.weakNouns.contains(tokens[$0])) }
            ?? wonTender(context, quoted: quoted)
        guard let trigger = nounIndex ?? verbIndex else {
            return out + shared(context, previous: previous, lastAgency: lastAgency) + continued(context, previous: previous, lastAgency: lastAgency)
        }
        guard nounIndex != nil || (context.contains(Self.strongAwardVerbs) && !context.money.isEmpty) else { return out }
        // "information obtained as part of his government contract": a person's contract, and no person holds one.
        if let noun = nounIndex, tokens[max(0, noun - 3)..<noun].contains(where: { ["his", "her"].contains($0) }) { return out }
        // "seen as the front-runner to win the contract", "en lice pour remporter le marché": a win aimed at, no award.
        let verbs = tokens.indices.filter { Self.awardVerbs.contains(tokens[$0]) && !quoted.contains($0) }
        if !verbs.isEmpty, verbs.allSatisfy({ $0 > 0 && Self.infinitiveMarkers.contains(tokens[$0 - 1]) && Self.aimedWins.contains(tokens[$0]) }) { return out }
        let paired = pairedAmounts(context, agency: agencies.first?.entity ?? lastAgency)
        if !paired.isEmpty { return out + paired }
        // Without a government body in the sentence, only an explicit award carries the article's last one.
        var agency = agencies.first?.entity
        if agency == nil {
            if let noun = nounIndex {
                // "One is a £120m deal with BAE Systems": a priced contract with a company, after the body's deals.
                guard verbIndex != nil || Self.pricedWith(context, noun: noun, attached: attachedMoney(context, noun: noun)),
                      lastAgency != nil || publicBuyer || Self.buildsPublicWork(tokens, after: noun) else { return out }
            } else {
                // "Les plans avaient été confiés à un consortium … pour 37 millions de dollars", after the body's call
                // for bids: a passive award to someone, with its sum, names no contract noun and still tells one.
                guard lastAgency != nil, let verb = verbIndex, verb > 0, verb + 1 < tokens.count,
                      SentenceContext.passiveAuxiliaries.contains(tokens[verb - 1]), Lexicon.isTo(tokens[verb + 1]) else { return out }
            }
            agency = lastAgency
        }
        // "the U.S. Space Force renewed SpaceX's contract": the verb's subject awards, whatever the noun follows.
        let subjectEnd = verbIndex.map { min($0, trigger) } ?? trigger
        var holders = holdersOf(context, trigger: subjectEnd, verb: verbIndex, previous: previous)
        let agencySubject = holders.isEmpty == false && holders.allSatisfy { $0.kind == .agency }
        // A person holds no public contract in the press we read (none of 136 annotated): "Justice Lucy Njuguna … a contract".
        holders = holders.filter { $0.kind != .agency && $0.kind != .fund && $0.kind != .person && !Self.isPlaceAdjective(context, $0)
            && !Self.namesGovernment(context.tokens, $0) && !Self.namesContract(context.tokens, $0) }
        // "• A $47.3 million Navy contract in November to …": a bulleted item naming no holder lists another award
        // of the company the contract just told went to.
        if holders.isEmpty, let recent, let first = tokens.first, Self.bullets.contains(first.text), !context.money.isEmpty {
            holders = [SentenceMention(entity: recent.contractor, surface: recent.contractor.name, tokens: 0..<0, source: .pronoun)]
        }
        if isBetweenCompanies(context, holders: holders, agencies: agencies, agencySubject: agencySubject) { return out }
        if agencies.count > 0, let chosen = agencies.first(where: { !holders.contains($0) }) { agency = chosen.entity }
        // "… filed protests with the GAO after NASA awarded the contract to SpaceX": the body right before an active
        // giving verb gives.
        if let verb = verbIndex, Self.givingVerbs.contains(tokens[verb]),
           let giver = agencies.last(where: { $0.tokens.upperBound <= verb && verb - $0.tokens.upperBound <= 2 }) { agency = giver.entity }
        // "NASA's $3 billion contract award": the body whose contract it is, over another named in the sentence.
        if let owner = possessor(context, before: trigger, kinds: [.agency]) { agency = owner.entity }
        // "a $480m deal last year", "dans le cadre d'un contrat de 160 M€": further contracts with their own amount.
        let extras = nouns.compactMap { k in k == trigger ? nil : attachedMoney(context, noun: k).map { (k, $0) } }
            .filter { extra in !usedMoney.contains(extra.1.tokens) }
        for extra in extras { usedMoney.insert(extra.1.tokens) }
        var money = context.nearestMoney(to: trigger, after: 12, before: 12, excluding: usedMoney)
        // "$2.4 billion. That is the shared ceiling of a contract that DHS split among…": the amount said just before.
        if money == nil, context.money.isEmpty, let previous, previous.money.count == 1, previous.tokens.count <= 6 { money = previous.money.first }
        var dated = datedRows(context, money: money, claimed: extras.map(\.0))
        // "Atos empoche aussi les lots A et B, ce qui représente respectivement 2 et 4,5 millions d'euros": one holder,
        // amounts paired by "respectively" with the things it won: a contract each.
        if holders.count == 1, extras.isEmpty, context.contains(MoneyParser.respectively) {
            let each = context.money.filter { $0.tokens.lowerBound > trigger && !usedMoney.contains($0.tokens) && !context.isDenied($0) }
            if each.count >= 2 { dated = each.map { (context.sentenceDate ?? context.published, $0, "contract.respective") } }
        }
        // "six contracts … totaling nearly $200 million": a sum over several contracts (FactTotals drops it when the
        // article breaks it down).
        if let money, isTotal(context, money) { dated = dated.map { ($0.0, $0.1, "contract.total") } }
        // "X remporte un marché de 3 milliards, tandis que la société Y s'est offert un marché de 8 milliards": a
        // contract in a later clause with a subject of its own is that subject's.
        var owned: [(holder: SentenceMention, date: String?, amount: MoneyMatch)] = []
        for (noun, amount) in extras {
            if noun > trigger, let start = tokens[trigger..<noun].lastIndex(where: { SentenceContext.clauseBreaks.contains($0) }),
               let subject = context.outerMentions.first(where: { m in m.tokens.lowerBound > start && m.tokens.upperBound <= noun
                   && (m.kind == .company || (m.entity == nil && !context.isBareAcronym(m))) }) {
                owned.append((subject, dateNear(context, noun) ?? context.published, amount))
                continue
            }
            dated.append((dateNear(context, noun) ?? context.published, amount, "contract.award"))
        }
        // "la DGA a attribué 1,2 milliard d'euros à MBDA …, auxquels s'ajoute une commande de 180 M€": the sum the
        // award verb names is an award of its own when the contract noun carries another.
        if let verb = verbIndex, verb < trigger, Self.strongAwardVerbs.contains(tokens[verb]),
           let direct = context.money.first(where: { $0.tokens.lowerBound > verb && $0.tokens.lowerBound <= verb + 2 && !usedMoney.contains($0.tokens) }),
           let main = money, direct.tokens != main.tokens {
            dated.insert((dateNear(context, verb) ?? context.sentenceDate ?? context.published, direct, "contract.award"), at: 0)
        }
        // "Ce contrat a été reconduit en 2013 et en 2017": the contract recalled keeps its holder and its buyer.
        // "Le contrat a été renouvelé en 2019 et 2022": a sentence opening on the contract recalls it as well.
        let recalling = trigger > 0 && (Self.recallingDeterminers.contains(tokens[trigger - 1])
            || (trigger == 1 && SentenceContext.determiners.contains(tokens[0]) && context.contains(Self.renewalWords)))
        if holders.isEmpty, let recent, recalling,
           !context.isNegated(from: trigger, to: tokens.count) {
            let buyer = agencies.first?.entity ?? recent.agency
            for (date, amount, rule) in dated {
                out.append(Contract(contractor: recent.contractor, agency: buyer, money: amount?.money, date: date,
                                    endDate: context.endDate, evidence: context.evidence, rule: rule == "contract.award" ? "contract.recalled" : rule,
                                    confidence: 0.6))
            }
        }
        if isCallForBids(context) { return out }
        // "des commandes aux industriels : Thales (725 M€), Dassault Aviation (318 M€)…": a contract per bracketed amount.
        let bracketed = bracketedHolders(context, after: trigger)
        if !bracketed.isEmpty, !context.isNegated(from: 0, to: trigger + 1) {
            return out + bracketed.map { pair in
                Contract(contractor: pair.holder.entity ?? EntityRef(.company, pair.holder.surface), agency: agency, money: pair.amount.money,
                         date: context.sentenceDate ?? context.published, endDate: context.endDate, evidence: context.evidence,
                         rule: "contract.bracketed-amount", confidence: 0.75)
            }
        }
        for (holder, date, amount) in owned where !holders.contains(holder) {
            out.append(Contract(contractor: holder.entity ?? EntityRef(.company, holder.surface), agency: agency, money: amount.money,
                                date: date, endDate: context.endDate, evidence: context.evidence, rule: "contract.award", confidence: 0.8))
        }
        for holder in holders {
            let k = holder.tokens.lowerBound
            let window = max(0, k - 4)..<min(tokens.count, holder.tokens.upperBound + 5)
            // "without any competitive bidding", "sans mise en concurrence": a contract given with no competition is still won.
            if window.contains(where: { j in Self.lossWords.contains(tokens[j])
                && !tokens[max(0, j - 4)..<j].contains(where: { Self.competitionDenials.contains($0) }) })
                || context.contains(["perte", "lost", "perdu"]) { continue }
            if context.isNegated(from: holder.tokens.upperBound, to: trigger + 1) { continue }
            let entity = holder.entity ?? EntityRef(.company, holder.surface)
            for (date, amount, rule) in dated {
                // "award this contract to Team Advance": the contract recalled keeps its value.
                let value = amount?.money ?? (recalling && context.money.isEmpty ? recent?.money : nil)
                out.append(Contract(contractor: entity, agency: agency, money: value, date: date,
                                    endDate: context.endDate, evidence: context.evidence, rule: rule,
                                    confidence: amount != nil ? 0.85 : 0.65))
            }
        }
        return out
    }

    /// "Thales, Safran et MBDA se partagent ce plafond", after "un accord-cadre de 4,2 Md€": companies sharing
    /// the contract the sentence before priced.
    func shared(_ context: SentenceContext, previous: SentenceContext?, lastAgency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        guard let previous, previous.money.count == 1, let amount = previous.money.first, context.money.isEmpty,
              previous.contains(Self.contractWords),
              let verb = tokens.indices.first(where: { ["partagent", "partageront", "partageraient", "share", "split", "will"].contains(tokens[$0])
                  && (tokens[$0].folded != "will" || ($0 + 1 < tokens.count && ["share", "split"].contains(tokens[$0 + 1]))) }) else { return [] }
        let agency = context.outerMentions.first { $0.kind == .agency }?.entity ?? previous.outerMentions.first { $0.kind == .agency }?.entity ?? lastAgency
        var holders = context.subjects(before: verb, kinds: [.company])
        if holders.isEmpty {
            // "C'est ce que se partageront GEO Group et CoreCivic, …, selon le Washington Post": the names coordinated
            // after the verb, not the source.
            let after = context.outerMentions.filter { m in
                m.tokens.lowerBound > verb && (m.kind == .company || (m.entity == nil && !context.isBareAcronym(m))) && !isSource(context, m)
            }
            if let first = after.first {
                holders = [first]
                for m in after.dropFirst() {
                    guard let last = holders.last, context.isCoordination(last.tokens.gap(to: m.tokens)) else { break }
                    holders.append(m)
                }
            }
        }
        guard let agency, !holders.isEmpty else { return [] }
        return holders.map { holder in
            Contract(contractor: holder.entity ?? EntityRef(.company, holder.surface), agency: agency, money: amount.money,
                     date: context.sentenceDate ?? previous.sentenceDate ?? context.published, endDate: nil,
                     evidence: context.evidence, rule: "contract.shared", confidence: 0.7)
        }
    }

    static let totalWords = LexiconData.set("amount.total")

    /// An amount introduced as a total ("totaling nearly $200 million", "totalisant 43 millions de dollars").
    func isTotal(_ context: SentenceContext, _ money: MoneyMatch) -> Bool {
        let tokens = context.tokens
        return tokens[max(0, money.tokens.lowerBound - 3)..<money.tokens.lowerBound].contains { Self.totalWords.contains($0) }
    }

    static let recallingDeterminers: WordSet = ["ce", "cet", "this", "that", "ledit", "said"]

    static let serviceVerbs = WordSet(["assurer", "assure", "fournir", "fournit", "fournira", "livrer", "livrera",
                                            "provide", "provides", "supply", "supplies", "deliver", "delivers", "maintain",
                                            "developper", "develop", "build", "construire", "gerer", "manage", "operate", "exploiter"]).flagged(.service)

    /// After a contract sentence, "Deloitte doit assurer un soutien … pour 24 M$": the next supplier in the list,
    /// a company providing a service to the same body for an amount.
    func continued(_ context: SentenceContext, previous: SentenceContext?, lastAgency: EntityRef?) -> [Contract] {
        let tokens = context.tokens
        guard let previous, let agency = lastAgency, previous.contains(Self.contractWords),
              let verb = tokens.indices.first(where: { Self.serviceVerbs.contains(tokens[$0]) }),
              let holder = context.subjects(before: verb, kinds: [.company], allowUnknown: false).first, let entity = holder.entity,
              let money = context.money.first(where: { m in m.tokens.lowerBound > verb && m.tokens.lowerBound > 0
                  && ["pour", "for"].contains(tokens[m.tokens.lowerBound - 1]) }),
              !context.isNegated(from: holder.tokens.upperBound, to: verb + 1) else { return [] }
        return [Contract(contractor: entity, agency: agency, money: money.money, date: context.sentenceDate ?? context.published,
                         endDate: context.endDate, evidence: context.evidence, rule: "contract.continued", confidence: 0.6)]
    }

    /// "selon un décompte des Echos", "according to The Information": a source, not a party.
    func isSource(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        // "selon une enquête menée par l'émission Cash Investigation": the rest of the clause after "selon" is attribution.
        let before = context.tokens[..<m.tokens.lowerBound]
        guard let cue = before.lastIndex(where: { ["selon", "according", "d'apres"].contains($0) }) else { return false }
        return !context.tokens[cue..<m.tokens.lowerBound].contains { [";", ":", "."].contains($0.text) }
    }

    /// Who holds the contract: the subject, else the names after "attribué à" / "awarded to", else the first
    /// company after the trigger, else ("a contract it won") the company the sentence before was about.
    func holdersOf(_ context: SentenceContext, trigger: Int, verb: Int?, previous: SentenceContext?) -> [SentenceMention] {
        let members = consortiumMembers(context)
        if members.count >= 2 { return members }
        return holderCandidates(context, trigger: trigger, verb: verb, previous: previous).filter { !isProduct(context, $0) }
    }

    static let consortiumNouns = LexiconData.forms("contract.consortium")
    static let composedWords = LexiconData.forms("contract.composed")
    static let leadingWords = LexiconData.forms("contract.consortium.lead")
    static let memberOf: WordSet = ["of", "de", "d'"]

    /// "a notifié à un groupement constitué par A, B, C et D un marché", "a consortium made up of A and B": the
    /// members of the group the contract goes to, each a holder.
    func consortiumMembers(_ context: SentenceContext) -> [SentenceMention] {
        let tokens = context.tokens
        // "dans lequel on retrouve": the cue up to four words after the noun.
        guard let noun = tokens.indices.first(where: { Self.consortiumNouns.contains(tokens[$0]) }) else { return [] }
        // "au consortium Énergie gérance, formé de BPR, Dessau…": a consortium with a name of its own holds the contract.
        if context.outerMentions.contains(where: { $0.tokens.lowerBound == noun + 1 }) { return [] }
        // "a consortium ('EURORA-1') of five firms: A, B…": a name in parentheses after the noun is skipped.
        var end = noun + 1
        if end < tokens.count, tokens[end].text == "(", let close = tokens[end..<min(tokens.count, end + 8)].firstIndex(where: { $0.text == ")" }) {
            end = close + 1
        }
        // "a consortium of A, B and C", "un groupement de cinq entreprises : A, B": "of" right after the noun is a cue too.
        guard let composed = (end..<min(tokens.count, end + 4)).first(where: { Self.composedWords.contains(tokens[$0]) })
                ?? (end < tokens.count && Self.memberOf.contains(tokens[end]) ? end : nil) else { return [] }
        let isHolder = { (m: SentenceMention) in m.kind == .company || (m.entity == nil && !context.isBareAcronym(m)) }
        // "formé de SNC et du géant américain Aecom": an unknown acronym listed with a company is a member too.
        let after = context.outerMentions.filter { $0.tokens.lowerBound > composed && (isHolder($0) || ($0.entity == nil && tokens[$0.tokens.lowerBound].isAllCaps)) }
        // "retrouve les algériens, Cosider-TP et …": lower-case words (a description) may stand before the first.
        guard let first = after.first, first.tokens.lowerBound - composed <= 4,
              tokens[(composed + 1)..<first.tokens.lowerBound].allSatisfy({ [",", ":"].contains($0.text) || ($0.kind == .word && !$0.isCapitalized) }) else { return [] }
        var members = [first]
        for m in after.dropFirst() {
            let gap = members[members.count - 1].tokens.gap(to: m.tokens)
            // "formé de SNC et du géant américain Aecom": after the coordinator, a description of the next member.
            let described = gap.count >= 2 && gap.count <= 6 && ["et", "and"].contains(tokens[gap.lowerBound].folded)
                && tokens[(gap.lowerBound + 1)...].prefix(gap.count - 1).allSatisfy { $0.kind == .word && !$0.isCapitalized }
            guard described || tokens[gap].allSatisfy({ [",", "et", "and", "&"].contains($0.folded) }) else { break }
            members.append(m)
        }
        guard members.contains(where: isHolder) else { return [] }
        // "CHEC, à la tête du consortium dans lequel on retrouve A et B": the leader named just before is one too.
        if let leader = context.outerMentions.last(where: { $0.tokens.upperBound <= noun && noun - $0.tokens.upperBound <= 6 && isHolder($0) }),
           tokens[leader.tokens.upperBound..<noun].contains(where: { Self.leadingWords.contains($0) }),
           !members.contains(where: { $0.entity != nil && $0.entity == leader.entity }) {
            members.insert(leader, at: 0)
        }
        return members
    }

    /// "the Artemis program", "un système baptisé Parade": a programme, a vehicle or a product named, not a holder.
    func isProduct(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        guard m.entity == nil || m.source != .gazetteer else { return false }
        let tokens = context.tokens
        var k = m.tokens.lowerBound - 1
        if k >= 0, ["«", "“", "\"", "'"].contains(tokens[k].text) { k -= 1 }
        // "a contract, called the Joint Enterprise Defense Infrastructure", "known as Defense Enterprise Office Solutions",
        // "connu sous le nom de Parade".
        if k >= 0, SentenceContext.determiners.contains(tokens[k]) { k -= 1 }
        if k >= 0, Self.namingWords.contains(tokens[k]) { return true }
        if k >= 1, tokens[k].hasText("as"), tokens[k - 1].hasText("known") { return true }
        if k >= 1, tokens[k].hasText("de"), tokens[k - 1].hasText("nom") { return true }
        let after = m.tokens.upperBound
        if isVehicle(context, m) { return true }
        // "to build the next five new Type 26 frigates": a guessed name before a model number names the model.
        if m.entity == nil, after < tokens.count, tokens[after].kind == .number, !tokens[after].spaceBefore || DateParser.year(tokens[after]) == nil,
           after + 1 < tokens.count, tokens[after + 1].kind == .word, !tokens[after + 1].isCapitalized { return true }
        return after < tokens.count && (Self.productNouns.contains(tokens[after])
            || (after + 1 < tokens.count && tokens[after].kind == .word && !tokens[after].isCapitalized
                && Self.productNouns.contains(tokens[after + 1]) && ["space", "lunar", "moon", "spatial"].contains(tokens[after].folded)))
    }

    /// "- Blue Origin Federation of Kent, Washington, $25.6 million.": a bulleted item soon after an award names one
    /// awardee and its amount, from the body that awarded.
    /// "Penten Pty Ltd ($5.4 million) – To develop …": an item opening on its holder and its amount in parentheses,
    /// then a dash or colon, is a list item without a bullet.
    func bulleted(_ context: SentenceContext, awardBefore: Bool, lastAgency: EntityRef?, publicBuyer: Bool = false) -> [Contract] {
        let tokens = context.tokens
        guard awardBefore, lastAgency != nil || publicBuyer, let first = tokens.first,
              context.money.count == 1, let money = context.money.first,
              let holder = context.outerMentions.first(where: { $0.tokens.lowerBound <= 2 && ($0.kind == .company || ($0.entity == nil && !context.isBareAcronym($0))) }),
              Self.bullets.contains(first.text) || isItemOpening(context, holder, money),
              !tokens.contains(where: { Self.awardVerbs.contains($0) }) else { return [] }
        let agency = lastAgency
        var contractor = holder.entity ?? EntityRef(.company, holder.surface)
        // "Vexa Aerospace of Denver, Colorado": a guessed name stops before its home town.
        if holder.source != .gazetteer, let of = tokens[holder.tokens].firstIndex(where: { $0.folded == "of" }), of > holder.tokens.lowerBound {
            contractor = EntityRef(holder.kind ?? .company, tokens[holder.tokens.lowerBound..<of].joinedAsWritten())
        }
        return [Contract(contractor: contractor, agency: agency, money: money.money,
                         date: context.sentenceDate ?? context.published, endDate: nil, evidence: context.evidence,
                         rule: "contract.list-item", confidence: 0.6)]
    }

    /// "Holder ($5.4 million) – purpose": the holder opens the sentence, its amount in parentheses right after it,
    /// then a dash or a colon.
    func isItemOpening(_ context: SentenceContext, _ holder: SentenceMention, _ money: MoneyMatch) -> Bool {
        let tokens = context.tokens
        let open = holder.tokens.upperBound
        guard holder.tokens.lowerBound == 0, open < tokens.count, tokens[open].text == "(", money.tokens.lowerBound == open + 1,
              money.tokens.upperBound + 1 < tokens.count, tokens[money.tokens.upperBound].text == ")" else { return false }
        return Self.bullets.contains(tokens[money.tokens.upperBound + 1].text) || tokens[money.tokens.upperBound + 1].text == ":"
    }

    /// "to two leading Australian universities": a guessed one-word name that is the adjective of a known place
    /// ("Australian" of "Australia", "Japanese" of "Japan") holds nothing; nor does "Defence" in "Defence Minister".
    static func isPlaceAdjective(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        // "The Defence Minister said…": the domain of a minister's title is no holder either.
        if m.source != .gazetteer, m.tokens.upperBound < context.tokens.count,
           MinistryByTitle.ministerWords.contains(context.tokens[m.tokens.upperBound]) { return true }
        guard m.source != .gazetteer, m.tokens.count == 1 else { return false }
        let token = context.tokens[m.tokens.lowerBound]
        guard AgencyNames.isDemonym(token) else { return false }
        let word = token.folded
        return Lexicon.places.contains(String(word.dropLast())) || (word.hasSuffix("ese") && Lexicon.places.contains(String(word.dropLast(3))))
    }

    static let bullets: Set<String> = ["-", "•", "*", "–", "—", "·", "▪"]

    /// "issued under the Commerce Department Information Technology Solutions contract", "awarded under the Army's
    /// Strategic Services Sourcing vehicle": a guessed name before a contract noun, after "under", names the contract
    /// vehicle an order was placed through, not its holder.
    func isVehicle(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        let tokens = context.tokens
        var after = m.tokens.upperBound
        // "the $34.5 billion Enhanced Army Global Logistics Enterprise contract": the vehicle's name runs on in capitals.
        while after < tokens.count, after - m.tokens.upperBound < 6, tokens[after].isCapitalized, tokens[after].kind == .word,
              !Self.contractWords.contains(tokens[after]) { after += 1 }
        guard m.source != .gazetteer, after < tokens.count,
              Self.contractWords.contains(tokens[after]) || Self.vehicleNouns.contains(tokens[after]) else { return false }
        // "under the $9 billion Unified Army Depot Support contract": the lead is before the whole capitalised name.
        var start = m.tokens.lowerBound
        while start > 0, m.tokens.lowerBound - start < 6, tokens[start - 1].isCapitalized, tokens[start - 1].kind == .word { start -= 1 }
        return tokens[max(0, start - 6)..<start].contains { Self.vehicleLeads.contains($0) }
    }
    static let vehicleNouns: WordSet = ["vehicle", "vehicles", "schedule", "vehicule"]
    static let vehicleLeads: WordSet = ["under", "through", "via", "sous"]

    static let namingWords: WordSet = ["baptise", "baptisee", "dubbed", "called", "named", "nomme", "nommee", "appele", "appelee",
                                           "surnomme", "surnommee", "denomme", "denommee"]
    static let productNouns: WordSet = ["program", "programme", "programs", "programmes", "spacecraft", "rocket", "rockets",
                                            "mission", "missions", "capsule", "lander", "fighter", "fighters", "jet", "jets", "drone", "drones",
                                            "chatbot", "missile", "missiles", "helicopter", "helicopters", "satellite", "satellites"]

    static let officeTitles = LexiconData.set("person.office")

    /// A person with a title of public office right before the name ("le ministre Bruno Le Maire").
    func isOfficial(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        guard m.kind == .person else { return false }
        return context.tokens[max(0, m.tokens.lowerBound - 2)..<m.tokens.lowerBound].contains { Self.officeTitles.contains($0) }
    }

    private func holderCandidates(_ context: SentenceContext, trigger: Int, verb: Int?, previous: SentenceContext?) -> [SentenceMention] {
        // "restraining the county from paying Filtronic Ltd the balance under a contract": whom the buyer pays holds it.
        if let payee = payee(context, before: trigger) { return [payee] }
        var holders = context.subjects(before: trigger, kinds: [.company, .person, .agency])
        // "Democracy Watch is speaking out against the latest contract awarded by the government": a contract named
        // after a preposition is what the subject acts on, not what it holds.
        if verb.map({ $0 > trigger }) ?? true, isPrepositionalObject(context.tokens, noun: trigger) { holders = [] }
        // "Defense Secretary Pete Hegseth has ordered…": an office holder acts for the body, like the body itself.
        let before = holders.count
        // A person subject ("the Trump administration interfered in the award of the contract to X") likewise:
        // persons hold no public contract (see `extract`).
        holders.removeAll { isOfficial(context, $0) || $0.kind == .person }
        let official = holders.count < before
        // "Thales et CS Group ont annoncé qu'un consortium qu'ils conduisent a remporté un contrat": the members named
        // before the consortium hold it.
        if holders.isEmpty, let group = context.tokens.indices.first(where: { $0 < trigger && Self.consortiumWords.contains(context.tokens[$0].folded) }) {
            let members = context.outerMentions.filter { m in
                m.tokens.upperBound <= group && (m.kind == .company || (m.entity == nil && !context.isBareAcronym(m))) && !context.isComplement(m)
                    && !isSource(context, m)
            }
            if members.count >= 2 { return members }
        }
        // "The original DII contract … was awarded to Atlas": a name inside the contract's noun phrase names the
        // programme; the company it was awarded to holds it.
        if !holders.isEmpty, holders.allSatisfy({ namesProgramme(context, $0, noun: trigger) }),
           let awardedTo = awardees(context, after: verb ?? trigger), !awardedTo.isEmpty {
            return awardedTo
        }
        let agencySubject = (!holders.isEmpty && holders.allSatisfy { $0.kind == .agency }) || (holders.isEmpty && official)
        // "the provincial government gave a deal to X", "CityNews reported the government awarded a contract to X": the
        // subject of an active giving verb gives; the names after "to" hold.
        let giving = verb.map { v in Self.givingVerbs.contains(context.tokens[v]) && !(v > 0 && SentenceContext.passiveAuxiliaries.contains(context.tokens[v - 1])) } ?? false
        if let awardedTo = awardees(context, after: verb ?? trigger), !awardedTo.isEmpty, holders.isEmpty || agencySubject || giving {
            return awardedTo
        }
        // "Microsoft a raflé la mise, l'OFCL lui ayant attribué le contrat": the dative pronoun before the award verb
        // stands for the company named before the body, in this sentence or the one before.
        if agencySubject, let verb, let start = holders.first?.tokens.lowerBound,
           context.tokens[max(start, verb - 3)..<verb].contains(where: { Self.dativePronouns.contains($0) }),
           let company = context.outerMentions.last(where: { $0.kind == .company && $0.tokens.upperBound <= start })
            ?? previous?.subjects(before: previous?.tokens.count ?? 0, kinds: [.company]).first {
            return [SentenceMention(entity: company.entity, surface: company.surface, tokens: verb..<verb, source: .pronoun)]
        }
        // "Serco's contract", "SpaceX's Human Landing System contract": the possessor holds it (an agency's awards
        // it), and a name between it and the noun is the product, not the holder.
        if let owner = possessor(context, before: trigger) {
            if agencySubject || holders.isEmpty { return holders + [owner] }
            if holders.allSatisfy({ $0.tokens.lowerBound > owner.tokens.lowerBound }) { return [owner] }
        }
        if agencySubject || holders.isEmpty {
            let after = holders.last?.tokens.upperBound ?? trigger
            let next = context.outerMentions.filter { m in
                (m.kind == .company || (m.entity == nil && !context.isBareAcronym(m))) && m.tokens.lowerBound > after
                    && !isSource(context, m) && !isAgent(context.tokens, m) && !isPurpose(context.tokens, m)
            }.prefix(1).filter { !isPlace(context, $0) && !isAgencyUnit(context, $0) }
            // "selected Booz Allen Hamilton, Leidos and SAIC for a contract": the names coordinated with the first.
            if let first = next.first {
                var group = [first]
                for m in context.outerMentions where m.tokens.lowerBound > first.tokens.lowerBound
                    && (m.kind == .company || (m.entity == nil && !context.isBareAcronym(m))) {
                    guard let last = group.last, context.isCoordination(last.tokens.gap(to: m.tokens)) else { break }
                    group.append(m)
                }
                return holders + group
            }
        }
        let tokens = context.tokens
        if holders.isEmpty, let previous, tokens.indices.prefix(trigger + 3).contains(where: { k in
            ["it", "il", "elle", "its", "son", "sa", "ses"].contains(tokens[k]) && !DescriptionResolver.isImpersonal(tokens, k)
        }),
           let company = previous.subjects(before: previous.tokens.count, kinds: [.company]).first ?? previous.outerMentions.first(where: { $0.kind == .company }) {
            // The pronoun's antecedent stands in for it; its tokens belong to the other sentence, so mark none.
            return [SentenceMention(entity: company.entity, surface: company.surface, tokens: trigger..<trigger, source: .pronoun)]
        }
        return holders
    }

    /// The company named right after a paying verb a contract noun follows ("paying Filtronic Ltd the balance under a
    /// contract").
    func payee(_ context: SentenceContext, before trigger: Int) -> SentenceMention? {
        let tokens = context.tokens
        guard context.contains(Self.paidVerbs),
              let pay = tokens.indices.last(where: { p in Self.paidVerbs.contains(tokens[p])
                  && tokens[(p + 1)..<min(tokens.count, p + 13)].contains { Self.contractWords.contains($0) } }) else { return nil }
        return context.outerMentions.first { m in
            (m.tokens.lowerBound == pay + 1 || (m.tokens.lowerBound == pay + 2 && SentenceContext.determiners.contains(tokens[pay + 1])))
                && (m.kind == .company || (m.entity == nil && !context.isBareAcronym(m)))
        }
    }

    static let givingVerbs = LexiconData.forms("contract.give")
    /// "the Joint Warfighting Cloud Capability or JWCC, a multiple-award contract, …": a name set in apposition to a
    /// contract noun names the contract, not its holder.
    static func namesContract(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        // "The Tranche 1 contracts", "le contrat Aspire": a name no list holds, next to the noun, names the programme.
        let lower = m.tokens.lowerBound, upper = m.tokens.upperBound
        let determined = lower > 0 && (SentenceContext.determiners.contains(tokens[lower - 1]) || ["these", "those", "ces"].contains(tokens[lower - 1]))
        // "These Commercial Crew Transportation Capability (CCtCap) contracts": a name given its short form before the
        // noun is the programme's, known or not.
        if determined, upper + 3 < tokens.count, tokens[upper].isMark("("), tokens[upper + 2].isMark(")"), contractWords.contains(tokens[upper + 3]) { return true }
        if m.entity == nil {
            // "the Tranche 1 contracts": a number may follow the programme's name.
            let after = upper < tokens.count && tokens[upper].kind == .number ? upper + 1 : upper
            if after < tokens.count, contractWords.contains(tokens[after]), determined { return true }
            if lower > 0, contractWords.contains(tokens[lower - 1]), lower > 1, SentenceContext.determiners.contains(tokens[lower - 2]) { return true }
        }
        var k = m.tokens.upperBound
        // "X or JWCC", "X (JWCC)": the name's short form first.
        if k + 1 < tokens.count, tokens[k].hasText("or") || tokens[k].hasText("ou"), tokens[k + 1].isAllCaps { k += 2 }
        if k + 2 < tokens.count, tokens[k].isMark("("), tokens[k + 2].isMark(")") { k += 3 }
        guard k + 2 < tokens.count, tokens[k].isMark(","), ["a", "an", "un", "une", "the", "le", "la"].contains(tokens[k + 1]) else { return false }
        // "X, a remporté le contrat": French "a" is the verb's auxiliary, not an article, when an award verb follows.
        let span = tokens[(k + 2)..<min(tokens.count, k + 5)]
        return span.contains { contractWords.contains($0) } && !span.contains { awardVerbs.contains($0) }
    }
    /// "le gouvernement Charest", "the Ford government": a leader's name that stands for the government holds nothing.
    /// "le contrat d'extension du port d'Annaba", "the contract to build the bridge": public works have a public buyer,
    /// named or not (lexicon `contract.public.work`).
    static let publicWorks = LexiconData.forms("contract.public.work")

    static func buildsPublicWork(_ tokens: [Token], after noun: Int) -> Bool {
        tokens[(noun + 1)..<min(tokens.count, noun + 7)].contains { publicWorks.contains($0) }
    }

    static func namesGovernment(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        let lower = m.tokens.lowerBound, upper = m.tokens.upperBound
        return (lower > 0 && governmentWords.contains(tokens[lower - 1])) || (upper < tokens.count && governmentWords.contains(tokens[upper]))
    }
    /// "awarded by the Ford government": the agent of a passive giving verb gives the contract, it does not hold it.
    /// "signs contracts worth $19 million for Next Generation Offshore Patrol Vessels": a name after "for" is what the
    /// contract buys, not who holds it.
    func isPurpose(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k >= 0, SentenceContext.determiners.contains(tokens[k]) { k -= 1 }
        return k >= 0 && ["for", "pour"].contains(tokens[k])
    }

    func isAgent(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        var k = m.tokens.lowerBound - 1
        if k >= 0, SentenceContext.determiners.contains(tokens[k]) { k -= 1 }
        // Only after a giving verb: "remporté par AWS", "won by X" names the holder.
        return k >= 1 && ["by", "par"].contains(tokens[k]) && Self.givingVerbs.contains(tokens[k - 1])
    }

    static let topicPrepositions = LexiconData.set("contract.topic.preposition")
    /// Whether the contract noun at `noun` is the object of a preposition of topic ("against the latest sole-sourced
    /// contract", "sur ce contrat"): up to four determiners, adjectives and hyphenated words between.
    func isPrepositionalObject(_ tokens: [Token], noun: Int) -> Bool {
        var k = noun - 1
        while k >= 0, noun - k <= 5, tokens[k].kind == .word || tokens[k].text == "-" {
            if Self.topicPrepositions.contains(tokens[k]) { return true }
            if tokens[k].isCapitalized || Self.awardVerbs.contains(tokens[k]) { return false }
            k -= 1
        }
        return false
    }

    /// "services in Livorno, Italy", "at Naval Station Guantanamo Bay": a name no list holds, after a preposition
    /// of place, is where the work is done, not who does it.
    func isPlace(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        let k = m.tokens.lowerBound
        return m.entity == nil && k > 0 && Self.placePrepositions.contains(context.tokens[k - 1])
    }
    /// "the Ministry of Defence's (MoD) Defence Digital organisation": a name the gazetteer does not hold, owned by a government
    /// body, is a unit of that body, not a supplier.
    func isAgencyUnit(_ context: SentenceContext, _ m: SentenceMention) -> Bool {
        let tokens = context.tokens
        guard m.source != .gazetteer else { return false }
        var k = m.tokens.lowerBound - 1
        // "(MoD)" between the owner and the unit.
        if k >= 2, tokens[k].text == ")", tokens[k - 2].text == "(" { k -= 3 }
        guard k >= 0, tokens[k].isPossessive else { return false }
        return context.outerMentions.contains { $0.kind == .agency && $0.tokens.upperBound == k }
    }
    /// Lexicon `contract.workplace`: unlike `place.preposition` it leaves out "au", the dative of an award.
    static let placePrepositions = LexiconData.set("contract.workplace")

    /// "the original DII contract": a name right before the contract noun, after a determiner and at most one adjective.
    func namesProgramme(_ context: SentenceContext, _ m: SentenceMention, noun: Int) -> Bool {
        let tokens = context.tokens
        guard m.kind != .person, m.tokens.upperBound == noun, noun < tokens.count, Self.contractWords.contains(tokens[noun]) else { return false }
        let start = m.tokens.lowerBound
        if start >= 1, SentenceContext.determiners.contains(tokens[start - 1]) { return true }
        return start >= 2 && tokens[start - 1].isWord && !tokens[start - 1].isCapitalized && SentenceContext.determiners.contains(tokens[start - 2])
    }

    static let dativePronouns: WordSet = ["lui", "leur"]

    static let consortiumWords: Set<String> = ["consortium", "groupement", "coentreprise", "joint-venture", "co-entreprise", "alliance"]

    /// The company written as the owner of the contract noun at `k`: "Fujitsu's IT support contract".
    /// `kinds`: the owners wanted; an unknown name counts as a company.
    func possessor(_ context: SentenceContext, before k: Int, kinds: Set<EntityKind> = [.company]) -> SentenceMention? {
        let tokens = context.tokens
        for m in context.outerMentions.reversed() where m.tokens.upperBound < k && k - m.tokens.upperBound <= 6 {
            guard m.tokens.upperBound < tokens.count, tokens[m.tokens.upperBound].isPossessive || ["'", "’"].contains(tokens[m.tokens.upperBound].text),
                  (m.kind == nil ? kinds.contains(.company) && !context.isBareAcronym(m) : kinds.contains(m.kind!)) else { continue }
            // Only the words of one noun phrase between the owner and the noun.
            let between = tokens[(m.tokens.upperBound + 1)..<k]
            if between.allSatisfy({ $0.kind == .word || $0.kind == .number || ["-", "$", "£", "€", "."].contains($0.text) }),
               !between.contains(where: { Self.awardVerbs.contains($0) }) { return m }
        }
        return nil
    }

    /// A contract with another company ("avec le sous-traitant Leidos") is not a government contract.
    func isBetweenCompanies(_ context: SentenceContext, holders: [SentenceMention], agencies: [SentenceMention], agencySubject: Bool) -> Bool {
        guard !agencySubject, agencies.isEmpty || !agencies.contains(where: { isCounterpart(context.tokens, $0) }) else { return false }
        let held = Set(holders.compactMap(\.entity))
        return context.outerMentions.contains { m in
            m.kind == .company && !holders.contains(m) && !(m.entity.map(held.contains) ?? false) && isCounterpart(context.tokens, m)
        }
    }

    /// The rows one contract sentence gives: the award, or for a renewal the original signing and each renewal
    /// year ("signé en 2016, renouvelé en 2019 puis en 2022"); the amount goes to the date written nearest to it.
    func datedRows(_ context: SentenceContext, money: MoneyMatch?, claimed: [Int] = []) -> [(String?, MoneyMatch?, String)] {
        let tokens = context.tokens
        // Dates nearer a further contract noun belong to that contract.
        let years = context.dates.filter { date in
            date.role == .point && !claimed.contains { abs($0 - date.tokens.lowerBound) <= 8 }
        }
        guard let renewalIndex = tokens.indices.first(where: { Self.renewalWords.contains(tokens[$0]) }) else {
            return [(years.first?.iso ?? context.published, money, "contract.award")]
        }
        let signed = years.filter { isSigningDate(tokens, $0.tokens.lowerBound) }
        let before = years.filter { $0.tokens.lowerBound < renewalIndex && !signed.contains($0) }
        // "…, selon une enquête menée en 2016": a date in the attribution dates the source, not a renewal.
        let attribution = tokens.indices.first { $0 > renewalIndex && ["selon", "according", "d'apres"].contains(tokens[$0]) } ?? tokens.count
        let after = years.filter { $0.tokens.lowerBound > renewalIndex && $0.tokens.lowerBound < attribution && !signed.contains($0) }
        let original = signed.first ?? before.first
        var rows: [(iso: String?, at: Int, rule: String)] = after.map { ($0.iso, $0.tokens.lowerBound, "contract.renewal") }
        if rows.isEmpty { rows = [(original == nil ? context.sentenceDate ?? context.published : context.published, renewalIndex, "contract.renewal")] }
        if let original { rows.insert((original.iso, original.tokens.lowerBound, "contract.award"), at: 0) }
        let nearest = money.flatMap { m in rows.indices.min { abs(rows[$0].at - m.tokens.lowerBound) < abs(rows[$1].at - m.tokens.lowerBound) } }
        // "reconduit en 2013 et en 2017 pour 120 M€": one amount after every renewal, no split: each row carries it.
        if original == nil, rows.count > 1, context.money.count == 1, let m = money, rows.allSatisfy({ $0.at < m.tokens.lowerBound }) {
            return rows.map { ($0.iso, money, $0.rule) }
        }
        return rows.enumerated().map { ($1.iso, $0 == nearest ? money : nil, $1.rule) }
    }

    /// A name introduced by "avec" / "with" (two tokens back at most): the other side of a deal.
    func isCounterpart(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        let k = m.tokens.lowerBound
        // "Acme, together with Globex, won": a co-holder, not the other side.
        if k > 0, SentenceContext.joinsWith(tokens, at: k - 1) { return false }
        return (k > 0 && ["avec", "with"].contains(tokens[k - 1]))
            || (k > 1 && ["avec", "with"].contains(tokens[k - 2]) && SentenceContext.determiners.contains(tokens[k - 1]))
            || (k > 2 && ["avec", "with"].contains(tokens[k - 3]) && SentenceContext.determiners.contains(tokens[k - 2]))
    }

    /// "awarded in December 2022 to AWS, Google, Microsoft and Oracle", "attribué à Thales et Airbus".
    func awardees(_ context: SentenceContext, after verb: Int) -> [SentenceMention]? {
        let tokens = context.tokens
        guard Self.awardVerbs.contains(tokens[verb]) || verb + 1 < tokens.count else { return nil }
        let holders = context.outerMentions.filter { $0.kind == .company || ($0.entity == nil && !context.isBareAcronym($0)) }
        // The "to"/"à" a name follows: "awarded contracts worth up to $2.4bn combined to Calder, Norvik and Telvane".
        guard let to = tokens.indices.first(where: { k in
            k > verb && k - verb <= 16 && (Lexicon.isTo(tokens[k]) || ["among", "between", "entre"].contains(tokens[k]))
                && holders.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 2 }
        }) else {
            // "…contracts valued at $5.1 billion, including companies such as A and B": the list after "including".
            let listed = context.includedList(after: verb) { m in holders.contains(m) }
            return listed.isEmpty ? nil : listed
        }
        var seen = Set<String>()
        let candidates = holders.filter { $0.tokens.lowerBound > to }.filter { seen.insert($0.entity?.name ?? $0.surface).inserted }
        guard let first = candidates.first else { return nil }
        var group = [first]
        for next in candidates.dropFirst() {
            let gap = group.last!.tokens.gap(to: next.tokens)
            // "to General Dynamics Corp's CSRA LLC": the company the owner's name qualifies holds the contract ("to
            // SpaceX's Human Landing System contract" names the programme).
            if gap.count == 1, tokens[gap.lowerBound].isPossessive,
               !(next.tokens.upperBound < tokens.count && Self.contractWords.contains(tokens[next.tokens.upperBound])
                 && isContractNoun(context, next.tokens.upperBound)) {
                group[group.count - 1] = next
                continue
            }
            if context.isCoordination(gap) || gap.isEmpty { group.append(next) } else { break }
        }
        return group
    }

    /// Words of one company taking over another: "acquisition of X", "rachat de X", "merger with X".
    static let takeoverWords = LexiconData.forms("contract.takeover").flagged(.takeover)

    /// A takeover word followed, within three tokens, by the company taken over.
    func isTakeover(_ context: SentenceContext) -> Bool {
        guard context.contains(Self.takeoverWords) else { return false }
        let tokens = context.tokens
        return tokens.indices.contains { k in
            Self.takeoverWords.contains(tokens[k]) && context.outerMentions.contains { m in
                m.kind == .company && m.tokens.lowerBound > k && m.tokens.lowerBound - k <= 3
                    && tokens[(k + 1)..<m.tokens.lowerBound].allSatisfy { ["of", "with", "de", "du", "d'", "avec", "the", "le", "la", "l'"].contains($0) }
            }
        }
    }

    /// A contract noun priced in place and followed by "with" and a company: "a £120m deal with BAE Systems".
    static func pricedWith(_ context: SentenceContext, noun k: Int, attached: MoneyMatch?) -> Bool {
        guard attached != nil, k + 1 < context.tokens.count, ["with", "avec"].contains(context.tokens[k + 1]) else { return false }
        return context.outerMentions.contains { $0.tokens.lowerBound == k + 2 && ($0.kind == .company || $0.entity == nil) }
    }

    /// "commande" and "order" are contracts only as nouns of a deal, not "in order to" / "afin de".
    static let priceLinks: WordSet = ["de", "d'", "of", "worth", "valued", "at", "about", "some", "roughly", "environ",
                                          "pres", "plus", "more", "than", "up", "to", "jusqu'", "a", "estime", "evalue",
                                          "d'environ", "totalling", "totaling", "for"]
    /// Nouns that name a contract only with an award: "the deal", "l'accord".
    static let weakNouns: WordSet = ["deal", "agreement", "accord", "licence", "license", "licences", "licenses"]

    /// The amount written against a contract noun: "a $480m deal", "un contrat de 160 millions d'euros".
    func attachedMoney(_ context: SentenceContext, noun k: Int) -> MoneyMatch? {
        context.money.first { m in
            guard !context.isDenied(m) else { return false }
            if m.tokens.upperBound == k { return true }
            // "a AU$107m (US$70.2m) contract": the conversion in parentheses between.
            if m.tokens.upperBound < k, k - m.tokens.upperBound <= 8, context.tokens[m.tokens.upperBound].text == "(", context.tokens[k - 1].text == ")" { return true }
            // "un contrat de 160 M€", "a deal worth about £200m", "a contract valued at $330m".
            guard m.tokens.lowerBound > k, m.tokens.lowerBound <= k + 4 else { return false }
            return context.tokens[(k + 1)..<m.tokens.lowerBound].allSatisfy { Self.priceLinks.contains($0) }
        }
    }

    /// The point in time written nearest a token, within eight tokens.
    func dateNear(_ context: SentenceContext, _ k: Int) -> String? {
        context.dates.filter { $0.role == .point && abs($0.tokens.lowerBound - k) <= 8 }
            .min { abs($0.tokens.lowerBound - k) < abs($1.tokens.lowerBound - k) }?.iso
    }

    /// A date right after a signing word: "signé en 2020", "signed in 2019", "conclu en 2018".
    func isSigningDate(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[max(0, k - 3)..<k].contains { ["signe", "signee", "signed", "conclu", "conclue", "awarded", "attribue", "passe", "won",
                                              "remporte", "obtenu", "decroche", "landed", "secured"].contains($0) }
    }

    /// Words that make the next verb an infinitive of intent ("to win", "pour remporter").
    static let infinitiveMarkers: WordSet = ["to", "pour"]
    static let aimedWins = LexiconData.forms("contract.aim")

    /// "Le lot 2 a été attribué à…", "le marché est finalement remporté par…": the noun is the subject of a passive award.
    func awardedAfter(_ tokens: [Token], _ k: Int) -> Bool {
        var j = k + 1
        // "Un troisième lot, de moindre ampleur, a été attribué": an appositive between commas.
        if j < tokens.count, tokens[j].isMark(","), let close = tokens[(j + 1)..<min(tokens.count, j + 7)].firstIndex(where: { $0.isMark(",") }) {
            j = close + 1
        }
        let start = j
        while j < tokens.count, j - start <= 4, tokens[j].kind == .number || SentenceContext.passiveAuxiliaries.contains(tokens[j])
                || SentenceContext.auxiliaries.contains(tokens[j]) || tokens[j].hasText("finalement") { j += 1 }
        return j > start && j < tokens.count && Self.strongAwardVerbs.contains(tokens[j])
    }

    /// "X a remporté l'appel d'offres", "won the tender", "L'appel d'offres … a été remporté par X": a call for bids
    /// won is a contract awarded (GUIDELINES: a winner announced counts). The call's noun, when a strong award verb
    /// takes it as its object (at most an article between) or, in the passive, follows it within the sentence.
    func wonTender(_ context: SentenceContext, quoted: Set<Int>) -> Int? {
        let tokens = context.tokens
        guard context.contains(Self.strongAwardVerbs) else { return nil }
        for k in tokens.indices where !quoted.contains(k) {
            let call = tokens[k].folded == "appel" && k + 2 < tokens.count && tokens[k + 1].folded == "d'"
                && ["offres", "offre"].contains(tokens[k + 2].folded)
            guard call || ["tender", "tenders"].contains(tokens[k].folded) else { continue }
            // "a remporté l'appel d'offres", "won the tender" — not a win aimed at ("espère remporter", "to win").
            if let v = (max(0, k - 3)..<k).last(where: { Self.strongAwardVerbs.contains(tokens[$0]) }),
               !tokens[v].folded.hasSuffix("er"), !tokens[v].folded.hasSuffix("ir"),
               !(v > 0 && Self.infinitiveMarkers.contains(tokens[v - 1])) { return k }
            // "L'appel d'offres de l'État … a été remporté par X".
            if let v = tokens.indices.first(where: { $0 > k && Self.strongAwardVerbs.contains(tokens[$0]) }), v + 1 < tokens.count,
               SentenceContext.passiveAuxiliaries.contains(tokens[v - 1]), ["par", "by"].contains(tokens[v + 1]) { return k }
        }
        return nil
    }

    func isContractNoun(_ context: SentenceContext, _ k: Int) -> Bool {
        let word = context.tokens[k].folded
        if word == "order" || word == "orders" {
            // "a task order", "a $95.6m order" — not "in order to".
            return k > 0 && (["task", "purchase", "delivery", "an", "a", "first", "new", "initial", "follow-on"].contains(context.tokens[k - 1])
                || context.money.contains { $0.tokens.upperBound == k })
        }
        if word == "award" || word == "awards" {
            // "an $8.5 million award to Herndon": priced, it is a contract; "the award", "an award for bravery" are not.
            return context.money.contains { $0.tokens.upperBound == k }
        }
        if word == "marche" || word == "marches" {
            // "un marché public", "un marché de 58,4 millions d'euros" — not "le marché boursier".
            guard k + 1 < context.tokens.count else { return false }
            // "a notifié à X un marché pour la fourniture de drones": a market awarded is a contract.
            let awarded = k > 0 && ["un", "ce", "ces"].contains(context.tokens[k - 1])
                && context.tokens[..<k].contains { Self.awardVerbs.contains($0) }
                // "a attribué le marché à X", "a remporté le marché": the market right after a verb of award.
                || k > 1 && ["le", "les"].contains(context.tokens[k - 1]) && Self.strongAwardVerbs.contains(context.tokens[k - 2])
                // "l'attribution du marché à X", "l'obtention du marché": the market an award noun governs.
                || k > 1 && ["du", "des"].contains(context.tokens[k - 1]) && Self.awardVerbs.contains(context.tokens[k - 2])
            // "le montant du marché attribué à X": a market given to someone is a contract.
            return awarded || ["public", "publics", "subsequent", "subsequents", "cadre"].contains(context.tokens[k + 1])
                || Self.strongAwardVerbs.contains(context.tokens[k + 1]) || awardedAfter(context.tokens, k)
                || context.money.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 3 }
        }
        if word == "lot" || word == "lots" {
            // "remporte le lot 3", "les lots liés à la sécurité, pour 2 millions d'euros" — not "a lot of", "lots more".
            guard k + 1 >= context.tokens.count || !["of", "more", "less"].contains(context.tokens[k + 1]) else { return false }
            return context.tokens[..<k].contains { Self.awardVerbs.contains($0) } || awardedAfter(context.tokens, k)
                || context.money.contains { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 12 }
        }
        // "the FCC revoked the license of Zentel": a permit taken away is a regulator's act, not a purchase.
        if DisputeRules.licenceNouns.contains(word) {
            return !context.tokens[max(0, k - 3)..<k].contains { DisputeRules.licenceLosses.contains($0) }
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
        // "an $87 million purchase of Oracle licences": the amount may stand right before the purchase word.
        for match in context.money where match.tokens.lowerBound > trigger || trigger - match.tokens.upperBound <= 1 {
            let from = max(match.tokens.upperBound, trigger + 1)
            guard let company = companies.first(where: { $0.tokens.lowerBound >= from && $0.tokens.lowerBound - from <= 6 }),
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
                        // One supplier and one amount in the sentence belong together.
                        let amount = companies.count == 1 && context.money.count == 1 ? context.money.first : nil
                        if let amount { used.insert(amount.tokens) }
                        out.append(Contract(contractor: entity, agency: buyer, money: amount?.money, date: context.sentenceDate ?? context.published,
                                            endDate: nil, evidence: context.evidence, rule: "contract.purchase-from", confidence: 0.5))
                    }
                }
            }
        }
        return out
    }
}
