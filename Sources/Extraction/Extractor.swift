/// The extraction pipeline: decode HTML, normalise, read the header, split sentences, recognise entities,
/// apply the donation, contract, dispute and role rules, merge repeats. Deterministic; no SQLite.
public struct Extractor: Sendable {
    /// Stored with each article so a database tells which rules produced its facts.
    public static let version = "rules-25"
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shipped) {
        self.gazetteer = gazetteer
    }

    public func extract(text raw: String, isHTML: Bool = false) -> ArticleExtraction {
        extract(text: raw, isHTML: isHTML, until: nil)!
    }

    /// The same, abandoned (nil) once `deadline` has passed: checked before each stage and each sentence.
    public func extract(text raw: String, isHTML: Bool = false, until deadline: ContinuousClock.Instant?) -> ArticleExtraction? {
        // Without a deadline (most callers) nothing is read: the closure that mapped the optional deadline copied
        // and destroyed it at every sentence. Held in a class: an optional `ContinuousClock.Instant` (a resilient
        // type) captured here was copied and destroyed through its value witnesses six times a sentence (1% of
        // extraction); an optional reference costs nothing when nil.
        let limit = deadline.map(Deadline.init)
        func expired() -> Bool {
            guard let limit else { return false }
            return ContinuousClock.now >= limit.instant
        }
        if expired() { return nil }
        var source = raw
        var htmlTitle: String?
        if isHTML || HTMLText.looksLikeHTML(raw) {
            (source, htmlTitle) = HTMLText.extract(raw)
        }
        let text = TextNormalizer.normalize(source)
        let header = ArticleHeader.read(text)
        let language = header.language
        let (scalars, offsets) = UTF8Scalars.arrayAndOffsets(text)
        // Room for about a quarter of the tokens (one per five scalars): growing the table from empty rehashed it
        // several times per article.
        var lowercaseWords = WordSet(capacity: scalars.count / 20)
        // The words written without a capital, collected by the tokenizer as it first makes each token.
        let tokens: TokenBuffer = Tokenizer.tokenize(scalars, range: 0..<scalars.count, language: language,
                                                     lowercaseWords: &lowercaseWords)
        // The sentences take the tokens over.
        let sentences = SentenceSplitter.split(consume tokens, scalars: scalars)
        if expired() { return nil }
        let recognizer = EntityRecognizer(gazetteer: gazetteer, published: header.published)
        let recognized = recognizer.recognize(sentences, lowercaseWords: lowercaseWords)
        var perSentence = recognized.mentions
        let funds = recognized.funds
        if expired() { return nil }
        DescriptionResolver.resolve(&perSentence, sentences)
        Spouses.resolve(&perSentence, sentences)
        if expired() { return nil }

        // The article's currency so far, which a bare sum in millions takes.
        var articleCurrency: String?
        var moneys: [[MoneyMatch]] = []
        moneys.reserveCapacity(sentences.count)
        var firstPriced: Int?
        for sentence in sentences {
            let money = MoneyParser.find(in: sentence.tokens, language: language, articleCurrency: articleCurrency)
            if firstPriced == nil, !money.isEmpty { firstPriced = moneys.count }
            articleCurrency = money.last?.money.currency ?? articleCurrency
            moneys.append(money)
        }
        // "un contrat de 2,6 millions", sentences before "493 200 $": bare sums told before the article names its
        // currency take it too.
        if let first = firstPriced, first > 0, let currency = moneys[first].first?.money.currency {
            for s in 0...first { moneys[s] = MoneyParser.find(in: sentences[s].tokens, language: language, articleCurrency: currency) }
        }
        // "pour une valeur de 483 millions" in an article naming no currency at all, set in Québec: Canadian dollars.
        if firstPriced == nil, let implied = ImpliedCurrency.currency(sentences) {
            for s in sentences.indices { moneys[s] = MoneyParser.find(in: sentences[s].tokens, language: language, articleCurrency: implied) }
        }
        CentralAfricanFranc.apply(&moneys, sentences)
        DollarCountry.apply(&moneys, sentences)
        let contexts = sentences.map { sentence in
            SentenceContext(sentence: sentence, mentions: perSentence[sentence.index].filter { $0.source != .leaderGovernment && !Attribution.isSource($0, in: sentence.tokens) },
                            money: moneys[sentence.index],
                            dates: DateParser.find(in: sentence.tokens, published: header.published),
                            published: header.published,
                            evidence: Evidence(text: UTF8Scalars.slice(text, offsets: offsets, sentence.span.start..<sentence.span.end),
                                               span: sentence.span))
        }
        var donations: [Donation] = [], contracts: [Contract] = [], disputes: [Dispute] = [], roles: [Role] = []
        let donationRules = DonationRules(funds: funds)
        var lastFund: EntityRef?, lastAgency: EntityRef?, lastFundSentence = Int.min / 2, lastGiftSentence = Int.min / 2
        var lastAwardSentence = Int.min / 2, lastAgencySentence = Int.min / 2
        // A ministry named only by its minister's title: the buyer of last resort for contracts.
        var titledMinistry: EntityRef?
        let trimmedTitle = header.title?.trimmed()
        // "Defence Industry Minister Melissa Price announced eight new contracts": a government spoken of, no body named.
        var lastGovernmentSentence = Int.min / 2
        var givers: (sentence: Int, entities: [EntityRef]) = (Int.min / 2, [])
        var pending: (sentence: Int, money: Money)?
        var countedGroup: CountedGroup?
        var giftList: GiftList?
        var awardList: AwardList?
        var headlineGifts: [Donation] = []
        var heading: (sentence: Int, organisation: EntityRef)?
        for (index, context) in contexts.enumerated() {
            defer {
                // A court hears cases; it is no buyer a later award could carry.
                if let agency = DisputeRules.actingBodies(context.mentions).last?.entity { lastAgency = agency; lastAgencySentence = index }
            }
            if titledMinistry == nil, lastAgency == nil { titledMinistry = MinistryByTitle.ministry(in: context) }
            if context.contains(ContractRules.governmentWords) || ContractRules.namesPublicProcurement(context) { lastGovernmentSentence = index }
            let publicBuyer = index - lastGovernmentSentence <= 3
            // A past fund ("the 2017 inaugural committee") is named for comparison: it stays out of the fallback.
            if let fund = context.mentions.last(where: { $0.kind == .fund && !Self.isPast($0.entity, published: header.published) })?.entity {
                lastFund = fund
                lastFundSentence = index
            }
            if expired() { return nil }
            // How many sentences ago, within the last `n`, the fact told with `evidence` was told; nil if further back.
            func toldAgo(_ evidence: Evidence, within n: Int) -> Int? {
                (max(0, index - n)..<index).last { contexts[$0].evidence.span == evidence.span }.map { index - $0 }
            }
            // A question asserts nothing: "Ces dons reflètent-ils une stratégie ?"
            if context.tokens.last?.text == "?" { continue }
            // The headline restates the story told below it: facts come from the body's sentences.
            if let title = trimmedTitle, index < 3, contexts.count > index + 2, context.evidence.text.trimmed() == title {
                // Its amounts may still complete a gift the body names without one ("Jaguars owner X among owners that
                // gave $1M…" over "including Jaguars owner X").
                headlineGifts = donationRules.extract(context, previous: nil, lastFund: nil, fundNearby: true).filter { $0.money != nil }
                continue
            }
            if index > 0, let organisation = SectionHeading.organisation(context) { heading = (index, organisation) }
            let section = heading.flatMap { index - $0.sentence <= SectionHeading.reach ? $0.organisation : nil }
            // A run of gifts keeps the political context alive: "AT&T gave $2 million." after three other donors' gifts.
            // So does a section heading naming a recipient.
            let political = index - lastFundSentence <= 3 || index - lastGiftSentence <= 2 || section != nil
            var gifts = donationRules.extract(context, previous: index > 0 ? contexts[index - 1] : nil, lastFund: lastFund,
                                              fundNearby: political)
            // "the biggest donors were A, with £1.5m, and B, which gave £1.1m": the givers the rules above left out.
            let listed = donationRules.donorsWithAmounts(context, lastFund: lastFund)
            // "donors were ANZ ($80,000 donation), Asciano ($66,000)": each amount in brackets after its giver is that
            // giver's, whatever the gift rules paired.
            let bracketed = listed.filter { $0.rule == DonationRules.bracketedRule }
            gifts.removeAll { gift in bracketed.contains { $0.donor == gift.donor || $0.moneyTokens == gift.moneyTokens } }
            gifts.appendFound(bracketed)
            gifts.appendFound(listed.filter { listed in
                !gifts.contains { $0.donor == listed.donor || $0.moneyTokens == listed.moneyTokens } })
            gifts.appendFound(donationRules.sameAmount(context, gifts: gifts))
            gifts.appendFound(donationRules.gappedGifts(context, gifts: gifts))
            // "The party was also handed £100,000 by X": the givers after a passive giving verb the rules above missed.
            if political {
                gifts.appendFound(donationRules.passiveGifts(context, lastFund: lastFund).filter { found in
                    !gifts.contains { $0.donor == found.donor || $0.moneyTokens == found.moneyTokens } })
            }
            gifts = donationRules.runningTotals(context, gifts: gifts)
            // "They included £250,000 from A, £130,000 from B…", right after gifts.
            if gifts.isEmpty, index - lastGiftSentence <= 2
                || (index > 0 && contexts[index - 1].contains(DonationRules.triggerWords) && !contexts[index - 1].money.isEmpty) {
                gifts = donationRules.amountsFrom(context, lastFund: lastFund)
            } else if !gifts.isEmpty, context.money.count >= 2 {
                // "received £250,000 from its treasurer, Graham Edwards, and another £200,000 from X": the givers the
                // gift rules left out of a list of amounts from givers.
                gifts.appendFound(donationRules.amountsFrom(context, lastFund: lastFund).filter { listed in
                    !gifts.contains { $0.donor == listed.donor || $0.moneyTokens == listed.moneyTokens } }
                    .map { listed in var gift = listed; gift.recipient = gifts.first?.recipient ?? listed.recipient; return gift })
            }
            // "…will each receive $5 million": the givers of a gift told just before, its parts told now.
            if gifts.isEmpty, index - givers.sentence <= 5, !DonationRules.countsGivers(context) {
                gifts = donationRules.distributed(context, givers: givers.entities).filter { !DonationRules.hasUnnamedGivers(context, $0) }
                // The total the parts break down is no gift of its own.
                if let largest = gifts.compactMap({ $0.money?.amount }).max() {
                    donations.removeAll { $0.evidence.span == contexts[givers.sentence].evidence.span && givers.entities.contains($0.donor)
                        && ($0.money?.amount ?? 0) > largest }
                }
            } else if gifts.contains(where: { $0.money != nil }) {
                // Only a gift with its amount opens a new giving; "Moskovitz explains the donation" recalls one.
                givers = (index, gifts.filter { $0.money != nil }.reduce(into: []) { list, gift in if !list.contains(gift.donor) { list.append(gift.donor) } })
            }
            // "Backers pumped $100 million into the PAC. A, B and C are backing it.": the total each named backer gave.
            if gifts.isEmpty, let open = pending, index - open.sentence <= 2 {
                gifts = donationRules.backers(context, pending: open.money, lastFund: lastFund)
                if !gifts.isEmpty { pending = nil }
            }
            if gifts.isEmpty, let money = donationRules.unattributedGift(context, fundNearby: index - lastFundSentence <= 3) {
                pending = (index, money)
            }
            // "the top donors to Congress are:" and a line per giver: each line its gift.
            if let list = giftList {
                if let line = list.item(context) {
                    if gifts.isEmpty { gifts = [line] }
                } else if index > 0, !GiftList.isBulleted(context), scalars[min(contexts[index - 1].evidence.span.end, context.evidence.span.start)..<context.evidence.span.start].contains("\n") {
                    // A line that is no item ends the list; a sentence after an item, in its paragraph, does not.
                    giftList = nil
                }
            }
            if context.tokens.last?.isMark(":") == true,
               let list = GiftList.opened(by: context, lastFund: lastFund, recentGiver: GiftList.recentGiver(contexts[max(0, index - 4)..<index])) {
                giftList = list
            }
            // "The Conservatives reported receiving two impermissible donations": no party gives to itself.
            let next = index + 1 < contexts.count ? contexts[index + 1] : nil
            var kept = gifts.filter { gift in
                gift.donor != gift.recipient && !DonationRules.hasUnnamedGivers(context, gift) && !DonationRules.deniedNext(gift, next: next)
            }
            // Under a heading naming an organisation, a gift that names no recipient went to it (not the heading's own gift).
            if let section {
                for k in kept.indices where kept[k].recipient == nil && kept[k].donor != section { kept[k].recipient = section }
            }
            if kept.contains(where: { $0.money != nil && ($0.recipient.map { $0.kind == .fund || $0.kind == .person } ?? true) }) {
                // A gift to a museum or a university keeps no political context alive for the sentences after it.
                lastGiftSentence = index
            }
            donations.appendFound(kept)
            // "le contrat liant Acme au ministère": a link names both sides better than an award pattern guesses them.
            let links = ContractRules().linked(context, lastAgency: lastAgency)
            let recalled = Self.recent(contracts, within: 8, of: index, contexts)
            let deals = links.contains { $0.rule == "contract.link" } ? [] : ContractRules().extract(context, previous: index > 0 ? contexts[index - 1] : nil,
                                                                                                        lastAgency: lastAgency ?? titledMinistry, recent: recalled,
                                                                                                        publicBuyer: publicBuyer)
            let before = contracts.count
            if !deals.isEmpty { contracts += deals } else if !links.isEmpty { contracts += links } else {
                var paid = ContractRules().paid(context)
                if paid.isEmpty { paid = ContractRules().hired(context) }
                contracts.appendFound(paid.isEmpty ? ContractRules().supplied(context) : paid)
            }
            if contracts.count == before {
                contracts.appendFound(ContractRules().bulleted(context, awardBefore: index - lastAwardSentence <= 5, lastAgency: lastAgency,
                                                             publicBuyer: publicBuyer))
            }
            // "…comprises four contracts awarded to:" and a bulleted line per holder.
            if let list = awardList {
                if let items = list.items(context) {
                    if contracts.count == before { contracts.appendFound(items) }
                } else {
                    awardList = nil
                }
            }
            if let list = AwardList.opened(by: context, previous: index > 0 ? contexts[index - 1] : nil, lastAgency: lastAgency) { awardList = list }
            // "The award, a task order valued at $53 million, …": the amount of the contract told just before.
            if contracts.count == before, let last = Self.recent(contracts, within: 3, of: index, contexts),
               let money = ContractRules().recalledAmount(context, recent: last) {
                // Holders told alongside in the sentences between share it ("aux côtés de A, B et C").
                let told = Set(contexts[max(0, index - 3)..<index].map(\.evidence.span))
                for k in contracts.indices where contracts[k].money == nil && (contracts[k].evidence.span == last.evidence.span
                    || (told.contains(contracts[k].evidence.span) && contracts[k].agency == last.agency && last.rule == "contract.alongside")) {
                    contracts[k].money = money
                }
            }
            if contracts.count == before, let last = Self.recent(contracts, within: 5, of: index, contexts),
               let later = ContractRules().laterContract(context, recent: last) {
                contracts.append(later)
            }
            if contracts.count == before {
                contracts.appendFound(ContractRules().selectedSupplier(context))
            }
            if contracts.count == before, let last = Self.recent(contracts, within: 2, of: index, contexts) {
                contracts.appendFound(ContractRules().otherContractOfHolder(context, recent: last))
            }
            if contracts.count == before {
                contracts.appendFound(ContractRules().coHolders(context, recent: Self.recent(contracts, within: 3, of: index, contexts)))
            }
            // After a contract told, or a sentence about one ("trois firmes se sont partagé l'entente").
            if contracts.count == before {
                let recent = Self.recent(contracts, within: 4, of: index, contexts)
                if recent != nil || (index > 0 && contexts[index - 1].contains(ContractRules.contractWords)) {
                    contracts.appendFound(ContractRules().parenthesisedAmounts(context, agency: recent?.agency ?? lastAgency))
                }
            }
            if contracts.count == before {
                contracts.appendFound(ContractRules().listedHolders(context, previous: index > 0 ? contexts[index - 1] : nil, lastAgency: lastAgency))
            }
            // "Lockheed won $700 million, Northrop won $692 million": amounts won soon after a sentence telling contracts.
            if contracts.count == before, !context.contains(ContractRules.contractWords),
               contexts[max(0, index - 2)..<index].contains(where: { $0.contains(ContractRules.contractWords) }) {
                let recent = Self.recent(contracts, within: 2, of: index, contexts)
                contracts.appendFound(ContractRules().wonAmounts(context, agency: recent?.agency ?? lastAgency))
            }
            // An award told (or a list item of one) keeps the next bulleted items in its list.
            // "The contracts were awarded to small businesses": contracts awarded, their holders listed next.
            if contracts.count > before || (context.contains(ContractRules.awardVerbs)
                && (!context.money.isEmpty || context.contains(ContractRules.contractWords))) { lastAwardSentence = index }
            let recentAward = Self.recent(contracts, within: 8, of: index, contexts)
            var found: [Dispute] = []
            for clause in context.disputeClauses(triggers: DisputeRules.caseWords) {
                let cases = DisputeRules().extract(clause, awardingAgency: lastAgency, recentAward: recentAward)
                // "…, while the Breakthrough Party was hit with a £400 penalty": the body of the clause before.
                if cases.isEmpty, let last = found.last, let other = DisputeRules().sanctionOfAnother(clause, last: last) {
                    found.append(other)
                }
                found.appendFound(cases)
            }
            // "The ICO found that X breached…": a regulator's finding against a named party.
            if found.isEmpty, let finding = DisputeRules().finding(context) { found = [finding] }
            if found.isEmpty, index > 0, !disputes.isEmpty, disputes[disputes.count - 1].evidence.span == contexts[index - 1].evidence.span {
                DisputeRules().followUp(&disputes[disputes.count - 1], context)
            }
            // "Elle lui avait déjà infligé une amende de 150 M€ en 2019": a sanction of the case told just before;
            // "The Heritage Party was also fined £600": the same body's case against another party.
            if found.isEmpty, let last = disputes.last, let ago = toldAgo(last.evidence, within: 8) {
                if let recalled = DisputeRules().recalledSanction(context, last: last, near: ago <= 3) {
                    disputes.append(recalled)
                } else if ago <= 5, let other = DisputeRules().sanctionOfAnother(context, last: last) {
                    disputes.append(other)
                }
            }
            // "…d'amende à quatre fabricants de cigarettes. A, B, C et D se sont accordés…": the group listed next.
            if found.isEmpty, let group = countedGroup, index - group.sentence <= 2, index > group.sentence,
               let listed = group.resolved(by: context) {
                found.append(listed)
                countedGroup = nil
            }
            if found.isEmpty, let group = CountedGroup.find(context, sentence: index) { countedGroup = group }
            // "… l'amende de 80 millions d'euros prononcée contre Numéricable", the regulator named just before.
            if found.allSatisfy({ $0.parties.count < 2 }), let regulator = lastAgency, index - lastAgencySentence <= 4,
               disputes.last?.evidence.span != context.evidence.span,
               let sanction = DisputeRules().sanctionOfNamedRegulator(context, regulator: regulator) {
                found = [sanction]
            }
            // "une amende à C8 après les insultes de l'animateur X au député Y": the insults are a feud of their own.
            if let feud = DisputeRules().feudPhrase(context) {
                let feuding = Set(feud.parties.map(\.entity))
                for n in found.indices where found[n].parties.filter({ !feuding.contains($0.entity) }).count >= 2 {
                    found[n].parties.removeAll { feuding.contains($0.entity) }
                }
                // Told first: the case the sentence is about stays the last one, which a later sentence may recall.
                if !found.contains(where: { Set($0.parties.map(\.entity)) == feuding }) { found.insert(feud, at: 0) }
            }
            // "…fait suite aux plaintes déposées par A et B": the complainants join the case just told (or tell none).
            Complainants.join(&found, into: &disputes, context) { toldAgo($0.evidence, within: 3) != nil }
            disputes.appendFound(found)
            roles.appendFound(RoleRules().extract(context))
        }
        for k in donations.indices where donations[k].money == nil {
            if let told = headlineGifts.first(where: { $0.donor == donations[k].donor }) { donations[k].money = told.money }
        }
        // A gift with neither amount nor recipient ("big donors can attend a dinner with Melania") tells no fact.
        donations = FactTotals.donations(FactMerger.donations(donations)).filter { $0.money != nil || $0.recipient != nil }
        ContractRules.carryNextAmounts(&contracts, contexts)
        contracts = FactTotals.contracts(FactMerger.contracts(contracts))
        disputes = FactMerger.disputes(disputes)

        // Names the rules typed by their role (an unknown subject of "a remporté un contrat") become companies.
        var promoted: [String: EntityKind] = [:]
        let actors = donations.map(\.donor) + contracts.map(\.contractor) + disputes.flatMap { $0.parties.map(\.entity) }
        for entity in actors where entity.kind == .company { promoted[entity.name] = .company }
        // Unknown names that receive political money ("transferring $10 million to Protect Progress") are funds.
        for recipient in donations.compactMap(\.recipient) where recipient.kind == .fund { promoted[recipient.name] = .fund }
        let sentenceStarting = Dictionary(sentences.map { ($0.span.start, $0.index) }, uniquingKeysWith: { first, _ in first })
        for donation in donations {
            if let r = donation.recipient, r.kind == .fund { addFund(r, donation, &perSentence, sentences, sentenceStarting) }
        }
        var mentions: [Mention] = []
        var surfaces: [EntityRef: [String]] = [:]
        for (s, list) in perSentence.enumerated() {
            for mention in list {
                var entity = mention.entity
                if let kind = promoted[mention.surface], entity == nil || (kind == .fund && mention.source == .name) {
                    entity = EntityRef(kind, mention.surface)
                }
                if entity == nil, mention.source == .context { entity = EntityRef(.company, mention.surface) }
                // A government named in passing ("the U.S. government said") is a mention too, as real press is annotated.
                guard let entity, mention.source != .anaphor, mention.source != .pronoun else { continue }
                let tokens = sentences[s].tokens
                if PartyLabels.isLabel(tokens, mention.tokens, entity.kind) { continue }
                let span = TextSpan(tokens[mention.tokens.lowerBound].start, tokens[mention.tokens.upperBound - 1].end)
                mentions.append(Mention(entity: entity, surface: mention.surface, span: span))
                if !surfaces[entity, default: []].contains(mention.surface) { surfaces[entity, default: []].append(mention.surface) }
            }
        }
        var extraction = ArticleExtraction(title: htmlTitle ?? header.title, published: header.published, language: language,
                                           text: text, mentions: mentions, surfaces: surfaces, donations: donations,
                                           contracts: contracts, disputes: disputes, roles: roles)
        extraction.articleNames = Self.articleNames(surfaces: surfaces)
        return extraction
    }

    /// The fullest name the article writes ("Palantir Technologies" where it also says "Palantir"), as the
    /// guidelines name entities; names made up for funds ("Donald Trump 2025 inaugural committee fund") stay.
    static func articleNames(surfaces: [EntityRef: [String]]) -> [EntityRef: String] {
        var names: [EntityRef: String] = [:]
        for (entity, forms) in surfaces {
            // Names made up for funds are never written: they stay.
            if entity.kind == .fund, ["inaugural committee fund", "presidential campaign", "Senate campaign", "House campaign"].contains(where: entity.name.hasSuffix) { continue }
            // "Attorney General of Arizona", mentioned by its state alone in a list (EntityRecognizer.officesOfPlaces).
            // "U.S. District Court for the Eastern District of Virginia", mentioned by its district.
            if entity.kind == .agency, forms.allSatisfy({ entity.name.hasSuffix(" of \($0)") || entity.name == "U.S. District Court for the \($0)" }) { continue }
            var written = forms.filter { $0.first?.isUppercase == true || $0.first?.isNumber == true }
            // A fund goes by a form of the article only when that form is a proper name ("Trump Vance Inaugural
            // Committee"), not a description ("Trump's inaugural committee").
            if entity.kind == .fund {
                written = written.filter { form in
                    form.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || ["of", "for", "de", "du", "la", "and", "et"].contains($0) }
                }
                if written.isEmpty { continue }
            }
            guard let longest = (written.isEmpty ? forms : written).max(by: { $0.unicodeScalars.count < $1.unicodeScalars.count }),
                  longest != entity.name, longest.unicodeScalars.count >= entity.name.unicodeScalars.count || !forms.contains(entity.name) else { continue }
            names[entity] = longest
        }
        return names
    }

    /// A fund whose name carries a year two or more years before the article's.
    static func isPast(_ entity: EntityRef?, published: String?) -> Bool {
        guard let entity, let year = published.flatMap({ Int($0.prefix(4)) }), let named = FundRecognizer.year(inName: entity.name) else { return false }
        return named < year - 1
    }

    /// A campaign named only as a donation's recipient is still an entity the article mentions.
    /// The last contract if it was told in one of the `n` sentences before `index` (`toldAgo` of its evidence): its span
    /// is compared in place and the contract copied only then. `contracts.last` copied the whole contract (its Strings
    /// retained, then released) about six times a sentence, 1.7% of extraction.
    private static func recent(_ contracts: [Contract], within n: Int, of index: Int, _ contexts: [SentenceContext]) -> Contract? {
        guard let k = contracts.indices.last else { return nil }
        let span = contracts[k].evidence.span
        guard (max(0, index - n)..<index).contains(where: { contexts[$0].evidence.span == span }) else { return nil }
        return contracts[k]
    }

    private func addFund(_ fund: EntityRef, _ donation: Donation, _ perSentence: inout [[SentenceMention]], _ sentences: [Sentence],
                         _ sentenceStarting: [Int: Int]) {
        guard let s = sentenceStarting[donation.evidence.span.start], sentences[s].span == donation.evidence.span else { return }
        if perSentence[s].contains(where: { $0.entity == fund }) { return }
        let tokens = sentences[s].tokens
        guard let k = tokens.firstIndex(where: { ["campagne", "campaign"].contains($0) }) else { return }
        perSentence[s].append(SentenceMention(entity: fund, surface: tokens[k].text, tokens: k..<(k + 1), source: .fund))
    }
}

/// A deadline by reference (see `Extractor.extract(text:isHTML:until:)`).
private final class Deadline: Sendable {
    let instant: ContinuousClock.Instant
    init(_ instant: ContinuousClock.Instant) { self.instant = instant }
}

extension Array {
    /// `self += found`, without the call when nothing was found: the rules run for every sentence and most find
    /// nothing, and appending an empty array still cost a generic call each time.
    @inline(__always)
    mutating func appendFound(_ found: [Element]) {
        if !found.isEmpty { append(contentsOf: found) }
    }
}
