/// Donations: a gift word ("don", "donate", "contribution") or a giving verb with money, a donor in subject
/// position, and a recipient (a fund, a campaign, a politician); refusals, denials and hypotheses are dropped.
struct DonationRules {
    let funds: FundRecognizer

    /// `fundNearby`: a political recipient was named in this sentence or the three before it.
    func extract(_ context: SentenceContext, previous: SentenceContext?, lastFund: EntityRef?, fundNearby: Bool) -> [Donation] {
        let gifts = coordinatedAmounts(context, pairedRecipients(context, told(context, previous: previous, lastFund: lastFund, fundNearby: fundNearby)))
        let political = fundNearby || context.contains(Self.politicalWords)
        let named = namedDonors(context, lastFund: lastFund, political: political)
        return gifts + named.filter { gift in !gifts.contains { $0.donor == gift.donor } }
    }

    /// The gifts the sentence tells with their trigger, amount and parties.
    private func told(_ context: SentenceContext, previous: SentenceContext?, lastFund: EntityRef?, fundNearby: Bool) -> [Donation] {
        // "Fairshake received $10 million from Coinbase": the giver after "from", the receiver as subject.
        let political = fundNearby || context.contains(Self.politicalWords)
            || (previous.map { $0.contains(Self.politicalWords) || $0.mentions.contains { $0.kind == .fund } } ?? false)
        var received: [Donation] = []
        // "…des dons récoltés par Biden, viennent du super PAC X": the first verb that names a giver.
        if !context.money.isEmpty {
            for verb in context.tokens.indices where Self.receivingVerbs.contains(context.tokens[verb])
                || (Self.sourceOrFundedVerbs.contains(context.tokens[verb]) && (isSource(context, verb) || isPassiveFunded(context, verb))) {
                received = receivedFrom(context, verb: verb, politicalContext: political)
                if !received.isEmpty { break }
            }
        }
        // "from Acme ($70,000), Globex ($44,000)…": a list pairs each amount with its own party.
        // A list names its gifts one by one, so even "large donations" (a generic phrase elsewhere) are gifts here.
        var list: [Donation] = []
        if context.money.count >= 2, let first = context.tokens.indices.first(where: { isTrigger(context, $0) || Self.giftWords.contains(context.tokens[$0])
            || Self.donorNouns.contains(context.tokens[$0]) }) {
            list = listed(context, trigger: first, lastFund: lastFund, politicalContext: political)
        }
        if !list.isEmpty || !received.isEmpty {
            var found = list.count >= received.count ? list : received
            // "Labour received 91 donations, including £689,362 from A, £429,928 from B…": the list's gifts go to the
            // subject that received them when the list named no recipient.
            if list.count >= received.count, let receiver = received.first?.recipient {
                for n in found.indices where found[n].recipient == nil && found[n].donor != receiver { found[n].recipient = receiver }
            }
            // "X contributed $5 million, along with $250,000 from A and B": a gift told beside the list, with its own amount.
            let beside = triggered(context, previous: previous, lastFund: lastFund, fundNearby: fundNearby,
                                   usedMoney: Set(found.compactMap(\.moneyTokens)))
            // "…from Lord X, who gave £8 million to the Liberal Democrats": the same giver's gift to another recipient.
            return found + beside.filter { gift in gift.money != nil && !found.contains { ($0.donor == gift.donor && $0.recipient == gift.recipient)
                || $0.moneyTokens == gift.moneyTokens } }
        }
        if !context.money.isEmpty, context.contains(Self.donorNouns), let among = amongDonors(context, lastFund: lastFund) { return among }
        let gifts = triggered(context, previous: previous, lastFund: lastFund, fundNearby: fundNearby, usedMoney: [])
        return gifts.isEmpty ? fundedBy(context) : gifts
    }

    /// The gifts each trigger word makes, past the amounts in `usedMoney`.
    func triggered(_ context: SentenceContext, previous: SentenceContext?, lastFund: EntityRef?, fundNearby: Bool,
                   usedMoney used: Set<Range<Int>>) -> [Donation] {
        // Past this point only a trigger word makes a gift: a sentence without any is answered with one set test.
        if !context.contains(Self.triggerWords) { return [] }
        // "AT&T suspends its PAC contributions": stopped giving, with no sum, is no gift.
        let stopped = context.contains(Self.stopWords)
        var out: [Donation] = []
        var usedMoney = used
        var lastTrigger = -10
        for trigger in context.tokens.indices where isTrigger(context, trigger) && trigger > lastTrigger + 2 {
            lastTrigger = trigger
            let found = extract(context, trigger: trigger, previous: previous, lastFund: lastFund, fundNearby: fundNearby, usedMoney: usedMoney)
            var added = false
            for donation in found {
                if let k = out.firstIndex(where: { $0.donor == donation.donor
                    && ($0.recipient == donation.recipient || $0.recipient == nil || donation.recipient == nil) }) {
                    // "provided $298,650 worth of vehicles in addition to a $200,000 donation": two amounts, two gifts.
                    if let a = out[k].moneyTokens, let b = donation.moneyTokens, a != b, out[k].recipient == donation.recipient {
                        out.append(donation)
                        added = true
                        continue
                    }
                    // "a versé 1 M$ et mettra à disposition une flotte, un don en nature": cash and kind are two gifts.
                    guard let separate = inKindBeside(out[k], donation, context) else { continue }
                    out[k].inKind = false
                    out.append(separate)
                } else {
                    out.append(donation)
                }
                added = true
            }
            // Only an amount that fed a kept gift is spent; a repeat of the same donor leaves it for the next trigger.
            if added, let range = found.first?.moneyTokens { usedMoney.insert(range) }
        }
        out.appendFound(addedAmounts(context, out))
        out = out.flatMap { halved(context, $0) }
        return stopped ? out.filter { $0.money != nil } : out
    }

