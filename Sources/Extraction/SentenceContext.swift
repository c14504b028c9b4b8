/// One sentence prepared for the relation rules: its tokens, names, amounts and dates, and the
/// grammar-light questions the rules ask (who is the subject, is the verb negated, which date applies).
/// A class: the rules pass contexts around (previous, next, recent ones) about twenty times per sentence, and copying
/// the struct retained and released each of its arrays every time.
final class SentenceContext {
    let sentence: Sentence
    let mentions: [SentenceMention]
    let money: [MoneyMatch]
    let dates: [DateMatch]
    let published: String?
    let evidence: Evidence
    /// Mentions not nested inside a longer mention, computed once: every rule walks them.
    let outerMentions: [SentenceMention]
    /// The bits of the `SentenceList`s the sentence's words meet: the rules' many "does the sentence say…" questions.
    let lists: ListMask
    /// The sentence's folded words, for the questions a `Sequence` of Strings asks (a `WordSet` without a flag is
    /// answered by scanning the tokens instead); most sentences are asked none.
    private(set) lazy var words = WordSet(tokens: sentence.tokens)
    /// Whether the sentence holds a quantifier's last word ("all of which", "tous deux"), asked once per sentence
    /// because `subjects(before:)` runs for every trigger.
    let mayQuantify: Bool

    init(sentence: Sentence, mentions: [SentenceMention], money: [MoneyMatch], dates: [DateMatch], published: String?,
         evidence: Evidence) {
        self.sentence = sentence
        self.mentions = mentions
        self.money = money
        self.dates = dates
        self.published = published
        self.evidence = evidence
        lists = SentenceList.mask(of: sentence.tokens)
        mayQuantify = lists & SentenceList.quantifierEnds.bit != 0
        outerMentions = mentions.filter { m in
            !mentions.contains { other in other != m && other.tokens.count > m.tokens.count
                && other.tokens.lowerBound <= m.tokens.lowerBound && other.tokens.upperBound >= m.tokens.upperBound }
        }
    }

    var tokens: [Token] { sentence.tokens }

    /// Tokens that end a clause when walking back from a verb to its subject.
    static let clauseBreaks = WordSet([";", ":", "mais", "but", "tandis", "whereas", "alors", "while", "cependant",
                                            "however", "pourtant", "yet", "?", "!"]).flagged(.clauseBreaks)
    /// Words allowed between two coordinated subjects: "Sam Altman, CEO d'OpenAI, et Jeff Bezos".
    static let coordination: WordSet = [",", "et", "and", "&", "ainsi", "que", "as", "well", "ou", "or", "(", ")",
                                            "le", "la", "l'", "les", "the", "son", "sa", "ses", "his", "her", "its",
                                            "leur", "their", "de", "d'", "du", "des", "of", "un", "une", "a", "an",
                                            "americain", "american", "technique", "executif", "executive", "general",
                                            "generale", "financier", "scientifique", "actuel", "current", "ancien",
                                            "former", "cofondateurs", "cofondateur", "co-founder", "fondateurs",
                                            "aux", "respectifs", "-", "—", "–", ".", "wife", "husband", "epouse", "femme", "mari", "epoux"]
    static let negations = WordSet(["n'", "ne", "pas", "aucun", "aucune", "jamais", "not", "never", "no", "nie",
                                         "nient", "denied", "denies", "deny", "refuse", "refused", "refuses",
                                         "declined", "declines", "decline", "dementi", "dement", "rien",
                                         "nothing", "neither", "nor", "ni", "sans", "without", "didn't", "won't",
                                         "wouldn't", "doesn't", "hasn't", "haven't"]).flagged(.negations)
    /// Hypotheses in any conjugation: "envisageraient", "pourraient".
    static func isHypothetical(_ word: String) -> Bool {
        hypotheticals.contains(word) || word.hasPrefix("envisag") || word.hasPrefix("pourrai")
    }
    static let hypotheticals: WordSet = ["envisagerait", "envisage", "envisager", "envisageait", "pourrait",
                                             "pourraient", "could", "would", "might", "considering", "considered",
                                             "consider", "considers", "hypothetical", "hypothetique", "eventuel",
                                             "eventuelle", "eventuels", "eventuelles", "reflechit", "reflechirait", "songe", "weighing", "mulling"]

