/// Disputes: a conflict word (lawsuit, complaint, fine, investigation, attack, feud) with at least two named
/// parties in the sentence; sources ("selon CNN"), platforms ("sur X") and courts are not parties.
struct DisputeRules {
    static let lawsuitWords = WordSet(["proces", "poursuit", "poursuivi", "poursuivie", "poursuivre", "poursuites",
                                            "poursuite", "plainte", "plaintes", "assigne", "assignation", "contentieux",
                                            "litige", "recours", "sued", "sues", "sue", "suing", "lawsuit", "lawsuits",
                                            "litigation", "countersued", "injunction", "complaint", "complaints",
                                            "juridique", "judiciaire", "tribunal", "court", "justice", "settle", "settled",
                                            "settlement", "prud'hommes", "prud'homales", "transactionnel", "reconventionnelle",
                                            "counterclaim", "countersuit", "legal"]).union(LexiconData.forms("dispute.lawsuit")).flagged(.lawsuit)
    static let regulatorWords = WordSet(["amende", "amendes", "fined", "fine", "fines", "sanction", "sanctions",
                                              "sanctionne", "penalty", "penalties", "penalite", "enquete", "investigation",
                                              "probe", "charged", "charges", "demeure", "infraction", "violation",
                                              "violations", "inquiry"]).union(LexiconData.forms("dispute.regulator")).flagged(.regulator)
    /// Words that open a proceeding (not a feud): a sentence with two of them in separate clauses tells two cases.
    static let caseWords = lawsuitWords.union(regulatorWords).subtracting(["justice", "tribunal", "court", "legal", "juridique", "judiciaire"]).flagged(.caseWords)
    static let antitrustWords = WordSet(["antitrust", "anticoncurrentiel", "anticoncurrentielle", "anticoncurrentielles",
                                              "anticoncurrentiels", "dominante", "monopole", "monopoly", "anticompetitive",
                                              "anti-competitive", "competition", "concurrence", "cartel", "entente"]).flagged(.antitrust)
    static let monopolyWords = WordSet(["monopolizing", "monopolising", "monopolize", "monopolise", "monopolized",
                                             "monopolies", "monopoly", "monopole", "anticompetitive", "antitrust"]).flagged(.monopoly)
    static let feudVerbs = WordSet(["attaque", "attaquer", "attaques", "attaquant", "attacked", "attacks", "attack",
                                         "critique", "critiquer", "critiques", "critiquait", "criticized", "criticised",
                                         "criticizes", "insulte", "insulter", "insulted", "insults", "slammed", "blasted",
                                         "mocked", "ridiculise", "derided", "lashed", "guerre", "war", "feud", "querelle",
                                         "clash", "clashed", "spat", "protestation", "protest", "denonce", "denounced",
                                         "accuse", "accused", "accuses", "accusing", "accusant", "accusait", "accusent", "prenne", "pris", "prend", "prendre",
                                         "dechaine", "dechainee", "dechaines", "tweets", "haine", "pointe", "fustige",
                                         "fustigated", "rails", "railed", "rebuked", "rebukes", "hostiles", "hostile", "animosite", "tensions"])
        .union(LexiconData.forms("dispute.feud")).flagged(.feud)
    /// Feud words that are nouns: the target follows "contre"/"against", the attacker may sit anywhere.
    static let feudNouns: WordSet = ["critiques", "attaques", "tweets", "haine", "hostiles", "hostile", "protestation",
                                         "protest", "animosite", "tensions", "guerre", "war", "feud", "querelle", "clash", "spat"]
    static let blameWords = WordSet(["origine", "responsable", "responsible", "blame", "blamed", "blames", "reproche"]).flagged(.blame)
    /// Words before a name that make it a source or a venue, not a party.
    static let sourceLeads: WordSet = ["selon", "according", "d'apres", "sur", "on", "via", "dans", "interview",
                                           "entretien", "emission", "antenne", "told", "a", "au", "appris"]
    /// Words after a name that make it the source of the report: "dont l'AFP a eu connaissance", "seen by Reuters".
    static let sourceTails: [[String]] = [["a", "eu", "connaissance"], ["a", "consulte"], ["a", "pu", "consulter"], ["has", "seen"], ["has", "reviewed"]]
    static let forums = ["government accountability office", "cour des comptes", "conseil d'etat", "court of federal claims"]
    static let courtWords: WordSet = ["tribunal", "court", "cour", "juge", "judge", "conseil"]

    /// Whether the folded name holds one of `forums`. Foundation's `contains` (a Unicode-aware search, a sixth of the
    /// dispute rules) is asked only when the bytes hold the forum, which it needs: the answer is Foundation's.
    static func namesForum(_ name: String) -> Bool {
        let folded = Folding.fold(name)
        return forums.contains { forum in ASCIIWord.bytes(of: folded, contain: forum) && folded.contains(forum) }
    }

