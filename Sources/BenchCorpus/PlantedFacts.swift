/// The facts planted in generated articles, each sentence worded as the press words it and recorded in the
/// gold file beside the article. Every wording here is one the extractor is expected to read.
extension ArticleDraft {
    /// A paragraph stating one donation, contract or dispute, recorded in `gold`.
    mutating func factParagraph() -> String {
        let sentence: String
        switch rng.below(3) {
        case 0: sentence = french ? donationFR() : donationEN()
        case 1: sentence = french ? contractFR() : contractEN()
        default: sentence = french ? disputeFR() : disputeEN()
        }
        // The fact opens the paragraph; ordinary sentences follow it.
        var paragraph = sentence
        for _ in 0..<rng.within(1...2) { paragraph += " " + fillerSentence() }
        return paragraph
    }

    // MARK: donations

    private mutating func donor() -> String { rng.chance(70) ? company() : person() }

    private mutating func donationEN() -> String {
        let money = MoneyText.gift(&rng, french: false)
        let giver = donor(), fund = fund()
        var date: (text: String, iso: String)?
        let sentence: String
        switch rng.below(8) {
        case 5: sentence = "\(capitalized(fund.text)) received \(money.text) from \(giver), filings show."
        case 6: sentence = "\(giver) wrote a \(money.text) check to \(fund.text) last month."
        case 7: sentence = "A \(money.text) contribution from \(giver) to \(fund.text) was disclosed on \(weekday())."
        case 0: sentence = "\(giver) donated \(money.text) to \(fund.text), according to filings released on \(weekday())."
        case 1: sentence = "\(giver) gave \(money.text) to \(fund.text), a campaign finance report shows."
        case 2:
            date = earlierMonth()
            sentence = "Records show that \(giver) contributed \(money.text) to \(fund.text) in \(date!.text)."
        case 3: sentence = "\(giver) made a \(money.text) donation to \(fund.text), the group confirmed."
        default:
            date = earlierDate()
            sentence = "On \(date!.text), \(giver) donated \(money.text) to \(fund.text)."
        }
        gold.donations.append(.init(donor: giver, recipient: fund.name, amount: money.value, currency: money.currency,
                                    date: date?.iso, evidence: sentence))
        return sentence
    }

    private mutating func donationFR() -> String {
        let money = MoneyText.gift(&rng, french: true)
        let giver = donor(), fund = fund()
        var date: (text: String, iso: String)?
        let sentence: String
        switch rng.below(4) {
        case 0: sentence = "\(giver) a versé \(money.text) à \(fund.text), selon les comptes publiés \(weekday())."
        case 1: sentence = "\(giver) a fait un don de \(money.text) à \(fund.text)."
        case 2:
            date = earlierMonth()
            sentence = "En \(date!.text), \(giver) a donné \(money.text) à \(fund.text), selon sa déclaration."
        default: sentence = "\(giver) a également fait un don de \(money.text) à \(fund.text), a confirmé un porte-parole."
        }
        gold.donations.append(.init(donor: giver, recipient: fund.name, amount: money.value, currency: money.currency,
                                    date: date?.iso, evidence: sentence))
        return sentence
    }

    // MARK: contracts

    private mutating func contractEN() -> String {
        let money = MoneyText.contract(&rng, french: false)
        let holder = company(), agency = agencyEN()
        let purpose = rng.pick(["to maintain highway signage", "for cloud computing services", "to supply field radios",
                                "to modernise its payroll software", "for the upkeep of regional airports",
                                "to build two training centres"])
        var date: (text: String, iso: String)?
        let sentence: String
        switch rng.below(7) {
        case 4: sentence = "\(holder) was awarded a \(money.text) contract by the \(agency) \(purpose)."
        case 5: sentence = "The \(agency) selected \(holder) for a \(money.text) contract \(purpose)."
        case 6: sentence = "The \(agency) renewed its contract with \(holder) for \(money.text)."
        case 0: sentence = "The \(agency) awarded \(holder) a \(money.text) contract \(purpose), the agency said."
        case 1: sentence = "\(holder) won a \(money.text) contract from the \(agency) \(purpose)."
        case 2: sentence = "The \(agency) has signed a \(money.text) contract with \(holder) \(purpose)."
        default:
            date = earlierDate()
            sentence = "On \(date!.text), the \(agency) awarded \(holder) a contract worth \(money.text) \(purpose)."
        }
        gold.contracts.append(.init(contractor: holder, agency: agency, amount: money.value, currency: money.currency,
                                    date: date?.iso, evidence: sentence))
        return sentence
    }