    /// Whether a mention is the complement of a preposition ("de Trump", "selon CNN") rather than a possible subject.
    func isComplement(_ mention: SentenceMention) -> Bool {
        let k = mention.tokens.lowerBound
        guard k > 0 else { return false }
        var j = k - 1
        // "de son service Prime Video", "selon le quotidien Le Monde": one common noun may stand between.
        if tokens[j].kind == .word, !tokens[j].isCapitalized, !Lexicon.prepositions.contains(tokens[j]),
           !Self.determiners.contains(tokens[j]), j > 0, Self.determiners.contains(tokens[j - 1]) { j -= 1 }
        if Self.determiners.contains(tokens[j]), j > 0 { j -= 1 }
        if ["de", "d'", "of"].contains(tokens[j]), j > 0, Self.agentNouns.contains(tokens[j - 1]) { return false }
        // "le comité exécutif de la Ville a choisi", "the board of the Authority": an organ acts for its body.
        if ["de", "d'", "du", "of"].contains(tokens[j]), j > 0,
           Self.organNouns.contains(tokens[j - 1]) || (j > 1 && Self.organNouns.contains(tokens[j - 2]) && tokens[j - 1].kind == .word && !tokens[j - 1].isCapitalized) {
            return false
        }
        // "le fait que Musk a dépensé": "que" opens a clause whose subject follows.
        if tokens[j].folded == "que" { return false }
        // "tech giants like Meta, Amazon and Uber gave": examples of the subject, not a complement.
        if ["like", "comme", "including", "notamment"].contains(tokens[j]) { return false }
        // "Acme, together with Globex, won": a co-subject.
        if Self.joinsWith(tokens, at: j) { return false }
        // "with Michael Davis making the biggest donation", "with Graham and Susan Tobbell contributing": the subject
        // of an absolute clause.
        // "followed by Alexander Fraser handing over £260,000" likewise.
        if tokens[j].folded == "with" || (tokens[j].folded == "by" && j > 0 && tokens[j - 1].folded == "followed"),
           isAbsoluteSubject(from: mention.tokens.upperBound) { return false }
        return Lexicon.prepositions.contains(tokens[j]) || isDescribedEmployer(k)
    }

    /// "Jeffrey Roe of Washington-based software developer Vexor Games has given": a name after "of" and a description
    /// of up to four words (lower-case nouns, "-based" places), right after another name, is that name's employer.
    private func isDescribedEmployer(_ k: Int) -> Bool {
        let j = CompanyContexts.describingStart(tokens, before: k, limit: 4) - 1
        guard j < k - 1, j > 0, ["of", "de", "d'"].contains(tokens[j]) else { return false }
        return tokens[j - 1].kind == .word && tokens[j - 1].isCapitalized
    }

    /// Whether an English -ing verb follows, past names coordinated with the one ending at `end`.
    func isAbsoluteSubject(from end: Int) -> Bool {
        var k = end
        while k < tokens.count, k - end <= 6 {
            let token = tokens[k]
            if token.kind == .word, !token.isCapitalized {
                if token.foldedLength > 4 && token.foldedEnds(with: "ing") { return true }
                if !["and", "both"].contains(token) { return false }
            } else if token.kind != .word && token.text != "," { return false }
            k += 1
        }
        return false
    }

    /// Whether the token at `k` is the "with" of "together with" / "along with", which joins two names like "and".
    static func joinsWith(_ tokens: [Token], at k: Int) -> Bool {
        k > 0 && tokens[k].folded == "with" && ["together", "along"].contains(tokens[k - 1])
    }

    /// Nouns whose "de X" names who acts: "l'annonce de Meta de faire un don".
    static let agentNouns: WordSet = ["annonce", "decision", "promesse", "engagement", "intention", "announcement",
                                          "pledge", "offre", "offer"]
    /// The organs of a body, which act in its name (lexicon `agency.organ`).
    static let organNouns = LexiconData.set("agency.organ")
    static let determiners = WordSet(["le", "la", "l'", "les", "the", "son", "sa", "ses", "his", "her", "its",
                                           "their", "leur", "leurs", "un", "une", "a", "an", "ce", "cette", "this"]).flagged(.determiners)

