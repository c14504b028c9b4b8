import Testing
@testable import Extraction

/// Word forms made by rule, bodies named by their shape, lists that pair amounts with parties, and fines
/// told as separate cases: the constructions real press uses that no name list or single pattern covers.
@Suite("Inflection, agency shapes, lists")
struct ShapeAndListTests {
    struct Forms: Sendable, CustomTestStringConvertible {
        let lemma: String, language: String, pos: String
        let expected: [String]
        var testDescription: String { "\(language) \(pos) \(lemma)" }
    }

    static let forms: [Forms] = [
        Forms(lemma: "infliger", language: "fr", pos: "verb", expected: ["inflige", "infligee", "infligees", "infligeait", "infligeant", "infligent"]),
        Forms(lemma: "sanctionner", language: "fr", pos: "verb", expected: ["sanctionne", "sanctionnee", "sanctionnait", "sanctionnera"]),
        Forms(lemma: "amende", language: "fr", pos: "noun", expected: ["amende", "amendes"]),
        Forms(lemma: "tribunal", language: "fr", pos: "noun", expected: ["tribunal", "tribunaux"]),
        Forms(lemma: "probe", language: "en", pos: "verb", expected: ["probe", "probes", "probed", "probing"]),
        Forms(lemma: "sue", language: "en", pos: "verb", expected: ["sues", "sued", "suing"]),
        Forms(lemma: "fine", language: "en", pos: "verb", expected: ["fines", "fined", "fining"]),
        Forms(lemma: "ban", language: "en", pos: "verb", expected: ["bans", "banned", "banning"]),
        Forms(lemma: "commit", language: "en", pos: "verb", expected: ["commits", "committed", "committing"]),
        Forms(lemma: "penalty", language: "en", pos: "noun", expected: ["penalty", "penalties"]),
    ]