    static let joinVerbs = LexiconData.forms("donation.join")
    /// "A and B are joining C in donating", "X a rejoint Y en donnant": the join verb's subjects and its object give.
    func joinedGivers(_ context: SentenceContext, _ trigger: Int) -> [SentenceMention]? {
        let tokens = context.tokens
        guard trigger >= 3, ["in", "en"].contains(tokens[trigger - 1]),
              let join = tokens[max(0, trigger - 8)..<(trigger - 1)].lastIndex(where: { Self.joinVerbs.contains($0) }) else { return nil }
        var subjects = context.subjects(before: join, kinds: [.person, .company, .fund])
        // "Amazon and OpenAI CEO Sam Altman": names coordinated before the first, past an employer before a title.
        if var current = subjects.first {
            for m in context.outerMentions.reversed() where m.tokens.upperBound <= current.tokens.lowerBound {
                let gap = m.tokens.gap(to: current.tokens)
                if context.isCoordination(gap) {
                    if m.kind != .agency { subjects.insert(m, at: 0) }
                } else if !isTitleGap(context, gap) { break }
                current = m
            }
        }
        let joined = context.outerMentions.filter { $0.tokens.lowerBound > join && $0.tokens.upperBound < trigger && $0.kind != .agency }
        guard !subjects.isEmpty else { return nil }
        return subjects + joined
    }

    /// "FedEx gave $300,000, plus $202,320 of delivery services": a second amount joined to a gift by "plus" or
    /// "in addition to" is the same giver's second gift; in kind when goods or services follow it.
    func addedAmounts(_ context: SentenceContext, _ gifts: [Donation]) -> [Donation] {
        guard context.money.count >= 2, let first = gifts.first, let used = first.moneyTokens,
              gifts.allSatisfy({ $0.donor == first.donor }) else { return [] }
        let tokens = context.tokens
        var added: [Donation] = []
        for match in context.money where match.tokens.lowerBound > used.upperBound
            && !gifts.contains(where: { $0.moneyTokens == match.tokens }) {
            let before = tokens[max(used.upperBound, match.tokens.lowerBound - 3)..<match.tokens.lowerBound].map(\.folded)
            // "15 millions de dollars en juillet, 30 millions en août": a schedule, each amount with its own date.
            func dated(_ range: Range<Int>) -> DateMatch? { context.dates.first { $0.tokens.lowerBound >= range.upperBound && $0.tokens.lowerBound - range.upperBound <= 2 } }
            // A month with no year the article lets us place ("en juillet", no dateline) still marks the schedule.
            func monthed(_ range: Range<Int>) -> Bool {
                dated(range) != nil || tokens[range.upperBound..<min(tokens.count, range.upperBound + 3)].contains { DateParser.months[$0] != nil }
            }
            let scheduled = monthed(used) && monthed(match.tokens) && [",", "et", "and"].contains(before.last ?? "")
            guard scheduled || before.contains(where: { Self.addingWords.contains($0) }) || before.suffix(2) == ["as", "well"],
                  !tokens[used.gap(to: match.tokens)].contains(where: { [";", ":"].contains($0.text) }),
                  !context.mentions.contains(where: { $0.tokens.lowerBound > used.upperBound && $0.tokens.lowerBound < match.tokens.lowerBound
                      && $0.kind != .fund }) else { continue }
            let next = tokens[match.tokens.upperBound..<min(tokens.count, match.tokens.upperBound + 2)].map(\.folded)
            let goods = ["of", "in", "worth", "en", "de", "d'"].contains(next.first ?? "") && !context.money.contains { $0.tokens.lowerBound == match.tokens.upperBound + 1 }
            var gift = first
            gift.money = match.money
            gift.moneyTokens = match.tokens
            if scheduled, let date = dated(match.tokens) { gift.date = date.iso }
            gift.inKind = goods && !monthed(match.tokens) && !(next.count > 1 && Self.cashWords.contains(next[1]))
            added.append(gift)
        }
        return added
    }