    /// Token indices inside quotation marks: what someone said, not what the article reports.
    var quotedTokens: Set<Int> {
        var inside = Set<Int>()
        var open: Int?
        // An odd number of straight quotes: the sentence began inside a quotation the splitter cut at its opening mark.
        // Quotation marks are one-scalar punctuation tokens: compared as scalars, not as Unicode strings. The first
        // byte of the marks asked below (", « », “ ”) tells the other tokens without decoding them.
        func mark(_ token: Token) -> UInt32 {
            guard token.kind == .punct, let lead = token.text.utf8.first, lead == 0x22 || lead == 0xC2 || lead == 0xE2 else { return 0 }
            return token.text.unicodeScalars.first?.value ?? 0
        }
        let straight = tokens.indices.filter { mark(tokens[$0]) == 0x22 }
        var skip = -1
        if straight.count % 2 == 1, let first = straight.first {
            inside.formUnion(0..<first)
            skip = first
        }
        // By index: a loop over the tokens themselves copied each one.
        for k in tokens.indices where k != skip {
            switch mark(tokens[k]) {
            case 0xAB, 0x201C: open = k
            case 0xBB, 0x201D: if let start = open { inside.formUnion((start + 1)..<k) }; open = nil
            case 0x22:
                if let start = open { inside.formUnion((start + 1)..<k); open = nil } else { open = k }
            default: break
            }
        }
        return inside
    }


    /// The subject of the verb at `trigger`: the nearest eligible mention before it in the same clause,
    /// with the mentions coordinated with it ("Meta et Amazon ont chacune…").
    func subjects(before trigger: Int, kinds: Set<EntityKind>, allowUnknown: Bool = true) -> [SentenceMention] {
        if let group = amongAntecedents(trigger: trigger, kinds: kinds) { return group }
        if let subject = absoluteSubject(trigger: trigger, kinds: kinds, allowUnknown: allowUnknown) { return [subject] }
        var start = 0
        for k in stride(from: trigger - 1, through: 0, by: -1) where Self.clauseBreaks.contains(tokens[k])
            || (["que", "qu'", "that"].contains(tokens[k]) && !(k > 0 && ["ainsi", "well", "alors", "tandis"].contains(tokens[k - 1]))) {
            start = k + 1
            break
        }
        // "Meta said Thursday it donated", "Acme announced that it had given": the pronoun is the speaker.
        if let speaker = speakerOfPronoun(clauseStart: start, trigger: trigger, kinds: kinds) { return speaker }
        // "Top donors include Nvidia and Oracle – all of which donated": every party of the clause before.
        if let whole = quantifiedAntecedents(clauseStart: start, trigger: trigger, kinds: kinds) { return whole }
        if let antecedent = relativeAntecedent(clauseStart: start, trigger: trigger, kinds: kinds) { return [antecedent] }
        let relatives = relativeClauses(from: start, to: trigger)
        let eligible = outerMentions.filter { m in
            m.tokens.lowerBound >= start && m.tokens.upperBound <= trigger && !isComplement(m)
                && !relatives.contains(where: { $0.contains(m.tokens.lowerBound) })
                // "the Pentagon's contract": a possessor qualifies a noun, it is not the subject.
                && !(m.tokens.upperBound < tokens.count && tokens[m.tokens.upperBound].isPossessive)
                && (m.kind.map(kinds.contains) ?? (allowUnknown && !isBareAcronym(m)))
        }
        guard var nearest = eligible.last else { return reportedSpeaker(clauseStart: start, trigger: trigger, kinds: kinds) }
        // "Le patron de Tesla, SpaceX et X a offert…": names coordinated with the complement of a title are complements too.
        // The title itself may stand for the person named earlier (DescriptionResolver's anaphor on "patron").
        if let title = ownedByTitle(nearest, from: start) {
            return mentions.filter { $0.tokens.lowerBound == title && $0.source == .anaphor && $0.kind.map(kinds.contains) == true }
        }
        // "the Transport Workers' Union (TLWU) each gave": the acronym in parentheses stands for the name before it.
        let k = nearest.tokens.lowerBound
        if k >= 2, tokens[k - 1].text == "(", let named = eligible.last(where: { $0.tokens.upperBound == k - 1 && $0.entity == nearest.entity }) {
            nearest = named
        }
        var group = [nearest]
        let candidates = eligible.filter { $0.tokens.upperBound <= nearest.tokens.lowerBound }
        for candidate in candidates.reversed() {
            guard let head = group.first else { break }
            let gap = candidate.tokens.gap(to: head.tokens)
            // "the co-founder of LinkedIn Reid Hoffman": the title before the head (an anaphor) is the head's, not a subject.
            if candidate.source == .anaphor, !gap.isEmpty, gap.count <= 4, ["of", "de", "d'", "du"].contains(tokens[gap.lowerBound]) { continue }
            if isCoordination(gap) || isAppositiveCoordination(gap) { group.insert(candidate, at: 0) } else { break }
        }
        return group
    }

