/// Finds capitalised word sequences that gazetteer matching left uncovered and guesses their kind from
/// the words themselves and their context: first names, titles, company suffixes and cue nouns, agency heads.
struct NameCandidates {
    let firstNames: WordSet
    /// Words the article also writes in lower case: at the start of a sentence they are common words.
    let lowercaseWords: WordSet

    /// Head nouns of organisations named "X for Y" ("Institute for …", "Center for …"): lexicon `name.organisation`.
    static let organisationHeads = LexiconData.forms("name.organisation")
    /// French nationality nouns by their endings ("Chinois", "Américain", "Italienne") and the articles before them.
    static let nationalityNouns = LexiconData.list("name.nationality.suffix")
    static let nationalityArticles: WordSet = ["au", "aux", "le", "la", "l'", "du", "des", "les"]
    /// Heads that carry a name on past a company word: "X International Union", "Y Global Alliance".
    static let continuedHeads = organisationHeads.union(LexiconData.forms("name.organisation.continued"))
    /// Heads of non-government bodies, companies in the guidelines' sense (lexicon `name.organisation.company`).
    static let companyHeads = LexiconData.forms("name.organisation.company")
    static let connectors: WordSet = ["de", "du", "des", "d'", "la", "of", "van", "von", "der", "den", "di", "da",
                                          "del", "bin", "ben", "al", "ul", "ibn", "bint", "&", "y", "le"]
    static let namePrepositions: WordSet = ["contre"]
    static let openers: WordSet = ["«", "“", "\"", "(", "—", "–", "-", ":", "'"]
    /// Nouns after which a name is the organisation: "PDG de X", "CEO of X", "chez X".
    static let orgSlots = WordSet(["pdg", "ceo", "fondateur", "fondatrice", "cofondateur", "co-fondateur", "founder",
                                        "cofounder", "co-founder", "patron", "patronne", "directeur", "directrice",
                                        "dirigeant", "employe", "employee", "filiale", "subsidiary", "chez", "rachat",
                                        "acquisition", "actionnaire", "executive", "chief", "head", "boss", "owner",
                                        "proprietaire", "salarie", "salaries", "employes", "employees", "staff",
                                        "chairman", "president", "presidente", "porte-parole", "spokesperson",
                                        "spokesman", "spokeswoman", "avocat", "avocats", "lawyers", "investisseur"]).flagged(.orgSlots)