    /// "Microsoft gave $500,000, with half in the form of equipment": one total split by kind gives a row per kind,
    /// the amounts computed (GUIDELINES, mixed gifts).
    func halved(_ context: SentenceContext, _ gift: Donation) -> [Donation] {
        guard let money = gift.money, let used = gift.moneyTokens, money.kind == .exact else { return [gift] }
        let tokens = context.tokens
        guard let half = tokens.indices.first(where: { $0 > used.upperBound && $0 - used.upperBound <= 6 && ["half", "moitie"].contains(tokens[$0]) }),
              tokens[half..<min(tokens.count, half + 7)].contains(where: { Self.kindCues.contains($0) }),
              !context.money.contains(where: { $0.tokens.lowerBound > used.upperBound }) else { return [gift] }
        var cash = gift, kind = gift
        cash.money = Money(amount: money.amount / 2, currency: money.currency, kind: money.kind)
        cash.inKind = false
        kind.money = cash.money
        kind.inKind = true
        return [cash, kind]
    }

    /// Giving verbs that promise: their object may be a clause ("promised that…") rather than a gift.
    static let pledgeVerbs: WordSet = ["promis", "promet", "promettent", "promised", "promises", "pledged", "pledges"]
    static let clauseOpeners: WordSet = ["que", "qu'", "that"]
    static let partitives: WordSet = ["des", "du", "de", "d'", "some", "any"]

    /// "donor who gave", "mécène qui a versé": the verb's subject is "who" after a lower-case noun.
    static func givenByUnnamedNoun(_ tokens: [Token], _ trigger: Int) -> Bool {
        var k = trigger - 1
        while k > 0, SentenceContext.auxiliaries.contains(tokens[k]) || SentenceContext.passiveAuxiliaries.contains(tokens[k]) { k -= 1 }
        guard k >= 1, tokens[k].hasText("who") || tokens[k].hasText("qui") else { return false }
        let noun = tokens[k - 1]
        return noun.kind == .word && !noun.isCapitalized && donorNouns.contains(noun)
    }

    static let kindCues: WordSet = ["equipment", "form", "kind", "in-kind", "goods", "services", "nature", "materiel", "equipements", "services"]

    static let addingWords: WordSet = ["plus", "addition", "another", "additional", "further", "outre", "ainsi", "supplementaires"]

    static let denials: WordSet = ["dementi", "dement", "dementent", "nie", "nient", "denied", "denies",
                                       "deny", "refute", "refuted", "refutes", "contested", "conteste"]

    /// "Le WSJ affirmait que X comptait verser 45 M$. X a démenti.": a report the donor denies next is no gift.
    static func deniedNext(_ gift: Donation, next: SentenceContext?) -> Bool {
        guard let next, next.contains(denials) else { return false }
        return next.mentions.contains { $0.entity == gift.donor && !next.isComplement($0) }
    }

    /// A later in-kind gift word with no amount of its own, after a cash gift whose amount follows its verb.
    func inKindBeside(_ cash: Donation, _ later: Donation, _ context: SentenceContext) -> Donation? {
        guard later.money == nil, let money = cash.moneyTokens, let trigger = cash.triggerToken, let laterTrigger = later.triggerToken,
              money.lowerBound > trigger, money.lowerBound - trigger <= 3, isInKindWord(context, laterTrigger) else { return nil }
        var gift = later
        gift.inKind = true
        return gift
    }

    /// "don en nature", "in-kind contribution", "contribution in kind".
    func isInKindWord(_ context: SentenceContext, _ k: Int) -> Bool {
        let window = context.tokens[max(0, k - 2)..<min(context.tokens.count, k + 3)].map(\.folded)
        return window.contains("in-kind") || zip(window, window.dropFirst()).contains { $0 == ("en", "nature") || $0 == ("in", "kind") }
    }