    /// ", the curator of Dalmor Conferences, and" or ", the libertarian co-founder of PayPal, and the co-founder of
    /// LinkedIn": two subjects coordinated, the first with a description between commas, the second perhaps after its
    /// own title. Neither part may hold a clause (a relative pronoun, a verb of speech, an auxiliary).
    func isAppositiveCoordination(_ gap: Range<Int>) -> Bool {
        guard gap.count >= 4, tokens[gap.lowerBound].text == ",",
              let link = gap.last(where: { ["and", "et"].contains(tokens[$0]) && $0 > gap.lowerBound + 1 && tokens[$0 - 1].text == "," })
        else { return false }
        let description = (gap.lowerBound + 1)..<(link - 1), title = (link + 1)..<gap.upperBound
        guard !description.isEmpty, description.count <= 12, title.count <= 8 else { return false }
        func opensDescription(_ k: Int) -> Bool {
            Self.determiners.contains(tokens[k]) || Lexicon.personTitles.contains(tokens[k]) || (tokens[k].kind == .word && !tokens[k].isCapitalized)
        }
        guard opensDescription(description.lowerBound), title.isEmpty || opensDescription(title.lowerBound) else { return false }
        return !description.contains(where: isClauseWord) && !title.contains(where: isClauseWord)
    }

    private func isClauseWord(_ k: Int) -> Bool {
        tokens[k].text == "," || Self.clauseBreaks.contains(tokens[k]) || Self.appositionStops.contains(tokens[k])
    }

    static let appositionStops: WordSet = ["who", "whom", "which", "that", "qui", "que", "qu'", "dont", "said", "says", "told",
                                           "has", "have", "had", "is", "was", "were", "are", "ont", "est", "sont", "avait", "etait"]

    /// "…, with Unite donating £657,702", "avec Vexor versant…": the name before an -ing verb after "with" is its subject.
    func absoluteSubject(trigger: Int, kinds: Set<EntityKind>, allowUnknown: Bool) -> SentenceMention? {
        // Callers may ask of the sentence's end (`trigger == tokens.count`): no verb there.
        guard trigger >= 2, trigger < tokens.count else { return nil }
        let verb = tokens[trigger].folded
        guard verb.hasSuffix("ing") || verb.hasSuffix("ant") else { return nil }
        for m in outerMentions where m.tokens.upperBound == trigger && m.tokens.lowerBound >= 1 {
            guard ["with", "avec"].contains(tokens[m.tokens.lowerBound - 1]) else { continue }
            if let kind = m.kind { if kinds.contains(kind) { return m } } else if allowUnknown { return m }
        }
        return nil
    }

    /// The title's token when `m` ends a list that starts with the complement of a title or role noun
    /// ("le patron de Tesla, SpaceX et X"), nil otherwise.
    func ownedByTitle(_ m: SentenceMention, from start: Int) -> Int? {
        // A comma alone is apposition ("le cofondateur de Ripple, Chris Larsen, a donné"): a list needs its conjunction.
        guard m.tokens.lowerBound > 0, ["et", "and", "ou", "or"].contains(tokens[m.tokens.lowerBound - 1].folded) else { return nil }
        var head = m
        for other in outerMentions.reversed() where other.tokens.upperBound <= head.tokens.lowerBound && other.tokens.lowerBound >= start {
            guard isCoordination(other.tokens.gap(to: head.tokens)) else { break }
            head = other
        }
        guard head.tokens != m.tokens, isComplement(head) else { return nil }
        let k = head.tokens.lowerBound
        guard k >= 2, ["de", "d'", "of", "du"].contains(tokens[k - 1].folded),
              Lexicon.personTitles.contains(tokens[k - 2]) || NameCandidates.orgSlots.contains(tokens[k - 2]) else { return nil }
        return k - 2
    }