    func find(in tokens: [Token], covered: [Bool]) -> [SentenceMention] {
        var out = acronymNamed(tokens, covered) + governments(tokens, covered) + websites(tokens, covered)
        var covered = covered
        // "l'administration Trump" names both the government and the person: the name stays free for the person.
        for mention in out where mention.source != .leaderGovernment { for k in mention.tokens { covered[k] = true } }
        let shaped = AgencyNames().find(tokens, covered)
        for mention in shaped { for k in mention.tokens { covered[k] = true } }
        out.appendFound(shaped)
        var i = 0
        while i < tokens.count {
            // The first test of `startsName`, told here: most tokens are not capitalised words.
            guard tokens[i].kind == .word, tokens[i].isCapitalized, startsName(tokens, i, covered) else { i += 1; continue }
            var j = i + 1
            var longer = false
            while j < tokens.count, !covered[j], j - i < (longer ? 10 : 6) {
                if isNameWord(tokens[j]) { j += 1; continue }
                // "Theresa May called", not "in May 2017": a month after a first name, no date after it, is a surname.
                if j == i + 1, tokens[j].kind == .word, tokens[j].isCapitalized, Self.surnameMonths.contains(tokens, j), isFirstName(tokens[i]),
                   j + 1 >= tokens.count || tokens[j + 1].kind != .number {
                    j += 1
                    continue
                }
                // "Privacy International": a company word closes a name even where it could open a heading.
                // "Laborers International Union of North America": not before the head noun of a longer name.
                if tokens[j].kind == .word, tokens[j].isCapitalized, Lexicon.capitalStop.contains(tokens, j), Lexicon.companySuffixes.contains(tokens, j) {
                    j += 1
                    // "China Railway International Group": another company word carries on too.
                    if j < tokens.count, !covered[j], tokens[j].isCapitalized,
                       Self.continuedHeads.contains(tokens, j) || Lexicon.companySuffixes.contains(tokens, j) { continue }
                    break
                }
                // "Qwik Supply Chain Private Ltd": a capitalised common word before the company word closing the name.
                if tokens[j].kind == .word, tokens[j].isCapitalized, j + 1 < tokens.count, !covered[j + 1], tokens[j + 1].isCapitalized,
                   Lexicon.companySuffixes.contains(tokens, j + 1) {
                    j += 2
                    break
                }
                // "Jindal Steel and Power Limited", "Megha Engineering and Infrastructures Limited": two trades joined
                // in one company's name, closed by its company word (the first part has none of its own).
                if j - i >= 2, Self.nameJoins.contains(tokens, j), !Self.legalClosers.contains(tokens, j - 1) {
                    var k = j + 1
                    while k < tokens.count, !covered[k], k - j <= 4, isNameWord(tokens[k]) || Self.legalClosers.contains(tokens, k) { k += 1 }
                    if k > j + 2, Self.legalClosers.contains(tokens, k - 1), !Self.legalClosers.contains(tokens, j + 1) {
                        j = k
                        break
                    }
                }
                // "Office Central de Lutte Contre le Travail Illégal": a capitalised "Contre" inside a name, before its
                // next word (or an article and it); the name may run longer then.
                if j > i, tokens[j].isCapitalized, Self.namePrepositions.contains(tokens, j) {
                    var k = j + 1
                    if k < tokens.count, Self.laOrLe.contains(tokens, k) { k += 1 }
                    if k < tokens.count, !covered[k], isNameWord(tokens[k]) { j = k + 1; longer = true; continue }
                }
                // "Karl A. Racine": a middle initial that is also a word ("A", "I") and its full stop.
                if tokens[j].kind == .word, tokens[j].length == 1, tokens[j].isCapitalized, j + 2 < tokens.count, tokens[j + 1].text == ".",
                   !covered[j + 2], isNameWord(tokens[j + 2]), isFirstName(tokens[j - 1]) {
                    j += 2
                    continue
                }
                // "J. Ann Selzer": an initial and its full stop.
                if tokens[j].text == ".", tokens[j - 1].length == 1, tokens[j - 1].isCapitalized,
                   !Lexicon.personTitles.contains(tokens, j - 1), j + 1 < tokens.count, isNameWord(tokens[j + 1]) {
                    j += 1
                    continue
                }
                // "Citizens for Prosperity", "Moms for Liberty": a capitalised plural of people before "for" names a group.
                // "for" told once per word: each `tokens[j].folded == …` here copied the whole token.
                let isFor = Self.forWord.contains(tokens, j)
                let groupFor = isFor && j == i + 1 && tokens[i].foldedEnds(with: "s") && tokens[i].isCapitalized
                    && !Lexicon.capitalStop.contains(tokens, i)
                // Compared in place: literal lists here were built at every word of every name.
                // "Institute for the Study of …", "Center for Democracy": an organisation's head noun before "for".
                // "Allen Institute for Brain Science": the head may close a longer name before "for".
                let orgFor = isFor && j > i && Self.organisationHeads.contains(tokens, j - 1)
                let agencyFor = groupFor || orgFor || (isFor || Self.pourWord.contains(tokens, j)) && Lexicon.agencyHeads.contains(tokens, i)
                    || isFor && j > i && Lexicon.agencyHeads.contains(tokens, j - 1)
                // "Institute for the Study of Learning": "for the" inside a body's name.
                if agencyFor, j + 2 < tokens.count, Self.theWord.contains(tokens, j + 1), !covered[j + 2], isNameWord(tokens[j + 2]) {
                    j += 3
                    continue
                }
                // "John Hoeven du Dakota du Nord", "Bill Vexor de France": after a first name and a surname, "du" or "de"
                // before a known place opens the place, not a particle ("Charles de Gaulle" has one name before it,
                // "Thibaud Hug de Larauze" no place after it).
                if j - i >= 2, j + 1 < tokens.count, Self.duWord.contains(tokens, j) || (Self.deWord.contains(tokens, j) && Lexicon.places.contains(tokens, j + 1)),
                   isFirstName(tokens[i]), tokens[(i + 1)..<j].allSatisfy({ $0.kind == .word && $0.isCapitalized }) { break }
                // "Ronald Cameron of Mountaire Farms", "Kimberly Macey of Girard Sharp LLP": a first name and a surname
                // before "of" are a person; what follows is the organisation, a name of its own.
                if tokens[j].hasText("of"), (2...3).contains(j - i), isFirstName(tokens[i]),
                   tokens[(i + 1)..<j].allSatisfy({ isNameWord($0) }) { break }
                if Self.connectors.contains(tokens, j) || agencyFor, j + 1 < tokens.count, !covered[j + 1], isNameWord(tokens[j + 1]),
                   !Self.laOrLe.contains(tokens, j) || (j > i && Self.deWord.contains(tokens, j - 1))
                    // "Jean-Yves Le Drian", "Marine Le Pen": a capitalised "Le"/"La" right after a first name is a particle.
                    || (j == i + 1 && tokens[j].isCapitalized && isFirstName(tokens[i])) {
                    j += 2
                    continue
                }
                break
            }
            var range = i..<j
            var titled = false
            // "Attorney General Ken Paxton": a title word before a first name is not part of the name.
            // "Entrepreneur Venture": a title word opening a company's name (closed by a company word) stays in it.
            var companyNamed = Lexicon.companySuffixes.contains(tokens, range.upperBound - 1) && !firstNames.contains(tokens, min(range.lowerBound + 1, range.upperBound - 1))
            // "PDG de Zentrol Media": the title and its connector are not part of the company's name.
            if companyNamed, range.count > 3, Lexicon.personTitles.contains(tokens, range.lowerBound), Self.connectors.contains(tokens, range.lowerBound + 1) {
                range = (range.lowerBound + 2)..<range.upperBound
                companyNamed = true
            }
            while range.count > 1, !companyNamed, Lexicon.personTitles.contains(tokens, range.lowerBound)
                    || (Self.titlesBeforeFirstName.contains(tokens, range.lowerBound) && firstNames.contains(tokens, range.lowerBound + 1))
                    || isOpeningAgentNoun(tokens, range) || acronymBeforePerson(tokens, range) {
                range = (range.lowerBound + 1)..<range.upperBound
                titled = true
            }
            // "San Jose Councilmember Matt Mahan", "Santa Clara County Supervisor Cindy Chavez": a title inside the run,
            // before a first name, ends what qualifies the title; the person's name follows it.
            if !companyNamed, range.count > 3,
               let t = range.dropFirst().dropLast(2).last(where: { (Lexicon.personTitles.contains(tokens, $0) || Self.isAgentNoun(tokens[$0].folded))
                   && !firstNames.contains(tokens, $0) && firstNames.contains(tokens, $0 + 1) }) {
                range = (t + 1)..<range.upperBound
                titled = true
            }
            // "Mayor of London Sadiq Khan": after a title, its complement runs up to the person's first name.
            if titled, Self.connectors.contains(tokens, range.lowerBound) {
                guard let first = range.first(where: { firstNames.contains(tokens, $0) && tokens[$0].isCapitalized }) else { i = j; continue }
                range = first..<range.upperBound
            }
            // "and For Our Future PAC": capitalised common words mid-sentence belong to a committee's name.
            if !range.isEmpty, Self.committeeEnds.contains(tokens, range.upperBound - 1) {
                var k = range.lowerBound - 1
                while k > 0, range.upperBound - k <= 6, !covered[k], tokens[k].kind == .word, tokens[k].isCapitalized, !Self.theWord.contains(tokens, k),
                      !Self.openers.contains(tokens[k - 1].text), !tokens[k - 1].isMark(".") {
                    k -= 1
                }
                if k + 1 < range.lowerBound { range = (k + 1)..<range.upperBound }
            }
            // "attribuée au Chinois China Railway", "l'Américain Boeing": a nationality noun after an article qualifies the name.
            if range.count >= 2, range.lowerBound > 0, Self.nationalityArticles.contains(tokens, range.lowerBound - 1),
               Self.nationalityNouns.contains(where: { tokens[range.lowerBound].foldedEnds(with: $0) }), tokens[range.lowerBound].foldedLength >= 6,
               !firstNames.contains(tokens, range.lowerBound) {
                range = (range.lowerBound + 1)..<range.upperBound
            }
            // «Jeff Bozo», «Squawk Box»: a quoted name is a nickname or a title, not an actor.
            // The marks told in place: literal lists built and compared at every name cost more than the test.
            let quoted = i > 0 && (tokens[i - 1].hasText("«") || tokens[i - 1].hasText("“") || tokens[i - 1].isMark("\""))
                && j < tokens.count && (tokens[j].hasText("»") || tokens[j].hasText("”") || tokens[j].isMark("\""))
            // "42 Rafale", "12 F-35": a count before a name makes it a product.
            let counted = i > 0 && (tokens[i - 1].kind == .number && DateParser.year(tokens[i - 1]) == nil
                || Self.productNouns.contains(tokens, i - 1))
            if !quoted, !counted, let mention = classify(tokens, range, titled: titled) { out.append(mention) }
            i = j
        }
        return out
    }

