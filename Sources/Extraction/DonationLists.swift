/// Sentences that pair several amounts with several parties, one gift each:
/// "donations from Acme ($70,000), Globex ($44,000) and Initech ($50,000)" (an amount in parentheses after
/// each giver), "tickets from Acme totalling £2,800, two from Globex at a cost of £598" (an amount after each
/// "from X"), and "a versé 241 000 francs à l'UDC, 195 000 francs au PLR" (an amount before each recipient).
extension DonationRules {
    /// The gifts a list sentence states, or nothing when the sentence is not a list of amounts.
    func listed(_ context: SentenceContext, trigger: Int, lastFund: EntityRef?, politicalContext: Bool) -> [Donation] {
        guard context.money.count >= 2 else { return [] }
        let date = context.sentenceDate ?? context.published
        let recipients = possessiveRecipient(context, trigger).map { [$0] }
            ?? recipients(context, trigger, lastFund: lastFund, politicalContext: politicalContext)
        var gifts: [(donor: EntityRef, recipient: EntityRef?, money: MoneyMatch, rule: String)] = []
        for pair in parenthesised(context) + fromAgents(context, trigger) + gapped(context, after: trigger) {
            gifts.append((pair.0, recipients.first, pair.1, "donation.list-from"))
        }
        if gifts.count < 2, let donor = context.subjects(before: trigger, kinds: [.person, .company, .fund]).last {
            let pairs = amountToRecipient(context, after: trigger)
            if pairs.count >= 2, let giver = donor.entity ?? promote(donor) {
                gifts = pairs.map { (giver, $0.0, $0.1, "donation.list-to") }
            }
        }
        guard gifts.count >= 2, !context.isNegated(from: max(0, trigger - 6), to: trigger + 2) else { return [] }
        return gifts.compactMap { gift in
            guard gift.donor != gift.recipient else { return nil }
            return Donation(donor: gift.donor, recipient: gift.recipient, money: gift.money.money, date: date, inKind: false,
                            evidence: context.evidence, rule: gift.rule, confidence: 0.7, moneyTokens: gift.money.tokens,
                            triggerToken: trigger)
        }
    }

    /// A giver that can be named: a person, a company or an unknown name (taken as an organisation).
    private func giver(_ mention: SentenceMention) -> EntityRef? {
        guard mention.kind != .agency, mention.source != .pronoun else { return nil }
        return mention.entity ?? promote(mention)
    }

    /// "Acme ($70,000)": a name with its amount in parentheses right after it.
    private func parenthesised(_ context: SentenceContext) -> [(EntityRef, MoneyMatch)] {
        let tokens = context.tokens
        var out: [(EntityRef, MoneyMatch)] = []
        for mention in context.outerMentions where mention.tokens.upperBound + 1 < tokens.count {
            let open = mention.tokens.upperBound
            guard tokens[open].text == "(", let money = context.money.first(where: { $0.tokens.lowerBound == open + 1 }),
                  money.tokens.upperBound < tokens.count, tokens[money.tokens.upperBound].text == ")",
                  let donor = giver(mention), mention.kind != .fund else { continue }
            out.append((donor, money))
        }
        return out
    }

    /// "Boeing gave $1 million, AT&T $2 million and Exxon $500,000": the verb left out after the first giver, each
    /// further giver written right before its amount.
    private func gapped(_ context: SentenceContext, after trigger: Int) -> [(EntityRef, MoneyMatch)] {
        let tokens = context.tokens
        var out: [(EntityRef, MoneyMatch)] = []
        for mention in context.outerMentions where mention.tokens.lowerBound > trigger + 1 {
            let lead = tokens[mention.tokens.lowerBound - 1].folded
            // "Orbis Inc. $2 million": an abbreviation's full stop may stand between.
            let end = mention.tokens.upperBound < tokens.count && tokens[mention.tokens.upperBound].text == "." ? mention.tokens.upperBound + 1 : mention.tokens.upperBound
            guard [",", "and", "et"].contains(lead), let money = context.money.first(where: { $0.tokens.lowerBound == end }),
                  mention.kind != .fund, mention.kind != .agency, let donor = giver(mention) else { continue }
            out.append((donor, money))
        }
        guard !out.isEmpty, let first = context.subjects(before: trigger, kinds: [.person, .company, .fund]).last,
              let firstGiver = first.entity ?? promote(first),
              let firstMoney = context.money.first(where: { $0.tokens.lowerBound > trigger && $0.tokens.lowerBound <= trigger + 3 }) else { return [] }
        return [(firstGiver, firstMoney)] + out
    }

