/// Government bodies recognised from the shape of their name, so that a body no list holds is still an agency:
/// a head noun with its complements ("Department of Health and Social Care", "Autorité de régulation de la
/// commande publique", "ministère des Infrastructures, des Transports et du Désenclavement", "tribunal
/// correctionnel de Paris") or capitalised words closed by a body noun ("Australian Electoral Commission").
struct AgencyNames {
    /// Nouns that open a body's name and take complements.
    static let heads = LexiconData.set("agency.head")
    /// Heads that open a name in lower case ("ministère de l'Intérieur"); they need a capitalised complement
    /// or an adjective of their own ("tribunal correctionnel").
    static let lowerHeads = LexiconData.set("agency.head.lowercase").flagged(.agencyLowerHeads)
    /// English nouns that close a body's name.
    static let tails = LexiconData.set("agency.tail")
    /// "Members of Parliament": people of a body, not the body.
    static let peopleHeads = LexiconData.set("agency.people.head")
    /// Lower-case adjectives that may follow a French head.
    static let adjectiveEndings = LexiconData.list("agency.adjective.ending")
    static let possessorEndings = LexiconData.list("agency.possessor.ending")
    /// Heads that open a name in lower case when the acronym the name defines follows it: "l'agence de régulation
    /// des télécommunications et des postes (ARTP)".
    static let acronymHeads = LexiconData.set("agency.head.acronymed")
    /// Heads of territorial bodies that take their territory's name directly ("Région Bretagne").
    static let directHeads = LexiconData.set("agency.head.direct")
    static let connectors: WordSet = ["de", "des", "du", "d'", "of", "for", "on"]
    /// What a council governs when it is a private body's board (lexicon `agency.corporate.organ`).
    static let corporateOrgans = LexiconData.set("agency.corporate.organ")
    static let determiners: WordSet = ["la", "l'", "le", "les", "the"]
    /// Words that join the words of a body's name ("Health Preparedness and Response Authority").
    static let nameLinks: WordSet = ["and", "&", "of", "for"]