    func extract(_ context: SentenceContext, trigger: Int, previous: SentenceContext?, lastFund: EntityRef?, fundNearby: Bool,
                 usedMoney: Set<Range<Int>>) -> [Donation] {
        let tokens = context.tokens
        let word = tokens[trigger].folded
        let gift = Self.giftWords.contains(word)
        // "Other donors include Ford, which gave $1 million": what the article calls a donor gives a gift.
        let politicalContext = fundNearby || context.contains(Self.politicalWords) || context.contains(Self.donorNouns)
            || (previous.map { $0.contains(Self.politicalWords) || $0.mentions.contains { $0.kind == .fund } } ?? false)
        var recipients = recipients(context, trigger, lastFund: lastFund, politicalContext: politicalContext)
        if recipients.isEmpty, let charity = charityRecipient(context, after: trigger) { recipients = [charity] }
        if recipients.isEmpty, let helped = PurposeBeneficiary.find(context, after: trigger) { recipients = [helped] }
        let political = !recipients.isEmpty || politicalContext
        var moneyMatch = context.nearestMoney(to: trigger, excluding: usedMoney)
        // "Another $25 million apiece has been promised. Acme and Globex announced the pledges.": the amount
        // stands alone in the sentence before.
        if moneyMatch == nil, let previous, previous.money.count == 1, previous.tokens.count <= 25, !context.contains(Self.vagueAmounts),
           !previous.isDenied(previous.money[0]),
           !previous.mentions.contains(where: { $0.kind != nil && $0.kind != .agency }) { moneyMatch = previous.money.first }
        // "Ripple and a16z, who made matching donations": the one amount the sentence states, given again.
        if moneyMatch == nil, gift, context.money.count == 1, context.money[0].money.kind == .exact,
           tokens[max(0, trigger - 1)...min(tokens.count - 1, trigger + 1)].contains(where: { Self.matchingWords.contains($0) }) {
            moneyMatch = context.money.first
        }
        let money = moneyMatch
        // "£200 fixed monetary penalty", "une amende de 5 000 euros": a sanction's amount is no gift.
        // (The amount may be the previous sentence's: asked of the sentence it was read in.)
        if let money, context.money.contains(money) ? context.isSanctionAmount(money) : previous?.isSanctionAmount(money) == true { return [] }
        // "a major Tory donor who gave £5m", "un mécène qui a versé": the giver is the unnamed noun before "who",
        // not the main clause's subject.
        if Self.givenByUnnamedNoun(tokens, trigger) { return [] }
        // "handing a knighthood to a donor who gave £5m": the amount is the later verb's (not when the two verbs
        // are coordinated: "pledged and gave £5m").
        if !gift, let money, context.money.contains(money), money.tokens.lowerBound > trigger,
           let other = ((trigger + 1)..<money.tokens.lowerBound).first(where: { Self.givingVerbs.contains(tokens[$0]) }),
           !tokens[(trigger + 1)..<other].allSatisfy({ $0.isMark(",") || ["and", "et", "or", "ou"].contains($0) }) { return [] }
        // "Il avait promis en février qu'il n'accepterait…": a promise of a clause, not of a gift.
        if !gift, Self.pledgeVerbs.contains(word), money.map({ $0.tokens.lowerBound > trigger }) ?? true,
           let clause = tokens[(trigger + 1)..<min(tokens.count, trigger + 6)].firstIndex(where: { Self.clauseOpeners.contains($0) }),
           !context.mentions.contains(where: { $0.tokens.lowerBound > trigger && $0.tokens.lowerBound < clause }) { return [] }
        if !gift {
            // "Labor received and spent $1 million, but the Liberals had four times that": a recipient past the
            // clause's end is no beneficiary of the spending.
            if Self.spendingVerbs.contains(word),
               let end = tokens[(trigger + 1)...].firstIndex(where: { SentenceContext.clauseBreaks.contains($0) }) {
                recipients.removeAll { r in context.mentions.contains { $0.entity == r && $0.tokens.lowerBound > end }
                    && !context.mentions.contains { $0.entity == r && $0.tokens.lowerBound < end } }
            }
            if Self.spendingVerbs.contains(word) && !(political && (!recipients.isEmpty || politicalObject(context, after: trigger))) { return [] }
            if Self.givingVerbs.contains(word) && (money == nil || !political) { return [] }
        }
        if ["contribution", "contributions", "contribute", "contributed", "contributes", "contributing", "contribue",
            "contribuer", "contribuera", "contribuent"].contains(word) && !political && money == nil { return [] }
        if let owner = possessiveRecipient(context, trigger) { recipients = [owner] }
        if recipients.isEmpty, political, let fund = lastFund { recipients = [fund] }
        // "a $1 million contribution from Uber": the agent right after the gift word is the giver.
        // "Texas Forever was funded by the Senate Majority PAC": a passive funding verb's agent gives, a fund included,
        // and its subject, whatever its kind, receives.
        let passiveFunded = isPassiveFunded(context, trigger)
        let agent = agentAfter(context, trigger, funds: passiveFunded)
        // "a drive for donations from its 500,000 members": the givers are named after "from", and are nobody here.
        if gift, agent.isEmpty, trigger + 1 < tokens.count, tokens[trigger + 1].hasText("from") { return [] }
        // "Badenoch declared a £20,000 donation … from Sir Paul Marshall": the subject received what the agent gave.
        // "has paid back £6,000 worth of gifts", "a tout remboursé grâce aux dons", "his acceptance of gifts": the
        // subject received them.
        let received = tokens[..<trigger].suffix(4).contains { Self.receivingVerbs.contains($0) }
            || tokens[..<trigger].suffix(8).contains { Self.repayWords.contains($0) } || (passiveFunded && !agent.isEmpty)
        // Gifts repaid or accepted with no giver named: the subject only received them.
        if agent.isEmpty, tokens[..<trigger].suffix(8).contains(where: { Self.repayWords.contains($0) }) { return [] }
        // "a révélé avoir reçu des dons d'un peu plus de 30 000 personnes": gifts received from nobody named (a gift
        // word: "a accepté de verser" is consent before an infinitive).
        // The verb stands right before the gift, a determiner at most between them (not "Bank of America gave", nor
        // "scion of the Mellon banking family, contributed").
        if gift, agent.isEmpty, !passiveFunded, (max(0, trigger - 3)..<trigger).contains(where: { k in
            Self.receivingVerbs.contains(tokens[k]) && !tokens[k].isCapitalized
                && tokens[(k + 1)..<trigger].allSatisfy { SentenceContext.determiners.contains($0) || Self.partitives.contains($0) }
        }) { return [] }
        var donors = agent.first.map { $0.tokens.lowerBound - trigger <= 3 || received } == true ? agent
            : context.subjects(before: trigger, kinds: [.person, .company, .fund])
        // "Amazon and Sam Altman are joining Meta in donating $1 million each": the subjects join the one already giving.
        if let joined = joinedGivers(context, trigger) { donors = joined }
        // "Musk's $250 million donation": the possessor gives.
        if let owner = possessiveGiver(context, trigger) { donors = [owner] }
        if received, donors == agent, !agent.isEmpty,
           let receiver = context.subjects(before: trigger, kinds: passiveFunded ? [.fund, .person, .company] : [.fund, .person],
                                           allowUnknown: false).first?.entity {
            recipients = [receiver]
        }
        // "provided the party with offices, … an in-kind donation": the receiver named as an object is not the giver.
        while let nearest = donors.last, let entity = nearest.entity, recipients.contains(entity), donors != agent {
            donors = context.subjects(before: nearest.tokens.lowerBound, kinds: [.person, .company, .fund])
        }
        // "Labour received £2.5 million and donations … were given to the Lib Dems": a receiving verb's subject gives nothing.
        if donors != agent {
            donors.removeAll { m in
                var k = m.tokens.upperBound
                if k + 1 < trigger, SentenceContext.passiveAuxiliaries.contains(tokens[k]) || SentenceContext.auxiliaries.contains(tokens[k]) { k += 1 }
                // Not "a accepté de verser", "agreed to": a verb of consent before an infinitive.
                return k < trigger && Self.receivingVerbs.contains(tokens[k]) && !(k + 1 < tokens.count && ["de", "d'", "to"].contains(tokens[k + 1]))
            }
        }
        // "Liberal spokesman X said the donations of $1,800 stem from…": a gift noun told after a speech verb is the
        // speaker's report, not the speaker's gift (a giving verb is: "Meta said it donated").
        if gift, donors != agent, trigger > 0, ["the", "le", "la", "l'", "les", "des", "un", "une", "a", "an", "ces", "these"].contains(tokens[trigger - 1]) {
            donors.removeAll { m in
                m.tokens.upperBound < trigger && tokens[m.tokens.upperBound..<trigger].prefix(3).contains { NameCandidates.speechVerbs.contains($0) }
            }
        }
        if donors.isEmpty { donors = agent }
        // "Multiple companies have revealed plans to donate $1 million, including Amazon and Ford": the list gives.
        // The list follows the amount: "Contributions — including X — pushed the fund to $106.7 million" lists no giver.
        if donors.isEmpty || donors.allSatisfy({ $0.entity == nil && $0.tokens.lowerBound == 0 }),
           let amount = money, amount.tokens.lowerBound > trigger {
            let listed = context.includedList(after: amount.tokens.upperBound - 1) { m in m.kind == .person || m.kind == .company || (m.entity == nil && !context.isBareAcronym(m)) }
            if !listed.isEmpty { donors = listed }
        }
        if let through = through(context) { donors = [through] }
        // "The Liberal Democrats returned a £50,000 donation from Pellow & Finch": the subject received it.
        if donors == agent, !agent.isEmpty, recipients.allSatisfy({ $0.kind != .fund }),
           let receiver = context.subjects(before: trigger, kinds: [.fund], allowUnknown: false).first?.entity {
            recipients = [receiver]
        }
        let donorRefs = donors.compactMap { $0.entity ?? promote($0) }
        guard !donorRefs.isEmpty else { return [] }
        let negationStart = donors.map(\.tokens.upperBound).min() ?? max(0, trigger - 6)
        if context.isNegated(from: negationStart, to: trigger + 2) { return [] }
        // "donors were being asked to donate", "invités à donner": a request is no gift.
        if trigger > 0, ["to", "a", "de", "d'"].contains(tokens[trigger - 1]),
           tokens[max(0, trigger - 16)..<trigger].contains(where: { Self.requestWords.contains($0) }) { return [] }
        // "X lui attribuait un chèque de 15 M$ ; l'intéressé nie avoir versé une telle somme": a denied report.
        if context.tokens[(trigger + 1)...].contains(where: { Self.denials.contains($0) }) { return [] }
        let inKind = context.contains(Self.inKindWords) && !context.contains(Self.cashWords)
            && (context.find(["en", "nature"]) != nil || givesGoods(context) || context.find(["in", "kind"]) != nil)
        let similar = context.contains(["similaire", "similar", "meme", "same"]) && money == nil
        let date = context.sentenceDate ?? context.published
        let rule = "donation.\(gift ? "gift-word" : Self.spendingVerbs.contains(word) ? "campaign-spending" : "giving-verb")"
        let confidence = (money != nil ? 0.45 : 0.3) + (recipients.isEmpty ? 0.15 : 0.35) + (gift ? 0.1 : 0.0)
        let receivers: [EntityRef?] = recipients.isEmpty ? [nil] : recipients
        return donorRefs.flatMap { entity in
            receivers.compactMap { recipient in
                guard entity != recipient else { return nil }
                return Donation(donor: entity, recipient: recipient, money: similar ? nil : money?.money, date: date,
                                inKind: inKind, evidence: context.evidence, rule: rule, confidence: min(confidence, 0.95),
                                moneyTokens: money?.tokens, triggerToken: trigger)
            }
        }
    }