    /// "Nvidia and Oracle – all of which donated", "both of whom gave", "tous deux": the subject is every named party
    /// before the quantifier (nil when no such quantifier stands between the clause start and the trigger).
    func quantifiedAntecedents(clauseStart start: Int, trigger: Int, kinds: Set<EntityKind>) -> [SentenceMention]? {
        guard mayQuantify, trigger >= 3 else { return nil }
        var opener: Int?
        for q in stride(from: trigger - 2, through: max(start, 1), by: -1) where q + 1 < trigger {
            let first = tokens[q].folded, second = tokens[q + 1].folded
            let third = q + 2 < tokens.count ? tokens[q + 2].folded : ""
            let quantified = (["all", "both", "each", "tous", "toutes"].contains(first) && ["of", "d'", "de"].contains(second)
                              && Self.quantifierEnds.contains(third) && third != "deux") || (first == "tous" && second == "deux")
            if quantified, tokens[q - 1].kind != .word { opener = q; break }
        }
        guard let opener else { return nil }
        let before = outerMentions.filter { m in
            m.tokens.upperBound < opener && !isComplement(m) && (m.kind.map(kinds.contains) ?? false)
                && !(m.tokens.upperBound < tokens.count && tokens[m.tokens.upperBound].isPossessive)
        }
        return before.count >= 2 ? before : nil
    }

    /// "ceux de Paul Durand, PDG de Zeta Media, qui a contribué", "help from Ann Lee, a trader, who gave": the verb's
    /// subject is the relative pronoun's antecedent, even inside a complement, past an appositive title.
    func relativeAntecedent(clauseStart start: Int, trigger: Int, kinds: Set<EntityKind>) -> SentenceMention? {
        var r = trigger - 1
        while r > start, trigger - r <= 3, Self.auxiliaries.contains(tokens[r].folded) { r -= 1 }
        guard r > start, ["qui", "who", "which"].contains(tokens[r].folded), tokens[r - 1].text == "," else { return nil }
        let appositives = relativeClauses(from: start, to: r)
        let before = outerMentions.filter { m in
            m.tokens.lowerBound >= start && m.tokens.upperBound < r && !appositives.contains(where: { $0.contains(m.tokens.lowerBound) })
                && (m.kind.map(kinds.contains) ?? !isBareAcronym(m))
        }
        guard let nearest = before.last else { return nil }
        // Only commas, the appositive and nothing else between the antecedent and the pronoun.
        let gap = tokens[nearest.tokens.upperBound..<r].indices.filter { k in !appositives.contains(where: { $0.contains(k) }) }
        return gap.allSatisfy({ tokens[$0].text == "," }) ? nearest : nil
    }

    static let auxiliaries = WordSet(["a", "ont", "avait", "avaient", "has", "have", "had", "also", "aussi", "egalement",
                                           "deja", "already", "reportedly", "personally", "personnellement"]).flagged(.auxiliaries)

    /// The auxiliaries of a passive ("has been fined", "a été sanctionné") and the adverbs that sit among them.
    static let passiveAuxiliaries = WordSet(["been", "was", "were", "is", "are", "be", "being", "ete", "est", "sont",
                                              "etait", "etaient", "fut", "largely", "entirely", "partly", "mostly"]).flagged(.passiveAuxiliaries)

    /// "The Labour Party has been fined": only (passive) auxiliaries, at most three, between a name ending at `end`
    /// and the verb at `verb`, one of them a passive's.
    func isPassiveSubject(end name: Int, verb: Int) -> Bool {
        // "the Social Democratic and Labour Party (SDLP) was fined": an acronym in parentheses after the name.
        let end = name + 2 < tokens.count && tokens[name].text == "(" && tokens[name + 2].text == ")" ? name + 3 : name
        guard end < verb, verb - end <= 3 else { return false }
        let gap = tokens[end..<verb]
        return gap.contains { Self.passiveAuxiliaries.contains($0) }
            && gap.allSatisfy { Self.passiveAuxiliaries.contains($0) || Self.auxiliaries.contains($0) }
    }

    static let quantifierEnds = WordSet(["which", "whom", "them", "entre", "deux"]).flagged(.quantifierEnds)

    static let subjectPronouns: WordSet = ["il", "elle", "he", "she", "it"]

