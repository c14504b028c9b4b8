/// Sentences around the planted facts: local news with numbers, dates, money and quotes, worded so that they
/// hold no donation, contract or dispute (they test precision as much as they fill the article).
extension ArticleDraft {
    /// A paragraph of three to five sentences on different subjects.
    mutating func fillerParagraph() -> String {
        var kinds: [Int] = []
        while kinds.count < 3 + rng.below(3) {
            let kind = rng.below(Self.fillerKinds)
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds.map { french ? fillerFR($0) : fillerEN($0) }.joined(separator: " ")
    }

    /// One sentence of filler.
    mutating func fillerSentence() -> String {
        let kind = rng.below(Self.fillerKinds)
        return french ? fillerFR(kind) : fillerEN(kind)
    }

    private static let fillerKinds = 14

    private mutating func fillerEN(_ kind: Int) -> String {
        let n = rng.within(120...9_800)
        switch kind {
        case 0: return "The \(city()) council met on \(weekday()) to review a budget of $\(rng.within(40...900)) million, up \(percent())% from last year."
        case 1: return "Ridership on the regional rail network rose \(percent())% in \(monthName), to \(MoneyText.grouped(n * 10, french: false)) passengers a day."
        case 2:
            let quote = rng.pick(["We have to be careful with every dollar", "This is a long-term effort, not a quick fix",
                                  "The numbers speak for themselves", "Nobody expected the spring to be this busy",
                                  "We will know more after the summer"])
            return "“\(quote),” said \(person()), who \(rng.pick(["chairs the finance committee", "runs a bakery on the high street", "teaches at the local college", "leads the residents' association"]))."
        case 3: return "Analysts expect growth of about \(percent())% next year, although \(rng.within(3...40)) of the economists surveyed were more cautious."
        case 4: return "The report, released in \(monthName) \(year), counted \(MoneyText.grouped(n, french: false)) new housing units in the district."
        case 5: return "Average rents climbed to $\(MoneyText.grouped(rng.within(900...3_900), french: false)) a month, the highest level since \(year - rng.within(3...20))."
        case 6: return "Schools in \(city()) enrolled \(MoneyText.grouped(n, french: false)) pupils this autumn, \(rng.within(20...400)) more than a year earlier."
        case 7: return "Temperatures reached \(rng.within(18...39)) degrees on \(weekday()), and forecasters expect a dry week."
        case 8: return "The bridge repairs have been delayed twice since \(year - rng.within(1...6)), and the final bill is now put at $\(rng.within(20...400)) million."
        case 9: return "Local officials said the public hearing would resume on \(weekday()) after a short recess."
        case 10: return "Traffic on the ring road fell by \(percent())% during the works, according to figures from the city."
        case 11: return "The museum welcomed \(MoneyText.grouped(n * 30, french: false)) visitors last year, a record for the institution."
        case 12: return "Regional bank shares were little changed, and the index ended the week up \(percent())%."
        default: return "\(person()), an economist at the University of \(city()), said the figures should be read with care."
        }
    }

    private mutating func fillerFR(_ kind: Int) -> String {
        let n = rng.within(120...9_800)
        switch kind {
        case 0: return "Le conseil municipal de \(city()) s'est réuni \(weekday()) pour examiner un budget de \(rng.within(40...900)) millions d'euros, en hausse de \(percent()) %."
        case 1: return "La fréquentation des trains régionaux a progressé de \(percent()) % en \(monthName), à \(MoneyText.grouped(n * 10, french: true)) voyageurs par jour."
        case 2:
            let quote = rng.pick(["Chaque euro doit être justifié", "C'est un travail de longue haleine",
                                  "Les chiffres parlent d'eux-mêmes", "Personne n'attendait une telle affluence",
                                  "Nous en saurons davantage après l'été"])
            return "« \(quote) », estime \(person()), \(rng.pick(["membre de la commission des finances", "à la tête d'une association de quartier", "professeur au lycée voisin", "figure du commerce local"]))."
        case 3: return "Les économistes tablent sur une croissance d'environ \(percent()) % l'an prochain, mais \(rng.within(3...40)) d'entre eux se montrent plus prudents."
        case 4: return "Le rapport, publié en \(monthName) \(year), recense \(MoneyText.grouped(n, french: true)) logements neufs dans l'agglomération."
        case 5: return "Le loyer moyen atteint \(MoneyText.grouped(rng.within(500...1_900), french: true)) euros par mois, un niveau inédit depuis \(year - rng.within(3...20))."
        case 6: return "Les écoles de \(city()) accueillent \(MoneyText.grouped(n, french: true)) élèves cette année, soit \(rng.within(20...400)) de plus qu'il y a un an."
        case 7: return "Le thermomètre a atteint \(rng.within(18...39)) degrés \(weekday()), et les prévisionnistes annoncent une semaine sèche."
        case 8: return "Les travaux du pont ont déjà été repoussés deux fois depuis \(year - rng.within(1...6)), et la facture finale est désormais estimée à \(rng.within(20...400)) millions d'euros."
        case 9: return "L'audience publique doit reprendre \(weekday()) après une courte suspension, a indiqué la préfecture."
        case 10: return "La circulation sur le périphérique a reculé de \(percent()) % pendant le chantier, selon les relevés de la ville."
        case 11: return "Le musée a accueilli \(MoneyText.grouped(n * 30, french: true)) visiteurs l'an dernier, un record."
        case 12: return "Les valeurs bancaires régionales ont peu bougé, et l'indice a terminé la semaine en hausse de \(percent()) %."
        default: return "\(person()), économiste à l'université de \(city()), invite à lire ces chiffres avec prudence."
        }
    }

    /// A headline with no fact in it.
    mutating func headline() -> String {
        if french {
            return rng.pick(["\(city()) : le budget au cœur des débats", "Transports : la fréquentation repart à la hausse",
                             "Logement : les loyers poursuivent leur progression", "Économie régionale : une rentrée contrastée"])
        }
        return rng.pick(["\(city()) weighs its budget as costs rise", "Transit ridership climbs back after a slow winter",
                         "Rents keep climbing across the region", "Regional economy: a mixed autumn"])
    }
}