    /// "from Acme totalling £2,800", "de la part d'Acme pour 5 000 euros": an amount within a few words after
    /// the giver, before any other name.
    private func fromAgents(_ context: SentenceContext, _ trigger: Int) -> [(EntityRef, MoneyMatch)] {
        let tokens = context.tokens
        var out: [(EntityRef, MoneyMatch)] = []
        var claimed = Set<Range<Int>>()
        var followed: [Range<Int>] = []
        let outer = context.outerMentions
        for (n, mention) in outer.enumerated() where mention.tokens.lowerBound > max(trigger, 1) {
            var k = mention.tokens.lowerBound - 1
            if SentenceContext.determiners.contains(tokens[k]), k > 0 { k -= 1 }
            // "provenant d'employés de SNC-Lavalin", "from employees of Acme": unnamed staff give for their firm.
            if k > 1, ["de", "d'", "of"].contains(tokens[k]), Self.staffNouns.contains(tokens[k - 1]) { k -= 2 }
            // "from Asana and Facebook co-founder X": capitalised modifiers between "from" and the first name.
            // "from casino magnate X": a lower-case trade word before a title.
            var back = k
            var sawTitle = false
            while back > k - 7, back > 0, tokens[back].isCapitalized || ["and", "et", "&"].contains(tokens[back])
                    || isTitle(tokens[back]) || Self.genericAdjectives.contains(tokens[back])
                    || (tokens[back].kind == .word && !Lexicon.prepositions.contains(tokens[back])) {
                // "from its affiliated dark money nonprofit X": an organisation noun describes the giver too.
                if isTitle(tokens[back]) || NameCandidates.isAgentNoun(tokens[back].folded) || Lexicon.companyCues.contains(tokens[back]) { sawTitle = true }
                back -= 1
            }
            let plain = back >= k || tokens[(back + 1)...k].allSatisfy { $0.isCapitalized || isTitle($0) || ["and", "et", "&", "both", "each"].contains($0)
                || Self.genericAdjectives.contains($0) }
            // "viennent de la Super PAC X", "comes from the super PAC X": after a source verb, whatever describes the giver.
            let sourced = Self.sourceVerbs.contains(tokens[trigger]) && back < k && back - trigger <= 2
            if back < k, ["from", "des", "du"].contains(tokens[back]) && (plain || sawTitle) || (sourced && ["from", "de", "du", "des"].contains(tokens[back])) { k = back }
            // "de la part de X", and "le soutien financier de X", "un don de X": a gift noun before "de" names its giver;
            // so does "provenant de X".
            let giftBefore = tokens[max(0, k - 3)..<k].contains { Self.giftWords.contains($0) || ["soutien", "financement", "aide"].contains($0)
                || Self.sourceVerbs.contains($0) }
            // "10 millions de dollars supplémentaires des milliardaires X": "des" right after an amount names its givers.
            let amountBefore = context.money.contains { $0.tokens.upperBound <= k && k - $0.tokens.upperBound <= 1 }
            // "a reçu 3 137 $ de Acme": "de" right after the amount the verb received names its giver.
            let amountRight = context.money.contains { $0.tokens.upperBound == k && $0.tokens.lowerBound > trigger }
            guard ["from", "de"].contains(tokens[k]) || (tokens[k].folded == "d'" && k > 0 && (tokens[k - 1].folded == "part" || giftBefore || amountRight))
                    || (["des", "du"].contains(tokens[k]) && (amountBefore || sourced || (k > 0 && tokens[k - 1].folded == "part"))),
                  tokens[k].folded != "de" || (k > 0 && tokens[k - 1].folded == "part") || giftBefore || amountRight,
                  giver(mention) != nil, mention.kind != .fund || sourced else { continue }
            let limit = n + 1 < outer.count ? outer[n + 1].tokens.lowerBound : tokens.count
            // The amount after the giver ("from Acme totalling £2,800"), else right before "from" ("$5 million from Acme").
            // "de SNC-Lavalin, par exemple, s'élevaient à 570 000 dollars": an aside between commas does not count.
            let after = context.money.first(where: { $0.tokens.lowerBound >= mention.tokens.upperBound
                && $0.tokens.lowerBound < limit
                && $0.tokens.lowerBound - mention.tokens.upperBound - Self.asideLength(tokens, mention.tokens.upperBound) <= 6 })
            // "de la part de" opens at its first word.
            var opening = k
            if k > 0, tokens[k - 1].folded == "part" {
                opening = k - 1
                if opening > 0, tokens[opening - 1].folded == "la" { opening -= 1 }
                if opening > 0, tokens[opening - 1].folded == "de" { opening -= 1 }
            }
            var before = context.money.first(where: { $0.tokens.upperBound <= opening && opening - $0.tokens.upperBound <= 1 })
            // "The $20 million infusion comes from X": the sum is the subject of "comes from".
            if before == nil, Self.sourceVerbs.contains(tokens[trigger]) {
                before = context.money.last(where: { $0.tokens.upperBound <= trigger && trigger - $0.tokens.upperBound <= 3 })
                // "311 millions de dollars, soit près de la moitié des dons …, viennent de X": the one sum before the
                // verb, set off by an apposition.
                let earlier = context.money.filter { $0.tokens.upperBound < trigger }
                if before == nil, earlier.count == 1, let sum = earlier.first, sum.tokens.upperBound < tokens.count,
                   tokens[sum.tokens.upperBound].text == "," { before = sum }
            }
            guard let money = before ?? after else { continue }
            // "from Dustin Moskovitz and his wife Cari Tuna": givers coordinated with the first share its amount.
            var group = [mention]
            for next in outer[(n + 1)...] {
                // "from Jeremy Holt, a former Conservative backer": an apposition after "a"/"un" describes, it lists no one.
                let gapWords = tokens[(group.last?.tokens.upperBound ?? 0)..<next.tokens.lowerBound].map(\.folded).filter { $0 != "," }
                if let first = gapWords.first, ["a", "an", "un", "une"].contains(first), tokens[next.tokens.lowerBound - gapWords.count - 1].text == "," { break }
                guard let last = group.last, giver(next) != nil, next.kind != .fund,
                      context.isCoordination(last.tokens.gap(to: next.tokens)) || isTitleGap(context, last.tokens.gap(to: next.tokens)),
                      !context.money.contains(where: { $0.tokens.lowerBound >= last.tokens.upperBound && $0.tokens.upperBound <= next.tokens.lowerBound }) else { break }
                group.append(next)
            }
            // "Facebook co-founder Dustin Moskovitz": an organisation before a title describes the person who gives.
            if group.contains(where: { $0.kind == .person }) {
                group.removeAll { m in m.kind != .person && m.tokens.upperBound < tokens.count
                    && (Lexicon.personTitles.contains(tokens[m.tokens.upperBound]) || NameCandidates.orgSlots.contains(tokens[m.tokens.upperBound])
                        || ["and", "et"].contains(tokens[m.tokens.upperBound])) }
            }
            if group.isEmpty { group = [mention] }
            for member in group { if let entity = giver(member) { out.append((entity, money)) } }
            if before != nil { claimed.insert(money.tokens) } else { followed.append((out.count - group.count)..<out.count) }
        }
        // "de Mellon et 10 millions supplémentaires des Uihlein": an amount right before its own givers is theirs, not
        // the giver's before it.
        let taken = followed.flatMap { Array($0) }.filter { claimed.contains(out[$0].1.tokens) }
        return out.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
    }

