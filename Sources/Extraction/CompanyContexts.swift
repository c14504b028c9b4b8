/// Unknown names typed as companies by where they stand: a stock ticker after them (`Acme (NYSE: ACM)`), an
/// apposition with a trade noun (`Acme, une start-up lyonnaise`), `(filiale de …)`, the subject of a funding or
/// takeover verb (`Acme lève 5 M€`, `Acme acquires Zeta`), the investors of a round (`led by X`, `auprès de A, B
/// et C`), a list shared with a known company (`Zeta Partners, Acme et Vexo`).
enum CompanyContexts {
    static let appositionNouns = LexiconData.forms("company.apposition")
    static let exchanges = LexiconData.set("company.exchange")
    static let parentNouns = LexiconData.set("company.parent")
    static let fundingVerbs = LexiconData.forms("company.funding")
    static let raisingVerbs = LexiconData.forms("company.raising")
    static let reportVerbs = LexiconData.forms("company.report")
    static let resultNouns = LexiconData.forms("company.results")
    static let figureNouns = LexiconData.forms("company.figure")
    static let stockNouns = LexiconData.forms("company.stock")
    static let dealNouns = LexiconData.forms("company.deal")
    static let takeoverVerbs = LexiconData.forms("company.takeover")
    static let fundingWords = LexiconData.forms("company.round").flagged(.fundingRounds)
    static let leadVerbs = LexiconData.forms("company.lead")
    static let investorNouns = LexiconData.forms("company.investor")
    static let investorFillers = LexiconData.set("company.investor.filler")
    static let auxiliaries = LexiconData.set("company.auxiliary")
    static let listLinks: WordSet = [",", "et", "and", "&", "ou", "or"]
    static let articles: WordSet = ["l'", "la", "le", "les", "the", "un", "une", "a", "an"]

    /// A name the recogniser found but could not type.
    static func isFree(_ m: SentenceMention) -> Bool { m.entity == nil && m.source == .name }

    /// A company, known or typed here. Names typed here keep no entity, so the fact rules read them as before; they
    /// are listed as company mentions (`Extractor`).
    static func isCompany(_ m: SentenceMention) -> Bool { m.kind == .company || (m.entity == nil && m.source == .context) }

    /// A free name context may type: not a company word alone ("Partners", "GmbH"), not a plural ("Liberals"), not the
    /// tail of a capitalised run the recogniser cut ("American Express"), not a first name and a surname.
    static func mayType(_ tokens: [Token], _ m: SentenceMention) -> Bool {
        // The first word and the count of words, read in place: an array of the words copied each token.
        var firstWord: Int?, wordCount = 0
        for k in m.tokens where tokens[k].kind == .word {
            if firstWord == nil { firstWord = k }
            wordCount += 1
        }
        guard let firstWord else { return false }
        let first = tokens[firstWord]
        if wordCount == 1 {
            if Lexicon.companySuffixes.contains(first) || (!first.hasHyphen && plurals.contains(where: first.foldedEnds)) { return false }
            // "le président du Conseil de fondation": a body's head word alone names no company.
            if Lexicon.agencyHeads.contains(first) { return false }
        } else if FirstNames.all.contains(first) || (first.hasHyphen && first.folded.split(separator: "-").contains { FirstNames.all.contains(String($0)) }) {
            return false
        }
        let k = m.tokens.lowerBound - 1
        return !(k > 0 && tokens[k].kind == .word && tokens[k].isCapitalized && !articles.contains(tokens[k]))
    }

    static let plurals = ["als", "ans", "ats", "ens", "ives", "ers", "ists", "ites"]