    func find(_ tokens: [Token], _ covered: [Bool]) -> [SentenceMention] {
        var out: [SentenceMention] = []
        var taken = covered
        var i = 0
        // Read once, not through their static accessors (a `swift_once` call each) at every token.
        let lowerHeads = Self.lowerHeads, acronymHeads = Self.acronymHeads, describedHeads = Self.describedHeads
        while i < tokens.count {
            // Both shapes start from a capital or a head written in lower case: most tokens are told at once.
            if !taken[i], tokens[i].isCapitalized || lowerHeads.contains(tokens[i]) || acronymHeads.contains(tokens[i])
                || describedHeads.contains(tokens[i]),
               let range = courtDistrict(tokens, i, taken) ?? headFirst(tokens, i, taken) ?? tailLast(tokens, i, taken) ?? described(tokens, i, taken)
                    ?? acronymed(tokens, i, taken) {
                let surface = tokens[range].joinedAsWritten()
                // "the Eastern District of Virginia": the federal court of that district.
                let name = range.count >= 4 && Self.districtSides.contains(tokens[range.lowerBound]) && tokens[range.lowerBound + 1].hasText("District") ? "U.S. District Court for the \(surface)" : surface
                out.append(SentenceMention(entity: EntityRef(.agency, name), surface: surface, tokens: range, source: .agencyShape))
                for k in range { taken[k] = true }
                i = range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// "the Eastern District of Virginia": a U.S. federal judicial district, which names its court.
    static let districtSides: WordSet = ["northern", "southern", "eastern", "western", "middle", "central"]

    private func courtDistrict(_ tokens: [Token], _ i: Int, _ taken: [Bool]) -> Range<Int>? {
        guard tokens[i].isCapitalized, Self.districtSides.contains(tokens[i]), free(tokens, i + 3, taken), tokens[i + 1].hasText("District"),
              tokens[i + 2].hasText("of"), isNameWord(tokens[i + 3]) else { return nil }
        var j = i + 4
        while free(tokens, j, taken), j - i < 6, isNameWord(tokens[j]) { j += 1 }
        return i..<j
    }

    @inline(__always)
    func free(_ tokens: [Token], _ k: Int, _ taken: [Bool]) -> Bool { k < tokens.count && !taken[k] }

    @inline(__always)
    func isAdjective(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.foldedLength > 4
            && Self.adjectiveEndings.contains(where: token.foldedEnds) && !Lexicon.prepositions.contains(token)
    }

    /// Posts that name the office they head: "Office of the Data Protection Commissioner".
    static let posts = LexiconData.set("agency.post")

    /// A post's title, capitalised, inside an office's name, unless a person's name follows it ("… Commissioner Jane Doe").
    private func isPostClosingName(_ tokens: [Token], _ j: Int, _ taken: [Bool]) -> Bool {
        tokens[j].isCapitalized && Self.posts.contains(tokens[j]) && !(free(tokens, j + 1, taken) && isNameWord(tokens[j + 1]))
    }

    @inline(__always)
    private func isNameWord(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && !Lexicon.capitalStop.contains(token)
    }

    /// A complement after "de/of": capitalised words ("of Health and Social Care"), or, after a capitalised
    /// head, one lower-case noun and its adjectives ("de la concurrence", "de régulation de la commande publique").
    private func complement(_ tokens: [Token], _ start: Int, _ taken: [Bool], lowercaseAllowed: Bool) -> Int? {
        var j = start
        guard free(tokens, j, taken), Self.connectors.contains(tokens[j]) else { return nil }
        j += 1
        if free(tokens, j, taken), Self.determiners.contains(tokens[j]) { j += 1 }
        guard free(tokens, j, taken), tokens[j].kind == .word else { return nil }
        if isNameWord(tokens[j]) || (tokens[j].isCapitalized && Lexicon.capitalStop.contains(tokens[j]) && !Lexicon.prepositions.contains(tokens[j]) && tokens[j].foldedLength > 3) {
            j += 1
            while free(tokens, j, taken), isNameWord(tokens[j]) || isAdjective(tokens[j]) || isPostClosingName(tokens, j, taken) { j += 1 }
            // "des Ports maritimes et du Littoral": lower-case words are in the name when the enumeration goes on after them.
            var k = j
            while free(tokens, k, taken), k - j < 2, tokens[k].kind == .word, !tokens[k].isCapitalized, tokens[k].foldedLength > 3,
                  !Lexicon.prepositions.contains(tokens[k]), !Lexicon.capitalStop.contains(tokens[k]) { k += 1 }
            if k > j, free(tokens, k + 1, taken), [",", "et", "and"].contains(tokens[k]), Self.connectors.contains(tokens[k + 1]) { j = k }
            return j
        }
        guard lowercaseAllowed, !tokens[j].isCapitalized, tokens[j].foldedLength > 3,
              !Lexicon.prepositions.contains(tokens[j]), !Lexicon.capitalStop.contains(tokens[j]) else { return nil }
        j += 1
        while free(tokens, j, taken), isAdjective(tokens[j]) { j += 1 }
        return j
    }

    /// "Department of X and Y", "Autorité de la concurrence", "ministère des A, des B et du C".
    private func headFirst(_ tokens: [Token], _ i: Int, _ taken: [Bool]) -> Range<Int>? {
        // Asked in place before the token is copied: most capitalised words are no head.
        guard tokens[i].kind == .word, Self.heads.contains(tokens[i]) else { return nil }
        let head = tokens[i]
        let capitalised = head.isCapitalized
        guard capitalised || Self.lowerHeads.contains(head) else { return nil }
        var j = i + 1
        var adjectives = 0
        while free(tokens, j, taken), isAdjective(tokens[j]), adjectives < 2 { j += 1; adjectives += 1 }
        var complements = 0
        var capitalComplement = false
        // "Région Île-de-France", "Canton Genève": a territory's name right after its body noun.
        if capitalised, Self.directHeads.contains(head), free(tokens, j, taken), isNameWord(tokens[j]) {
            while free(tokens, j, taken), isNameWord(tokens[j]) { j += 1 }
            complements += 1
            capitalComplement = true
        }
        while let end = complement(tokens, j, taken, lowercaseAllowed: capitalised) {
            capitalComplement = capitalComplement || tokens[j..<end].contains { isNameWord($0) }
            j = end
            complements += 1
            // "Department of Health and Social Care": capitalised words joined by "and" stay in the name.
            while free(tokens, j + 1, taken), ["and", "&"].contains(tokens[j]), isNameWord(tokens[j + 1]) {
                j += 2
                while free(tokens, j, taken), isNameWord(tokens[j]) { j += 1 }
            }
            // "des Infrastructures, des Transports terrestres et du Désenclavement": an enumeration of complements.
            if free(tokens, j + 1, taken), [",", "et", "and"].contains(tokens[j]), Self.connectors.contains(tokens[j + 1]),
               complement(tokens, j + 1, taken, lowercaseAllowed: capitalised) != nil {
                j += 1
                continue
            }
            // One complement in lower case is enough for a body named in common nouns ("de la concurrence").
            if !capitalComplement && !capitalised { break }
            if complements >= 5 || j - i > 20 { break }
        }
        if j - i > 20 { return nil }
        // "le Conseil d'administration de Vexor", "Conseil de fondation": a company's or a foundation's own board.
        // ("Autorité de surveillance des paris" stays a body: only a council or a committee is a board.)
        if complements > 0, ["conseil", "comite"].contains(head), i + 2 < tokens.count, ["de", "d'"].contains(tokens[i + 1]),
           Self.corporateOrgans.contains(tokens[i + 2]) { return nil }
        // "Bureau ovale", "Oval Office": a room named like a body is a place.
        if complements == 0, tokens[(i + 1)..<j].allSatisfy({ Lexicon.places.contains($0) }) { return nil }
        if capitalised {
            guard complements > 0 || (adjectives > 0 && j - i >= 2) else { return nil }
            // "the French Ministry of Defence", "U.S. Department of Justice": a capitalised qualifier before the head.
            var start = i
            if i > 0, !taken[i - 1], tokens[i - 1].isCapitalized, tokens[i - 1].kind == .word,
               tokens[i - 1].isAllCaps || Self.isDemonym(tokens[i - 1]) || tokens[i - 1].text.contains(".") {
                start = i - 1
            }
            return start..<j
        }
        guard capitalComplement || (adjectives > 0 && ["tribunal", "cour", "parquet"].contains(head)) else { return nil }
        return i..<j
    }

    /// "l'agence de régulation des télécommunications et des postes (ARTP)": a head in lower case, its complements,
    /// then the acronym they make (its letters the initials of the name's words, in order).
    private func acronymed(_ tokens: [Token], _ i: Int, _ taken: [Bool]) -> Range<Int>? {
        guard Self.acronymHeads.contains(tokens[i]) else { return nil }
        var j = i + 1
        var initials: [Character] = [tokens[i].folded.first ?? " "]
        while free(tokens, j, taken), j - i < 14, tokens[j].kind == .word, !tokens[j].isAllCaps || tokens[j].foldedLength == 1 {
            if !Self.connectors.contains(tokens[j]) && !Self.determiners.contains(tokens[j]) && !["et", "and", "&"].contains(tokens[j]),
               let first = tokens[j].folded.first { initials.append(first) }
            j += 1
        }
        guard j > i + 1, j + 2 < tokens.count, tokens[j].isMark("("), tokens[j + 2].isMark(")"), tokens[j + 1].isAllCaps,
              tokens[j + 1].foldedLength >= 2 else { return nil }
        // The acronym's letters, in order, among the initials, the first the head's.
        let letters = Array(tokens[j + 1].folded)
        guard letters.first == initials.first, letters.count >= initials.count - 2 else { return nil }
        var k = 0
        for c in initials where k < letters.count && c == letters[k] { k += 1 }
        guard k == letters.count else { return nil }
        // The name stops at its last word: the acronym keeps its own mention.
        return i..<j
    }

    /// "The Information Commissioner's Office": a body's name that runs on past a known name inside it (the outlet
    /// "The Information") is the body; nil when no body's name starts within the known name and ends beyond it.
    func body(enclosing known: Range<Int>, _ tokens: [Token], _ taken: [Bool]) -> Range<Int>? {
        guard known.upperBound < tokens.count, tokens[known.upperBound].isCapitalized || tokens[known.upperBound].isPossessive
        else { return nil }
        for i in known where tokens[i].kind == .word {
            if let range = tailLast(tokens, i, taken), range.upperBound > known.upperBound { return range }
        }
        return nil
    }

    /// "Australian Electoral Commission", "High Court", "Health Preparedness and Response Authority".
    private func tailLast(_ tokens: [Token], _ i: Int, _ taken: [Bool]) -> Range<Int>? {
        guard tokens[i].isCapitalized, !Lexicon.capitalStop.contains(tokens[i]) || Self.isDemonym(tokens[i]),
              !Self.peopleHeads.contains(tokens[i]) else { return nil }
        var j = i
        var words = 0
        // The word is read in place (`tokens[j]`): a copy of it retained and released its two Strings at every word.
        while free(tokens, j, taken), j - i < 8 {
            // A post's title is a word of the name when the office is named for it ("Commissioner's Office").
            let post = j + 1 < tokens.count && tokens[j + 1].isPossessive
            if tokens[j].kind == .word, tokens[j].isCapitalized, !Lexicon.capitalStop.contains(tokens[j]) || Self.isDemonym(tokens[j]) || post {
                words += 1
                j += 1
                // "Teachers Service Commission": a body noun followed by another is not yet the name's end.
                if Self.tails.contains(tokens[j - 1]), words >= 2, !followedByName(tokens, j, taken), !followedByTail(tokens, j, taken) {
                    // "Rockingham County Board of Commissioners", "Election Commission of India": capitalised words
                    // after "of" finish the name.
                    if free(tokens, j + 1, taken), tokens[j].hasText("of"), isNameWord(tokens[j + 1]) {
                        j += 1
                        while free(tokens, j, taken), isNameWord(tokens[j]) { j += 1 }
                    }
                    let range = i..<j
                    let before = tokens[range].dropLast()
                    if before.allSatisfy({ Lexicon.places.contains($0) || Self.nameLinks.contains($0) }) { return nil }
                    return range
                }
                continue
            }
            if Self.nameLinks.contains(tokens[j]), free(tokens, j + 1, taken), tokens[j + 1].isCapitalized { j += 1; continue }
            // "Information Commissioner's Office": an office named for the post that heads it, not "Acme's Office".
            if tokens[j].isPossessive, j > i, Self.possessorEndings.contains(where: tokens[j - 1].folded.hasSuffix),
               free(tokens, j + 1, taken), tokens[j + 1].isCapitalized { j += 1; continue }
            break
        }
        return nil
    }

    private func followedByTail(_ tokens: [Token], _ j: Int, _ taken: [Bool]) -> Bool {
        free(tokens, j, taken) && tokens[j].isCapitalized && Self.tails.contains(tokens[j])
    }

    /// "Commission Chair Lina Khan": a body noun before a person's name is a title, not the body.
    private func followedByName(_ tokens: [Token], _ j: Int, _ taken: [Bool]) -> Bool {
        free(tokens, j, taken) && isNameWord(tokens[j]) && !Self.tails.contains(tokens[j])
    }

    /// "Australian", "French", "Canadian", "U.S.": a capitalised nationality before a body's name.
    @inline(__always)
    static func isDemonym(_ token: Token) -> Bool {
        token.kind == .word && token.isCapitalized && token.foldedLength > 3
            && ["an", "ian", "ese", "ish", "ch", "ic", "ais", "aise", "ien", "ienne", "ois", "oise"].contains(where: token.foldedEnds)
    }
}
