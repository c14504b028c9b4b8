/// Definite descriptions that stand for a named entity the article gave earlier: "le groupe de Redmond",
/// "the company", "the platform", "le milliardaire", "au comité". Each becomes a mention of that entity
/// (source "anaphor") so the relation rules see the party; it is never reported as a mention itself.
enum DescriptionResolver {
    /// Singular head nouns and the kinds of entity they can stand for.
    static let heads: WordMap<Set<EntityKind>> = {
        var table: [String: Set<EntityKind>] = [:]
        for word in ["entreprise", "societe", "firme", "compagnie", "company", "firm", "plateforme", "platform",
                     "start-up", "startup", "constructeur", "editeur", "fabricant", "geant", "giant", "maker",
                     "automaker", "chipmaker", "retailer", "broadcaster", "operateur", "conglomerat", "conglomerate",
                     "avionneur", "motoriste", "industriel", "equipementier", "armurier", "missilier", "contractor",
                     "carmaker", "planemaker", "insurer", "lender", "bank", "banque"] {
            table[word] = [.company]
        }
        for word in ["groupe", "group", "organisation", "organization"] { table[word] = [.company, .fund] }
        for word in ["milliardaire", "billionaire", "magnat", "mogul", "tycoon", "entrepreneur", "homme", "femme", "interesse", "interessee"] {
            table[word] = [.person]
        }
        for word in roleHeads { table[word] = [.person] }
        for word in ["comite", "committee", "pac", "party", "parti", "campaign", "foundation", "fondation", "library",
                     "bibliotheque"] { table[word] = [.fund] }
        for word in ["ministere", "ministry", "agence", "agency", "regulateur", "regulator", "departement", "department",
                     "commission", "autorite", "authority", "watchdog", "gendarme", "bureau"] {
            table[word] = [.agency]
        }
        for word in LexiconData.list("description.agency.named") + LexiconData.list("description.agency.government") { table[word] = [.agency] }
        return WordMap(table)
    }()
    /// Capitalised heads that recall only a body whose name holds them: "la Ville" after "la Ville de Montréal".
    static let namedOnlyHeads = LexiconData.set("description.agency.named")
    /// "le gouvernement a fait appel à…" after "le gouvernement français": recalls only a government named so, in any case.
    static let governmentHeads = LexiconData.set("description.agency.government")
    static let governmentWords = LexiconData.list("description.agency.government")
    /// The head nouns above, asked of every token through its flags.
    static let headWords = heads.keys.flagged(.descriptionHeads)
    /// Titles that stand for the person who holds them: "le patron de Tesla a versé…" (the name came earlier).
    static let roleHeads: WordSet = ["patron", "patronne", "pdg", "ceo", "fondateur", "fondatrice", "founder",
                                         "dirigeant", "dirigeante", "boss", "proprietaire", "owner", "executive", "chairman",
                                         "cofounder", "co-founder"]
    static let demonyms: WordSet = ["us", "u.s.", "uk", "french", "american", "german", "british", "chinese", "european", "japanese",
                                        "israeli", "indian", "canadian", "korean", "swiss", "italian", "spanish", "dutch"]
    /// Determiners that make a description definite (and the contracted prepositions that carry one).
    static let definite: WordSet = ["le", "la", "l'", "the", "au", "du", "ce", "cette", "cet", "this"]
    /// How many sentences back an antecedent may sit; a committee is named once at the top and recalled later.
    static func reach(_ kinds: Set<EntityKind>) -> Int { kinds == [.fund] ? 50 : 2 }