    static let goodsWords: WordSet = ["in-kind", "shares", "stock", "bitcoin", "bitcoins", "crypto", "cryptomonnaies",
                                      "cryptocurrency", "ether", "ethers"]

    /// "gave $1 million in bitcoin", "a gift of shares": goods given, not "the largest crypto exchange" (a goods word
    /// describing the next noun).
    func givesGoods(_ context: SentenceContext) -> Bool {
        let tokens = context.tokens
        return tokens.indices.contains { k in
            Self.goodsWords.contains(tokens[k])
                && !(k + 1 < tokens.count && tokens[k + 1].isWord && !tokens[k + 1].isCapitalized
                     && !Lexicon.prepositions.contains(tokens[k + 1]) && !SentenceContext.coordination.contains(tokens[k + 1]))
        }
    }

    /// Gifts in general ("les dons politiques", "donations above $10,000"), told apart from one gift by the words around.
    static let pluralGiftNouns: Set<String> = ["donations", "dons", "gifts", "contributions"]

    static let matchingWords = LexiconData.forms("amount.matching")

    static let vagueAmounts = LexiconData.set("amount.vague").flagged(.vagueAmounts)

    /// Every word `isTrigger` can accept (keep in step with it): one look-up rejects the others.
    static let triggerWords = giftWords.union(givingVerbs).union(spendingVerbs).union(["soutien", "support", "soutenu"]).flagged(.trigger)