    /// `awardingAgency`: the body that last awarded or bought, the other side of a contested award.
    /// `recentAward`: a contract told in the last sentences, whose bidders' protests name its agency and holder.
    func extract(_ context: SentenceContext, awardingAgency: EntityRef? = nil, recentAward: Contract? = nil) -> [Dispute] {
        let tokens = context.tokens
        guard let (trigger, found) = classify(context, awardTold: recentAward != nil) else { return [] }
        var kind = found
        if context.isNegated(from: trigger - 7, to: trigger) { return [] }
        if Self.isAttributiveContested(tokens, trigger) { return [] }
        var parties: [DisputeParty] = []
        let named = namedNearTrigger(context, trigger)
        let passive = trigger >= 1 && trigger + 1 < tokens.count && ["by", "par"].contains(tokens[trigger + 1])
            && tokens[max(0, trigger - 2)..<trigger].contains { SentenceContext.passiveAuxiliaries.contains($0) }
        for mention in context.outerMentions {
            // An unknown capitalised word opening the sentence is a name only beside a known one ("Free et SFR").
            // "Zentrix filed a lawsuit against…": one shaped like a name right before the action is its subject.
            let opening = mention.tokens.lowerBound == 0 && mention.tokens.count == 1 && !context.outerMentions.contains { other in
                other.entity != nil && other.tokens.lowerBound > 0 && context.isCoordination(mention.tokens.gap(to: other.tokens))
            } && !(trigger - mention.tokens.upperBound <= 3 && mention.tokens.upperBound < tokens.count
                   && NameCandidates.mayOpenAsName(tokens[mention.tokens.lowerBound])
                   && tokens[mention.tokens.upperBound].kind == .word && !tokens[mention.tokens.upperBound].isCapitalized)
            if mention.entity == nil && (context.isBareAcronym(mention) || opening || !named.contains(mention)) { continue }
            // "porter plainte contre X": the French for persons unknown, not the platform ("une enquête contre X" is).
            if mention.surface == "X", mention.tokens.lowerBound >= 2, tokens[mention.tokens.lowerBound - 1].folded == "contre",
               tokens[max(0, mention.tokens.lowerBound - 3)..<(mention.tokens.lowerBound - 1)].contains(where: { ["plainte", "plaintes"].contains($0) }) { continue }
            let entity = mention.entity ?? EntityRef(.company, mention.surface)
            let k = mention.tokens.lowerBound
            // A party or committee is a party only as the object of the action: "fined the Heritage Party".
            if entity.kind == .fund {
                var object = k == trigger + 1 || (k == trigger + 2 && SentenceContext.determiners.contains(tokens[trigger + 1]))
                // "issued warnings to several parties, including Labour", "une amende à LFI": the noun's object.
                if !object, trigger + 1 < tokens.count, k > trigger + 1, k - trigger <= 9,
                   ["to", "against", "contre"].contains(tokens[trigger + 1]) || tokens[trigger + 1].hasText("à") {
                    // Other parties of the list may stand between ("including National and Labour"), not other actors.
                    object = tokens[(trigger + 2)..<k].allSatisfy { $0.kind == .word || $0.isMark(",") }
                        && !context.outerMentions.contains { $0.tokens.lowerBound > trigger && $0.tokens.lowerBound < k && $0.kind != nil && $0.kind != .fund }
                }
                // "The Labour Party has been fined £5,000": the subject of the passive is the object too.
                guard object || context.isPassiveSubject(end: mention.tokens.upperBound, verb: trigger)
                        || Self.sanctionedWith(tokens, end: mention.tokens.upperBound, trigger: trigger) else { continue }
            }
            var lead = k - 1
            if lead >= 0, ["le", "la", "l'", "les", "the", "son", "sa", "ses", "his", "her"].contains(tokens[lead]) { lead -= 1 }
            // "his platform X", "son compte X": a platform named, not a party.
            if lead >= 0, ["plateforme", "platform"].contains(tokens[lead]) { continue }
            if lead >= 0, ["reseau", "social", "compte", "account", "network"].contains(tokens[lead]),
               tokens[max(0, lead - 4)..<lead].contains(where: { ["sur", "on", "via"].contains($0) }) { continue }
            // "X, a Taiwanese company, is taking Y to court": a name describing the noun after an indefinite is no party.
            if lead >= 0, EntityRecognizer.indefinites.contains(tokens[lead].text), mention.tokens.upperBound < tokens.count,
               CompanyContexts.appositionNouns.contains(tokens[mention.tokens.upperBound]) { continue }
            // "à Reuters" leads a source; the English article "a" ("probed by a House of Lords watchdog") does not.
            if lead >= 0, Self.sourceLeads.contains(tokens[lead]), !EntityRecognizer.indefinites.contains(tokens[lead].text), !isTarget(tokens, lead) { continue }
            let end = mention.tokens.upperBound
            if Self.sourceTails.contains(where: { tail in end + tail.count <= tokens.count
                && zip(tokens[end..<(end + tail.count)], tail).allSatisfy { $0.folded == $1 } }) { continue }
            if Self.isCourt(entity) { continue }
            // "won its case against a supplier that was recommended to ministers by X": a name inside a relative clause
            // describing an unnamed party is no party.
            // "sued Vexor Supplies, which was recommended by X": nor one describing a named defendant.
            if k > trigger + 2, let r = (trigger + 2..<k).last(where: { ["that", "which", "who", "qui"].contains(tokens[$0]) }),
               !tokens[(r + 1)..<k].contains(where: { SentenceContext.clauseBreaks.contains($0) }) {
                // After a noun, not a verb ("arguing that the MoD failed" opens what is argued).
                let verbBefore = tokens[r - 1].folded.hasSuffix("ing") || tokens[r - 1].folded.hasSuffix("ed") || NameCandidates.speechVerbs.contains(tokens[r - 1])
                let unnamedHead = tokens[r - 1].kind == .word && !tokens[r - 1].isCapitalized && !SentenceContext.determiners.contains(tokens[r - 1]) && !verbBefore
                    && !context.outerMentions.contains(where: { $0.tokens.lowerBound > trigger && $0.tokens.upperBound <= r })
                let namedHead = tokens[r - 1].text == "," && context.outerMentions.contains(where: { $0.tokens.upperBound == r - 1 && $0.tokens.lowerBound > trigger })
                if unnamedHead || namedHead { continue }
            }
            // "has sued Alphabet's Google": the owner of the company sued is no party.
            if entity.kind == .company, end + 1 < tokens.count, tokens[end].isPossessive,
               context.outerMentions.contains(where: { $0.tokens.lowerBound == end + 1 && ($0.kind == .company || $0.entity == nil) }) { continue }
            // "Facebook users have filed a class action against Meta": the company names the people who sue, it is no party.
            if entity.kind == .company, end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
               Self.peopleOfCompany.contains(tokens[end]) { continue }
            // Forums that only hear a case: a bid protest "with the GAO" is against the agency, not the GAO.
            if Self.namesForum(entity.name) { continue }
            if !parties.contains(where: { $0.entity == entity }) {
                // "X is being probed by Y": the agent after a passive acts, the subject before it undergoes.
                let side: DisputeParty.Side = (k < trigger) != passive ? .plaintiff : .defendant
                parties.append(DisputeParty(entity: entity, side: kind == .publicFeud || kind == .other ? .party : side))
            }
        }
        // "Sopra Steria … a saisi le tribunal pour contester l'attribution du marché": the awarding body is the other side.
        if Self.contestWords.contains(tokens[trigger]), parties.count == 1, let agency = awardingAgency,
           !parties.contains(where: { $0.entity == agency }) {
            parties.append(DisputeParty(entity: agency, side: .defendant))
        }
        // "Blue Origin and Dynetics filed the protests", after "NASA's contract award to SpaceX": the award's sides.
        if Self.contestWords.contains(tokens[trigger]), let award = recentAward, !context.contains(Self.awardWords) {
            for entity in [award.agency, award.contractor].compactMap({ $0 }) where !parties.contains(where: { $0.entity == entity }) {
                parties.append(DisputeParty(entity: entity, side: .defendant))
            }
        }
        // A pronoun is a party only facing a name after the trigger ("it agreed to settle a lawsuit brought by Paxton");
        // "qu'il avait intenté un procès" with no one named after it recalls a case told already.
        let pronouns = Set(context.outerMentions.filter { $0.source == .pronoun }.compactMap(\.entity))
        let partyEntities = Set(parties.map(\.entity))
        let namedAfter = context.outerMentions.contains { m in
            m.source != .pronoun && m.tokens.lowerBound > trigger && partyEntities.contains(m.entity ?? EntityRef(.company, m.surface))
        }
        if !namedAfter {
            let named = Set(context.outerMentions.filter { $0.source != .pronoun }.compactMap(\.entity))
            parties.removeAll { pronouns.contains($0.entity) && !named.contains($0.entity) }
        }
        guard Set(parties.map(\.entity)).count >= 2 else { return [] }
        // "Google, along with its parent company Alphabet, is being sued for…": a passive with no agent anywhere
        // after it names only who is sued, and no case stands between them.
        if kind == .lawsuit, !passive, trigger >= 1, Self.suedWords.contains(tokens[trigger]),
           tokens[max(0, trigger - 2)..<trigger].contains(where: { SentenceContext.passiveAuxiliaries.contains($0) }),
           !tokens[(trigger + 1)...].contains(where: { ["by", "par"].contains($0) }),
           !context.outerMentions.contains(where: { m in m.tokens.lowerBound > trigger && parties.contains { $0.entity == (m.entity ?? EntityRef(.company, m.surface)) } }) {
            return []
        }
        // A government body that sues or acts is a regulator: antitrust in a competition case, else regulatory.
        // A body that is sued ("un recours contre la DGA", "a lawsuit against the FAA") keeps the case a lawsuit.
        let agencies = context.outerMentions.filter { m in m.kind == .agency && parties.contains { $0.entity == m.entity } }
        let sued = agencies.contains { m in
            tokens[max(0, m.tokens.lowerBound - 3)..<m.tokens.lowerBound].contains { ["contre", "against", "sued", "sues", "suing", "assigne", "attaque", "poursuit"].contains($0) }
        }
        // A department, a city or a prosecutor going to court is a lawsuit ("the Department of Health has won its High
        // Court case against…", "referred X to the police"): only a regulator makes its case regulatory.
        if kind == .lawsuit, let regulator = agencies.first?.entity, !sued, !Self.contestWords.contains(tokens[trigger]) {
            if (Self.isCompetitionAuthority(regulator) && !context.contains(Self.consumerCaseWords)) || context.contains(Self.antitrustWords)
                || context.contains(Self.monopolyWords) {
                kind = .antitrust
            } else if agencies.contains(where: { $0.entity.map(Self.isRegulator) == true }) {
                kind = .regulatory
            }
        }
        // "subject to an Australian Federal Police investigation": a criminal case is a lawsuit (GUIDELINES).
        if kind == .regulatory, agencies.contains(where: { $0.entity.map(Self.isProsecution) == true }) { kind = .lawsuit }
        // A feud needs an attacker and a target on either side of the attack, or "entre X et Y".
        // "Musk and Altman have traded insults": a reciprocal attack needs no target after it.
        let reciprocal = tokens[max(0, trigger - 3)..<trigger].contains { Self.reciprocalVerbs.contains($0) } || Self.isFallout(tokens, trigger)
        if kind == .publicFeud, !reciprocal, !context.contains(["entre", "between"]), !Self.feudNouns.contains(tokens[trigger]) {
            let positions = context.outerMentions.filter { m in parties.contains { $0.entity == m.entity } }.map(\.tokens.lowerBound)
            guard positions.contains(where: { $0 < trigger }), positions.contains(where: { $0 > trigger }) else { return [] }
        }
        let dispute = Dispute(parties: parties, kind: kind, date: context.sentenceDate ?? context.published,
                              evidence: context.evidence, rule: "dispute.\(kind.rawValue)", confidence: 0.7,
                              money: context.money.first?.money, statedDate: context.sentenceDate)
        if let cases = Self.eachWithItsAmount(dispute, context) { return cases }
        // "lawsuits against A and B": the suits' word right before "against" lists their defendants.
        let against = tokens[(trigger + 1)..<min(tokens.count, trigger + 3)].contains { ["against", "contre"].contains($0) }
        return Self.separateCases(dispute, word: tokens[trigger].folded, separate: context.contains(["separate", "distinct", "distinctes", "separees", "separes"]),
                                  against: against)
    }

