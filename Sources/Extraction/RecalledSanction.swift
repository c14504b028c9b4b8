/// "L'Autorité a condamné Google à 220 M€. Elle lui avait déjà infligé une amende de 150 M€ en 2019.": a sentence
/// that names no new party but tells a fine of its own, right after a regulator's case, is that regulator's earlier
/// or later sanction of the same party — a case of its own when its amount or year differs (FactMerger decides).
extension DisputeRules {
    /// Only the fine words a sanction is told with; "probe" or "inquiry" carry no amount.
    static let fineWords = LexiconData.forms("dispute.fine").union(LexiconData.inflected("dispute.regulator.fr.verb"))
        .union(LexiconData.forms("dispute.fine.borne")).flagged(.fine)
    /// Pronouns that carry the parties over: "elle lui a infligé", "it was fined".
    static let carriers = WordSet(["lui", "leur", "elle", "il", "l'", "la", "le", "it", "its", "they", "them", "him", "her",
                                    "institution", "regulateur", "regulator", "autorite", "authority", "watchdog", "gendarme"]).flagged(.carriers)

    /// `near`: the case was told within the last three sentences; further back the sentence must name one of its parties.
    func recalledSanction(_ context: SentenceContext, last: Dispute, near: Bool) -> Dispute? {
        guard FactMerger.authority.contains(last.kind), context.contains(Self.fineWords), !context.money.isEmpty else { return nil }
        let tokens = context.tokens
        // The amount must be the fine's own: "une amende de 150 M€", "a $5 million fine", "150 M€ d'amende".
        guard let fine = context.money.first(where: { m in
            tokens.indices.contains { k in Self.fineWords.contains(tokens[k])
                && ((k < m.tokens.lowerBound && m.tokens.lowerBound - k <= 3) || (k >= m.tokens.upperBound && k - m.tokens.upperBound <= 2)) }
        }) else { return nil }
        let parties = Set(last.parties.map(\.entity))
        // Names in the reason told after the fine ("pour ne pas avoir respecté un accord avec Bouygues Telecom") are
        // not parties.
        let named = context.outerMentions.filter { m in
            m.source != .pronoun && (m.kind == .company || m.kind == .agency || m.kind == .person) && m.tokens.lowerBound < fine.tokens.upperBound
        }
        guard named.allSatisfy({ $0.entity.map(parties.contains) ?? false }), named.count < 2,
              named.count == 1 || (near && (context.contains(Self.carriers) || context.mentions.contains { $0.source == .pronoun || $0.source == .anaphor })),
              // "Cela n'a pas échappé à l'Autorité, qui lui a infligé…": only the fine's own clause may deny it.
              !context.isNegated(from: max(0, fine.tokens.lowerBound - 7), to: fine.tokens.lowerBound) else { return nil }
        return Dispute(parties: last.parties, kind: last.kind, date: context.sentenceDate ?? context.published, evidence: context.evidence,
                       rule: "dispute.recalled-sanction", confidence: 0.5, money: fine.money, statedDate: context.sentenceDate)
    }

    /// "The Electoral Commission fined Reform £500. The Heritage Party was also fined £600.": a fine told with only the
    /// party it hit, right after a regulator's case, is that regulator's sanction of this other party.
    func sanctionOfAnother(_ context: SentenceContext, last: Dispute) -> Dispute? {
        guard FactMerger.authority.contains(last.kind), context.contains(Self.fineWords), !context.money.isEmpty,
              let regulator = last.parties.first(where: { $0.entity.kind == .agency })?.entity else { return nil }
        let tokens = context.tokens
        let named = context.outerMentions.filter { $0.source != .pronoun && $0.entity?.kind != .agency && $0.entity != nil }
        guard named.count == 1, let party = named[0].entity, party != regulator,
              !context.outerMentions.contains(where: { $0.kind == .agency && $0.entity != regulator }),
              let fined = tokens.indices.first(where: { Self.fineWords.contains(tokens[$0]) }), named[0].tokens.upperBound <= fined,
              context.isPassiveSubject(end: named[0].tokens.upperBound, verb: fined)
                || Self.sanctionedWith(tokens, end: named[0].tokens.upperBound, trigger: fined),
              !context.isNegated(from: named[0].tokens.upperBound, to: fined + 1) else { return nil }
        return Dispute(parties: [DisputeParty(entity: regulator, side: .plaintiff), DisputeParty(entity: party, side: .defendant)],
                       kind: last.kind, date: context.sentenceDate ?? context.published, evidence: context.evidence,
                       rule: "dispute.recalled-regulator", confidence: 0.5, money: context.money.first?.money, statedDate: context.sentenceDate)
    }