    func isTrigger(_ context: SentenceContext, _ k: Int) -> Bool {
        let word = context.tokens[k].folded
        guard Self.triggerWords.contains(context.tokens[k]) else { return false }
        // "cette contribution", "these gifts": a gift already told, not a new one ("owners that gave": a relative).
        if k > 0, ["ce", "cet", "cette", "ces", "this", "these", "that", "those"].contains(context.tokens[k - 1]),
           !Self.givingVerbs.contains(context.tokens[k]) || context.tokens[k - 1].folded != "that" { return false }
        // "individual donations limited to £100,000", "les dons politiques": gifts in general, not a gift.
        // "declared £3.4m in donations" (a total received), "gifts above $10,000" (a threshold).
        if Self.pluralGiftNouns.contains(word),
           (k > 0 && (Self.genericAdjectives.contains(context.tokens[k - 1]) || ["in", "en"].contains(context.tokens[k - 1])))
            || (k + 1 < context.tokens.count && (Self.genericAdjectives.contains(context.tokens[k + 1])
                || ["above", "over", "exceeding", "superieurs", "superieures", "au-dela"].contains(context.tokens[k + 1]))) { return false }
        // "his donations row", "the gifts scandal", "donation rules": a gift word modifying another noun names no gift.
        if Self.giftWords.contains(context.tokens[k]), k + 1 < context.tokens.count, Self.giftModified.contains(context.tokens[k + 1]) { return false }
        // "received £5.3m, compared with £3m given to Labour": a comparison tells no gift of the subject.
        if context.tokens[max(0, k - 5)..<k].contains(where: { ["compared", "compare", "comparativement"].contains($0) }) { return false }
        if Self.giftWords.contains(context.tokens[k]) { return true }
        // "la finance", "an offer", "the check": after a determiner a verb form is a noun.
        // "a financé la campagne": the French verb only after its auxiliary; "la finance", "Yahoo Finance" are nouns.
        if word == "finance" { return k > 0 && ["a", "ont", "avait", "avaient", "aurait", "auraient", "ayant"].contains(context.tokens[k - 1]) }
        if Self.givingVerbs.contains(word) || Self.spendingVerbs.contains(word) {
            // Not "a": it is the French auxiliary ("a donné").
            let determiner = k > 0 && context.tokens[k - 1].folded != "a" && SentenceContext.determiners.contains(context.tokens[k - 1])
            return !determiner || ["cheque", "cheques", "check", "checks"].contains(word)
        }
        // "soutien financier" / "financial support" / "soutenu financièrement"
        if ["soutien", "support", "soutenu"].contains(word), k + 1 < context.tokens.count,
           ["financier", "financial", "financierement"].contains(context.tokens[k + 1]) { return true }
        return false
    }