    /// "fined Apple €500 million … and Meta €200 million": defendants each followed by an amount of their own are
    /// sanctioned in cases of their own, each against the whole other side.
    static func eachWithItsAmount(_ dispute: Dispute, _ context: SentenceContext) -> [Dispute]? {
        let defendants = dispute.parties.filter { $0.side == .defendant }
        let others = dispute.parties.filter { $0.side != .defendant }
        guard defendants.count >= 2, !others.isEmpty else { return nil }
        var amounts: [Money] = []
        for party in defendants {
            guard let mention = context.outerMentions.first(where: { ($0.entity ?? EntityRef(.company, $0.surface)) == party.entity }),
                  let money = context.money.first(where: { $0.tokens.lowerBound == mention.tokens.upperBound }) else { return nil }
            amounts.append(money.money)
        }
        return zip(defendants, amounts).map { party, money in
            var one = dispute
            one.parties = others + [party]
            one.money = money
            return one
        }
    }

    /// "the highly contested contract", "a disputed election": the participle qualifies a noun (after a determiner or
    /// an adverb, before a lower-case noun), no case is brought. English only: French "a contesté" has the auxiliary "a".
    static func isAttributiveContested(_ tokens: [Token], _ trigger: Int) -> Bool {
        guard trigger >= 1, trigger + 1 < tokens.count, Self.contestedWords.contains(tokens[trigger]) else { return false }
        let before = tokens[trigger - 1], after = tokens[trigger + 1]
        let qualifies = SentenceContext.determiners.contains(before) || before.folded.hasSuffix("ly") || ["more", "most"].contains(before)
        let noun = after.kind == .word && !after.isCapitalized && !Lexicon.prepositions.contains(after) && !SentenceContext.determiners.contains(after)
        return qualifies && noun
    }
    static let contestedWords: WordSet = ["contested", "disputed"]