    /// "241 000 francs à l'UDC, 195 000 francs au PLR et 173 000 francs au Centre": each amount goes to the
    /// name right after it.
    private func amountToRecipient(_ context: SentenceContext, after trigger: Int) -> [(EntityRef, MoneyMatch)] {
        let tokens = context.tokens
        var out: [(EntityRef, MoneyMatch)] = []
        for money in context.money where money.tokens.lowerBound > trigger && money.tokens.upperBound < tokens.count {
            guard Lexicon.isTo(tokens[money.tokens.upperBound]) else { continue }
            var k = money.tokens.upperBound + 1
            if k < tokens.count, SentenceContext.determiners.contains(tokens[k]) { k += 1 }
            guard let mention = context.outerMentions.first(where: { $0.tokens.lowerBound == k }),
                  mention.kind != .agency else { continue }
            out.append((mention.entity ?? EntityRef(.fund, mention.surface), money))
        }
        return out
    }

    /// "Fairshake received $10 million from Coinbase and $5 million from Ripple", "La campagne a reçu 7 500 euros
    /// de la part de Zentrix": each giver after "from" with its amount; the subject, a political recipient, receives.
    func receivedFrom(_ context: SentenceContext, verb: Int, politicalContext: Bool) -> [Donation] {
        let pairs = fromAgents(context, verb)
        guard !pairs.isEmpty, !context.isNegated(from: max(0, verb - 4), to: verb + 1) else { return [] }
        var receiver = context.subjects(before: verb, kinds: [.fund, .person], allowUnknown: false).last?.entity
        // "La campagne de Valérie Pécresse a reçu…", "The Trump campaign received…": the campaign receives.
        if let k = context.tokens[..<verb].firstIndex(where: { ["campagne", "campaign"].contains($0) }),
           let campaign = funds.campaign(context.tokens, from: k, context.mentions, sentenceYear: context.sentenceYear)?.entity {
            receiver = campaign
        }
        // "bankrolled by … from X" names a political recipient only when the funded subject is a fund; loans are no gifts.
        if Self.fundedVerbs.contains(context.tokens[verb]), receiver?.kind != .fund || context.contains(Self.loanWords) { return [] }
        let sourced = Self.sourceVerbs.contains(context.tokens[verb]) || Self.fundedVerbs.contains(context.tokens[verb])
        // "L'Institut Pasteur a reçu un million d'euros de BNP Paribas": a museum, a university, an institute
        // receiving money from a named giver is given it (CharityRecipients), political or not.
        var charity = false
        if receiver == nil, !sourced, let subject = context.subjects(before: verb, kinds: [.company], allowUnknown: false).last,
           context.tokens[subject.tokens].contains(where: { Self.charityHeads.contains($0) || ["institut", "institute"].contains($0.folded) }) {
            receiver = subject.entity
            charity = true
        }
        let political = charity || receiver?.kind == .fund || context.contains(Self.politicalWords) || context.contains(Self.giftWords)
            || (sourced && politicalContext)
        guard political, receiver != nil || context.contains(Self.giftWords) || context.contains(Self.politicalWords) || sourced else { return [] }
        let date = context.sentenceDate ?? context.published
        return pairs.compactMap { pair in
            guard pair.0 != receiver else { return nil }
            return Donation(donor: pair.0, recipient: receiver, money: pair.1.money, date: date, inKind: false, evidence: context.evidence,
                            rule: "donation.received-from", confidence: 0.7, moneyTokens: pair.1.tokens, triggerToken: verb)
        }
    }