    @Test("a lemma's forms come from rules", arguments: forms)
    func inflection(_ c: Forms) {
        let made = Inflection.forms(c.lemma, language: c.language, partOfSpeech: c.pos)
        for form in c.expected { #expect(made.contains(form), "\(form) missing from \(made.sorted())") }
    }

    @Test("every lexicon set the code reads is in lexicon.tsv")
    func lexiconSets() {
        for name in ["agency.head", "agency.head.lowercase", "agency.tail", "agency.adjective.ending"] {
            #expect(!LexiconData.list(name).isEmpty, "\(name) is empty")
        }
        #expect(LexiconData.forms("dispute.regulator").isSuperset(of: ["infligee", "fined", "probed", "amendes"]))
        #expect(LexiconData.forms("dispute.lawsuit").isSuperset(of: ["sued", "plaintes", "assignee"]))
    }

    static let agencies: [EntityCase] = [
        EntityCase(label: "English head with complements joined by and",
                   text: "date 2025-02-03\nThe Department of Transport and Regional Growth has won its case against Zentrix Ltd.",
                   present: [EntityRef(.agency, "Department of Transport and Regional Growth")], absentNames: ["Department of Transport"]),
        EntityCase(label: "English name closed by a body noun, nationality included",
                   text: "date 2025-02-03\nThe Freedonian Electoral Commission published the returns on Monday.",
                   present: [EntityRef(.agency, "Freedonian Electoral Commission")], absentNames: []),
        EntityCase(label: "French capitalised head with lower-case complements",
                   text: "date 2025-02-03\nL'Autorité de surveillance des paris hippiques a ouvert une procédure contre Zentrix.",
                   present: [EntityRef(.agency, "Autorité de surveillance des paris hippiques")], absentNames: []),
        EntityCase(label: "French lower-case head with an enumeration of capitalised complements",
                   text: "date 2025-02-03\nLe ministère des Routes, des Ports maritimes et du Littoral a signé un accord avec Zentrix.",
                   present: [EntityRef(.agency, "ministère des Routes, des Ports maritimes et du Littoral")], absentNames: []),
        EntityCase(label: "a court named by its adjectives",
                   text: "date 2025-02-03\nLe tribunal correctionnel de Lyon a condamné la société Zentrix.",
                   present: [EntityRef(.agency, "tribunal correctionnel de Lyon")], absentNames: []),
        EntityCase(label: "a government named by its leader, and the leader",
                   text: "date 2025-02-03\nThe Trump administration cancelled the order. Le gouvernement Legault a refusé.",
                   present: [EntityRef(.agency, "Trump administration"), EntityRef(.agency, "gouvernement Legault")], absentNames: []),
        EntityCase(label: "a short capitalised abbreviation in parentheses names the body before it",
                   text: "date 2025-02-03\nLa Commission des marchés de l'énergie (Comaen) a sanctionné Zentrix. La Comaen a fixé l'amende à 7 millions de francs.",
                   present: [EntityRef(.agency, "Commission des marchés de l'énergie")], absentNames: ["Comaen"]),
    ]

    @Test("people: census first names, British honorifics, a couple sharing a surname")
    func people() {
        let (entities, _) = EntityTests.mentioned("date 2025-02-03\nStacey Abrams said the vote was close. Lord Waheed Alli is being probed by a watchdog. Liz and Dick Quintero gave $10 million.")
        #expect(entities.contains(EntityRef(.person, "Stacey Abrams")))
        #expect(entities.contains(EntityRef(.person, "Waheed Alli")))
        #expect(entities.contains(EntityRef(.person, "Dick Quintero")))
        #expect(entities.contains(EntityRef(.person, "Liz Quintero")))
    }

    @Test("bodies recognised from the shape of their name", arguments: agencies)
    func agencyShapes(_ c: EntityCase) {
        let (entities, _) = EntityTests.mentioned(c.text)
        for entity in c.present { #expect(entities.contains(entity), "\(entity) missing from \(entities.map(\.description).sorted())") }
        for name in c.absentNames { #expect(!entities.contains { $0.name == name }, "\(name) should not be an entity") }
    }

    static let lists: [RelationCase] = [
        RelationCase(label: "an amount in parentheses after each giver",
                     text: "date 2025-02-03\nThe returns were published on Monday by the electoral commission of the state. The party banked large donations from Zentrix Leisure ($70,000), Orbis Hotels ($44,000) and Vela Group ($160,000).",
                     donations: [RelationCase.Gift(donor: "Zentrix Leisure", amount: 70_000), RelationCase.Gift(donor: "Orbis Hotels", amount: 44_000),
                                 RelationCase.Gift(donor: "Vela Group", amount: 160_000)]),
        RelationCase(label: "an amount after each from-giver",
                     text: "date 2025-02-03\nThe gifts include concert tickets from Zentrix Music totalling £2,800 and two from the Rugby Football Union at a cost of £598.",
                     donations: [RelationCase.Gift(donor: "Zentrix Music", amount: 2_800), RelationCase.Gift(donor: "Rugby Football Union", amount: 598)]),
        RelationCase(label: "one giver, an amount before each recipient, Swiss grouping and francs",
                     text: "date 2025-02-03\nEn 2023, Zentrix a versé 241'000 francs à l'UDC, 195'000 francs au PLR et 173'000 francs au Centre.",
                     donations: [RelationCase.Gift(donor: "Zentrix", amount: 241_000), RelationCase.Gift(donor: "Zentrix", amount: 195_000),
                                 RelationCase.Gift(donor: "Zentrix", amount: 173_000)]),
    ]

    static let receivedGifts: [RelationCase] = [
        RelationCase(label: "a fund receives an amount from each giver",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. The super PAC Fairshake received $10 million from Coinbase and $5 million from Ripple.",
                     donations: [RelationCase.Gift(donor: "Coinbase", amount: 10e6), RelationCase.Gift(donor: "Ripple", amount: 5e6)]),
        RelationCase(label: "a campaign receives from a company, de la part de",
                     text: "date 2025-02-03\nLa campagne de Valérie Pécresse a reçu 7 500 euros de la part de Zentrix.",
                     donations: [RelationCase.Gift(donor: "Zentrix", amount: 7_500)]),
        RelationCase(label: "money from investors is no gift",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Zentrix Corp received $40 million from investors led by Orbis Capital."),
        RelationCase(label: "the possessor of a gift gives it",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Zentrix Corp's $2 million donation to MAGA Inc. was the largest.",
                     donations: [RelationCase.Gift(donor: "Zentrix Corp", amount: 2e6)]),
        RelationCase(label: "a passive gift names its giver after par",
                     text: "date 2025-02-03\nUn montant de 2 millions d'euros a été versé par Zentrix au Rassemblement national.",
                     donations: [RelationCase.Gift(donor: "Zentrix", amount: 2e6)]),
        RelationCase(label: "a fund bankrolled by a sum from a giver; money pumped into a PAC",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. MAGA Inc. has been bankrolled by $125 million from investor Orla Quint. Brann Quint pumped $75 million into America PAC.",
                     donations: [RelationCase.Gift(donor: "Orla Quint", amount: 125e6), RelationCase.Gift(donor: "Brann Quint", amount: 75e6)]),
        RelationCase(label: "a plant financed by a loan from banks is no gift",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. The plant is also financed by a $400m loan from JPMorgan Chase and Citi."),
        RelationCase(label: "suspended political contributions are no gift",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Zentrix Corp suspended its political action committee contributions to lawmakers.\nOrbis Inc. paused all PAC donations."),
        RelationCase(label: "the financial support of a giver",
                     text: "date 2025-02-03\nLa candidate a reçu le soutien financier de Zentrix à hauteur de 200 000 euros pour sa campagne.",
                     donations: [RelationCase.Gift(donor: "Zentrix", amount: 200_000)]),
        RelationCase(label: "gifts repaid or accepted, a request to give and a gift word modifying a noun are no gifts",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Orla Quint has paid back more than £6,000 worth of gifts to move on from her donations row. Party donors were being asked by the candidates to donate to their campaigns.\nElle a tout remboursé grâce aux dons."),
        RelationCase(label: "an agreement with a designer and no government body is no contract",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. An £839 clothing rental agreement with Edeline Vela was also covered."),
        RelationCase(label: "an amount right before its own givers ('des milliardaires X et Y') is theirs, not the giver's before",
                     text: "date 2025-02-03\nMAGA Inc. a déclaré avoir reçu 68 millions de dollars de la part de donateurs, l'argent provenant de Mellon et 10 millions de dollars supplémentaires des milliardaires Liz et Dick Quintero.",
                     donations: [RelationCase.Gift(donor: "Liz Quintero", amount: 10e6), RelationCase.Gift(donor: "Dick Quintero", amount: 10e6)]),
        RelationCase(label: "a plural gift noun is a form of its lemma",
                     text: "date 2025-02-03\nZentrix figure parmi les principaux donateurs du parti Renaissance, avec 100 000 euros.",
                     donations: [RelationCase.Gift(donor: "Zentrix", amount: 100_000)]),
    ]

    @Test("a gift's parts told later go to each recipient, from the givers named before; the total is no gift of its own")
    func distributedGift() {
        let x = Extractor().extract(text: """
            date 2025-02-03
            The election season's largest donation was announced on Monday by the two philanthropists. The $8 million gift comes from Zentrix founder Orla Quint and her husband Brann Quint.
            The Quints have long supported candidates of the party.
            The Senate Majority PAC will receive $4 million, while the other $4 million will go to the DSCC and the DCCC.
            """)
        let gifts = Set(x.donations.map { "\($0.donor.name) -> \($0.recipient?.name ?? "?"): \(Int($0.money?.amount ?? -1))" })
        #expect(gifts == ["Orla Quint -> Senate Majority PAC: 4000000", "Brann Quint -> Senate Majority PAC: 4000000",
                          "Orla Quint -> Democratic Senatorial Campaign Committee: 4000000", "Brann Quint -> Democratic Senatorial Campaign Committee: 4000000",
                          "Orla Quint -> Democratic Congressional Campaign Committee: 4000000", "Brann Quint -> Democratic Congressional Campaign Committee: 4000000"])
    }

    @Test("gifts told from the receiving side, by a possessive or in the passive", arguments: receivedGifts)
    func receivedGift(_ c: RelationCase) { RelationTests.check(c) }

    static let moreLists: [RelationCase] = [
        RelationCase(label: "donors listed with their amounts in parentheses",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Among the largest donors to the inaugural committee were Orla Quint ($5 million), Zentrix Corp ($1 million) and Vela Group ($2 million).",
                     donations: [RelationCase.Gift(donor: "Orla Quint", amount: 5e6), RelationCase.Gift(donor: "Zentrix Corp", amount: 1e6),
                                 RelationCase.Gift(donor: "Vela Group", amount: 2e6)]),
        RelationCase(label: "the verb left out after the first giver",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Zentrix Corp gave $1 million to the inaugural committee, Orbis Inc. $2 million and Vela Group $500,000.",
                     donations: [RelationCase.Gift(donor: "Zentrix Corp", amount: 1e6), RelationCase.Gift(donor: "Orbis Inc", amount: 2e6),
                                 RelationCase.Gift(donor: "Vela Group", amount: 500_000)]),
        RelationCase(label: "parmi les donateurs figurent A, B et C, qui ont chacun versé",
                     text: "date 2025-02-03\nParmi les donateurs du comité d'investiture figurent Zentrix, Orbis et Vela Group, qui ont chacun versé 500 000 dollars.",
                     donations: [RelationCase.Gift(donor: "Zentrix", amount: 500_000), RelationCase.Gift(donor: "Orbis", amount: 500_000),
                                 RelationCase.Gift(donor: "Vela Group", amount: 500_000)]),
    ]

    @Test("donor lists, gapped verbs and 'parmi les donateurs'", arguments: moreLists)
    func moreListGifts(_ c: RelationCase) { RelationTests.check(c) }

    @Test("lists pair each amount with its party", arguments: lists)
    func listGifts(_ c: RelationCase) { RelationTests.check(c) }

    static let links: [RelationCase] = [
        RelationCase(label: "a contract linking a company to a ministry",
                     text: "date 2025-02-03\nSujet de débat, le contrat liant Zentrix au ministère des Armées est contesté depuis 2019.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix", agency: "ministère des Armées", amount: nil)]),
        RelationCase(label: "an agreement signed between a ministry and a company, with its amount",
                     text: "date 2025-02-03\nL'entente signée entre le ministère des Routes et la société Zentrix Motors, pour un montant de 3 020 000 dollars, a été critiquée.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix Motors", agency: "ministère des Routes", amount: 3_020_000)]),
        RelationCase(label: "contracts signed with a list of companies",
                     text: "date 2025-02-03\nThe European Commission praised the contracts already signed with Zentrix Pharma, Orbis Labs and Vela Therapeutics.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix Pharma", agency: "European Commission", amount: nil),
                                 RelationCase.Deal(contractor: "Orbis Labs", agency: "European Commission", amount: nil),
                                 RelationCase.Deal(contractor: "Vela Therapeutics", agency: "European Commission", amount: nil)]),
        RelationCase(label: "money a government body paid a company for its services",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. The Home Office paid Zentrix Corp £30 million for its services in 2023.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix Corp", agency: "Home Office", amount: 30e6)]),
        RelationCase(label: "the state, a region and the Swiss Confederation as buyers",
                     text: "date 2025-02-03\nL'État a attribué à Zentrix un marché public de 8 millions d'euros. Orbis a décroché un contrat de 12 millions d'euros auprès de la Région Bretagne.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix", agency: "État", amount: 8e6),
                                 RelationCase.Deal(contractor: "Orbis", agency: "Région Bretagne", amount: 12e6)]),
        RelationCase(label: "the second contract noun of a sentence carries the list of holders",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. The European Commission said the joint contract with Orbis Labs complements the contracts already signed with Zentrix Pharma and Vela Therapeutics.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix Pharma", agency: "European Commission", amount: nil),
                                 RelationCase.Deal(contractor: "Vela Therapeutics", agency: "European Commission", amount: nil)]),
        RelationCase(label: "pressing for a contract is not holding one",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Zentrix Corp will continue to press for a contract despite the GAO ruling."),
        RelationCase(label: "a company supplying a body for a price; an institution written in lower case",
                     text: "date 2025-02-03\nZentrix fournira 200 véhicules à la gendarmerie nationale pour 45 millions d'euros.",
                     contracts: [RelationCase.Deal(contractor: "Zentrix", agency: "Gendarmerie nationale", amount: 45e6)]),
        RelationCase(label: "a trial with a company is no contract",
                     text: "date 2025-02-03\nMusk est en procès avec OpenAI et son PDG, Sam Altman.",
                     disputes: [RelationCase.Conflict(parties: ["Elon Musk", "OpenAI", "Sam Altman"], kind: .lawsuit)]),
    ]

    @Test("contracts told as a link between two parties", arguments: links)
    func contractLinks(_ c: RelationCase) { RelationTests.check(c) }

    static let cases: [RelationCase] = [
        RelationCase(label: "protests filed by two bidders are two cases against the award; the protesters hold no contract, the awardee does",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Blue Origin and Dynetics filed protests with the GAO after NASA awarded the contract to SpaceX.",
                     contracts: [RelationCase.Deal(contractor: "SpaceX", agency: "NASA", amount: nil)],
                     disputes: [RelationCase.Conflict(parties: ["Blue Origin", "NASA", "SpaceX"], kind: .lawsuit),
                                RelationCase.Conflict(parties: ["Dynetics", "NASA", "SpaceX"], kind: .lawsuit)]),
        RelationCase(label: "separate lawsuits against two defendants",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. The New York Times filed separate lawsuits against OpenAI and Microsoft.",
                     disputes: [RelationCase.Conflict(parties: ["The New York Times", "OpenAI"], kind: .lawsuit),
                                RelationCase.Conflict(parties: ["The New York Times", "Microsoft"], kind: .lawsuit)]),
        RelationCase(label: "an investigation into a company names it as the target",
                     text: "date 2025-02-03\nLa Commission européenne a ouvert une enquête sur Microsoft.",
                     disputes: [RelationCase.Conflict(parties: ["European Commission", "Microsoft"], kind: .regulatory)]),
        RelationCase(label: "legal experts are no legal battle",
                     text: "date 2025-02-03\nThe returns were published on Monday by the state. Legal experts said the plan of Microsoft and Google was sound."),
    ]

    @Test("cases: plural and separate suits, investigations, 'legal' only before a fight word", arguments: cases)
    func caseShapes(_ c: RelationCase) { RelationTests.check(c) }

    @Test("protests told after the award name its agency and holder; the agency whose contract it is")
    func protestsAfterAward() {
        let x = Extractor().extract(text: """
            Lunar lander protests denied today.
            A government watchdog denied protests Friday of NASA's nearly $3 billion contract award to Zentrix Corp to build a lunar lander.
            Orbis Space and Vela Dynamics filed the protests in April when they were shut out of the three-way competition.
            """)
        #expect(x.contracts.map { "\($0.contractor.name) <- \($0.agency?.name ?? "?")" } == ["Zentrix Corp <- NASA"])
        #expect(Set(x.disputes.map { Set($0.parties.map(\.entity.name)) }) == [["Orbis Space", "NASA", "Zentrix Corp"], ["Vela Dynamics", "NASA", "Zentrix Corp"]])
    }

    @Test("a first line of thirty words or more is the lede, not a headline, and its facts count")
    func ledeIsNoHeadline() {
        let lede = "ORLANDO, Fla., July 30 (UPI) -- A government watchdog denied protests Friday of NASA's nearly $3 billion contract award to Zentrix Corp to build a lunar lander for astronaut missions on the Moon."
        let x = Extractor().extract(text: lede + "\nThe company said work would continue on schedule.\nThe agency did not comment.")
        #expect(x.title == nil)
        #expect(x.contracts.map(\.contractor.name) == ["Zentrix Corp"])
        #expect(x.contracts.first?.money?.amount == 3e9)
    }

    @Test("two fines of different amounts from one regulator are two cases")
    func separateFines() {
        let x = Extractor().extract(text: """
            date 2025-02-03
            L'Autorité de la concurrence a infligé à Google une amende de 500 millions d'euros le 13 juillet 2021.
            En décembre 2019, l'Autorité de la concurrence avait déjà infligé à Google une amende de 150 millions d'euros.
            """)
        #expect(x.disputes.count == 2)
        #expect(x.disputes.allSatisfy { $0.kind == .antitrust })
    }
}