    /// Past participles of suing.
    static let suedWords: WordSet = ["sued", "poursuivi", "poursuivie", "poursuivis", "poursuivies", "assigne", "assignee", "assignes",
                                     "attaque", "attaquee", "attaques", "attaquees"]

    /// "hit the Heritage Party with fines", "was hit with a £400 penalty": the party just before "with" and the sanction.
    static func sanctionedWith(_ tokens: [Token], end: Int, trigger: Int) -> Bool {
        guard end < trigger, trigger - end <= 7 else { return false }
        let gap = tokens[end..<trigger]
        return gap.contains { $0.folded == "with" } && !gap.contains { $0.kind == .punct && $0.text != "£" && $0.text != "$" && $0.text != "€" }
    }

    /// "A and B filed protests", "separate lawsuits against A and B": a plural case word with several parties on one
    /// side is one case per party of that side, each against the whole other side.
    static func separateCases(_ dispute: Dispute, word: String, separate: Bool, against: Bool = false) -> [Dispute] {
        guard word.hasSuffix("s"), Self.pluralCases.contains(word) || separate else { return [dispute] }
        let plaintiffs = dispute.parties.filter { $0.side == .plaintiff }
        let defendants = dispute.parties.filter { $0.side != .plaintiff }
        // "Dominion has filed lawsuits against A and B": one plaintiff's suits right before "against" several are one
        // case each (not "un recours contre A et B": the French word is singular too).
        let (split, rest) = plaintiffs.count >= 2 ? (plaintiffs, defendants)
            : (separate || (plaintiffs.count == 1 && against && word != "recours")) && defendants.count >= 2 ? (defendants, plaintiffs) : ([], [])
        guard !split.isEmpty, !rest.isEmpty else { return [dispute] }
        return split.map { party in
            var one = dispute
            one.parties = split == plaintiffs ? [party] + rest : rest + [party]
            return one
        }
    }

    /// "Tribunal de commerce", "Cour des comptes", "High Court", "Supreme Court": a forum, never a party.
    /// The sentence's bodies that act (buy, sanction), without the courts that only hear cases.
    static func actingBodies(_ mentions: [SentenceMention]) -> [SentenceMention] {
        mentions.filter { $0.kind == .agency && !isCourt($0.entity ?? EntityRef(.agency, $0.surface)) }
    }