    /// "Musk's $250 million donation", "Acme's gift": the possessor before the gift word gives it.
    func possessiveGiver(_ context: SentenceContext, _ trigger: Int) -> SentenceMention? {
        possessor(context, trigger).flatMap { $0.kind != .agency && $0.kind != .fund ? $0 : nil }
    }

    /// "Labour's largest donation was £2.5 million from X", "Ukip's biggest gift": a party's gift is one it received.
    func possessiveRecipient(_ context: SentenceContext, _ trigger: Int) -> EntityRef? {
        possessor(context, trigger).flatMap { $0.kind == .fund ? $0.entity : nil }
    }

    /// The name in the possessive before the gift word, past its amount and up to two lower-case modifiers.
    private func possessor(_ context: SentenceContext, _ trigger: Int) -> SentenceMention? {
        let tokens = context.tokens
        var k = trigger - 1
        // Skip the amount and up to two modifiers between the possessive and the gift word.
        if let money = context.money.first(where: { $0.tokens.upperBound == trigger || $0.tokens.upperBound == trigger - 1 }) { k = money.tokens.lowerBound - 1 }
        var skipped = 0
        while k >= 0, skipped < 2, tokens[k].kind == .word, !tokens[k].isCapitalized, !tokens[k].isPossessive { k -= 1; skipped += 1 }
        guard k > 0, tokens[k].isPossessive else { return nil }
        return context.outerMentions.first { $0.tokens.upperBound == k }
    }

    /// "The League Fund and Future PAC will each receive $5 million, while the other $10 million will go to the
    /// DSCC and the DCCC": recipients and amounts of a gift whose givers an earlier sentence named. Each clause
    /// pairs its amount with its recipients.
    /// "the other $10 million will go to the DSCC": money going to a recipient. Static: a literal list was built for
    /// every token asked.
    static let goVerbs: WordSet = ["go", "goes", "going", "ira", "iront"]
    /// The length of ", par exemple," or ", for instance," starting at `k`: a comma, up to three words, a comma.
    static func asideLength(_ tokens: [Token], _ k: Int) -> Int {
        guard k < tokens.count, tokens[k].text == "," else { return 0 }
        for end in (k + 2)..<min(tokens.count, k + 5) where tokens[end].text == "," {
            return tokens[(k + 1)..<end].allSatisfy({ $0.kind == .word && !$0.isCapitalized }) ? end - k + 1 : 0
        }
        return 0
    }