    /// "l'Union des hôteliers indépendants (UHI)", "la Direction générale de la concurrence, de la consommation et
    /// de la répression des fraudes (DGCCRF)": a capitalised word, lower-case words, then an acronym in parentheses
    /// whose letters are the initials of the name's main words. Agencies by their head word, else organisations.
    func acronymNamed(_ tokens: [Token], _ covered: [Bool]) -> [SentenceMention] {
        var out: [SentenceMention] = []
        for open in tokens.indices where tokens[open].kind == .punct && tokens[open].isMark("(") && open + 2 < tokens.count && tokens[open + 2].isMark(")")
            && (tokens[open + 1].isAllCaps || (tokens[open + 1].isCapitalized && tokens[open + 1].length >= 3))
            && tokens[open + 1].length >= 2 && tokens[open + 1].length <= 8 && !covered[open + 1] {
            let letters = Array(tokens[open + 1].text.uppercased().filter(\.isLetter))
            var start = open - 1
            var initials: [Character] = []
            // Walk back over the name's words, collecting initials of the significant ones.
            while start >= 0, open - start <= 16, !covered[start],
                  tokens[start].kind == .word || [",", "'", "’", "-"].contains(tokens[start].text) {
                let word = tokens[start]
                if word.kind == .word, !Self.connectors.contains(word), !["et", "and", "l'", "les", "pour", "for", "a", "au", "aux", "contre", "against", "sur"].contains(word),
                   let first = word.text.uppercased().first {
                    initials.insert(first, at: 0)
                }
                if initials == letters, word.isCapitalized { break }
                if initials.count > letters.count { start = -1; break }
                start -= 1
            }
            guard start >= 0, initials == letters, tokens[start].isCapitalized, open - start >= 2 else { continue }
            let range = start..<open
            let surface = tokens[range].joinedAsWritten()
            let head = tokens[start].folded
            // "Energy Regulatory Authority (ERA)": a body's head word first or a body noun last names an agency.
            let kind: EntityKind = Lexicon.agencyHeads.contains(head) || AgencyNames.heads.contains(head) || AgencyNames.tails.contains(tokens[open - 1]) ? .agency
                : Self.fundLasts.contains(tokens[open - 1]) ? .fund : .company
            out.append(SentenceMention(entity: EntityRef(kind, surface), surface: surface, tokens: range, source: .acronymName))
        }
        return out
    }

    /// Top-level domains that make "Booking.com", "Leboncoin.fr", "ID.me" one name (lexicon `name.website.tld`).
    static let websiteDomains = LexiconData.set("name.website.tld")