    private mutating func contractFR() -> String {
        let money = MoneyText.contract(&rng, french: true)
        let holder = company(), agency = agencyFR()
        let purpose = rng.pick(["pour la maintenance de ses radars", "pour moderniser son logiciel de paie",
                                "pour la fourniture de véhicules", "pour l'entretien de ses bâtiments",
                                "pour l'hébergement de ses données"])
        let the = agency.article == "le" ? "Le " : "La ", of = agency.article == "le" ? "du " : "de la "
        let sentence: String
        switch rng.below(6) {
        case 3: sentence = "\(holder) s'est vu attribuer par \(the.lowercased())\(agency.name) un contrat de \(money.text) \(purpose)."
        case 4: sentence = "\(the)\(agency.name) a retenu \(holder) pour un contrat de \(money.text)."
        case 5: sentence = "\(holder) décroche un contrat de \(money.text) auprès \(of)\(agency.name)."
        case 0: sentence = "\(the)\(agency.name) a attribué à \(holder) un contrat de \(money.text) \(purpose)."
        case 1: sentence = "\(holder) a remporté un contrat de \(money.text) auprès \(of)\(agency.name) \(purpose)."
        default: sentence = "\(the)\(agency.name) a signé avec \(holder) un contrat de \(money.text) \(purpose)."
        }
        gold.contracts.append(.init(contractor: holder, agency: agency.name, amount: money.value, currency: money.currency,
                                    date: nil, evidence: sentence))
        return sentence
    }

    // MARK: disputes

    private mutating func disputeEN() -> String {
        let reason = rng.pick(["misusing trade secrets", "breaching a supply agreement", "infringing two patents",
                               "poaching its engineers"])
        let sentence: String, parties: [String], kind: String
        var date: (text: String, iso: String)?
        switch rng.below(7) {
        case 6:
            let a = company(), b = company()
            (parties, kind) = ([b, a], "lawsuit")
            sentence = "\(b) was sued by \(a) on \(weekday()) over \(rng.pick(["a breached supply agreement", "two patents", "unpaid royalties"]))."
        case 0:
            let a = company(), b = company()
            (parties, kind) = ([a, b], "lawsuit")
            sentence = "\(a) sued \(b) in federal court on \(weekday()), accusing it of \(reason)."
        case 1:
            let a = company(), b = company()
            (parties, kind) = ([a, b], "lawsuit")
            sentence = "\(a) has filed a lawsuit against \(b), accusing the company of \(reason)."
        case 2:
            let regulator = regulator("Federal Trade Commission"), b = company()
            date = earlierDate()
            (parties, kind) = ([regulator, b], "antitrust")
            sentence = "The \(regulator) filed an antitrust lawsuit against \(b) on \(date!.text)."
        case 3:
            let regulator = regulator("Department of Justice"), b = company()
            (parties, kind) = ([regulator, b], "antitrust")
            sentence = "The \(regulator) sued \(b) on \(weekday()), accusing it of monopolising the market for freight software."
        case 4:
            let regulator = regulator("Department of Justice"), b = company()
            (parties, kind) = ([regulator, b], "antitrust")
            sentence = "The \(regulator) filed an antitrust suit against \(b) over its purchase of two smaller rivals."
        default:
            let regulator = regulator("Securities and Exchange Commission"), b = company()
            (parties, kind) = ([regulator, b], "regulatory")
            sentence = "The \(regulator) charged \(b) with misleading investors about its quarterly earnings."
        }
        gold.disputes.append(.init(parties: parties, kind: kind, date: date?.iso, evidence: sentence))
        return sentence
    }

    private mutating func disputeFR() -> String {
        let sentence: String, parties: [String], kind: String
        switch rng.below(7) {
        case 5:
            let a = company(), b = company()
            (parties, kind) = ([a, b], "lawsuit")
            sentence = "\(a) poursuit \(b) en justice pour concurrence déloyale."
        case 6:
            let a = company(), b = company()
            (parties, kind) = ([b, a], "lawsuit")
            sentence = "\(b) est visé par une plainte de \(a) pour contrefaçon."
        case 0:
            let a = company(), b = company()
            (parties, kind) = ([a, b], "lawsuit")
            sentence = "\(a) a porté plainte contre \(b) devant le tribunal de commerce de \(city())."
        case 1:
            let regulator = regulator("Autorité de la concurrence"), b = company()
            let money = MoneyText.fine(&rng, french: true)
            (parties, kind) = ([regulator, b], "antitrust")
            sentence = "L'\(regulator) a infligé une amende de \(money.text) à \(b) pour entente sur les prix."
        case 2:
            let regulator = regulator("Autorité de la concurrence"), b = company()
            let money = MoneyText.fine(&rng, french: true)
            (parties, kind) = ([regulator, b], "antitrust")
            sentence = "L'\(regulator) a sanctionné \(b) d'une amende de \(money.text) pour abus de position dominante."
        case 3:
            let regulator = regulator("CNIL"), b = company()
            let money = MoneyText.fine(&rng, french: true)
            (parties, kind) = ([regulator, b], "regulatory")
            sentence = "La \(regulator) a infligé une amende de \(money.text) à \(b) pour manquements à la protection des données."
        default:
            let a = company(), b = company()
            (parties, kind) = ([a, b], "lawsuit")
            sentence = "\(a) a assigné \(b) en justice pour concurrence déloyale."
        }
        gold.disputes.append(.init(parties: parties, kind: kind, date: nil, evidence: sentence))
        return sentence
    }
}

/// The phrase with its first letter in capitals, to open a sentence.
func capitalized(_ phrase: String) -> String {
    phrase.prefix(1).uppercased() + phrase.dropFirst()
}