    /// "Facebook users", "Tesla shareholders", "les salariés d'Atos": people a company's name qualifies (lexicon
    /// `dispute.company.people`).
    static let peopleOfCompany = LexiconData.forms("dispute.company.people")

    static func isCourt(_ entity: EntityRef) -> Bool {
        // Only the first and the last word are asked (`FoldedWords.firstAndLast`: splitting the name cost ≈ 8,000
        // instructions a call, and the extractor asks it of every agency of every sentence).
        let folded = Folding.fold(entity.name)
        let (first, last) = FoldedWords.firstAndLast(folded)
        // "U.S. District Court for the Northern District of California", "Supreme Court of the United States".
        return courtWords.contains(first) || last == "court" || last == "tribunal" || folded.contains(" court ")
    }

    static let reciprocalVerbs: WordSet = ["traded", "trade", "trading", "exchanged", "exchange", "exchanging", "echange",
                                               "echanges", "echangent", "echangeaient", "echanger", "livrent", "livrer", "livraient", "livre"]

    /// Words after "poursuivre" that make it "carry on": a possessive ("sa reprise") or "sur" ("sur sa lancée").
    /// What "accuser" shows rather than blames: "a accusé une baisse de 10 %".
    static let figureNouns = LexiconData.forms("dispute.figure")
    /// "poursuivre les travaux": the determiners before what is carried on.
    static let carriedDeterminers: WordSet = ["le", "la", "les", "l'", "des", "du"]
    static let carryOnObjects: WordSet = ["son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "sur", "his", "her", "their"]
    /// Determiners that never stand for an object pronoun before a verb (unlike French "le", "la", "les", "leur").
    static let nounDeterminers: WordSet = ["un", "une", "son", "sa", "ses", "cette", "the", "an", "his", "her", "its", "their", "this"]
    static let pluralCases: WordSet = ["protests", "lawsuits", "suits", "complaints", "plaintes", "recours", "challenges"]

    static let caseNouns: WordSet = ["enquete", "affaire", "procedure", "plainte", "dossier", "investigation", "case",
                                         "probe", "complaint", "lawsuit", "suit", "inquiry"]

    /// "L'enquête avait été ouverte en février 2022 à la suite d'une plainte de l'UHI": the sentence after a case,
    /// opening on the case itself, adds its complainant and the date the case began.
    func followUp(_ dispute: inout Dispute, _ next: SentenceContext) {
        let tokens = next.tokens
        guard tokens.prefix(4).contains(where: { Self.caseNouns.contains($0) }),
              tokens.prefix(4).contains(where: { ["l'", "la", "le", "the", "this", "cette", "ce"].contains($0) }) else { return }
        for mention in next.outerMentions where mention.source != .pronoun && mention.kind != .fund {
            guard let entity = mention.entity, !dispute.parties.contains(where: { $0.entity == entity }),
                  !Self.isCourt(entity) else { continue }
            let lead = mention.tokens.lowerBound > 0 ? tokens[mention.tokens.lowerBound - 1].folded : ""
            if ["selon", "according", "devant", "before"].contains(lead) { continue }
            dispute.parties.append(DisputeParty(entity: entity, side: .plaintiff))
        }
        if let began = next.sentenceDate, began < (dispute.date ?? "9999") { dispute.date = began }
        // A complaint to the European Commission or a competition authority opens a competition case.
        let competition = dispute.parties.contains { Self.isCompetitionAuthority($0.entity) || $0.entity.name == "European Commission" }
        if dispute.kind == .regulatory, next.contains(Self.antitrustWords) || (competition && next.contains(["plainte", "complaint", "saisine"])) {
            dispute.kind = .antitrust
        }
    }

    /// "a assigné en justice", "l'accusait devant la justice", "took it to court": a court named as the venue of an action.
    func courtAction(_ tokens: [Token], _ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, SentenceContext.determiners.contains(tokens[j]) { j -= 1 }
        guard j >= 0, ["en", "devant", "in", "to", "took", "before"].contains(tokens[j]) else { return false }
        return tokens[max(0, j - 4)..<j].contains { ["attaque", "assigne", "poursuivi", "traine", "taken", "sued", "accusait", "accuse",
                                                     "porte", "portee", "saisi", "went", "go", "aller", "alle", "engage",
                                                     "engagee", "intente", "intentee", "introduit", "introduite", "filed",
                                                     "brought", "lance", "lancee", "took", "take", "takes", "taking", "dragged",
                                                     "hauled"].contains($0) }
    }

    static let opposingVerbs = LexiconData.forms("dispute.opposing")

    /// "s'en prendre à X", "a déclaré la guerre à X": here "à" introduces the target, not a venue.
    func isTarget(_ tokens: [Token], _ lead: Int) -> Bool {
        guard ["a", "au", "on", "sur"].contains(tokens[lead]) else { return false }
        // "le litige opposant Vexor Group à Blixa", "l'affaire qui oppose X à Y": "à" names the other side.
        if ["a", "au"].contains(tokens[lead]), tokens[max(0, lead - 8)..<lead].contains(where: { Self.opposingVerbs.contains($0) }) { return true }
        // "l'amende infligée par l'Arcom à C8": after a passive's agent, "à" names who bears the action.
        if ["a", "au"].contains(tokens[lead]), let by = tokens[max(0, lead - 6)..<lead].lastIndex(where: { $0.folded == "par" }),
           by > 0, Self.regulatorWords.contains(tokens[by - 1]) || Self.lawsuitWords.contains(tokens[by - 1]) {
            return true
        }
        // "une amende de 156 millions de francs à BMW", "£5m to X": whoever is named after an amount's currency bears it.
        if lead > 0, MoneyParser.currencyWords[tokens[lead - 1]] != nil || MoneyParser.symbol(of: tokens[lead - 1]) != nil
            || (MoneyParser.codes.contains(tokens[lead - 1]) && tokens[lead - 1].isAllCaps) { return true }
        let before = tokens[max(0, lead - 3)..<lead].map(\.folded)
        return before.contains { ["guerre", "war", "prenne", "pris", "prend", "prendre", "proces", "dechaine", "dechainee", "attaques",
                                  "inflige", "amende", "sanction", "penalite", "euros", "dollars", "fine", "fines",
                                  "penalty", "penalties", "sanctions", "imposed", "levied",
                                  "enquete", "investigation", "probe", "inquiry", "procedure", "plainte", "complaint"].contains($0) }
    }

    /// The first conflict word of the sentence and the kind of dispute the sentence describes.
    /// Unknown names that can be parties: before the trigger, or in the list right after it ("contre A, B et C");
    /// a name further on ("makes Gemini the default assistant") is a product or a detail.
    func namedNearTrigger(_ context: SentenceContext, _ trigger: Int) -> Set<SentenceMention> {
        var out = Set(context.outerMentions.filter { $0.tokens.upperBound <= trigger })
        var last: SentenceMention?
        for m in context.outerMentions where m.tokens.lowerBound > trigger {
            // "à Uber Eats et de 13 millions à Deliveroo": a name after "à"/"contre" is a target wherever it sits.
            let lead = context.tokens[m.tokens.lowerBound - 1]
            let targeted = Lexicon.isTo(lead) || ["contre", "against", "versus", "vs"].contains(lead)
            if targeted {
                out.insert(m)
                last = m
                continue
            }
            if let previous = last {
                guard context.isCoordination(previous.tokens.gap(to: m.tokens)) else { break }
            } else if m.tokens.lowerBound - trigger > 10 {
                break
            }
            out.insert(m)
            last = m
        }
        return out
    }

    /// A competition authority by its name: "Autorité de la concurrence", "Competition and Markets Authority"
    /// (not the consumer-protection DGCCRF, whose name also holds "concurrence").
    static func isCompetitionAuthority(_ entity: EntityRef?) -> Bool {
        guard let entity, entity.kind == .agency else { return false }
        let words = nameWords(entity)
        return words.contains { competitionNameWords.contains($0) } && !words.contains { consumerNameWords.contains($0) }
    }
    /// Words of a competition authority's name, in the languages the press names them in (lexicon).
    private static let competitionNameWords = LexiconData.set("agency.competition.word")
    private static let consumerNameWords = LexiconData.set("agency.consumer.word")
    /// Words of a consumer-protection case (lexicon `dispute.consumer`), which a competition authority may bring too.
    static let consumerCaseWords = LexiconData.set("dispute.consumer")

    static let contestWords = WordSet(["protest", "protested", "conteste", "contester", "contestait", "contestent",
                                            "contested", "contests", "challenging", "challenge", "challenged"]).union(LexiconData.forms("dispute.contest")).flagged(.contest)
    static let awardWords = WordSet(["award", "attribution", "marche", "contrat", "contract", "gao", "offres", "bid",
                                          "bids", "offer", "offre", "tender", "accountability", "soumission"]).flagged(.disputeAward)

    /// Every word `classify` can answer for (keep in step with it): a sentence with none of them is no dispute.
    static let licenceNouns = LexiconData.forms("dispute.permit").flagged(.licence)
    static let licenceLosses = LexiconData.forms("dispute.licence")

    /// A falling-out: a feud between its two sides, named together before it ("Musk and Trump fell out") or around it.
    static let falloutVerbs = LexiconData.forms("dispute.fallout")
    static let fellWords: WordSet = ["fell", "fallen", "falling", "fall", "falls"]
    static let damagesWords: WordSet = ["dommages", "dommages-interets", "damages", "indemniser", "indemnites"]
    static let judgmentWords = LexiconData.forms("dispute.judgment")

    static func isFallout(_ tokens: [Token], _ k: Int) -> Bool {
        falloutVerbs.contains(tokens[k]) || (fellWords.contains(tokens[k]) && k + 1 < tokens.count && tokens[k + 1].folded == "out")
    }

    /// "is suspending the security status of X", "has barred A and B from procurement", "a exclu X des marchés publics": a
    /// body shutting a company out (lexicon `dispute.debar`).
    static let debarVerbs = LexiconData.forms("dispute.debar")

    static let classifyWords = licenceNouns.union(debarVerbs).union(contestWords).union(lawsuitWords).union(regulatorWords).union(feudVerbs).union(falloutVerbs).union(fellWords).union(judgmentWords).union([
        "suit", "suits", "action", "class", "qualifie", "traite", "called", "branded", "dubbed",
        "replique", "riposte", "retorque", "replied", "retorted", "hit", "case",
    ]).union(opposedCaseNouns).flagged(.classify)

    /// "l'affaire opposant Altice à Reflets", "le différend qui oppose X à Y": nouns that make a case of two sides set
    /// against each other (lexicon `dispute.opposed`); a court case for "affaire"/"contentieux", another dispute else.
    static let opposedCaseNouns = LexiconData.forms("dispute.opposed")

    /// Whether an opposed-case noun at `k` is followed by "opposant" or "qui oppose".
    static func opposes(_ tokens: [Token], _ k: Int) -> Bool {
        guard opposedCaseNouns.contains(tokens[k]) else { return false }
        return tokens[(k + 1)..<min(tokens.count, k + 3)].contains(where: { opposingVerbs.contains($0) })
    }

    func classify(_ context: SentenceContext, awardTold: Bool = false) -> (Int, DisputeKind)? {
        if !context.contains(Self.classifyWords) { return nil }
        let tokens = context.tokens
        // Competition words outside agency names, or a competition authority acting.
        // The word first (a flag), then whether an agency's name holds it: a set of the agencies' token indices, built
        // for every sentence with a conflict word, cost more than the rest of the test.
        let competitionWords = context.contains(Self.antitrustWords) && tokens.indices.contains { k in
            Self.antitrustWords.contains(tokens[k]) && !context.mentions.contains { $0.kind == .agency && $0.tokens.contains(k) }
        }
        // A competition authority's consumer-protection case ("fined for violations of the consumer code") is regulatory.
        let antitrust = competitionWords || (context.mentions.contains { Self.isCompetitionAuthority($0.entity) } && !context.contains(Self.consumerCaseWords))
        if let k = tokens.indices.first(where: { Self.contestWords.contains(tokens[$0]) }),
           context.contains(Self.awardWords) || (awardTold && context.outerMentions.contains { $0.kind == .company }) { return (k, .lawsuit) }
        if let k = tokens.indices.first(where: { ["suit", "suits"].contains(tokens[$0]) && $0 > 0
            && ["a", "an", "antitrust", "class-action", "the", "filed", "civil", "federal"].contains(tokens[$0 - 1]) }) {
            return (k, antitrust ? .antitrust : .lawsuit)
        }
        // "Uber has lost its licence to operate in London, TfL has announced": a body taking a licence away.
        if let k = tokens.indices.first(where: { Self.licenceNouns.contains(tokens[$0]) }),
           tokens[max(0, k - 3)..<k].contains(where: { Self.licenceLosses.contains($0) }) || (k + 1 < tokens.count && Self.licenceLosses.contains(tokens[k + 1])),
           context.outerMentions.contains(where: { $0.kind == .agency }) {
            return (k, .regulatory)
        }
        if let k = tokens.indices.first(where: { k in Self.debarVerbs.contains(tokens[k])
               && context.outerMentions.contains { $0.kind == .company && $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 10 } }),
           context.outerMentions.contains(where: { $0.kind == .agency && $0.tokens.upperBound <= k }),
           !context.isNegated(from: max(0, k - 4), to: k + 1) {
            return (k, .regulatory)
        }
        let quoted = context.quotedTokens
        for pass in 0..<2 {
        // By index: a loop over the tokens themselves copied each one. The lists are asked of the token (its flags).
        for k in tokens.indices {
            // Every branch below needs a word of `classifyWords` (its union): the others are skipped at one AND, before
            // the literal lists below are built for them.
            if tokens[k].lists & SentenceList.classify.bit == 0 { continue }
            let lawsuitWord = Self.lawsuitWords.contains(tokens[k]), regulatorWord = Self.regulatorWords.contains(tokens[k])
            if pass == 0 && !(lawsuitWord || regulatorWord) { continue }
            let word = tokens[k].folded
            let next = k + 1 < tokens.count ? tokens[k + 1].folded : ""
            // "dans sa plainte", "this lawsuit": a case already told, not a new one.
            if lawsuitWord, k > 0,
               ["sa", "son", "ses", "leur", "leurs", "his", "her", "its", "their", "cette", "ce", "this", "that"].contains(tokens[k - 1]) { continue }
            if lawsuitWord {
                if ["juridique", "judiciaire"].contains(word) && !(k > 0 && ["bataille", "battle", "action", "combat", "offensive", "guerre"].contains(tokens[k - 1])) { continue }
                // "a legal battle", "legal action": "legal" names a case only before a fight word.
                if word == "legal" && !["battle", "battles", "fight", "action", "challenge", "dispute", "war"].contains(next) { continue }
                if ["tribunal", "court", "justice"].contains(word) && !courtAction(tokens, k) { continue }
                // "a poursuivi sa reprise", "poursuivre leurs efforts": the verb's other sense, to carry on (any form, not the noun).
                if word.hasPrefix("poursui") && !word.hasPrefix("poursuite") && Self.carryOnObjects.contains(next) { continue }
                // "vont poursuivre les travaux", "poursuivre la construction": a thing carried on (not "poursuivre la
                // société X", nor "… en justice").
                if word.hasPrefix("poursui") && !word.hasPrefix("poursuite"), Self.carriedDeterminers.contains(next), k + 2 < tokens.count,
                   tokens[k + 2].kind == .word, !tokens[k + 2].isCapitalized,
                   !tokens[(k + 2)..<min(tokens.count, k + 5)].contains(where: { $0.kind == .word && $0.isCapitalized }),
                   !context.contains(["justice"]) { continue }
                // "la poursuite de l'effort", "la poursuite des travaux": the carrying on of something, no case (a case
                // "contre" someone is).
                if word == "poursuite", next == "de" || next == "du" || next == "des" || next == "d'", k + 2 < tokens.count,
                   tokens[k + 2].kind == .word, !tokens[k + 2].isCapitalized, !context.contains(["contre"]) { continue }
                // "has settled into a steady rhythm", "things settled down": no case is settled.
                if word.hasPrefix("settl") && ["into", "down"].contains(next) { continue }
                if word == "recours" && !context.contains(["contre", "against"]) { continue }
                if ["complaint", "complaints", "plainte", "plaintes"].contains(word) && antitrust { return (k, .antitrust) }
                return (k, antitrust && context.contains(["antitrust", "anticoncurrentiel", "anticoncurrentielles", "monopole", "monopoly"]) ? .antitrust : .lawsuit)
            }
            if regulatorWord {
                let regulator = context.mentions.contains { $0.kind == .agency }
                guard regulator else { continue }
                return (k, antitrust ? .antitrust : .regulatory)
            }
            if ["action", "class"].contains(word), ["collective", "action"].contains(next) { return (k, .lawsuit) }
            if Self.opposes(tokens, k) { return (k, ["affaire", "affaires", "contentieux"].contains(word) ? .lawsuit : .other) }
            // "a case brought by the Justice Department", "the case against Google": a case with its parties.
            if word == "case", ["brought", "filed", "against"].contains(next) { return (k, antitrust ? .antitrust : .lawsuit) }
            // "a qualifié Patrick Drahi de « vendeur »", "called Musk a fraud": an insult naming its target.
            if ["qualifie", "traite", "called", "branded", "dubbed"].contains(word), k + 1 < tokens.count,
               let target = context.outerMentions.first(where: { $0.tokens.lowerBound == k + 1 && ($0.kind == .person || $0.kind == .company) }),
               target.tokens.upperBound < tokens.count,
               ["de", "d'", "a", "an", "the", "«", "“", "\""].contains(tokens[target.tokens.upperBound]) {
                return (k, .publicFeud)
            }
            if ["replique", "riposte", "retorque", "replied", "retorted", "hit"].contains(word),
               tokens.contains(where: { Self.feudVerbs.contains($0) && $0.folded.hasPrefix("accus") }) {
                return (k, .publicFeud)
            }
            // "a été condamnée à verser 2 M€ à Halvern": a judgment ordering one party to pay another ("les
            // prisonniers condamnés" pays nobody).
            if pass == 1, Self.judgmentWords.contains(tokens[k]), tokens[(k + 1)..<min(tokens.count, k + 4)].contains(where: { Lexicon.isTo($0) }),
               !context.money.isEmpty || context.contains(Self.damagesWords) {
                return (k, antitrust ? .antitrust : .lawsuit)
            }
            // "Musk and Trump fell out", "s'est brouillé avec Donald Trump".
            if pass == 1, Self.isFallout(tokens, k), !quoted.contains(k) { return (k, .publicFeud) }
            if Self.feudVerbs.contains(tokens[k]) {
                // «… dénoncer l'Etat mafieux»: words inside a quotation are what someone said, not the attack reported.
                if quoted.contains(k) { continue }
                // "tire son épingle du jeu", "une critique de ses résultats": after a determiner the word is a noun, and a
                // noun attacks only someone it names after "contre"/"against"/"on".
                if k > 0, !Self.feudNouns.contains(tokens[k]), Self.nounDeterminers.contains(tokens[k - 1]),
                   !tokens[(k + 1)...].prefix(12).contains(where: { ["contre", "against", "envers", "on"].contains($0) }) { continue }
                // "L'entente … a été critiquée": a passive with no attacker named is no feud between the subject's names.
                if k > 0, ["ete", "was", "were", "been", "being"].contains(tokens[k - 1]), !["par", "by"].contains(next) { continue }
                if ["critiques", "attaques", "tweets", "haine", "hostiles", "hostile", "protestation", "protest", "animosite", "tensions", "dechaine", "dechainee", "dechaines"].contains(word),
                   !tokens[(k + 1)...].prefix(12).contains(where: { ["contre", "against", "envers", "sur", "a"].contains($0) }) { continue }
                if ["prenne", "pris", "prend", "prendre"].contains(word) && !(k > 1 && tokens[k - 1].folded == "en" ) { continue }
                if ["pointe"].contains(word) && next != "du" { continue }
                // "a déclaré la guerre à X", "se livrent une guerre publique", "waging a war": a war fought, not a metaphor's noun.
                if ["guerre", "war"].contains(word), !tokens[max(0, k - 3)..<k].contains(where: { ["declare", "declared", "mene", "menent", "waging", "wage", "waged"].contains($0)
                    || Self.reciprocalVerbs.contains($0) }), !["publique", "ouverte"].contains(next) { continue }
                // "Kering a accusé une baisse de 10 % de ses ventes": "accuser" a figure shows it, within three words.
                if word.hasPrefix("accus"), tokens[(k + 1)...].prefix(3).contains(where: { Self.figureNouns.contains($0) }) { continue }
                if word.hasPrefix("accus") && context.contains(Self.blameWords) { return (k, .other) }
                return (k, .publicFeud)
            }
        }
        }
        return nil
    }
}