    /// Types the free names of one sentence that their context marks as companies.
    static func type(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        guard mentions.contains(where: isFree) else { return }
        var money: Bool?
        // By index, the list asked through the tokens' flags: a token passed by value is copied.
        let funding = tokens.indices.contains { tokens[$0].kind == .word && tokens[$0].lists & SentenceList.fundingRounds.bit != 0 }
        for m in mentions.indices where isFree(mentions[m]) && mayType(tokens, mentions[m]) {
            let range = mentions[m].tokens
            if ticker(tokens, range.upperBound), let last = range.last(where: { NameCandidates.connectors.contains(tokens[$0]) }), last + 1 < range.upperBound {
                // "Shares of Acme (NYSE: ACM)": the listed name is the one after the connector.
                let name = (last + 1)..<range.upperBound
                let surface = tokens[name].joinedAsWritten()
                mentions[m] = SentenceMention(entity: nil, surface: surface, tokens: name, source: .context)
                continue
            }
            // "le journal Le Soleil": a cue noun before a name opened by a capitalised article, which belongs to it.
            if range.lowerBound >= 2, ["le", "la", "les", "the"].contains(tokens[range.lowerBound - 1]), tokens[range.lowerBound - 1].isCapitalized,
               Lexicon.companyCues.contains(tokens[range.lowerBound - 2]) {
                let name = (range.lowerBound - 1)..<range.upperBound
                let surface = tokens[name].joinedAsWritten()
                mentions[m] = SentenceMention(entity: nil, surface: surface, tokens: name, source: .context)
                continue
            }
            if possessorOfStaff(tokens, range.upperBound, mentions) { mentions[m].source = .context; continue }
            if ticker(tokens, range.upperBound) || apposition(tokens, range.upperBound) || postBefore(tokens, range.upperBound)
                || tradeNounAfter(tokens, range) || parent(tokens, range.upperBound)
                || takeover(tokens, range) || describedBefore(tokens, range.lowerBound) || tradeNounBefore(tokens, range.lowerBound) || resultsOf(tokens, range.lowerBound)
                || figuresAfter(tokens, range.upperBound) {
                mentions[m].source = .context
                continue
            }
            // "Zentrol a dégagé 60 millions d'euros de chiffre d'affaires", "Zentrol reported revenue of $70 million".
            if let verb = verbAfter(tokens, range.upperBound), reportVerbs.contains(tokens[verb]),
               tokens[(verb + 1)...].prefix(8).contains(where: { figureNouns.contains($0) }) {
                if money == nil { money = !MoneyParser.find(in: tokens, language: "").isEmpty }
                if money == true { mentions[m].source = .context; continue }
            }
            // "raised" also tells political fundraising: in English a round word must say the money is an investment.
            if let verb = verbAfter(tokens, range.upperBound),
               fundingVerbs.contains(tokens[verb]) || (funding && raisingVerbs.contains(tokens[verb])) {
                if money == nil { money = !MoneyParser.find(in: tokens, language: "").isEmpty }
                if money == true { mentions[m].source = .context }
            }
        }
        if funding { investors(tokens, &mentions) }
        dealLists(tokens, &mentions)
        sharedLists(tokens, &mentions)
    }