    /// "Une fois encore l'Autorité de la concurrence démontre son utilité. … l'amende de 80 millions d'euros prononcée
    /// contre Numéricable": a fine told with only the party it hits, in an article that has just named a regulator,
    /// is that regulator's, though no case was told before.
    func sanctionOfNamedRegulator(_ context: SentenceContext, regulator: EntityRef) -> Dispute? {
        guard Self.isRegulator(regulator), context.contains(Self.fineWords),
              !context.outerMentions.contains(where: { $0.kind == .agency }) else { return nil }
        let tokens = context.tokens
        guard let fined = tokens.indices.first(where: { Self.fineWords.contains(tokens[$0]) }) else { return nil }
        // Without an amount, the fine must be said imposed: "The first penalty was imposed in December 2022 against X".
        guard !context.money.isEmpty || tokens[fined..<min(tokens.count, fined + 5)].contains(where: { Self.imposingVerbs.contains($0) }) else { return nil }
        // The party the fine is pronounced against or inflicted on, within a few words of the fine word.
        let targets = context.outerMentions.filter { m in
            let k = m.tokens.lowerBound
            return (m.kind == .company || m.kind == .person || (m.entity == nil && !context.isBareAcronym(m)))
                && k > fined && k - fined <= 10 && (["contre", "against", "on"].contains(tokens[k - 1]) || tokens[k - 1].hasText("à"))
        }
        // Else the one party before the fine word that bears it: "X was fined £500", "X paid a £1,000 fine", "X a
        // écopé d'une amende", "X was hit with a fine".
        let bearers = context.outerMentions.filter { m in
            // A guessed name after "in" is a place ("a branch in High Peak was hit with a £200 fine").
            (m.kind == .company || m.kind == .person || m.kind == .fund
                || (m.entity == nil && !context.isBareAcronym(m) && !(m.tokens.lowerBound > 0 && Self.locatives.contains(tokens[m.tokens.lowerBound - 1]))))
                && m.tokens.upperBound <= fined && fined - m.tokens.upperBound <= 6
                && (context.isPassiveSubject(end: m.tokens.upperBound, verb: fined) || Self.sanctionedWith(tokens, end: m.tokens.upperBound, trigger: fined)
                    || tokens[m.tokens.upperBound..<fined].contains { Self.bearingVerbs.contains($0) }
                    || (Self.borneVerbs.contains(tokens[fined]) && fined - m.tokens.upperBound <= 3))
        }
        let chosen = targets.count == 1 ? targets : targets.isEmpty && bearers.count == 1 ? bearers : []
        guard chosen.count == 1, !context.isNegated(from: max(0, fined - 4), to: fined + 1) else { return nil }
        let party = chosen[0].entity ?? EntityRef(.company, chosen[0].surface)
        return Dispute(parties: [DisputeParty(entity: regulator, side: .plaintiff), DisputeParty(entity: party, side: .defendant)],
                       kind: Self.isCompetitionAuthority(regulator) ? .antitrust : .regulatory, date: context.sentenceDate ?? context.published,
                       evidence: context.evidence, rule: "dispute.named-regulator", confidence: 0.5, money: context.money.first?.money,
                       statedDate: context.sentenceDate)
    }

    /// A body that sanctions: a competition authority, or one named a regulator, an authority or a commission.
    static func isRegulator(_ entity: EntityRef) -> Bool {
        guard entity.kind == .agency else { return false }
        if isCompetitionAuthority(entity) { return true }
        return nameWords(entity).contains { regulatorNameWords.contains($0) }
    }
    /// The folded words of a body's name, a possessive read as its word ("Information Commissioner's Office" holds
    /// "commissioner"): the regulator, prosecution and competition tests read names through it.
    static func nameWords(_ entity: EntityRef) -> [String] {
        FoldedWords.all(Folding.fold(entity.name)).map { $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
    }
    static let regulatorNameWords = LexiconData.set("agency.regulator.word")
    /// Police and prosecutors, whose cases are criminal ones (lexicon `agency.prosecution.word`).
    static func isProsecution(_ entity: EntityRef) -> Bool {
        entity.kind == .agency && nameWords(entity).contains { prosecutionNameWords.contains($0) }
    }
    static let prosecutionNameWords = LexiconData.set("agency.prosecution.word")
    /// "paid a fine", "a écopé d'une amende": verbs whose subject bears the fine (lexicon `dispute.fine.bearing`).
    static let bearingVerbs = LexiconData.forms("dispute.fine.bearing")
    /// Folded: "à" is "a".
    static let locatives: WordSet = ["in", "at", "near", "a", "en", "dans", "pres"]
    /// "X a écopé de 69 millions d'euros": the verb is the fine word itself (lexicon `dispute.fine.borne`).
    static let borneVerbs = LexiconData.forms("dispute.fine.borne")
    /// "a penalty was imposed against X", "l'amende prononcée contre X": verbs that say a fine was imposed, which
    /// then needs no amount (lexicon `dispute.fine.imposing`).
    static let imposingVerbs = LexiconData.forms("dispute.fine.imposing")
}