    /// "Booking.com", "Leboncoin.fr", "ID.me": a capitalised word glued to a domain is a company's name (a platform).
    func websites(_ tokens: [Token], _ covered: [Bool]) -> [SentenceMention] {
        var out: [SentenceMention] = []
        for k in tokens.indices where k + 2 < tokens.count && tokens[k + 1].isMark(".") {
            guard !covered[k], !covered[k + 2], tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k + 1].spaceBefore,
                  !tokens[k + 2].spaceBefore, tokens[k + 2].kind == .word, !tokens[k + 2].isCapitalized, Self.websiteDomains.contains(tokens[k + 2]) else { continue }
            let range = k..<(k + 3)
            let surface = tokens[range].joinedAsWritten()
            out.append(SentenceMention(entity: EntityRef(.company, surface), surface: surface, tokens: range, source: .name))
        }
        return out
    }

    /// "le gouvernement norvégien", "l'exécutif européen", "l'armée française", "the Belgian government": a government as a party is an
    /// agency, named so.
    func governments(_ tokens: [Token], _ covered: [Bool]) -> [SentenceMention] {
        var out: [SentenceMention] = []
        // Every branch below starts from one of `governmentWords`: other words are skipped at one look-up.
        for k in tokens.indices where !covered[k] && tokens[k].lists & SentenceList.governmentWords.bit != 0 {
            let word = tokens[k].folded
            var range: Range<Int>?
            var source = MentionSource.government
            let next = k + 1 < tokens.count && !covered[k + 1] ? tokens[k + 1] : nil
            let previous = k > 0 && !covered[k - 1] ? tokens[k - 1] : nil
            // "la Région wallonne", "le Parlement wallon", "l'État tchadien" (not "secrétaire d'État chargé"; capitalised: "la région parisienne" is a place).
            // "la marine brésilienne": a country's navy named by its nationality too.
            if ["gouvernement", "executif", "armee", "marine"].contains(word) || (["region", "parlement"].contains(word) && tokens[k].isCapitalized)
                || (word == "etat" && tokens[k].isCapitalized && previous?.folded == "l'"), let next, next.kind == .word, !next.isCapitalized,
               Self.demonymEndings.contains(where: next.foldedEnds), next.foldedLength > 4, !(word == "marine" && next.hasText("marchande")) {
                range = k..<(k + 2)
            } else if ["gouvernement", "administration"].contains(word), !tokens[k].isCapitalized, k + 1 < tokens.count, isLeaderName(tokens[k + 1]) {
                // "le gouvernement Legault", "l'administration Trump": the government a leader heads.
                range = k..<(k + 2)
                source = .leaderGovernment
            } else if let end = territoryEnd(tokens, covered, after: k) {
                // "le gouvernement du Québec", "the government of Canada", "the city of Boston": a government named
                // for its territory.
                range = k..<end
            } else if ["parlement", "parliament"].contains(word), tokens[k].isCapitalized,
                      !(previous.map { $0.isCapitalized && $0.isWord && !Lexicon.capitalStop.contains($0) } ?? false), !(next.map { $0.isCapitalized && $0.isWord } ?? false),
                      !(next.map { ["of", "de", "du", "des"].contains($0) } ?? false) {
                // "demandent au Parlement d'interdire", "the bill went to Parliament": the country's parliament, named bare.
                range = k..<(k + 1)
            } else if word == "etat", tokens[k].isCapitalized, k > 0, tokens[k - 1].folded == "l'" {
                // "l'État a attribué…": the French state as a party.
                range = k..<(k + 1)
            } else if word == "government", let previous, previous.isCapitalized,
                      Self.englishDemonymEndings.contains(where: previous.foldedEnds),
                      !Lexicon.capitalStop.contains(previous) || previous.foldedLength > 4 {
                range = (k - 1)..<(k + 1)
            } else if word == "government", let previous, ["u.s.", "us", "uk", "u.k.", "federal"].contains(previous) {
                range = (k - 1)..<(k + 1)
            } else if word == "government", !tokens[k].isCapitalized, let start = placeBefore(tokens, covered, k) {
                // "the Kerala government", "the Madhya Pradesh (MP) government": a territory's government.
                range = start..<(k + 1)
            } else if word == "administration", !tokens[k].isCapitalized, k > 0, isLeaderName(tokens[k - 1]) {
                // "the Trump administration".
                range = (k - 1)..<(k + 1)
                source = .leaderGovernment
            }
            guard let range else { continue }
            let surface = tokens[range].joinedAsWritten()
            out.append(SentenceMention(entity: EntityRef(.agency, surface), surface: surface, tokens: range, source: source))
        }
        return out
    }

    /// Where the capitalised place name before `k` starts, after "the" ("the Madhya Pradesh (MP) government"), an
    /// acronym in parentheses skipped; nil when no such name. A leader's ("the Modi government") names a government too.
    func placeBefore(_ tokens: [Token], _ covered: [Bool], _ k: Int) -> Int? {
        var j = k - 1
        if j >= 2, tokens[j].text == ")", tokens[j - 2].text == "(" { j -= 3 }
        let end = j + 1
        while j >= 0, end - j <= 4, !covered[j], tokens[j].kind == .word, tokens[j].isCapitalized, !Lexicon.capitalStop.contains(tokens[j]) { j -= 1 }
        guard j + 1 < end, j >= 0, tokens[j].folded == "the" else { return nil }
        return j + 1
    }

    /// The end of "gouvernement du Québec", "government of the Netherlands", "ville de Paris", "city of Boston": a
    /// government word, "de"/"of" and a capitalised territory; nil otherwise. A city after "in", "à" or "dans" is a
    /// place, not a party.
    func territoryEnd(_ tokens: [Token], _ covered: [Bool], after k: Int) -> Int? {
        let word = tokens[k]
        let city = Self.cityWords.contains(word)
        guard city || ["gouvernement", "government"].contains(word.folded) else { return nil }
        if city, k > 0 {
            let before = SentenceContext.determiners.contains(tokens[k - 1]) && k > 1 ? tokens[k - 2] : tokens[k - 1]
            if ["in", "a", "dans", "en", "across", "of", "de"].contains(before.folded) { return nil }
        }
        var j = k + 1
        guard j < tokens.count, !covered[j], ["de", "du", "d'", "of"].contains(tokens[j]) else { return nil }
        j += 1
        // "the State of the Union" is no state.
        if j < tokens.count, !covered[j], ["la", "l'", "the"].contains(tokens[j]) {
            if ["state", "etat"].contains(word.folded) { return nil }
            j += 1
        }
        let start = j
        while j < tokens.count, j - start < 3, !covered[j], tokens[j].kind == .word, tokens[j].isCapitalized,
              !Lexicon.capitalStop.contains(tokens[j]) || Lexicon.places.contains(tokens[j]) { j += 1 }
        return j > start ? j : nil
    }

    /// A surname that names a government: capitalised, not a common capitalised word or a place.
    func isLeaderName(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !token.isAllCaps && !Lexicon.capitalStop.contains(token)
            && !Lexicon.places.contains(token) && token.foldedLength > 2
    }

    static let governmentWords = WordSet(["gouvernement", "executif", "armee", "marine", "region", "parlement", "parliament", "administration", "etat", "government", "city", "ville", "state"]).flagged(.governmentWords)
    /// Territories that govern themselves: "city of Boston", "ville de Paris", "state of Arizona", "État de New York".
    static let cityWords: WordSet = ["city", "ville", "state", "etat"]
    static let demonymEndings = ["al", "ale", "ais", "aise", "ain", "aine", "ien", "ienne", "ois", "oise", "and", "ande", "ge", "que", "ol",
                                 "ole", "en", "enne", "in", "ine", "ite", "on", "one", "onne", "ate", "ote"]
    static let englishDemonymEndings = ["an", "ian", "ese", "ish", "ch", "ic", "i"]

    @inline(__always)
    func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !Lexicon.capitalStop.contains(token) && !Self.isLocative(token)
            && !Self.isPeriodLabel(token)
    }

    /// "Q4", "H1", "T3", "S2": a quarter or half of a year, by its shape (one letter and one digit), is no name.
    @inline(__always)
    static func isPeriodLabel(_ token: Token) -> Bool {
        let utf8 = token.folded.utf8
        guard utf8.count == 2, let letter = utf8.first, let digit = utf8.last else { return false }
        return "qhts".utf8.contains(letter) && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(digit)
    }

    /// Capitalised function words that never open a company's name.
    static let nonOpeners: WordSet = ["this", "that", "these", "those", "their", "when", "while", "then", "also", "even", "each", "every",
                                          "cette", "elle", "elles", "tout", "tous", "toute", "toutes", "mais", "donc", "pour", "dans", "selon",
                                          "since", "because", "although", "though", "after", "before", "however", "meanwhile"]

    static let namePrefixes: WordSet = ["new", "des", "los", "las", "san", "santa", "el", "saint", "st", "fort", "port", "mount"]

    /// "Banker Andrew Beal", "Financier Jane Roe": a sentence-opening agent noun (by its suffix) before a first name
    /// and a surname describes the person; it is not part of the name.
    func isOpeningAgentNoun(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.lowerBound
        guard range.count >= 3, k == 0 || Self.openers.contains(tokens[k - 1].text) else { return false }
        let word = tokens[k].folded
        guard !firstNames.contains(word), firstNames.contains(tokens[k + 1]), tokens[k + 2].isCapitalized else { return false }
        return Self.isAgentNoun(word)
    }

    /// "OpenAI CPO Kevin Weil", "dans TPMP Jane Roe": an acronym (a post, a show) before a first name and a surname
    /// is not part of the person's name.
    func acronymBeforePerson(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.lowerBound
        return range.count >= 3 && tokens[k].isAllCaps && tokens[k].length >= 2 && isFirstName(tokens[k + 1].folded)
            && tokens[k + 2].kind == .word && tokens[k + 2].isCapitalized && !tokens[k + 2].isAllCaps
    }

    /// A noun for someone by what he does, from its suffix: "banker", "investor", "magnate", "financier".
    static func isAgentNoun(_ word: String) -> Bool {
        agentSuffixes.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
    }

    /// A capitalised word opening a sentence that may be a name by its shape: not a plural, a participle or an adverb
    /// ("Regulators", "Following", "Reportedly").
    static func mayOpenAsName(_ token: Token) -> Bool {
        let word = token.folded
        guard word.count >= 3, token.kind == .word else { return false }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { return false }
        return !["ing", "ed", "ly", "tion", "ment", "ness", "ity"].contains(where: word.hasSuffix)
    }

    /// "Anne", "Jean-Dominique", "Lee-Anne": a first name, or first names joined by hyphens.
    /// Asked of a token: its stored hash, and the split only for hyphenated words ("Lee-Anne").
    @inline(__always)
    func isFirstName(_ token: Token) -> Bool {
        firstNames.contains(token) || (token.hasHyphen && isFirstName(token.folded))
    }

    func isFirstName(_ word: String) -> Bool {
        if firstNames.contains(word) { return true }
        guard word.contains("-") else { return false }
        let parts = word.split(separator: "-")
        return parts.count == 2 && parts.allSatisfy { firstNames.contains(String($0)) }
    }

    static let adjectiveSuffixes = ["able", "ible", "ous", "ful", "ive", "ical", "less"]

    static let agentSuffixes = ["er", "or", "ist", "ian", "aire", "ate", "ant", "eur", "iste", "ier", "ien", "man", "woman"]

    /// "Denver-based", "Paris-born": a place turned adjective, not a name.
    @inline(__always)
    static func isLocative(_ token: Token) -> Bool {
        // Asked of every capitalised word: most have no hyphen at all.
        guard token.hasHyphen else { return false }
        return ["-based", "-born", "-headquartered", "-listed", "-made"].contains { token.foldedEnds(with: $0) }
    }

    func startsName(_ tokens: [Token], _ i: Int, _ covered: [Bool]) -> Bool {
        // Most tokens are not capitalised words. The token is read in place throughout: a copy of it retained and
        // released its two Strings at every capitalised word.
        guard !covered[i], tokens[i].kind == .word, tokens[i].isCapitalized else { return false }
        guard !Self.isLocative(tokens[i]), !Self.isPeriodLabel(tokens[i]) else { return false }
        // "Sh50.7 billion": a currency's letters before the amount.
        if tokens[i].foldedLength <= 3, MoneyParser.isGluedCurrency(tokens, i) { return false }
        // "New York Daily News", "The Des Moines Register": a place-name prefix starts a name before another capital.
        let prefix = Self.namePrefixes.contains(tokens, i) && i + 1 < tokens.count && isNameWord(tokens[i + 1])
        // "Summit Partners", "Tech Ventures": a capitalised common word before a company word opens the company's name.
        let companyOpening = i + 1 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized && Lexicon.companySuffixes.contains(tokens, i + 1)
            && tokens[i].foldedLength >= 4 && !Lexicon.prepositions.contains(tokens, i) && !Self.nonOpeners.contains(tokens, i)
        let sentenceStart = i == 0 || Self.openers.contains(tokens[i - 1].text)
        // "…, First Bristol Corp., …": inside a sentence, one capitalised word may stand between it and the company word.
        // Asked only of a stop word (most capitalised words are none).
        func innerCompanyOpening() -> Bool {
            !sentenceStart && i + 2 < tokens.count && tokens[i + 1].kind == .word && tokens[i + 1].isCapitalized
                && !Lexicon.capitalStop.contains(tokens, i + 1) && tokens[i + 2].kind == .word && tokens[i + 2].isCapitalized
                && Lexicon.companySuffixes.contains(tokens, i + 2) && tokens[i].foldedLength >= 4 && !Lexicon.prepositions.contains(tokens, i)
                && !Self.nonOpeners.contains(tokens, i)
        }
        if Lexicon.capitalStop.contains(tokens, i) && !Lexicon.personTitles.contains(tokens, i) && !prefix && !companyOpening && !innerCompanyOpening() { return false }
        if sentenceStart && lowercaseWords.contains(tokens, i) { return false }
        // "la société d'État", "un coup d'État", "chef d'État": "État" after "d'" ends a common noun, it names nobody.
        if i > 0, tokens[i].folded == "etat", tokens[i - 1].folded == "d'" { return false }
        // "Wrote Dominion in the complaint:", "Said the minister": a speech verb opening an inverted clause.
        if sentenceStart, i + 1 < tokens.count, tokens[i + 1].isCapitalized, Self.speechVerbs.contains(tokens[i]),
           tokens[i].foldedEnds(with: "ed") || tokens[i].foldedEnds(with: "ote") || tokens[i].foldedEnds(with: "aid") { return false }
        // "Helping to fund super PACs were…", "Responding to the award, …": a participle opening the sentence.
        if sentenceStart, i + 1 < tokens.count, tokens[i].foldedLength >= 7, tokens[i].foldedEnds(with: "ing"),
           ["to", "with"].contains(tokens[i + 1]), !isFirstName(tokens[i]) { return false }
        // "Article 1 of Law 15/2007", "Section 230": a reference into a text, no name.
        if i + 1 < tokens.count, tokens[i + 1].kind == .number, Self.textDivisions.contains(tokens[i]) { return false }
        // "Separately,", "Ultimately,": an adverb opening the sentence.
        if sentenceStart, tokens[i].foldedEnds(with: "ly"), i + 1 < tokens.count, tokens[i + 1].text == "," { return false }
        // "Contrairement aux…", "Finalement, …": a French adverb opening the sentence before a preposition, an article or
        // a comma (not "Parlement a voté": the auxiliary "a" is written without its accent).
        if sentenceStart, tokens[i].foldedLength >= 8, tokens[i].foldedEnds(with: "ment"), i + 1 < tokens.count, !isFirstName(tokens[i]),
           tokens[i + 1].text == "," || ((Lexicon.prepositions.contains(tokens, i + 1) || SentenceContext.determiners.contains(tokens, i + 1))
                                         && tokens[i + 1].text != "a") { return false }
        // "Investigators found…", "Regulators said…", "Analysts expect…": a plural noun of people, by its suffix, opening the
        // sentence before a lower-case word.
        // "Billionaires Cameron and Tyler Winklevoss": before a first name too.
        if sentenceStart, i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized || isFirstName(tokens[i + 1]),
           tokens[i].foldedLength >= 7, Self.pluralPeopleSuffixes.contains(where: { tokens[i].foldedEnds(with: $0) }), !isFirstName(tokens[i]) { return false }
        // "Data released by the Commission", "Figures published by X": a common noun, the subject of a passive.
        if sentenceStart, i + 2 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized, tokens[i + 1].foldedLength >= 5,
           tokens[i + 1].foldedEnds(with: "ed"), tokens[i + 2].hasText("by"), !isFirstName(tokens[i]) { return false }
        // "Notable donations included…", "Massive contributions…": an adjective, by its suffix, opening the sentence
        // before a lower-case noun.
        if sentenceStart, i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
           Self.adjectiveSuffixes.contains(where: { tokens[i].foldedLength > $0.utf8.count + 2 && tokens[i].foldedEnds(with: $0) }) { return false }
        // "Four lawsuits against Google:": a number word opening the sentence.
        if sentenceStart, MoneyParser.spelledWords.contains(tokens, i), i + 1 < tokens.count, !tokens[i + 1].isCapitalized { return false }
        // "Companies gave a total of £1.6m", "Donors said…": a common noun opening the sentence.
        if sentenceStart, i + 1 < tokens.count, !tokens[i + 1].isCapitalized,
           CompanyContexts.appositionNouns.contains(tokens, i) || DonationRules.donorNouns.contains(tokens, i) { return false }
        // "Paired with…", "Backed by…": a past participle opening the sentence before a preposition.
        if sentenceStart, tokens[i].foldedLength >= 5, tokens[i].foldedEnds(with: "ed"), i + 1 < tokens.count,
           !tokens[i + 1].isCapitalized, Lexicon.prepositions.contains(tokens, i + 1), !isFirstName(tokens[i]) { return false }
        // "Following the award,", "Regarding the deal": an -ing word opening the sentence before a determiner.
        if sentenceStart, tokens[i].foldedLength >= 6, tokens[i].foldedEnds(with: "ing"), i + 1 < tokens.count,
           SentenceContext.determiners.contains(tokens, i + 1), !isFirstName(tokens[i]) { return false }
        // "Au terme des six mois", "Aux yeux de…": a preposition opening the sentence before a lower-case word.
        if sentenceStart, i + 1 < tokens.count, tokens[i + 1].kind == .word, !tokens[i + 1].isCapitalized,
           Lexicon.prepositions.contains(tokens, i), tokens[i].foldedLength >= 2 { return false }
        // "Environ 2 % des dons", "Roughly 40 firms": a word that qualifies amounts, before a number.
        if sentenceStart, i + 1 < tokens.count, tokens[i + 1].kind == .number, Self.amountQualifiers.contains(tokens, i) { return false }
        // "Critiquée par le vérificateur", "Fondée en 1998": a French past participle opening the sentence before "par"
        // or "en" (the accent tells it; not "Comité de soutien", "Université de Lille", nouns before "de").
        if sentenceStart, i + 1 < tokens.count, tokens[i + 1].hasText("par") || tokens[i + 1].hasText("en"),
           tokens[i].foldedLength >= 5, Self.isFrenchParticiple(tokens[i].text), !isFirstName(tokens[i]) { return false }
        if i > 0, Lexicon.creditCues.contains(tokens, i - 1) { return false }
        if i > 1, tokens[i - 1].text == ":", Lexicon.creditCues.contains(tokens, i - 2) { return false }
        return true
    }

    /// The single words of `MoneyParser.qualifiers` ("environ", "roughly", "quelque").
    static let amountQualifiers = WordSet(MoneyParser.qualifiers.filter { $0.words.count == 1 }.map { $0.words[0] })

    /// Ends as a French past participle does: "-é", "-ée", "-és", "-ées" (accent written).
    static func isFrenchParticiple(_ text: String) -> Bool {
        text.hasSuffix("é") || text.hasSuffix("ée") || text.hasSuffix("és") || text.hasSuffix("ées")
    }

    func classify(_ tokens: [Token], _ range: Range<Int>, titled: Bool) -> SentenceMention? {
        // Initials ("J." in "J. Ann Selzer") are part of the surface but not of the words that type it.
        // The words' indices, not copies of their tokens (each copy retains two Strings): this runs for every
        // capitalised run.
        let words = range.filter { k in
            !Self.connectors.contains(tokens[k]) && tokens[k].kind == .word && !(tokens[k].length == 1 && tokens[k].isCapitalized)
        }
        // "PACs", "super PACs": a plural class, not a name.
        if words.count == 1, Self.plainPACs.contains(tokens[words[0]]) { return nil }
        // "SMEs", "NGOs", "CEOs": an acronym's plural names a class, not one body.
        if words.count == 1, Self.isPluralAcronym(tokens[words[0]].text) { return nil }
        // "la Loi sur l'accès à l'information": a law, no body.
        if words.count == 1, ["loi", "law"].contains(tokens[words[0]]) { return nil }
        // "the Digital Markets Act", "the Canada Elections Act": a law's name, no body.
        if words.count >= 2, ["Act", "Acts"].contains(tokens[words[words.count - 1]].text) { return nil }
        if words.isEmpty || words.allSatisfy({ Lexicon.places.contains(tokens[$0]) || Lexicon.capitalStop.contains(tokens[$0])
            || Lexicon.personTitles.contains(tokens[$0]) || Self.generals.contains(tokens[$0]) }) {
            return nil
        }
        // "sur la rue Lacordaire": a street.
        if range.lowerBound > 0, Self.streetNouns.contains(tokens, range.lowerBound - 1), !tokens[range.lowerBound - 1].isCapitalized { return nil }
        let surface = tokens[range].joinedAsWritten()
        // The lists are asked of tokens (stored hashes and flags), not of their hashed Strings: this runs for every
        // capitalised run. `saysBefore(list, n)`: the n-th token before the name is in the list.
        // Their indices: copies of the two tokens retained and released their Strings for every capitalised run.
        let first = words[0], last = words[words.count - 1]
        let before = range.lowerBound > 0 ? tokens[range.lowerBound - 1].folded : ""
        func saysBefore(_ list: WordSet, _ n: Int) -> Bool { range.lowerBound >= n && list.contains(tokens[range.lowerBound - n]) }
        func mention(_ kind: EntityKind?, _ source: MentionSource) -> SentenceMention {
            SentenceMention(entity: kind.map { EntityRef($0, surface) }, surface: surface, tokens: range, source: source)
        }
        // "Allen Institute for Brain Science": a body's head word makes no person of a first name.
        let bodyHead = words.count >= 2 ? words.first(where: { Self.organisationHeads.contains(tokens[$0]) || Self.companyHeads.contains(tokens[$0]) }) : nil
        let personShaped = words.count >= 2 && words.count <= 4 && words.allSatisfy { !tokens[$0].isAllCaps }
            && !Lexicon.companySuffixes.contains(tokens[last]) && bodyHead == nil
        if personShaped && isFirstName(tokens[first]) { return mention(.person, .name) }
        // "Democracy PAC II": a roman numeral after the committee's word numbers the committee.
        let numbered = words.count >= 3 && Self.romanNumerals.contains(tokens[words[words.count - 1]].text) && Self.fundLasts.contains(tokens[words[words.count - 2]])
        if words.count >= 2 && Self.fundLasts.contains(tokens[last]) || numbered { return mention(.fund, .name) }
        // "Sentinel Action Fund", "Senate Leadership Fund": a committee's word before "Fund" makes a political fund.
        if words.count >= 3, tokens[last].hasText("Fund"), Self.politicalFundWords.contains(tokens[words[words.count - 2]]) {
            return mention(.fund, .name)
        }
        if Lexicon.agencyHeads.contains(tokens[first]) && words.count >= 2 { return mention(.agency, .name) }
        if words.count >= 2 && Lexicon.companySuffixes.contains(tokens[last]) { return mention(.company, .name) }
        // "Stanford University", "Institute for Energy Efficiency": the head of a non-government body names a company.
        if let head = bodyHead, Self.companyHeads.contains(tokens[head]) { return mention(.company, .name) }
        // "SNEDAI-Groupe", "Acme-Group": a company word joined to the name by a hyphen.
        if words.count == 1, tokens[last].hasHyphen, let part = tokens[last].folded.split(separator: "-").last,
           Lexicon.companySuffixes.contains(String(part)) { return mention(.company, .name) }
        if personShaped && (titled || saysBefore(Lexicon.personTitles, 1) || titleFollows(tokens, range.upperBound) || speaks(tokens, range)) {
            return mention(.person, .title)
        }
        // "Lord Sainsbury", "Lady Rothermere": a peer named by title and one name keeps the title in the name.
        if words.count == 1, range.count == 1, saysBefore(Self.peerTitles, 1), tokens[range.lowerBound - 1].isCapitalized {
            let titled = (range.lowerBound - 1)..<range.upperBound
            let name = tokens[titled].joinedAsWritten()
            return SentenceMention(entity: EntityRef(.person, name), surface: name, tokens: titled, source: .title)
        }
        // "M. Fournier", not "11:10 a.m. EDT": an abbreviated honorific is written with its capital.
        if saysBefore(Self.honorifics, 1) || (before == "." && saysBefore(Self.abbreviatedHonorifics, 2) && tokens[range.lowerBound - 2].isCapitalized) {
            return mention(.person, .title)
        }
        if saysBefore(Lexicon.companyCues, 1) || (saysBefore(Self.cueDeterminers, 2) && saysBefore(Lexicon.companyCues, 1)) {
            return mention(.company, .cue)
        }
        // "la start-up toulousaine Synapsea", "la PME lyonnaise Vigilis": a cue noun and one adjective.
        if saysBefore(Lexicon.companyCues, 2), range.lowerBound > 1, tokens[range.lowerBound - 1].kind == .word,
           !tokens[range.lowerBound - 1].isCapitalized, !saysBefore(Lexicon.prepositions, 1) {
            return mention(.company, .cue)
        }
        // "le président du Conseil de fondation": a body's head word alone is no company.
        if saysBefore(Self.slotLinks, 1), range.lowerBound > 1, saysBefore(Self.orgSlots, 2),
           !(range.count == 1 && Lexicon.agencyHeads.contains(tokens[range.lowerBound])) {
            return mention(.company, .cue)
        }
        if before == "chez" { return mention(.company, .cue) }
        return mention(nil, .name)
    }

    /// "classe Rafale", "programme F-35": a product's class before its name (asked of every capitalised run).
    static let productNouns: WordSet = ["classe", "class", "type", "modele", "model", "programme", "program", "projet", "project"]
    // `classify` runs for every capitalised run: its word lists are built once, not at each call.
    static let plainPACs: WordSet = ["pacs", "superpacs"]

    static func isPluralAcronym(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.count <= 6, bytes[bytes.count - 1] == UInt8(ascii: "s") else { return false }
        return bytes.dropLast().allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
    static let generals: WordSet = ["general", "generale"]

    // The words `find` compares tokens with, as sets: `tokens[j].folded == "for"` there copied the whole token out of
    // its array (its two Strings retained and released) at every word of every name, and literal lists were built.
    static let forWord: WordSet = ["for"]
    static let pourWord: WordSet = ["pour"]
    static let theWord: WordSet = ["the"]
    static let deWord: WordSet = ["de"]
    static let duWord: WordSet = ["du"]
    static let laOrLe: WordSet = ["la", "le"]
    static let streetNouns = LexiconData.set("place.street")
    static let nameJoins: WordSet = ["and", "&"]
    /// The legal words that close a company's name ("Limited", "Pvt Ltd", "Holdings"), not its trade words.
    static let legalClosers = LexiconData.set("company.legal.pair").union(["sa", "ag", "gmbh", "nv", "bv", "spa", "sarl", "sas", "group", "holdings"])
    static let surnameMonths: WordSet = ["may", "march", "august"]
    static let titlesBeforeFirstName: WordSet = ["general", "generale", "general-elect", "justice"]
    static let committeeEnds: WordSet = ["pac", "fund", "committee"]
    static let fundLasts: WordSet = ["pac", "superpac", "party", "action"]
    static let politicalFundWords = LexiconData.set("fund.political.before")
    static let romanNumerals: Set<String> = ["II", "III", "IV", "V", "VI"]
    static let peerTitles: WordSet = ["lord", "lady", "baroness", "baron"]
    /// Endings of plural nouns of people ("investigators", "activists", "politicians", "officials", "residents").
    static let pluralPeopleSuffixes = LexiconData.list("name.plural.people.suffix")
    static let honorifics: WordSet = ["m", "mme", "mr", "mrs", "ms", "dr", "sir", "lord", "dame", "lady", "baroness", "baron"]
    static let abbreviatedHonorifics: WordSet = ["m", "mr", "mrs", "ms", "dr"]
    static let cueDeterminers: WordSet = ["l'", "la", "le", "the", "a", "une", "un"]
    static let slotLinks: WordSet = ["de", "d'", "of", "du", "chez", "at"]

    /// ", PDG de", ", CEO of", ", fondateur", ", porte-parole": an appositive title after the name.
    static let speechVerbs = LexiconData.forms("person.speech")
    /// Divisions of a legal text, before their number.
    static let textDivisions: WordSet = ["article", "articles", "law", "section", "loi", "chapter", "chapitre", "title", "titre", "rule"]
    /// Static lists, asked by index: literal lists were built at every call, and `contains(tokens[k])` copied the token.
    static let bodyLinks: WordSet = ["for", "of", "and", "&", "pour", "et"]
    static let speechAuxiliaries: WordSet = ["a", "has"]
    /// "Sateesh Kamath said", "X a déclaré", "», explique Jane Roe", "said John Smith": the name speaks, a person's.
    func speaks(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        // "Commissioners for Standards said": a body's name joins its words; a person's does not.
        if range.contains(where: { Self.bodyLinks.contains(tokens, $0) }) { return false }
        let k = range.upperBound
        if k < tokens.count, Self.speechVerbs.contains(tokens, k) { return true }
        if k + 1 < tokens.count, Self.speechAuxiliaries.contains(tokens, k), Self.speechVerbs.contains(tokens, k + 1) { return true }
        let b = range.lowerBound
        return b >= 2 && Self.speechVerbs.contains(tokens, b - 1)
            && (tokens[b - 2].isMark(",") || tokens[b - 2].hasText("»") || tokens[b - 2].hasText("”") || tokens[b - 2].isMark("\""))
    }

    func titleFollows(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].text == "," else { return false }
        var j = k + 1
        if ["le", "la", "l'", "the", "a", "an", "son", "sa", "his", "her", "un", "une", "ancien", "ancienne", "former"].contains(tokens[j]) { j += 1 }
        guard j < tokens.count, Lexicon.personTitles.contains(tokens[j]) else { return false }
        // "la société Crayon France, représentant un montant de 75 M€": a participle with its object, no title.
        return !(j + 1 < tokens.count && Self.participleObjects.contains(tokens[j + 1]))
    }
    static let participleObjects: WordSet = ["un", "une", "des", "les", "plus", "pres", "environ", "quelque"]
}
