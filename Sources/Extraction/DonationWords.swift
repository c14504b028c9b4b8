/// The words the donation rules read: built-in lists joined with the lexicon's lemma forms (Resources/lexicon.tsv).
extension DonationRules {
    /// Words that call something a gift by themselves.
    static let giftWords = WordSet(["don", "dons", "donation", "donations", "donate", "donated", "donates",
                                         "donating", "donateur", "donatrice", "gift", "gifts", "contribution",
                                         "contributions", "contribute", "contributed", "contributes", "contributing",
                                         "contribue", "contribuer", "contribuera", "contribuent", "pledged", "pledge",
                                         "pledges", "pledging"]).union(LexiconData.forms("donation.gift")).flagged(.gift)
    /// Giving verbs that need an amount to count: "a donné 58 000 dollars", "gave $1 million".
    static let givingVerbs: WordSet = WordSet(["donne", "donner", "donnera", "donnent", "donnait", "donneront", "gave",
                                           "give", "gives", "giving", "given", "verse", "verser", "versera", "versent",
                                           "versait", "offert", "offre", "chipped", "cheque", "cheques", "check", "checks",
                                           "transfer", "transfers", "transferred", "transferring", "transfere", "transferes",
                                           "vire", "virement", "virements", "apporte", "apporter", "apportant", "apportent",
                                           "promis", "promet", "promettent", "promised", "promises", "handed", "remis", "remet"])
        .union(LexiconData.forms("donation.giving")).subtracting(["donnee", "donnees", "don", "dons"])
    /// Spending verbs that are donations when the money goes to a campaign or political group.
    static let spendingVerbs: WordSet = WordSet(["depense", "depenser", "spent", "spend", "spending", "poured", "pours", "pouring",
                                             "injecte", "injected", "finance", "financer", "funded",
                                             "bankrolled", "investi", "invested", "soutenu", "soutenir", "backed"])
        .union(LexiconData.forms("donation.spending")).subtracting(["fund", "funds", "spend", "pour"])
    static let inKindWords = WordSet(["nature", "in-kind", "kind", "shares", "stock", "bitcoin", "bitcoins",
                                           "crypto", "cryptomonnaie", "cryptomonnaies", "cryptocurrency", "ether",
                                           "ethers", "actions", "titres", "tokens", "jetons"]).flagged(.inKind)
    static let receivingVerbs = WordSet(["received", "receives", "accepted", "declared", "returned", "banked",
                                              "recu", "recoit", "accepte", "declare", "restitue", "rembourse", "encaisse"])
        .union(LexiconData.forms("donation.receiving")).flagged(.receiving)
    /// "the Labor party declared $55m": a total a party discloses, not a gift's part received.
    static let disclosingVerbs = LexiconData.forms("donation.disclose")
    static let genericAdjectives: WordSet = ["individual", "individuals", "political", "corporate", "private", "foreign",
                                                 "large", "small", "anonymous", "politiques", "individuels", "prives",
                                                 "etrangers", "anonymes", "such", "tels", "future", "futurs"]
    static let cashWords = WordSet(["cash", "especes", "numeraire", "liquide", "liquidites"]).flagged(.cash)
    static let politicalWords = WordSet(["campagne", "campaign", "pac", "election", "elections", "electoral",
                                              "electorale", "candidat", "candidate", "candidature", "parti", "party",
                                              "investiture", "inaugural", "inauguration", "reelection", "republicains",
                                              "republicain", "democrates", "republicans", "democrats", "gop", "super-pac", "super-pacs", "pacs",
                                              "soutenir", "reelire", "elire", "reelect", "re-elect"]).flagged(.political)

    static let stopWords = LexiconData.forms("donation.stop").flagged(.stop)
    static let giftModified = LexiconData.forms("donation.modified")
    static let repayWords = LexiconData.forms("donation.repay")
    static let requestWords = LexiconData.forms("donation.request")

    /// "Among the donors were A ($5 million), B ($1 million)": nouns for givers, which open a list of gifts.
    static let donorNouns = LexiconData.forms("donation.donor").flagged(.donorNouns)

    /// "The $20 million comes from Acme", "l'argent provient de X": where a political sum comes from.
    static let sourceVerbs = LexiconData.forms("donation.source")
    /// "MAGA Inc. has been bankrolled by $125 million from Timothy Mellon": the recipient funded, the giver after "from".
    static let fundedVerbs = LexiconData.forms("donation.funded")
    /// "don", "contributions": French gift nouns whose "de X" is the giver (not "donateur de X", a donor to X).
    static let frenchGifts = LexiconData.inflected("donation.gift.fr.noun").subtracting(LexiconData.forms("donation.donor"))
    /// Both lists above, flagged: the received-gift rule asks them of every token of a sentence with an amount, and
    /// most tokens are in neither (told at one AND before either list is probed).
    static let sourceOrFundedVerbs = sourceVerbs.union(fundedVerbs).flagged(.sourceOrFunded)

    /// A source verb, not the recent past "vient de verser" (an infinitive after "de").
    func isSource(_ context: SentenceContext, _ k: Int) -> Bool {
        let tokens = context.tokens
        guard Self.sourceVerbs.contains(tokens[k]) else { return false }
        guard k + 2 < tokens.count, ["de", "d'"].contains(tokens[k + 1]) else { return true }
        let next = tokens[k + 2]
        return !(next.isWord && !next.isCapitalized && ["er", "ir", "re"].contains(where: { next.foldedEnds(with: $0) }))
    }

    /// "has been bankrolled by", "financé par": a funded verb in the passive; "the inaugural fund" is a noun.
    func isPassiveFunded(_ context: SentenceContext, _ k: Int) -> Bool {
        let tokens = context.tokens
        guard Self.fundedVerbs.contains(tokens[k]) else { return false }
        let auxiliary = k > 0 && SentenceContext.passiveAuxiliaries.contains(tokens[k - 1])
        let agent = k + 1 < tokens.count && ["by", "par"].contains(tokens[k + 1])
        return auxiliary || agent
    }

    /// "poured $16 million into the super PAC", "a financé la campagne": spending whose object is a political
    /// recipient the article does not name here.
    func politicalObject(_ context: SentenceContext, after trigger: Int) -> Bool {
        let tokens = context.tokens
        return tokens[(trigger + 1)..<min(tokens.count, trigger + 13)].contains { Self.politicalObjects.contains($0) }
    }

    static let politicalObjects: WordSet = ["campagne", "campaign", "campaigns", "pac", "pacs", "committee", "comite",
                                                "reelection", "candidacy", "candidature", "inauguration", "investiture",
                                                "election", "elections", "midterms", "presidentielle", "super-pac", "super-pacs"]
}