    /// "Altman a indiqué qu'il prévoyait de faire un don", "Acme said it would give": the pronoun opening
    /// the reported clause is the speaker, the subject of the clause before "que"/"that".
    func reportedSpeaker(clauseStart: Int, trigger: Int, kinds: Set<EntityKind>) -> [SentenceMention] {
        guard clauseStart >= 2, clauseStart < trigger, Self.subjectPronouns.contains(tokens[clauseStart]),
              ["que", "qu'", "that"].contains(tokens[clauseStart - 1]) else { return [] }
        let speaker = subjects(before: clauseStart - 1, kinds: kinds, allowUnknown: false)
        return speaker.count == 1 ? speaker : []
    }

    /// The subject of the reporting verb when the trigger's own subject is "it" or "they" right after it ("Meta, …,
    /// said Thursday it donated"; one or two words may stand between: a day, "that", an auxiliary); nil otherwise.
    func speakerOfPronoun(clauseStart: Int, trigger: Int, kinds: Set<EntityKind>) -> [SentenceMention]? {
        var p = trigger - 1
        while p > clauseStart, trigger - p <= 3, Self.pronounAuxiliaries.contains(tokens[p]) { p -= 1 }
        guard p > clauseStart, ["it", "they"].contains(tokens[p]),
              let verb = tokens[max(clauseStart, p - 3)..<p].lastIndex(where: { Self.reportingVerbs.contains($0) }) else { return nil }
        let speaker = subjects(before: verb, kinds: kinds)
        return speaker.isEmpty ? nil : speaker
    }
    /// The auxiliaries and adverbs that may stand between "it" and its verb: those of `auxiliaries` and
    /// `passiveAuxiliaries`, and the modal ones.
    static let pronounAuxiliaries = auxiliaries.union(passiveAuxiliaries).union(["would", "will"])

    static let relativePronouns: WordSet = ["qui", "dont", "lequel", "laquelle", "which", "who", "whom", "whose"]

    /// Relative clauses and appositive titles closed before `to`: "The group, which Musk founded, spent…",
    /// "Kenji Morita, fondateur de Tessaract, a offert…" (neither Musk nor Tessaract is the subject).
    /// Pronouns opening a clause that restricts the noun before it (no comma): "donors who attended…".
    static let restrictiveRelatives: WordSet = ["who", "whom", "qui"]

    func relativeClauses(from: Int, to: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var k = max(from, 1)
        while k < to {
            let title = { (j: Int) in j < to && (Lexicon.personTitles.contains(self.tokens[j]) || NameCandidates.orgSlots.contains(self.tokens[j])) }
            // "Meta, la société mère de Facebook, qui…", "Acme, a defence contractor, which…": a trade noun as well.
            // "Meta, the parent company of Facebook and Instagram, said": one lower-case modifier may stand before the noun.
            // "Drone Brumex, Inc., a Taiwanese company,": a nationality is such a modifier too.
            let modified = k + 2 < to && tokens[k + 1].isWord && (!tokens[k + 1].isCapitalized || AgencyNames.isDemonym(tokens[k + 1]))
            let opensAppositive = title(k) || (Self.determiners.contains(tokens[k]) && (title(k + 1)
                || (k + 1 < to && CompanyContexts.appositionNouns.contains(self.tokens[k + 1]))
                || (modified && (title(k + 2) || CompanyContexts.appositionNouns.contains(self.tokens[k + 2])))))
            // "Plusieurs patrons, dont X et Y, ont…": "dont" before a name lists members of the subject, no relative clause.
            let listing = tokens[k].folded == "dont" && k + 1 < to && tokens[k + 1].isCapitalized
            if !listing, Self.relativePronouns.contains(tokens[k]) || opensAppositive, tokens[k - 1].text == ",",
               let close = tokens[(k + 1)..<to].firstIndex(where: { $0.text == "," }) {
                out.append(k..<close)
                k = close
            } else if Self.restrictiveRelatives.contains(tokens[k]), tokens[k - 1].isWord, !tokens[k - 1].isCapitalized || k == 1,
                      !Lexicon.prepositions.contains(tokens[k - 1]), !outerMentions.contains(where: { $0.tokens.upperBound == k }),
                      !tokens[(k + 1)..<to].contains(where: { Self.clauseBreaks.contains($0) }) {
                // "donors who attended dinners at Chequers gave": the clause describes an unnamed subject up to its verb.
                out.append(k..<to)
                break
            }
            k += 1
        }
        return out
    }