    /// Who receives: the funds or campaigns after the trigger, with the ones coordinated with the first ("to
    /// Defend American Jobs, which backs Republicans, and Protect Progress"), else a politician after "à"/"to".
    /// In a political context an unknown name right after "to"/"à" is a political group.
    func recipients(_ context: SentenceContext, _ trigger: Int, lastFund: EntityRef?, politicalContext: Bool) -> [EntityRef] {
        let tokens = context.tokens
        let outer = context.outerMentions
        func receiving(_ m: SentenceMention) -> EntityRef? {
            if m.kind == .fund { return m.entity }
            // "à Prairie Values Fund": a guessed company whose name ends like a political group.
            if politicalContext, m.source == .name, m.kind == .company,
               let last = m.surface.split(separator: " ").last.map({ Folding.fold(String($0)) }), ["fund", "committee", "pac", "action"].contains(last),
               m.tokens.lowerBound > 0, Lexicon.isTo(tokens[m.tokens.lowerBound - 1]) {
                return EntityRef(.fund, m.surface)
            }
            guard politicalContext, m.entity == nil, !context.isBareAcronym(m), m.tokens.lowerBound > 0,
                  Lexicon.isTo(tokens[m.tokens.lowerBound - 1]) else { return nil }
            return EntityRef(.fund, m.surface)
        }
        let after = outer.indices.filter { outer[$0].tokens.lowerBound > trigger }
        if let first = after.first(where: { outer[$0].kind == .fund }) ?? after.first(where: { receiving(outer[$0]) != nil }),
           let head = receiving(outer[first]) {
            var list = [head]
            var previous = outer[first]
            for next in outer[(first + 1)...] {
                let gap = previous.tokens.gap(to: next.tokens)
                guard let entity = next.kind == .fund ? next.entity : (politicalContext && next.entity == nil ? EntityRef(.fund, next.surface) : nil),
                      context.isCoordination(gap, skipping: context.relativeClauses(from: gap.lowerBound, to: gap.upperBound)) else { break }
                if !list.contains(entity) { list.append(entity) }
                previous = next
            }
            return list
        }
        if let fund = context.mentions.first(where: { $0.kind == .fund && $0.tokens.lowerBound > trigger })?.entity { return [fund] }
        for k in trigger..<tokens.count where ["campagne", "campaign"].contains(tokens[k]) {
            if let campaign = funds.campaign(tokens, from: k, context.mentions, sentenceYear: context.sentenceYear)?.entity { return [campaign] }
        }
        // "Au comité d'investiture, Acme a donné…": a fund before the verb only as a complement, not as the giver.
        if let fund = context.mentions.first(where: { $0.kind == .fund && context.isComplement($0) })?.entity { return [fund] }
        for mention in outer where mention.tokens.lowerBound > trigger && mention.kind == .person {
            var k = mention.tokens.lowerBound
            // "au représentant Patrick Ryan", "à la sénatrice X", "to Rep. X": a title (and its article) between.
            if k > 1, Lexicon.personTitles.contains(tokens[k - 1]) {
                k -= 1
                if k > 1, ["la", "le", "the"].contains(tokens[k - 1]) { k -= 1 }
            }
            if k > 0, Lexicon.isTo(tokens[k - 1]) || ["pour", "for"].contains(tokens[k - 1]), let person = mention.entity { return [person] }
        }
        if let lastFund, context.find(["au", "fonds"]) != nil || context.find(["to", "the", "fund"]) != nil
            || context.find(["to", "the", "committee"]) != nil { return [lastFund] }
        return []
    }

    /// "un don de la part d'Amazon", "a gift from Acme", "donated by Acme".
    static let talliedWords = LexiconData.forms("donation.tallied").union(LexiconData.forms("donation.disclose"))