    /// "Acme (NYSE: ACM)", "(Nasdaq:ZETA)": a listing on an exchange.
    static func ticker(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].text == "(" else { return false }
        if exchanges.contains(tokens[k + 1]) { return true }
        // "Dollarama (DOL/TSX)", "(DOL:TSX)": the ticker first, the exchange after a slash or colon.
        return k + 4 < tokens.count && tokens[k + 1].isAllCaps && (tokens[k + 2].isMark("/") || tokens[k + 2].isMark(":"))
            && exchanges.contains(tokens[k + 3]) && tokens[k + 4].isMark(")")
    }

    /// "Dollarama's and Roots' earnings", "Vexo's quarterly revenue", "Acme shares fell": a company's figures or stock.
    static func figuresAfter(_ tokens: [Token], _ k: Int) -> Bool {
        guard k < tokens.count else { return false }
        if stockNouns.contains(tokens[k]) { return true }
        guard tokens[k].isPossessive else { return false }
        var j = k + 1, lower = 0
        while j < tokens.count, j - k <= 5 {
            if figureNouns.contains(tokens[j]) || stockNouns.contains(tokens[j]) { return true }
            if tokens[j].kind == .word, !tokens[j].isCapitalized, !["and", "et"].contains(tokens[j]) { lower += 1; if lower > 2 { return false } }
            else if tokens[j].kind != .word, !tokens[j].isPossessive { return false }
            j += 1
        }
        return false
    }

    /// "Acme, une autre start-up tricolore", "Zeta, a telecoms firm", "Vexo, société belge": a trade noun within the
    /// first words of an apposition.
    static func apposition(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].text == "," else { return false }
        var j = k + 1
        if articles.contains(tokens[j]) { j += 1 }
        var words = 0
        while j < tokens.count, words < 3, tokens[j].kind == .word, !tokens[j].isCapitalized {
            // "Jane Roe, the company's head of…": a possessed trade noun describes a person.
            if appositionNouns.contains(tokens[j]) { return !(j + 1 < tokens.count && tokens[j + 1].isPossessive) }
            j += 1
            words += 1
        }
        return false
    }

    /// "former Zentrol boss Jane Roe", "Vexo owner Shad Kim", "the Zentrol co-founder": a company before a post and a person.
    static func postBefore(_ tokens: [Token], _ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].kind == .word && !tokens[k].isCapitalized && postNouns.contains(tokens[k])
            && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
    }

    /// "Zentrol's Jane Roe", "Vexo's founder": the organisation a person works for, named with a possessive.
    static func possessorOfStaff(_ tokens: [Token], _ k: Int, _ mentions: [SentenceMention]) -> Bool {
        guard k + 1 < tokens.count, tokens[k].isPossessive else { return false }
        if tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, postNouns.contains(tokens[k + 1]) { return true }
        return mentions.contains { $0.tokens.lowerBound == k + 1 && $0.kind == .person && $0.source == .name }
    }

    /// "Dale Vince's Zentrol firm", "the Vexo company said": an English trade noun right after a determined name.
    static func tradeNounAfter(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.upperBound, before = range.lowerBound - 1
        guard k < tokens.count, before >= 0, tokens[k].kind == .word, !tokens[k].isCapitalized, trailingNouns.contains(tokens[k]) else { return false }
        return tokens[before].isPossessive || ["the", "his", "her", "its", "their"].contains(tokens[before].folded)
    }

    static let postNouns = LexiconData.forms("company.post")
    static let trailingNouns = LexiconData.forms("company.trailing")

    /// "Acme (filiale de Zeta)", "Acme (a subsidiary of Zeta)".
    static func parent(_ tokens: [Token], _ k: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].text == "(" else { return false }
        let j = articles.contains(tokens[k + 1]) ? k + 2 : k + 1
        return j < tokens.count && parentNouns.contains(tokens[j])
    }

    /// The verb right after a name, past its auxiliary: "Acme a levé", "Acme has raised", "Acme vient de lever".
    static func verbAfter(_ tokens: [Token], _ k: Int) -> Int? {
        var j = k
        while j < tokens.count, j - k < 3, auxiliaries.contains(tokens[j]) { j += 1 }
        return j < tokens.count && tokens[j].kind == .word && !tokens[j].isCapitalized ? j : nil
    }

    /// "Acme rachète Zeta", "Acme has acquired Zeta": both sides of a takeover.
    static func takeover(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        if let verb = verbAfter(tokens, range.upperBound), takeoverVerbs.contains(tokens[verb]) { return true }
        var k = range.lowerBound - 1
        if k >= 0, articles.contains(tokens[k]) { k -= 1 }
        return k >= 0 && tokens[k].kind == .word && !tokens[k].isCapitalized && takeoverVerbs.contains(tokens[k])
    }

    /// "la société d'expédition et d'emballage Zentrol", "le groupe d'édition Vexo": a trade noun and its complement
    /// before the name.
    static func describedBefore(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        // The word before the name is the complement's noun ("d'emballage Zentrol"), not a preposition ("du CAC 40").
        guard k >= 1, tokens[k].kind == .word, !tokens[k].isCapitalized, !Lexicon.prepositions.contains(tokens[k]),
              !articles.contains(tokens[k]) else { return false }
        func isCue(_ token: Token) -> Bool { (Lexicon.companyCues.contains(token) || appositionNouns.contains(token)) && !["agence", "agency"].contains(token) }
        while k >= 1, start - k <= 6, tokens[k].kind == .word, !tokens[k].isCapitalized, !isCue(tokens[k]) { k -= 1 }
        // "la fintech dédiée aux professionnels Qonto", "le spécialiste du recyclage Vexo": not after an agent ("présidé par").
        guard k >= 1, k < start - 1, isCue(tokens[k]), cueDeterminers.contains(tokens[k - 1]) else { return false }
        return !tokens[(k + 1)..<start].contains { verbLike.contains($0) || ["par", "by"].contains($0) }
    }

    /// "of Washington-based software developer Vexor Games", "the software developer Vexor": a trade noun right before
    /// the name, after a determiner (or "of") and up to three describing words.
    static func tradeNounBefore(_ tokens: [Token], _ start: Int) -> Bool {
        let k = start - 1
        guard k >= 1, tokens[k].kind == .word, !tokens[k].isCapitalized, appositionNouns.contains(tokens[k]),
              !["agence", "agency"].contains(tokens[k]) else { return false }
        let j = describingStart(tokens, before: k, limit: 3) - 1
        return j >= 0 && (cueDeterminers.contains(tokens[j]) || tokens[j].folded == "of")
    }

    /// The first of up to `limit` describing words right before `k` (lower-case words that are neither stop words nor
    /// prepositions, and "-based" places: "Washington-based software developer"); `k` itself when there are none.
    static func describingStart(_ tokens: [Token], before k: Int, limit: Int) -> Int {
        var j = k
        while j > 0, k - j < limit, tokens[j - 1].kind == .word,
              (!tokens[j - 1].isCapitalized && !Lexicon.capitalStop.contains(tokens[j - 1]) && !Lexicon.prepositions.contains(tokens[j - 1]))
                || tokens[j - 1].folded.hasSuffix("-based") {
            j -= 1
        }
        return j
    }

    static let cueDeterminers: WordSet = ["la", "le", "l'", "du", "de", "d'", "une", "un", "sa", "son", "the", "a"]
    static let verbLike: WordSet = ["a", "est", "sont", "ont", "qui", "que", "qu'", "is", "was", "has", "have"]

    /// "les résultats de Zentrol", "le chiffre d'affaires d'Ostral", "the revenue of Vexo": the figures of a company.
    static func resultsOf(_ tokens: [Token], _ start: Int) -> Bool {
        start >= 2 && ["de", "d'", "du", "of"].contains(tokens[start - 1]) && resultNouns.contains(tokens[start - 2])
    }

    /// "trois opérations (Zentrol, Ostral et Vexo)", "deux levées (Brevane et Quillet)": the companies of the deals counted.
    static func dealLists(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        // The kind first: comparing the text of every token with "(" went through the String comparison.
        for k in tokens.indices.dropFirst() where tokens[k].kind == .punct && tokens[k].text == "(" && tokens[k - 1].kind == .word
            && dealNouns.contains(tokens[k - 1]) {
            var j = k + 1
            while let m = mentions.firstIndex(where: { $0.tokens.lowerBound == j }), isFree(mentions[m]) || isCompany(mentions[m]) {
                if isFree(mentions[m]), mayType(tokens, mentions[m]) { mentions[m].source = .context }
                j = mentions[m].tokens.upperBound
                guard j < tokens.count, listLinks.contains(tokens[j]) else { break }
                j += 1
            }
        }
    }

    /// "a round led by A", "une levée menée par A et B", "auprès d'A, B et C", "investors include A and B": in a
    /// sentence about funding, the names of the list after a lead word are the investors.
    static func investors(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        for k in tokens.indices where tokens[k].kind == .word {
            var start: Int?
            if leadVerbs.contains(tokens[k]), k + 1 < tokens.count, ["by", "par"].contains(tokens[k + 1]) {
                start = k + 2
            } else if tokens[k].folded == "aupres", k + 1 < tokens.count, ["de", "d'", "des", "du"].contains(tokens[k + 1]) {
                start = k + 2
            } else if investorNouns.contains(tokens[k]) {
                var j = k + 1
                while j < tokens.count, j - k <= 3, investorFillers.contains(tokens[j]) { j += 1 }
                start = j
            }
            guard var j = start else { continue }
            while let m = mentions.firstIndex(where: { $0.tokens.lowerBound == j || ($0.tokens.lowerBound == j + 1 && articles.contains(tokens[j])) }) {
                let end = mentions[m].tokens.upperBound
                // "led by VC house Accel": a name modifying a noun is not the investor.
                let closed = end >= tokens.count || tokens[end].kind != .word || listLinks.contains(tokens[end]) || Lexicon.prepositions.contains(tokens[end])
                if isFree(mentions[m]), mayType(tokens, mentions[m]), closed { mentions[m].source = .context }
                guard isCompany(mentions[m]) else { break }
                j = mentions[m].tokens.upperBound
                guard j < tokens.count, listLinks.contains(tokens[j]) else { break }
                j += 1
                if j < tokens.count, listLinks.contains(tokens[j]) { j += 1 }
            }
        }
    }

    /// "Zeta Partners, Acme, Vexo et l'IRD": names listed with a known company, and with no person or body, are
    /// companies too.
    static func sharedLists(_ tokens: [Token], _ mentions: inout [SentenceMention]) {
        let sorted = mentions.indices.sorted { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
        var run: [Int] = []
        func close() {
            defer { run = [] }
            // Two names and a comma may be an apposition ("Acme, Jane Roe"): a list has three names or a conjunction.
            let coordinated = run.dropFirst().contains { m in
                let k = mentions[m].tokens.lowerBound - 1
                return ["et", "and", "&", "ou", "or"].contains(tokens[k]) || (k > 0 && ["et", "and", "&", "ou", "or"].contains(tokens[k - 1]))
            }
            guard run.count >= 3 || coordinated, run.contains(where: { isCompany(mentions[$0]) }),
                  run.allSatisfy({ isCompany(mentions[$0]) || isFree(mentions[$0]) }) else { return }
            for m in run where isFree(mentions[m]) && mayType(tokens, mentions[m]) {
                // "AE, OV et AMO": bare short acronyms in a list are product codes; "l'IRD" is an organisation.
                let k = mentions[m].tokens.lowerBound
                if mentions[m].tokens.count == 1, tokens[k].isAllCaps, tokens[k].length <= 3, !(k > 0 && articles.contains(tokens[k - 1])) { continue }
                mentions[m].source = .context
            }
        }
        for m in sorted {
            if let last = run.last, linked(tokens, from: mentions[last].tokens.upperBound, to: mentions[m].tokens.lowerBound) {
                run.append(m)
            } else {
                close()
                run = [m]
            }
        }
        close()
    }

    /// Only a list link ("," "et" "and"), perhaps with an article, stands between two names.
    static func linked(_ tokens: [Token], from start: Int, to: Int) -> Bool {
        var from = start
        // "Kalis Hospitality ($70,000), Goodstone ($50,000) and…": a short parenthesis after a listed name.
        if from < to, tokens[from].text == "(", let close = tokens[from..<min(to, from + 8)].firstIndex(where: { $0.text == ")" }) { from = close + 1 }
        guard from < to, to - from <= 2, listLinks.contains(tokens[from]) else { return false }
        return to - from == 1 || articles.contains(tokens[from + 1]) || (tokens[from].text == "," && listLinks.contains(tokens[from + 1]))
    }
}