    /// An unknown all-capitals word ("PAC", "AID") is too ambiguous to act as a party.
    func isBareAcronym(_ m: SentenceMention) -> Bool {
        m.tokens.count == 1 && (tokens[m.tokens.lowerBound].isAllCaps || Lexicon.agencyHeads.contains(tokens[m.tokens.lowerBound]))
    }

    /// Whether the tokens between two names only coordinate them, titles and complements allowed.
    func isCoordination(_ gap: Range<Int>, skipping clauses: [Range<Int>] = []) -> Bool {
        var sawLink = false
        var k = gap.lowerBound
        let described = descriptorStart(before: gap.upperBound, within: gap)
        while k < gap.upperBound {
            if k == described { return sawLink }
            if let clause = clauses.first(where: { $0.lowerBound == k }) {
                k = clause.upperBound
                continue
            }
            if let inner = mentions.first(where: { $0.tokens.lowerBound == k && $0.tokens.upperBound <= gap.upperBound }) {
                k = inner.tokens.upperBound
                continue
            }
            let word = tokens[k].folded
            if [",", "et", "and", "&"].contains(word) { sawLink = true }
            // "…et Oracle ainsi qu'au chinois Alibaba", "as well as": the conjunction, a repeated dative, a nationality.
            if (["que", "qu'"].contains(word) && k > gap.lowerBound && tokens[k - 1].folded == "ainsi")
                || (word == "well" && k > gap.lowerBound && tokens[k - 1].folded == "as") { sawLink = true }
            if sawLink, ["qu'", "au", "a"].contains(word) || (tokens[k].isWord && !tokens[k].isCapitalized && Self.isNationality(tokens[k])) {
                k += 1
                continue
            }
            // "CACI, together with York Telecom and DSCI, were awarded": "together with" / "along with" join names.
            if k + 1 < gap.upperBound, Self.joinsWith(tokens, at: k + 1) {
                sawLink = true
                k += 2
                continue
            }
            if !Self.coordination.contains(word) && !Lexicon.personTitles.contains(word) && !NameCandidates.orgSlots.contains(word) {
                return false
            }
            k += 1
        }
        return sawLink
    }

    /// "chinois", "américaine", "british": a lower-case nationality adjective, by its ending.
    static func isNationality(_ token: Token) -> Bool {
        token.foldedLength > 4 && ["ois", "oise", "ain", "aine", "ais", "aise", "ien", "ienne", "ish", "ese", "ian"].contains(where: token.foldedEnds)
    }

    /// "…, health insurer Anthem", "…, law and lobbying firm Holland & Knight": lower-case words closed by a trade
    /// noun just before a listed name describe it; where they start, else nil.
    func descriptorStart(before end: Int, within gap: Range<Int>) -> Int? {
        guard end - 1 > gap.lowerBound, CompanyContexts.appositionNouns.contains(tokens[end - 1]) else { return nil }
        var start = end - 1
        while start - 1 > gap.lowerBound, end - start < 5, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
              !Self.determiners.contains(tokens[start - 1]) {
            start -= 1
        }
        let link = tokens[start - 1].folded
        return link == "," || link == "and" || link == "et" ? start : nil
    }

    /// A negation or a hypothetical between `from` and `to` (token indices).
    func isNegated(from: Int, to: Int) -> Bool {
        let lower = max(0, from), upper = min(tokens.count, max(lower, to))
        return tokens.indices[lower..<upper].contains { k in
            // "a raflé les 150 millions sans être soumis à la concurrence": "sans" / "without" deny only the words
            // right after them ("sans obtenir le contrat"), not the clause before.
            if Self.scopedNegations.contains(tokens[k]) { return upper - k <= 3 }
            return Self.negations.contains(tokens[k]) || (Self.isHypothetical(tokens[k].folded) && !isReportedFuture(k))
        }
    }

    static let scopedNegations: WordSet = ["sans", "without"]

    static let reportingVerbs: WordSet = ["said", "says", "announced", "announces", "told", "confirmed", "promised",
                                              "pledged", "added", "stated"]
    /// "said he would donate": indirect speech for a pledge, not a hypothesis.
    func isReportedFuture(_ k: Int) -> Bool {
        tokens[k].folded == "would" && tokens[max(0, k - 3)..<k].contains { Self.reportingVerbs.contains($0) }
    }

