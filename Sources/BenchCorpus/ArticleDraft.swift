/// One article being written: its random source, its language and date, and the gold record of what it names.
struct ArticleDraft {
    var rng: SeededRandom
    let french: Bool
    let year: Int, month: Int, day: Int
    var gold: GoldArticle
    private var used: Set<String> = []

    init(index: Int, seed: UInt64) {
        rng = SeededRandom(seed: seed, index: index)
        french = rng.chance(45)
        // Published on a day of 2023-2024, spread over the two years.
        var days = (index &* 7_919) % 730
        var (y, m) = (2023, 1)
        while true {
            let length = ArticleDraft.daysIn(month: m, year: y)
            if days < length { break }
            days -= length
            m += 1
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        (year, month, day) = (y, m, days + 1)
        let name = String(repeating: "0", count: max(0, 6 - String(index).count)) + "\(index)_\(french ? "fr" : "en").txt"
        gold = GoldArticle(article: name, language: french ? "fr" : "en",
                           published: String(format2: year, month, day))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: names (each new to the article, recorded in the gold lists)

    mutating func person() -> String {
        let first = rng.pick(french ? CorpusNames.firstNamesFR : CorpusNames.firstNamesEN)
        let name = fresh { $0.pick([first]) + " " + $0.pick(CorpusNames.surnames) }
        gold.people.append(name)
        return name
    }

    mutating func company() -> String {
        let suffixes = french ? CorpusNames.companySuffixesFR : CorpusNames.companySuffixesEN
        let name = fresh { $0.pick(CorpusNames.companyRoots) + " " + $0.pick(suffixes) }
        gold.companies.append(name)
        return name
    }

    /// A company named by its root alone ("Veltria"), as the press often does after "the group".
    mutating func shortCompany() -> String {
        let name = fresh { $0.pick(CorpusNames.companyRoots) }
        gold.companies.append(name)
        return name
    }

    /// A political recipient, a candidate's campaign: (the phrase the sentence uses after "to"/"à", its gold name).
    /// The gold name holds the words the extractor's campaign names hold ("Maria Delgado 2024 Senate campaign"
    /// matches "Maria Delgado campaign"); the candidate is a person mention too.
    mutating func fund() -> (text: String, name: String) {
        let candidate = person()
        let text: String
        if french {
            text = rng.pick(["la campagne de \(candidate)", "la campagne sénatoriale de \(candidate)",
                             "la campagne présidentielle de \(candidate)"])
        } else {
            text = rng.pick(["the campaign of \(candidate)", "\(candidate)'s Senate campaign",
                             "the re-election campaign of \(candidate)", "\(candidate)'s campaign"])
        }
        let name = "\(candidate) campaign"
        gold.funds.append(name)
        return (text, name)
    }

    mutating func agencyEN() -> String {
        let name = fresh { $0.pick(CorpusNames.agenciesEN) }
        gold.agencies.append(name)
        return name
    }

    mutating func agencyFR() -> (article: String, name: String) {
        let choice = fresh { $0.pick(CorpusNames.agenciesFR.map(\.name)) }
        gold.agencies.append(choice)
        return CorpusNames.agenciesFR.first { $0.name == choice }!
    }

    mutating func regulator(_ name: String) -> String {
        if !gold.agencies.contains(name) { gold.agencies.append(name) }
        used.insert(name)
        return name
    }

    /// A name made by `make` that the article has not used yet (a few tries, then a numbered variant).
    private mutating func fresh(_ make: (inout SeededRandom) -> String) -> String {
        for _ in 0..<20 {
            let name = make(&rng)
            if !used.contains(where: { $0 == name || $0.hasPrefix(name + " ") || name.hasPrefix($0 + " ") }) {
                used.insert(name)
                return name
            }
        }
        let name = make(&rng) + " \(used.count)"
        used.insert(name)
        return name
    }

    // MARK: dates and numbers

    var monthName: String { (french ? CorpusNames.monthsFR : CorpusNames.monthsEN)[month - 1] }

    /// An earlier day of the article's year, written out, with its ISO form.
    mutating func earlierDate() -> (text: String, iso: String) {
        let m = rng.within(1...month), d = rng.within(1...(m == month ? day : 28))
        let text = french ? "\(d == 1 ? "1er" : "\(d)") \(CorpusNames.monthsFR[m - 1]) \(year)"
                          : "\(CorpusNames.monthsEN[m - 1]) \(d), \(year)"
        return (text, String(format2: year, m, d))
    }

    /// An earlier month of the article's year ("in March 2024" / "en mars 2024"), with its ISO form.
    mutating func earlierMonth() -> (text: String, iso: String) {
        let m = rng.within(1...month)
        let name = (french ? CorpusNames.monthsFR : CorpusNames.monthsEN)[m - 1]
        return ("\(name) \(year)", "\(year)-" + (m < 10 ? "0\(m)" : "\(m)"))
    }

    mutating func weekday() -> String { rng.pick(french ? CorpusNames.weekdaysFR : CorpusNames.weekdaysEN) }
    mutating func city() -> String { rng.pick(french ? CorpusNames.citiesFR : CorpusNames.citiesEN) }
    mutating func percent() -> String { MoneyText.decimal(rng.within(2...190), french: french) }
}

extension String {
    /// "2024-03-07".
    init(format2 year: Int, _ month: Int, _ day: Int) {
        self = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") + "-" + (day < 10 ? "0\(day)" : "\(day)")
    }
}