    static func resolve(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence]) {
        var history = MentionHistory()
        // Read once, not through the static accessor at every token.
        let heads = Self.heads
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            var added: [SentenceMention] = []
            for k in tokens.indices.dropFirst() {
                // Most tokens are no head: told by their flags before the table is probed.
                guard tokens[k].lists & SentenceList.descriptionHeads.bit != 0, let kinds = heads[tokens[k]] else { continue }
                // "the Bureau filed…" recalls the Competition Bureau; "le bureau du directeur" is an office.
                if tokens[k].folded == "bureau" || namedOnlyHeads.contains(tokens[k]), !tokens[k].isCapitalized { continue }
                // "le super PAC", "the Denver-based company", "the French group": modifiers do not stop the description.
                var d = k - 1
                while d > 0, k - d <= 2, tokens[d].folded == "super" || NameCandidates.isLocative(tokens[d])
                        || Self.demonyms.contains(tokens[d])
                        || ((kinds == [.fund] || kinds == [.agency]) && tokens[d].kind == .word && !tokens[d].isCapitalized
                            && !definite.contains(tokens[d])) { d -= 1 }
                // "the Tesla and SpaceX chief executive": organisations named before an English title qualify it.
                if roleHeads.contains(tokens[k]) {
                    var e = k - 1
                    while e > 0, k - e <= 8, ["chief", "and", "&", ",", "co", "former", "founding"].contains(tokens[e])
                            || perSentence[s].contains(where: { $0.tokens.contains(e) && ($0.kind == .company || $0.kind == .agency || $0.entity == nil) }) { e -= 1 }
                    if e < k - 1, ["the", "its", "their"].contains(tokens[e]) { d = e }
                }
                guard definite.contains(tokens[d]) else { continue }
                // An unknown capitalised head ("le super PAC") gives way to the description.
                perSentence[s].removeAll { $0.entity == nil && $0.tokens == k..<(k + 1) }
                guard !perSentence[s].contains(where: { $0.tokens.contains(k) }),
                      isBare(tokens, k, perSentence[s]) else { continue }
                // "homme d'affaires" / "femme d'affaires": only as a whole.
                if ["homme", "femme"].contains(tokens[k]),
                   !(k + 2 < tokens.count && tokens[k + 1].folded == "d'" && tokens[k + 2].folded == "affaires") { continue }
                guard let antecedent = antecedent(kinds, head: tokens[k].folded, before: k, sentence: s, perSentence, history: history)
                        ?? regulatorNamedNext(head: tokens[k], after: s, perSentence) else { continue }
                added.append(SentenceMention(entity: antecedent, surface: tokens[k].text, tokens: k..<(k + 1), source: .anaphor))
            }
            if !added.isEmpty {
                perSentence[s] = (perSentence[s] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            }
            resolvePronouns(&perSentence, sentences, s)
            // A source ("n'a pas rappelé La Presse") is no antecedent the article is about.
            history.record(perSentence[s].filter { !Attribution.isSource($0, in: tokens) }, sentence: s)
        }
    }

    /// Heads that only ever mean a regulator: "BT has been fined by the telecoms watchdog", its name told below.
    static let regulatorHeads: WordSet = ["watchdog", "regulator", "regulateur", "gendarme"]

    /// "BT has been hit with a £42 million fine by the telecoms watchdog. … Ofcom said…": a lead names the
    /// regulator by its role and the next sentences by its name; the first body named in the next three.
    static func regulatorNamedNext(head: Token, after s: Int, _ perSentence: [[SentenceMention]]) -> EntityRef? {
        guard regulatorHeads.contains(head) else { return nil }
        for t in (s + 1)..<min(perSentence.count, s + 4) {
            if let body = perSentence[t].first(where: { $0.kind == .agency && $0.source != .anaphor })?.entity { return body }
        }
        return nil
    }

    /// Subject pronouns opening a clause and the kinds they can stand for.
    static let pronouns: WordMap<Set<EntityKind>> = ["il": [.person, .company, .fund], "elle": [.person, .company, .fund],
                                                       "he": [.person], "she": [.person], "it": [.company, .fund]]
    /// Words after a pronoun that make it impersonal: "il y a", "il faut", "il s'agit", "it is".
    static let impersonal: WordSet = ["y", "faut", "fallait", "semble", "parait", "suffit", "is", "was", "'s", "seems",
                                          "appears", "remains", "means", "takes", "makes"]
    static let clauseOpeners: WordSet = [":", ";", ",", "et", "and", "mais", "but", "puis", "then", "so", "donc", "que",
                                             "qu'", "that", "car", "because"]

    /// "Le milliardaire n'entend pas s'arrêter là : il a promis 10 M$", "He also gave $1 million": a pronoun
    /// opening a clause stands for the subject before it, in this sentence or the one before.
    static func resolvePronouns(_ perSentence: inout [[SentenceMention]], _ sentences: [Sentence], _ s: Int) {
        let tokens = sentences[s].tokens
        var added: [SentenceMention] = []
        // The tables read once, not through their static accessors at every token.
        let pronouns = Self.pronouns, clauseOpeners = Self.clauseOpeners
        for k in tokens.indices {
            // The pronouns have at most four letters: longer words skip the look-up.
            guard tokens[k].folded.utf8.count <= 4, let kinds = pronouns[tokens[k]], k == 0 || clauseOpeners.contains(tokens[k - 1]),
                  k + 1 < tokens.count, !isImpersonal(tokens, k) else { continue }
            let here = subjectLike(perSentence[s], tokens, before: k, kinds)
            let there = s > 0 ? subjectLike(perSentence[s - 1], sentences[s - 1].tokens, before: sentences[s - 1].tokens.count, kinds) : nil
            guard let antecedent = here ?? there else { continue }
            added.append(SentenceMention(entity: antecedent, surface: tokens[k].text, tokens: k..<(k + 1), source: .pronoun))
        }
        if !added.isEmpty {
            perSentence[s] = (perSentence[s] + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
    }

    /// "il y a", "il faut", "it is unclear" — but not "it was awarded", a passive whose subject is the antecedent.
    static func isImpersonal(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1].folded
        if next == "s'", k + 2 < tokens.count, tokens[k + 2].folded == "agit" { return true }
        guard impersonal.contains(next) else { return false }
        if ["is", "was"].contains(next), k + 2 < tokens.count, tokens[k + 2].folded.hasSuffix("ed") || tokens[k + 2].folded.hasSuffix("en") {
            return false
        }
        return true
    }

    /// The first name of a fitting kind that is not a complement ("selon X", "de X"): most often the subject.
    static func subjectLike(_ list: [SentenceMention], _ tokens: [Token], before limit: Int, _ kinds: Set<EntityKind>) -> EntityRef? {
        list.first { m in
            let k = m.tokens.lowerBound
            guard m.tokens.upperBound <= limit, m.kind.map(kinds.contains) == true else { return false }
            let lead = k > 0 ? tokens[k - 1].folded : ""
            let lead2 = k > 1 ? tokens[k - 2].folded : ""
            return !Lexicon.prepositions.contains(lead) && !(SentenceContext.determiners.contains(lead) && Lexicon.prepositions.contains(lead2))
        }?.entity
    }

    /// A description that names nothing new: not "la société Acme", not "le groupe de Musk", not "the company's".
    static func isBare(_ tokens: [Token], _ k: Int, _ mentions: [SentenceMention]) -> Bool {
        guard k + 1 < tokens.count else { return true }
        let next = tokens[k + 1]
        // "le patron de Tesla, Elon Musk": an appositive name says who; without one the title points back.
        if roleHeads.contains(tokens[k]) {
            if next.kind == .word, next.isCapitalized { return false }
            let comma = tokens[(k + 1)...].prefix(6).firstIndex { $0.text == "," }
            // "le patron de Tesla, SpaceX et X": an organisation after the comma continues the list of what he heads.
            return comma.map { c in
                !(c + 1 < tokens.count && tokens[c + 1].isCapitalized)
                    || mentions.contains { $0.tokens.lowerBound == c + 1 && ($0.kind == .company || $0.kind == .agency) }
            } ?? true
        }
        if next.kind == .word, next.isCapitalized, !Lexicon.places.contains(next) { return false }
        if ["de", "d'", "of", "du"].contains(next), k + 2 < tokens.count,
           mentions.contains(where: { $0.tokens.lowerBound == k + 2 && $0.source != .anaphor && $0.source != .pronoun }) { return false }
        // "le groupe parlementaire", "the company town": a qualifier makes it a different thing.
        if ["parlementaire", "politique", "armee", "arme", "terroriste", "town", "store"].contains(next) { return false }
        return true
    }

    /// The latest named entity of a fitting kind before the description: same sentence first, then earlier ones.
    /// One whose name holds the head word ("le ministère" → "ministère des Armées") is preferred, further back.
    static func antecedent(_ kinds: Set<EntityKind>, head: String, before k: Int, sentence s: Int,
                           _ perSentence: [[SentenceMention]], history: MentionHistory) -> EntityRef? {
        // A government's canonical name may be in the other language: "le gouvernement" recalls "French government".
        let heads: Set<Substring> = governmentHeads.contains(head) ? Set(governmentWords.map { Substring($0) }) : [Substring(head)]
        func latest(_ list: [SentenceMention], before limit: Int, named: Bool) -> EntityRef? {
            list.last { m in
                m.tokens.upperBound <= limit && m.source != .anaphor && m.source != .pronoun && m.kind.map(kinds.contains) == true
                    && (!named || m.entity.map { Folding.fold($0.name).split(separator: " ").contains(where: heads.contains) } == true)
            }?.entity
        }
        // "le milliardaire", "the billionaire": the person the article is about (most named so far) among recent ones.
        // A person description takes the person the article is about among recent ones: named with the
        // description's organisations before ("the Tesla chief executive"), then most named, then latest.
        if kinds == [.person] {
            let organisations = Set(perSentence[s].filter { $0.tokens.upperBound <= k && k - $0.tokens.upperBound <= 8 && $0.kind == .company }.compactMap(\.entity))
            // The sentence of the description counts up to the description; earlier ones come from the history.
            var here: [EntityRef: MentionHistory.Tally] = [:]
            for (n, m) in MentionHistory.named(perSentence[s], before: k).enumerated() {
                guard let entity = m.entity else { continue }
                here[entity, default: history.tallies[entity] ?? MentionHistory.Tally()].count += 1
                here[entity]?.last = s * 1000 + n
            }
            let score = { (entity: EntityRef) in here[entity] ?? history.tallies[entity] }
            let recent = Set((max(0, s - 3)...s).flatMap { perSentence[$0] }.filter { $0.kind == .person }.compactMap(\.entity))
            // A title ranks by the organisation named with it, a description by how often: the latest breaks ties.
            let title = roleHeads.contains(head)
            // Then the one a recent sentence opened with, its subject ("Elon Musk a cumulé… Le patron de Tesla a offert").
            let openers = Set((max(0, s - 3)..<s).compactMap { t in
                perSentence[t].first { $0.source != .anaphor && $0.source != .pronoun }.flatMap { $0.tokens.lowerBound <= 1 && $0.kind == .person ? $0.entity : nil }
            })
            let ranked = recent.compactMap { entity in
                score(entity).map { tally in
                    (entity, (title ? (organisations.isEmpty ? 0 : history.together(entity, organisations: organisations)) : tally.count,
                              openers.contains(entity) ? 1 : 0, tally.last))
                }
            }
            if let best = ranked.max(by: { $0.1 < $1.1 }) { return best.0 }
        }
        // "la banque", "the company": an organisation named by its description is the one the article is about,
        // the most named among the recent ones, after one whose name holds the head word ("le groupe Thales").
        if kinds == [.company] {
            if let found = latest(perSentence[s], before: k, named: true) { return found }
            // The sentence of the description counts up to the description; earlier ones come from the history.
            var here: [EntityRef: MentionHistory.Tally] = [:]
            for (n, m) in perSentence[s].enumerated() where MentionHistory.isNamedCompany(m) && m.tokens.upperBound <= k {
                guard let entity = m.entity else { continue }
                here[entity, default: history.companyTallies[entity] ?? MentionHistory.Tally()].count += 1
                here[entity]?.last = s * 1000 + n
            }
            let recent = Set((max(0, s - 6)...s).flatMap { perSentence[$0] }.filter { $0.kind == .company }.compactMap(\.entity))
            let ranked = recent.compactMap { entity in
                (here[entity] ?? history.companyTallies[entity]).map { (entity, ($0.count, $0.last)) }
            }
            if let best = ranked.max(by: { $0.1 < $1.1 }) { return best.0 }
        }
        // "the regulator", "le gendarme": a regulator named up to ten sentences back (an article names it once at the top).
        // Among several, the one named most there, then the latest: "the EU is moving forward with legislation" between
        // the Italian authority's fines and "the regulator imposed…" does not make the EU the regulator.
        if regulatorHeads.contains(head) {
            var tally: [EntityRef: (count: Int, last: Int)] = [:]
            for t in max(0, s - 10)...s {
                let limit = t == s ? k : Int.max
                for (n, m) in perSentence[t].enumerated() where m.tokens.upperBound <= limit && m.source != .anaphor && m.source != .pronoun {
                    guard let entity = m.entity, DisputeRules.isRegulator(entity) else { continue }
                    tally[entity] = ((tally[entity]?.count ?? 0) + 1, t * 1000 + n)
                }
            }
            if let best = tally.max(by: { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }) { return best.key }
        }
        let namedOnly = namedOnlyHeads.contains(head) || governmentHeads.contains(head)
        for (named, reach) in namedOnly ? [(true, 10)] : [(true, 10), (false, reach(kinds))] {
            if let found = latest(perSentence[s], before: k, named: named) { return found }
            var t = s - 1
            while t >= 0, s - t <= reach {
                if let found = latest(perSentence[t], before: Int.max, named: named) { return found }
                t -= 1
            }
        }
        return nil
    }
}