    /// The money nearest the trigger: after it first (within `after` tokens), else before it (within `before`).
    func nearestMoney(to trigger: Int, after: Int = 14, before: Int = 10, excluding used: Set<Range<Int>> = []) -> MoneyMatch? {
        let free = money.filter { !used.contains($0.tokens) && !isDenied($0) }
        if money.count == 1 { return free.first }
        if let next = free.first(where: { $0.tokens.lowerBound >= trigger && $0.tokens.lowerBound - trigger <= after }) { return next }
        return free.last(where: { $0.tokens.upperBound <= trigger && trigger - $0.tokens.upperBound <= before })
    }

    /// "did not give five million dollars", "nie avoir versé 10 M$": an amount the sentence denies feeds no fact
    /// ("pas moins de", "no less than" are amounts, not denials).
    func isDenied(_ m: MoneyMatch) -> Bool {
        let k = m.tokens.lowerBound
        if isThreshold(k) { return true }
        return tokens.indices[max(0, k - 4)..<k].contains { j in
            Self.negations.contains(tokens[j])
                && !(j + 1 < tokens.count && ["moins", "less", "only", "seulement", "plus"].contains(tokens[j + 1]))
                // "for an amount not to exceed $36,000", "not exceeding £5m": a ceiling, stated.
                && !(j + 1 < tokens.count && (["exceeding", "more", "over"].contains(tokens[j + 1])
                        || (j + 2 < tokens.count && tokens[j + 1].hasText("to") && tokens[j + 2].hasText("exceed"))))
                && !["no", "sans", "without"].contains(tokens[j])
        }
    }

    /// "£200 fixed monetary penalty", "une amende de 5 000 euros", "a fine of $5,000": the amount of a sanction,
    /// the fine word right before it or within three words after it.
    func isSanctionAmount(_ m: MoneyMatch) -> Bool {
        guard m.tokens.upperBound <= tokens.count else { return false }
        let after = tokens[m.tokens.upperBound..<min(tokens.count, m.tokens.upperBound + 3)]
        let before = tokens[max(0, m.tokens.lowerBound - 2)..<m.tokens.lowerBound]
        return after.contains { DisputeRules.fineWords.contains($0) } || before.contains { DisputeRules.fineWords.contains($0) }
    }

    /// "pour les dons de plus de 15 000 francs", "for donations of more than £11,180": the amount at `k` is a
    /// reporting threshold, no gift.
    func isThreshold(_ k: Int) -> Bool {
        var j = k - 1
        if j >= 0, ["de", "than"].contains(tokens[j]) { j -= 1 }
        guard j >= 3, ["plus", "more", "over", "above"].contains(tokens[j]) else { return false }
        j -= 1
        if ["de", "of"].contains(tokens[j]) { j -= 1 }
        guard j >= 1, DonationRules.pluralGiftNouns.contains(tokens[j].folded) else { return false }
        return tokens[j - 1].folded == "for" || (j >= 2 && tokens[j - 1].folded == "les" && tokens[j - 2].folded == "pour")
    }

    /// The sentence's own date (the first point in time it gives), else nil.
    var sentenceDate: String? { dates.first(where: { $0.role == .point })?.iso }
    var endDate: String? { dates.first(where: { $0.role == .end })?.iso }
    var sentenceYear: Int? { sentenceDate.flatMap { Int($0.prefix(4)) } }

    /// A list without a flag is probed with each token's stored hash: most sentences are asked one such list
    /// (the extractor's government words), and building the sentence's `words` for it cost 5% of extraction.
    func contains(_ words: WordSet) -> Bool {
        if words.flagBits != 0 { return words.isFlagged(in: lists) }
        let tokens = sentence.tokens
        // By index: a loop over the tokens themselves copied each one.
        for k in tokens.indices where words.position(of: tokens[k]) != nil { return true }
        return false
    }
    /// The same for any other list of folded words (a `Set<String>` a rule keeps); literal lists take the one above.
    func contains<S: Sequence>(_ words: S) -> Bool where S.Element == String { !self.words.isDisjoint(with: words) }

    /// Index of the first token sequence equal to `words` (folded), if any.
    func find(_ words: [String], from: Int = 0) -> Int? {
        guard words.count <= tokens.count, from <= tokens.count - words.count else { return nil }
        for k in from...(tokens.count - words.count) where zip(words, tokens[k..<(k + words.count)]).allSatisfy({ $0 == $1.folded }) {
            return k
        }
        return nil
    }
}
