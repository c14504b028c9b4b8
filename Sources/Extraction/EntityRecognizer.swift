/// Finds the entities of a whole article: gazetteer names, funds, then guessed names; a surname alone,
/// a short company name or an acronym defined in parentheses resolves to the full name seen elsewhere.
struct EntityRecognizer {
    let gazetteer: Gazetteer
    let published: String?

    /// The mentions of each sentence, and the fund recognizer they were read with (the donation rules use it too).
    func recognize(_ sentences: [Sentence], lowercaseWords: WordSet) -> (mentions: [[SentenceMention]], funds: FundRecognizer) {
        let candidates = NameCandidates(firstNames: FirstNames.all, lowercaseWords: lowercaseWords)
        var perSentence: [[SentenceMention]] = []
        for sentence in sentences {
            let tokens = sentence.tokens
            var mentions: [SentenceMention] = []
            var covered = Array(repeatElement(false, count: tokens.count))  // `[Bool](repeating:count:)` took the unspecialised path
            let matches = gazetteer.matches(in: tokens)
            for (n, found) in matches.enumerated() where !isCredit(tokens, found.tokens.lowerBound) && !isSurname(tokens, found) {
                // "The Information Commissioner's Office", "the Treasury Board": a body's name running on past a known name.
                if found.entity.kind == .company || found.entity.kind == .agency, AgencyNames().body(enclosing: found.tokens, tokens, covered) != nil { continue }
                if Self.isBuildingAsPlace(tokens, found) { continue }
                // "in Pentagon City", "Kremlin Square": a known body's name before a place word names the place ("Google
                // Street View" still names Google).
                if found.entity.kind == .agency, found.tokens.upperBound < tokens.count, tokens[found.tokens.upperBound].isCapitalized,
                   Self.placeSuffixes.contains(tokens[found.tokens.upperBound]) { continue }
                // "BAM Group" is no Bank Al-Maghrib: a body's acronym followed by a company's legal word names a company.
                if found.entity.kind != .company, found.tokens.count == 1, tokens[found.tokens.lowerBound].isAllCaps,
                   found.tokens.upperBound < tokens.count, tokens[found.tokens.upperBound].isCapitalized,
                   Self.legalWords.contains(tokens[found.tokens.upperBound]) { continue }
                // "the Social Democratic and Labour Party (SDLP)": a known name ending a longer one its acronym defines.
                if found.tokens.upperBound < tokens.count, tokens[found.tokens.upperBound].isMark("("),
                   candidates.acronymNamed(tokens, covered).contains(where: { $0.tokens.upperBound == found.tokens.upperBound && $0.tokens.lowerBound < found.tokens.lowerBound }) {
                    continue
                }
                let limit = n + 1 < matches.count ? matches[n + 1].tokens.lowerBound : tokens.count
                let match = subsidiary(tokens, found, limit: limit) ?? politicalArm(tokens, found, limit: limit)
                    ?? nationalBody(tokens, found, after: n > 0 ? matches[n - 1].tokens.upperBound : 0)
                    ?? partyBranch(tokens, found, after: n > 0 ? matches[n - 1].tokens.upperBound : 0) ?? found
                mentions.append(SentenceMention(entity: match.entity, surface: surface(tokens, match.tokens),
                                                tokens: match.tokens, source: .gazetteer))
                for k in match.tokens { covered[k] = true }
            }
            mentions += Self.officesOfPlaces(tokens, &covered)
            mentions.appendFound(candidates.find(in: tokens, covered: covered))
            sharedSurnames(tokens, &mentions)
            knownSurnames(tokens, &mentions)
            Self.committeeShapes(tokens, &mentions)
            Self.organsOfBodies(tokens, &mentions)
            Self.attachNameSuffixes(tokens, &mentions)
            Self.dropPlaceQualifiers(tokens, &mentions)
            Self.dropHomeTowns(tokens, &mentions)
            Self.dropSeats(tokens, &mentions)
            Self.dropCourtPlaces(tokens, &mentions)
            Self.dropAttributiveBodies(tokens, &mentions)
            Self.attachLegalForms(tokens, &mentions)
            Self.dropTickers(tokens, &mentions)
            Self.dropCoins(tokens, &mentions)
            // "ORLANDO, Fla., July 30 (UPI) -- …": a dateline and its wire credit name no actor.
            if let end = Self.datelineEnd(tokens) { mentions.removeAll { $0.tokens.lowerBound < end } }
            perSentence.append(mentions.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
        }
        resolveShortForms(&perSentence, sentences)
        Self.resolveLetterNames(&perSentence, sentences)
        Self.resolveInitials(&perSentence, sentences)
        for s in perSentence.indices {
            AgencyLists.type(sentences[s].tokens, &perSentence[s])
            CompanyContexts.type(sentences[s].tokens, &perSentence[s])
        }
        let funds = FundRecognizer(published: published, sentences: sentences, mentions: perSentence)
        for (index, sentence) in sentences.enumerated() {
            perSentence[index].appendFound(funds.find(in: sentence.tokens, mentions: perSentence[index]))
            perSentence[index].sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        unifyInauguralFunds(&perSentence, current: funds.inaugurationYear())
        return (perSentence, funds)
    }

    static let legalWords: WordSet = ["group", "groupe", "holding", "holdings", "inc", "corp", "sa", "nv", "ag", "gmbh", "ltd", "plc", "llc"]

    /// "à la Maison Blanche", "at the White House", "11 Downing Street": a seat of power named as a place is no body.
    static func isBuildingAsPlace(_ tokens: [Token], _ match: GazetteerMatch) -> Bool {
        guard match.entity.kind == .agency, buildings.contains(String(Folding.fold(match.entity.name).map { $0 == " " ? "_" : $0 })) else { return false }
        var k = match.tokens.lowerBound - 1
        guard k >= 0 else { return false }
        if tokens[k].kind == .number { return true }
        if ["la", "l'", "the"].contains(tokens[k]) { k -= 1 }
        return k >= 0 && (placePrepositions.contains(tokens[k]) || tokens[k].text == "à" || tokens[k].text == "À")
    }

    static let buildings = LexiconData.set("agency.building")
    /// Words that make a place of the name before them: "Pentagon City" (lexicon `place.suffix`).
    static let placeSuffixes = LexiconData.set("place.suffix")
    static let placePrepositions = LexiconData.set("place.preposition")

    /// "the Progress Action super PAC", "the super PAC Forward Together", "Citizens for Growth, a super PAC backing X":
    /// a guessed name beside the words for a political committee is a fund.
    static func committeeShapes(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        lowercaseParties(tokens, &mentions)
        adjectiveParties(tokens, &mentions)
        PartyShortNames.find(tokens, &mentions)
        func isCommittee(_ k: Int) -> Bool {
            k < tokens.count && (committeeWords.contains(tokens[k])
                || (tokens[k].folded == "super" && k + 1 < tokens.count && tokens[k + 1].folded == "pac")
                || (tokens[k].folded == "political" && k + 2 < tokens.count && tokens[k + 1].folded == "action" && tokens[k + 2].folded == "committee"))
        }
        // A headline's capitals ("Super PAC Mega-Donors Surpass 100") name no committee: an article must stand before.
        func determined(_ committee: Int) -> Bool { committee > 0 && committeeArticles.contains(tokens[committee - 1]) }
        // "le PAC Vexor": a guessed name opened by the committee word is the committee's own name after it.
        for m in mentions.indices where (mentions[m].source == .name || mentions[m].source == .cue) && mentions[m].entity == nil {
            let range = mentions[m].tokens
            guard range.count >= 2, committeeWords.contains(tokens[range.lowerBound]), tokens[range.lowerBound + 1].isCapitalized,
                  determined(range.lowerBound) else { continue }
            let name = (range.lowerBound + 1)..<range.upperBound
            let surface = tokens[name].joinedAsWritten()
            mentions[m] = SentenceMention(entity: EntityRef(.fund, surface), surface: surface, tokens: name, source: .name)
        }
        numberedCommittees(tokens, &mentions, isCommittee, determined)
        for m in mentions.indices where mentions[m].source == .name || mentions[m].source == .cue {
            guard mentions[m].entity == nil || mentions[m].kind == .company else { continue }
            let lower = mentions[m].tokens.lowerBound, upper = mentions[m].tokens.upperBound
            var j = upper
            if j + 1 < tokens.count, tokens[j].isMark(","), ["a", "an", "un", "une"].contains(tokens[j + 1].folded) {
                j += 2
                if j < tokens.count, tokens[j].folded.hasPrefix("pro-") || ["new", "nouveau"].contains(tokens[j].folded) { j += 1 }
            }
            let before = lower >= 1 && committeeWords.contains(tokens[lower - 1])
            guard isCommittee(j) || before else { continue }
            mentions[m].entity = EntityRef(.fund, mentions[m].surface)
        }
    }

    /// "le PAC Trump 47", "the Harris 24 PAC": a name and a number beside a committee word name the committee, even
    /// when the name alone is a person's.
    static func numberedCommittees(_ tokens: [Token], _ mentions: inout [SentenceMention], _ isCommittee: (Int) -> Bool,
                                   _ determined: (Int) -> Bool) {
        for m in mentions.indices {
            let lower = mentions[m].tokens.lowerBound, upper = mentions[m].tokens.upperBound
            guard upper < tokens.count, tokens[upper].kind == .number, tokens[upper].spaceBefore, tokens[upper].text.utf8.count <= 4,
                  tokens[upper].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                  (lower >= 2 && committeeWords.contains(tokens[lower - 1]) && determined(lower - 1)) || isCommittee(upper + 1) else { continue }
            let range = lower..<(upper + 1)
            let surface = tokens[range].joinedAsWritten()
            mentions[m] = SentenceMention(entity: EntityRef(.fund, surface), surface: surface, tokens: range, source: .name)
        }
    }

    /// "his United Australia party", "the Labor party": up to three capitalised words before a lower-case "party" name
    /// the party, whatever the name finders made of them (a place, a guessed company).
    static func lowercaseParties(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        for k in tokens.indices where k > 0 && tokens[k].hasText("party") {
            var j = k
            while j > 0, k - j < 3, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized, !tokens[j - 1].isPossessive,
                  !Lexicon.capitalStop.contains(tokens[j - 1]) || AgencyNames.isDemonym(tokens[j - 1]) { j -= 1 }
            guard j < k else { continue }
            let range = j..<(k + 1)
            // A known name (a person, a gazetteer entry) keeps its own reading.
            if mentions.contains(where: { $0.tokens.overlaps(range) && ($0.kind == .person || $0.source == .gazetteer) }) { continue }
            mentions.removeAll { $0.tokens.overlaps(range) }
            let surface = tokens[range].joinedAsWritten()
            mentions.append(SentenceMention(entity: EntityRef(.fund, surface), surface: surface, tokens: range, source: .name))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "Apple (AAPL)": capitals in parentheses right after a company's name, not spelling it (as "Nvidia (NVDA)" does,
    /// which the short forms read), are its stock ticker, no entity.
    static func dropTickers(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        // Most sentences hold no capitals in parentheses: no copy of their mentions, no rewrite.
        guard mentions.contains(where: { $0.tokens.count == 1 && $0.tokens.lowerBound > 1 && tokens[$0.tokens.lowerBound - 1].isMark("(") }) else { return }
        let all = mentions
        mentions.removeAll { m in
            let lower = m.tokens.lowerBound, upper = m.tokens.upperBound
            guard m.tokens.count == 1, lower > 1, upper < tokens.count, tokens[lower].isAllCaps, tokens[lower].length <= 5,
                  tokens[lower - 1].isMark("("), tokens[upper].isMark(")"),
                  let company = all.first(where: { $0.tokens.upperBound == lower - 1 && $0.kind == .company }) else { return false }
            var name = Folding.fold(company.surface).unicodeScalars.makeIterator()
            let spelled = tokens[lower].folded.unicodeScalars.allSatisfy { letter in
                while let c = name.next() { if c == letter { return true } }
                return false
            }
            return !spelled
        }
    }

    /// "le Parti libéral", "Parti communiste", "Parti libéral du Québec": "Parti" and a lower-case adjective (by its
    /// ending, lexicon `party.adjective.suffix`) name a party, with the place after "du"/"de" when one follows.
    static let partyAdjectiveEndings = LexiconData.list("party.adjective.suffix")

    static func adjectiveParties(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        for k in tokens.indices where k + 1 < tokens.count && tokens[k].hasText("Parti") {
            let adjective = tokens[k + 1]
            guard adjective.kind == .word, !adjective.isCapitalized, adjective.foldedLength >= 5,
                  partyAdjectiveEndings.contains(where: { adjective.foldedEnds(with: $0) }) else { continue }
            var end = k + 2
            if end + 1 < tokens.count, ["du", "de"].contains(tokens[end]), tokens[end + 1].isCapitalized, tokens[end + 1].kind == .word { end += 2 }
            let range = k..<end
            if mentions.contains(where: { $0.tokens.overlaps(range) && ($0.kind == .person || $0.source == .gazetteer) }) { continue }
            mentions.removeAll { $0.tokens.overlaps(range) }
            let surface = tokens[range].joinedAsWritten()
            mentions.append(SentenceMention(entity: EntityRef(.fund, surface), surface: surface, tokens: range, source: .name))
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Asked of the words around every guessed name, by the tokens' stored hashes (a literal list was built each time).
    static let committeeWords: WordSet = ["pac", "superpac"]
    static let committeeArticles: WordSet = ["le", "du", "au", "the", "a", "un"]

    /// An article that names the inaugural committee ("Trump-Vance Inaugural Committee") means it by every
    /// "inaugural fund" of the same inauguration: one fund, under the name the article gives.
    func unifyInauguralFunds(_ perSentence: inout [[SentenceMention]], current: Int?) {
        let named = Set(perSentence.joined().filter { m in
            m.kind == .fund && m.source == .gazetteer && m.entity.map { ["inaugural", "investiture"].contains(where: Folding.fold($0.name).contains) } == true
        }.compactMap(\.entity))
        guard named.count == 1, let committee = named.first else { return }
        for s in perSentence.indices {
            for m in perSentence[s].indices where perSentence[s][m].source == .fund {
                guard let name = perSentence[s][m].entity?.name, name.hasSuffix("inaugural committee fund") else { continue }
                let year = FundRecognizer.year(inName: name)
                if year == nil || year == current { perSentence[s][m].entity = committee }
            }
        }
    }

    /// "Safran Electronics & Defense", "Toyota Motor Manufacturing": a known company followed by capitalised
    /// words ending in a company word is its subsidiary, a company of its own under the full name.
    func subsidiary(_ tokens: [Token], _ match: GazetteerMatch, limit: Int) -> GazetteerMatch? {
        guard match.entity.kind == .company else { return nil }
        // "JT International Company Netherlands": a legal word is a word of the name even where it stops others.
        func nameWord(_ k: Int) -> Bool {
            k < limit && tokens[k].kind == .word && tokens[k].isCapitalized
                && (!Lexicon.capitalStop.contains(tokens[k]) || Lexicon.companySuffixes.contains(tokens[k]))
        }
        var j = match.tokens.upperBound
        var end = j
        var onlyPlaces = true
        // Only "&" joins inside a name here: "Leidos and Science Applications" are two companies.
        while nameWord(j) || (j < limit && tokens[j].isMark("&") && nameWord(j + 1)) {
            j += 1
            let word = tokens[j - 1].folded
            guard tokens[j - 1].kind == .word else { continue }
            onlyPlaces = onlyPlaces && Lexicon.places.contains(word)
            // "Toyota Motor North America", "Microsoft France": a regional arm, named with its region;
            // "JT International Company Netherlands", "Philip Morris Benelux BVBA": its legal word before or after.
            if Lexicon.companySuffixes.contains(word) || onlyPlaces { end = j; onlyPlaces = true }
        }
        guard end > match.tokens.upperBound else { return nil }
        let range = match.tokens.lowerBound..<end
        return GazetteerMatch(entity: EntityRef(.company, surface(tokens, range)), tokens: range)
    }

    /// "League of Conservation Voters Victory Fund", "MoveOn.org Political Action": a known organisation followed by
    /// capitalised words closed by a fund word is its political arm, a fund of its own under the full name.
    func politicalArm(_ tokens: [Token], _ match: GazetteerMatch, limit: Int) -> GazetteerMatch? {
        guard match.entity.kind == .company || match.entity.kind == .fund else { return nil }
        var j = match.tokens.upperBound
        while j < limit, j - match.tokens.upperBound < 3, tokens[j].kind == .word, tokens[j].isCapitalized { j += 1 }
        guard j > match.tokens.upperBound, ["fund", "pac", "action", "committee", "victory"].contains(tokens[j - 1]) else { return nil }
        let range = match.tokens.lowerBound..<j
        return GazetteerMatch(entity: EntityRef(.fund, surface(tokens, range)), tokens: range)
    }

    /// "Australian Electoral Commission" where the gazetteer knows "UK Electoral Commission" by its short name: another
    /// nationality written before a known national body makes it that country's body, under the full name.
    func nationalBody(_ tokens: [Token], _ match: GazetteerMatch, after previousEnd: Int) -> GazetteerMatch? {
        let k = match.tokens.lowerBound - 1
        // "the Wisconsin Supreme Court": a place's own body, as a nationality word makes it the country's.
        guard match.entity.kind == .agency, k >= previousEnd, k >= 0, tokens[k].kind == .word, tokens[k].isCapitalized,
              AgencyNames.isDemonym(tokens[k]) || Lexicon.places.contains(tokens[k]),
              let qualifier = match.entity.name.split(separator: " ").first.map({ Folding.fold(String($0)) }),
              Self.countryQualifiers.contains(qualifier), !tokens[k].folded.hasPrefix(qualifier) else { return nil }
        let range = k..<match.tokens.upperBound
        return GazetteerMatch(entity: EntityRef(.agency, surface(tokens, range)), tokens: range)
    }

    /// "Richmond Park Constituency Labour Party", "Texas Democratic Party": capitalised words written before a known
    /// party name a branch of it, a fund of its own (not a country's name for the party: "British Labour Party").
    func partyBranch(_ tokens: [Token], _ match: GazetteerMatch, after previousEnd: Int) -> GazetteerMatch? {
        guard match.entity.kind == .fund, match.tokens.count >= 2,
              Self.partyWords.contains(tokens[match.tokens.upperBound - 1]) || Self.partyWords.contains(tokens[match.tokens.lowerBound]) else { return nil }
        var k = match.tokens.lowerBound
        while k - 1 >= previousEnd, match.tokens.lowerBound - (k - 1) <= 4, tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized,
              !Lexicon.capitalStop.contains(tokens[k - 1]), !Lexicon.personTitles.contains(tokens[k - 1]), !FirstNames.all.contains(tokens[k - 1]),
              !Self.countryQualifiers.contains(tokens[k - 1]), !tokens[k - 1].isPossessive { k -= 1 }
        // One word at the sentence's start may be any capitalised word ("Former Labour Party…"): two at least there.
        let words = match.tokens.lowerBound - k
        guard words >= 1, k > 0 || words >= 2 else { return nil }
        let range = k..<match.tokens.upperBound
        return GazetteerMatch(entity: EntityRef(.fund, surface(tokens, range)), tokens: range)
    }

    static let partyWords: WordSet = ["party", "parti"]

    static let countryQualifiers: WordSet = ["uk", "u.k.", "us", "u.s.", "british", "american", "french", "swiss", "canadian",
                                                 "australian", "german", "eu", "european", "belgian", "irish"]

    /// "Bill Ford", "Gerald Ford": a one-word organisation name after a first name is that person's surname.
    func isSurname(_ tokens: [Token], _ match: GazetteerMatch) -> Bool {
        let k = match.tokens.lowerBound
        guard match.tokens.count == 1, match.entity.kind != .person, k > 0 else { return false }
        let before = tokens[k - 1]
        return before.kind == .word && before.isCapitalized && FirstNames.all.contains(before)
            && !(k > 1 && tokens[k - 2].kind == .word && tokens[k - 2].isCapitalized)
    }

    /// "President Trump", "l'administration Biden": a well-known person's distinctive surname standing alone, inside
    /// a sentence and outside any other name ("Trump Tower", "Gates Foundation" are not the person).
    func knownSurnames(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        for k in tokens.indices.dropFirst() where tokens[k].kind == .word && tokens[k].isCapitalized && !tokens[k].isAllCaps {
            guard let person = gazetteer.surnameMap[tokens[k]], !FirstNames.all.contains(tokens[k]),
                  !mentions.contains(where: { $0.tokens.contains(k) }) else { continue }
            if k + 1 < tokens.count, tokens[k + 1].kind == .word, tokens[k + 1].isCapitalized { continue }
            if tokens[k - 1].kind == .word, tokens[k - 1].isCapitalized, !Lexicon.personTitles.contains(tokens[k - 1]) { continue }
            mentions.append(SentenceMention(entity: person, surface: tokens[k].text, tokens: k..<(k + 1), source: .knownSurname))
        }
    }

    /// "Liz and Dick Uihlein", "Bill et Melinda Gates": a first name alone before "and" and a full name shares its surname.
    func sharedSurnames(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        for mention in mentions where mention.kind == .person && mention.tokens.lowerBound >= 2 {
            let and = mention.tokens.lowerBound - 1, first = mention.tokens.lowerBound - 2
            guard ["and", "et", "&"].contains(tokens[and]), tokens[first].kind == .word, tokens[first].isCapitalized,
                  FirstNames.all.contains(tokens[first]),
                  // "Billionaires Cameron and Tyler Winklevoss": a capitalised word opening the sentence may stand before.
                  !(first > 0 && tokens[first - 1].isCapitalized && tokens[first - 1].kind == .word
                    && (first > 1 || FirstNames.all.contains(tokens[first - 1]))),
                  let full = mention.entity?.name, full.split(separator: " ").count >= 2, let surname = full.split(separator: " ").last,
                  !mentions.contains(where: { $0.tokens.contains(first) && $0.entity != nil }) else { continue }
            mentions.removeAll { $0.tokens.contains(first) }
            let name = tokens[first].text + " " + surname
            mentions.append(SentenceMention(entity: EntityRef(.person, name), surface: name, tokens: first..<(first + 1), source: .sharedSurname))
        }
    }

    /// Where a dateline ends: a dash within the first fifteen tokens right after a parenthesised credit ("(UPI) --",
    /// "(Reuters) -", "(AFP) —").
    static func datelineEnd(_ tokens: [Token]) -> Int? {
        // "(Belga) Le parti…": a wire's credit in brackets opening the sentence, with no dash after it.
        if tokens.count > 4, tokens[0].kind == .punct, tokens[0].isMark("("), tokens[2].isMark(")"), tokens[1].kind == .word,
           tokens[1].isCapitalized, tokens[3].kind == .word, tokens[3].isCapitalized { return 3 }
        // The cheap test first: this runs on the first tokens of every sentence.
        // A ")" is a punctuation token: its kind is told before its text is compared.
        // The dashes are told by their text's bytes ("-", "--", "—", "–"): a literal list built at each token of every
        // sentence cost more than the rest of recognising its names.
        for k in tokens.indices.prefix(15) where k >= 3 && tokens[k - 1].kind == .punct && tokens[k - 1].isMark(")")
            && isDash(tokens[k].text, double: true) {
            // "Penten Pty Ltd ($5.4 million) – To develop …": an amount in the parentheses is a list item, no credit.
            if let open = tokens[max(0, k - 6)..<(k - 1)].lastIndex(where: { $0.isMark("(") }),
               tokens[open..<(k - 1)].contains(where: { $0.kind == .number }) { continue }
            if k + 1 < tokens.count, tokens[k + 1].text == "-" || tokens[k + 1].text == "--" { return k + 2 }
            return k + 1
        }
        // "SAN FRANCISCO, Jan. 3, 2022 /PRNewswire/ — …": a press-release wire between slashes, then a dash.
        for k in tokens.indices.prefix(16) where k >= 4 && tokens[k].kind == .punct && isDash(tokens[k].text, double: true)
            && tokens[k - 1].isMark("/") && tokens[k - 3].isMark("/") {
            return k + 1
        }
        // "Paris, France | AFP | mercredi 10/07/2024 - Le Conseil d'Etat…": a wire's piped dateline.
        // By index: a closure given the tokens themselves copied six of them at every sentence.
        if tokens.indices.prefix(6).contains(where: { tokens[$0].kind == .punct && tokens[$0].isMark("|") }),
           let dash = tokens.indices.prefix(18).first(where: { $0 > 3 && isDash(tokens[$0].text, double: false) && tokens[$0].spaceBefore }) {
            return dash + 1
        }
        return nil
    }

    /// "-", "—", "–", and "--" when `double`: by the bytes (the em and en dashes are E2 80 94 and E2 80 93, which no
    /// other text is canonically equivalent to).
    static func isDash(_ text: String, double: Bool) -> Bool {
        var utf8 = text.utf8.makeIterator()
        switch text.utf8.count {
        case 1: return utf8.next() == UInt8(ascii: "-")
        case 2: return double && utf8.next() == UInt8(ascii: "-") && utf8.next() == UInt8(ascii: "-")
        case 3:
            guard utf8.next() == 0xE2, utf8.next() == 0x80, let last = utf8.next() else { return false }
            return last == 0x93 || last == 0x94
        default: return false
        }
    }

    /// "(DHS)", "(Comco)", "(AdlC)": a short capitalised word in parentheses after a name abbreviates it.
    static func isAcronym(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && (token.isAllCaps || (2...6).contains(token.length)) && !Lexicon.places.contains(token)
    }

    func isCredit(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, tokens[k].isMark(":") { k -= 1 }
        return k >= 0 && Lexicon.creditCues.contains(tokens[k])
    }

    func surface(_ tokens: [Token], _ range: Range<Int>) -> String {
        tokens[range].joinedAsWritten()
    }
}