    func agentAfter(_ context: SentenceContext, _ trigger: Int, funds: Bool = false) -> [SentenceMention] {
        let tokens = context.tokens
        for mention in context.outerMentions where mention.tokens.lowerBound > trigger && (mention.kind != .fund || funds) && mention.kind != .agency {
            // "funded by the Schumer-aligned Senate Majority PAC": the name describing the giver is not the giver.
            if EntityRecognizer.isAttributive(tokens, endingAt: mention.tokens.upperBound) { continue }
            var k = mention.tokens.lowerBound
            // "from Sir Paul Marshall", "by Mr. Smith", "de M. Dupont": an honorific between.
            if k > 1, Self.agentHonorifics.contains(tokens[k - 1]) { k -= 1 }
            if k > 1, tokens[k - 1].text == ".", NameCandidates.abbreviatedHonorifics.contains(tokens[k - 2]) { k -= 2 }
            // "le plus gros don de M. Bankman-Fried", "les dons de Jean Dupont": the giver right after "de"
            // (not "l'appel aux dons de X", whose X asks for them).
            // "un don de la Fondation Corvin", "un don du Crédit Vexor": an article between, before a name (not a
            // description standing for someone named earlier: "les dons du magnat" are told elsewhere).
            let article = k == trigger + 3 && ["la", "l'"].contains(tokens[trigger + 2]) ? 1 : 0
            let bareDe = article == 0 && tokens[trigger + 1].folded != "du"
            let named = mention.source != .anaphor || bareDe
            if k == trigger + 2 + article, named, Self.frenchGifts.contains(tokens[trigger]), ["de", "d'", "du"].contains(tokens[trigger + 1]),
               trigger == 0 || !["aux", "des"].contains(tokens[trigger - 1]) { return [mention] }
            // "by the Schumer-aligned Senate Majority PAC": past the name that describes the giver.
            if k > 2, tokens[k - 2].text == "-", Tokenizer.attributiveSuffixes.contains(tokens[k - 1]),
               let describing = context.outerMentions.first(where: { $0.tokens.upperBound == k - 2 }) { k = describing.tokens.lowerBound }
            // "de la part de l'entrepreneur X", "from the company X": a determiner and a description between.
            var described = 0
            while k > trigger + 2, described < 3, isDescription(tokens[k - 1]) { k -= 1; described += 1 }
            // "un don de 4 600 euros de Jean Dupont": the giver right after the gift's amount.
            if k > 1, ["de", "d'"].contains(tokens[k - 1]), Self.giftWords.contains(tokens[trigger]),
               context.money.contains(where: { $0.tokens.upperBound == k - 1 && $0.tokens.lowerBound - trigger <= 2 }) { return [mention] }
            // Not "followed by X": the next in a ranking, no agent.
            if k > 0, tokens[k - 1].folded == "by", k > 1, ["followed", "suivi", "suivie"].contains(tokens[k - 2]) { continue }
            // Not "gifts compiled by the Chronicle", "donations disclosed by the party": who reports them gave none.
            if k > 1, tokens[k - 1].folded == "by", Self.talliedWords.contains(tokens[k - 2]) { continue }
            if k > 0, ["by", "from"].contains(tokens[k - 1]) || describedFrom(context, before: k, after: trigger) != nil { return [mention] }
            // "versé par Acme", "offert par Acme": the agent of a passive gift.
            if k > 1, tokens[k - 1].folded == "par", Self.givingVerbs.contains(tokens[k - 2]) || Self.giftWords.contains(tokens[k - 2]) { return [mention] }
            if k > 2, tokens[k - 1].folded == "de" || tokens[k - 1].folded == "d'", tokens[k - 2].folded == "part" { return [mention] }
        }
        return []
    }

    /// Honorifics between "from"/"by"/"de" and the giver's name (static: a literal list was built for every mention).
    static let agentHonorifics: WordSet = ["sir", "dame", "lord", "mr", "mrs", "ms", "dr", "m", "mme"]

    /// A word that may stand between "de la part de" / "from" and the giver's name: "l'", "the", "entrepreneur", "société".
    func isDescription(_ token: Token) -> Bool {
        SentenceContext.determiners.contains(token) || Lexicon.personTitles.contains(token)
            || ["societe", "groupe", "entreprise", "company", "firm", "group", "homme", "femme", "d'affaires"].contains(token)
    }

    /// "from spread-betting financier X", "from the financier X": up to two lower-case words of a description (and a
    /// determiner) between "from" and the giver; the start of the giver's phrase, or nil.
    func describedFrom(_ context: SentenceContext, before k: Int, after trigger: Int) -> Int? {
        let tokens = context.tokens
        var j = k, skipped = 0
        while j > trigger + 2, skipped < 2, tokens[j - 1].isWord, !tokens[j - 1].isCapitalized, !Lexicon.prepositions.contains(tokens[j - 1]),
              !Self.conjunctions.contains(tokens[j - 1]), !SentenceContext.passiveAuxiliaries.contains(tokens[j - 1]) { j -= 1; skipped += 1 }
        if j > trigger + 2, SentenceContext.determiners.contains(tokens[j - 1]) { j -= 1 }
        return skipped > 0 && j > 0 && tokens[j - 1].folded == "from" ? j : nil
    }

    static let conjunctions: WordSet = ["and", "et", "or", "ou", "but", "mais", "nor", "ni"]

    /// "par l'intermédiaire d'Amazon" / "through Amazon": the article names the company as the giver.
    func through(_ context: SentenceContext) -> SentenceMention? {
        let tokens = context.tokens
        for mention in context.outerMentions where mention.kind == .company {
            let k = mention.tokens.lowerBound
            if k > 2, ["d'", "de", "du"].contains(tokens[k - 1]), tokens[k - 2].folded == "intermediaire",
               context.tokens[..<k].contains(where: { Self.giftWords.contains($0) }),
               !context.tokens[k...].contains(where: { ["service", "plateforme", "platform"].contains($0) }) { return mention }
            if k > 0, tokens[k - 1].folded == "through", context.tokens[..<k].contains(where: { Self.giftWords.contains($0) }) { return mention }
        }
        return nil
    }

    func promote(_ mention: SentenceMention) -> EntityRef? {
        EntityRef(.company, mention.surface)
    }
}