    /// "employés", "employees": a firm's unnamed staff, whose gifts are the firm's (lexicon `donation.staff`).
    static let staffNouns = LexiconData.forms("donation.staff")

    func distributed(_ context: SentenceContext, givers: [EntityRef]) -> [Donation] {
        let tokens = context.tokens
        func receives(_ token: Token) -> Bool {
            (Self.receivingVerbs.contains(token) && !Self.disclosingVerbs.contains(token)) || Self.goVerbs.contains(token)
        }
        guard !givers.isEmpty, !context.money.isEmpty, tokens.contains(where: receives),
              context.outerMentions.allSatisfy({ $0.kind == .fund || $0.kind == nil }) else { return [] }
        // "Reform UK's total donations were the largest, followed by the Conservatives, which received £7 million": a
        // ranking of totals, not the parts of one gift.
        if tokens.contains(where: { Self.totalNouns.contains($0) || ContractRules.totalWords.contains($0) }) { return [] }
        var bounds = [0]
        for (k, token) in tokens.enumerated() where ["while", "whereas", "tandis", ";"].contains(token) { bounds.append(k) }
        bounds.append(tokens.count)
        var out: [Donation] = []
        let date = context.sentenceDate ?? context.published
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            let amounts = context.money.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end }
            let funds = context.outerMentions.filter { $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end && $0.kind == .fund }
            // "…, receiving £4.1m while Labour raised £2.7m": a clause whose only verb discloses a total receives no part.
            guard amounts.count == 1, let money = amounts.first, !funds.isEmpty,
                  tokens[start..<end].contains(where: receives) || !tokens[start..<end].contains(where: { Self.disclosingVerbs.contains($0) }) else { continue }
            for fund in funds {
                for giver in givers {
                    out.append(Donation(donor: giver, recipient: fund.entity, money: money.money, date: date, inKind: false,
                                        evidence: context.evidence, rule: "donation.distributed", confidence: 0.55,
                                        moneyTokens: money.tokens, triggerToken: money.tokens.lowerBound))
                }
            }
        }
        return out
    }

    /// A title, singular or plural ("milliardaires").
    func isTitle(_ token: Token) -> Bool {
        Lexicon.personTitles.contains(token) || (token.folded.hasSuffix("s") && Lexicon.personTitles.contains(String(token.folded.dropLast())))
    }

    static let loanWords = WordSet(["loan", "loans", "pret", "prets", "credit", "emprunt", "investment", "investissement", "funding", "round"]).flagged(.loan)

    /// "Facebook co-founder Dustin Moskovitz": only a title between an organisation and the person it describes.
    func isTitleGap(_ context: SentenceContext, _ gap: Range<Int>) -> Bool {
        !gap.isEmpty && gap.count <= 3 && context.tokens[gap].allSatisfy { Lexicon.personTitles.contains($0) || NameCandidates.orgSlots.contains($0) }
    }

    /// "Andrew Beal was also among the $1 million donors to the committee", "X figure parmi les donateurs à 1 M$":
    /// the subject gave the amount that qualifies the donors.
    func amongDonors(_ context: SentenceContext, lastFund: EntityRef?) -> [Donation]? {
        let tokens = context.tokens
        guard let among = tokens.indices.first(where: { ["among", "parmi"].contains(tokens[$0]) }),
              let noun = tokens.indices.first(where: { $0 > among && $0 - among <= 5 && Self.donorNouns.contains(tokens[$0]) }),
              let money = context.money.first(where: { ($0.tokens.lowerBound > among && $0.tokens.upperBound <= noun)
                  || ($0.tokens.lowerBound > noun && $0.tokens.lowerBound - noun <= 3) }) else { return nil }
        let donors = context.subjects(before: among, kinds: [.person, .company, .fund], allowUnknown: false).compactMap(\.entity)
        guard !donors.isEmpty, !context.isNegated(from: 0, to: noun) else { return nil }
        let recipient = context.mentions.first(where: { $0.kind == .fund && $0.tokens.lowerBound > noun })?.entity ?? lastFund
        let date = context.sentenceDate ?? context.published
        return donors.compactMap { donor in
            guard donor != recipient else { return nil }
            return Donation(donor: donor, recipient: recipient, money: money.money, date: date, inKind: false, evidence: context.evidence,
                            rule: "donation.among-donors", confidence: 0.6, moneyTokens: money.tokens, triggerToken: noun)
        }
    }
}
