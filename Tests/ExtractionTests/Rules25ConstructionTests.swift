import Testing
@testable import Extraction

/// Constructions added in rules-25, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example or a reading it must not make.
@Suite("Rules-25 constructions")
struct Rules25ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'awarded to a consortium (X) of five firms: A, B…': each listed firm holds it",
                     text: "Title of the story\ndate 2025-03-03\nThe Directorate-General for Informatics announced the winner. The contract was awarded to a consortium (Eurora) of three firms: Alvora Systems, Bentek and Corvane.",
                     contracts: [Deal(contractor: "Alvora Systems", agency: "Directorate-General for Informatics", amount: nil),
                                 Deal(contractor: "Bentek", agency: "Directorate-General for Informatics", amount: nil),
                                 Deal(contractor: "Corvane", agency: "Directorate-General for Informatics", amount: nil)]),
        RelationCase(label: "'un groupement de trois entreprises : A, B et C': 'de' after the noun lists the members",
                     text: "Titre du texte\ndate 2025-03-03\nLa Ville de Paris a attribué le marché à un groupement de deux entreprises : Voirex Travaux et Betonnia.",
                     contracts: [Deal(contractor: "Voirex Travaux", agency: "Ville de Paris", amount: nil),
                                 Deal(contractor: "Betonnia", agency: "Ville de Paris", amount: nil)]),
        RelationCase(label: "'un consortium formé de VXR et du géant américain Blixa': an unknown acronym and a described member",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Transports a lancé un appel d'offres. Les plans avaient été confiés à un consortium formé de VXR et du géant américain Blixa Corp pour 37 millions d'euros en 2008.",
                     contracts: [Deal(contractor: "VXR", agency: "ministère des Transports", amount: 37e6),
                                 Deal(contractor: "Blixa Corp", agency: "ministère des Transports", amount: 37e6)]),
        RelationCase(label: "'au consortium Vexor Gérance, formé de A, B et C': a consortium with a name holds it, not its members",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Transports a accordé un contrat de 295 millions d'euros au consortium Vexor, formé de Alvora Conseil, Bentek Labs et Corvane Group.",
                     contracts: [Deal(contractor: "Vexor", agency: "ministère des Transports", amount: 295e6)]),
        RelationCase(label: "'l'attribution du marché à la société X': an award noun governs the market",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère de la Santé a lancé un appel d'offres en 2017. L'attribution du marché à la société Medika Services, pour un montant de 12 millions d'euros, fait polémique.",
                     contracts: [Deal(contractor: "Medika Services", agency: "ministère de la Santé", amount: 12e6)]),
        RelationCase(label: "'le marché de la voirie' with no award noun before it is still no contract",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère de la Santé observe le marché du médicament. La société Medika Services domine ce marché de 12 millions d'euros."),
        RelationCase(label: "'a attribué au consortium X un contrat-cadre': 'contrat-cadre' is a contract noun",
                     text: "Titre du texte\ndate 2025-03-03\nLe Parlement européen a attribué à Vexor Informatique un contrat-cadre de 196 millions d'euros.",
                     contracts: [Deal(contractor: "Vexor Informatique", agency: "European Parliament", amount: 196e6)]),
        RelationCase(label: "'Vexor Markets VXM.O a fait don de…': a wire's ticker after the name is read past",
                     text: "Titre du texte\ndate 2025-03-03\nLes entreprises donnent au fonds d'inauguration de Donald Trump. La plateforme Vexor Markets VXM.O a fait don de 2 millions de dollars, a déclaré un porte-parole.",
                     donations: [Gift(donor: "Vexor Markets", amount: 2e6)]),
        RelationCase(label: "'A roundup of gifts compiled by the Chronicle:': who compiled the gifts gave none",
                     text: "Title of the story\ndate 2025-03-03\nA college lands $101 million.\n\nA roundup of notable gifts compiled by the Chronicle:\n\nThe list follows."),
        RelationCase(label: "a heading naming an organisation, over 'A and B Vexor gave $101 million to support…': the gift went to it",
                     text: "Title of the story\ndate 2025-03-03\nSeveral colleges announced gifts this month.\n\nBlixa State University College of Nursing\n\nMark and Robyn Vexor gave $101 million to support new efforts within the nursing school.",
                     donations: [Gift(donor: "Mark Vexor", amount: 101e6), Gift(donor: "Robyn Vexor", amount: 101e6)]),
        RelationCase(label: "with no heading, 'A gave $101 million to support…' names no gift (no recipient, no political context)",
                     text: "Title of the story\ndate 2025-03-03\nSeveral colleges announced gifts this month. Mark Vexor gave $101 million to support new efforts within the nursing school."),
        RelationCase(label: "'X a écopé de 69 millions d'euros' after the competition authority: 'écoper' alone tells the fine",
                     text: "Titre du texte\ndate 2025-03-03\nL'Autorité de la concurrence a publié son bilan annuel. Vexor Group a écopé de 69 millions d'euros.",
                     disputes: [Conflict(parties: ["Autorité de la concurrence", "Vexor Group"], kind: .antitrust)]),
        RelationCase(label: "'le fabricant de zinc X a ainsi écopé de 69 millions d'euros': a guessed name bears the fine too",
                     text: "Titre du texte\ndate 2025-03-03\nL'Autorité de la concurrence a publié son bilan annuel. Le fabricant de zinc Vexorcore a ainsi écopé de 69 millions d'euros pour avoir abusé de sa position dominante.",
                     disputes: [Conflict(parties: ["Autorité de la concurrence", "Vexorcore"], kind: .antitrust)]),
        RelationCase(label: "'a party branch in Vexham was hit with a £200 fine': the place after 'in' bears nothing",
                     text: "Title of the story\ndate 2025-03-03\nThe Electoral Commission fined the Labour Party £1,000. A Conservative Party branch in Vexham was hit with a £200 fine.",
                     disputes: [Conflict(parties: ["UK Electoral Commission", "Labour Party"], kind: .regulatory)]),
        RelationCase(label: "'X a payé 69 millions d'euros' after a regulator is no fine",
                     text: "Titre du texte\ndate 2025-03-03\nL'Autorité de la concurrence a publié son bilan annuel. Vexor Group a payé 69 millions d'euros pour racheter Blixa."),
        RelationCase(label: "'une poursuite contre la société d'État X': 'État' after 'd'' names no party",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Construction réclame 63 millions. Le juge autorise une poursuite contre la société d'État Hydro-Québec.",
                     disputes: [Conflict(parties: ["Vexor Construction", "Hydro-Québec"], kind: .lawsuit)]),
        RelationCase(label: "'des commandes aux industriels : A (725 M€), B (318 M€) et C (168 M€)': a contract per bracketed amount",
                     text: "Titre du texte\ndate 2025-03-03\nEn 2025, la Direction générale de l'armement a passé des commandes aux industriels : Vexor Défense (725 M€), Blixa Aviation (318 M€) et Corvane Naval (168 M€).",
                     contracts: [Deal(contractor: "Vexor Défense", agency: "Direction générale de l'armement", amount: 725e6),
                                 Deal(contractor: "Blixa Aviation", agency: "Direction générale de l'armement", amount: 318e6),
                                 Deal(contractor: "Corvane Naval", agency: "Direction générale de l'armement", amount: 168e6)]),
        RelationCase(label: "'awarded contracts to A ($5 million) and B ($2 million)': English brackets alike",
                     text: "Title of the story\ndate 2025-03-03\nThe Ministry of Defence awarded contracts to Vexor Consulting ($5 million) and Blixa Partners ($2 million).",
                     contracts: [Deal(contractor: "Vexor Consulting", agency: "Ministry of Defence", amount: 5e6),
                                 Deal(contractor: "Blixa Partners", agency: "Ministry of Defence", amount: 2e6)]),
        RelationCase(label: "'X garnered $N in contributions…, which included:' then '$5.5 million from A, …' lines: X receives each",
                     text: "Title of the story\ndate 2024-11-20\nIn total, Donald Trump garnered $273.2 million in contributions from tech names, which included:\n\n$5.5 million from Marc Vexor, billionaire founder of the firm Blixa Capital.\n\n$5.1 million from Jan Corvin, who sold his company in 2014 for $19 billion.\n",
                     donations: [Gift(donor: "Marc Vexor", amount: 5.5e6), Gift(donor: "Jan Corvin", amount: 5.1e6)]),
        RelationCase(label: "'notamment 1,9 million de dollars au représentant A et 1,7 million au représentant B': a title before each recipient",
                     text: "Titre du texte\ndate 2024-10-10\nFairshake a fait des dons à des candidats, notamment 1,9 million de dollars au représentant Patrick Vexor et 1,7 million de dollars au représentant Steven Blixa.",
                     donations: [Gift(donor: "Fairshake", amount: 1.9e6), Gift(donor: "Fairshake", amount: 1.7e6)]),
        RelationCase(label: "'a gift of $100 million to New York's Museum of Vexor Art': the place's possessive before the museum",
                     text: "Title of the story\ndate 2025-03-03\nDavid Blixa has made a generous gift of $100 million to New York's Museum of Vexor Art.",
                     donations: [Gift(donor: "David Blixa", amount: 100e6)]),
        RelationCase(label: "'L'Institut Vexor a reçu un million d'euros de X': an institute receiving money from a giver is given it",
                     text: "Titre du texte\ndate 2025-03-03\nL'Institut Vexor a, par exemple, reçu un million d'euros de Blixa Paribas.",
                     donations: [Gift(donor: "Blixa Paribas", amount: 1e6)]),
        RelationCase(label: "'X Group received $1 million from Y': a company receiving money is no gift",
                     text: "Title of the story\ndate 2025-03-03\nVexor Group received $1 million from Blixa Capital."),
        RelationCase(label: "'Jamais un don aussi important n'avait été offert': an adverb opening the sentence gives nothing",
                     text: "Titre du texte\ndate 2025-03-03\nL'université a reçu des dons. Jamais un don aussi important n'avait été offert, soit 30 millions."),
        RelationCase(label: "'marchés publics' names public purchasing: a market 'confié à X' is a public contract with no buyer named",
                     text: "Titre du texte\ndate 2025-03-03\nPrès d'un tiers des marchés publics a été passé par entente directe. Un marché représentant 95,7 milliards de francs CFA a été confié à Vexor Projects, une société française.",
                     contracts: [Deal(contractor: "Vexor Projects", agency: nil, amount: 95.7e9)]),
        RelationCase(label: "without a word of public purchasing, the same award names no public contract",
                     text: "Titre du texte\ndate 2025-03-03\nPrès d'un tiers des ventes a été passé par entente directe. Un marché représentant 95,7 milliards de francs CFA a été confié à Vexor Projects, une société française."),
        RelationCase(label: "'a contract to build five new Type 26 frigates': a guessed name before a model number is the model",
                     text: "Title of the story\ndate 2025-03-03\nA defence firm has been awarded a £4.2bn contract to build the next five new Type 26 frigates for the Royal Navy."),
        RelationCase(label: "'A Vexham circuit court judge dismissed a lawsuit against X': the court's place is no party",
                     text: "Title of the story\ndate 2025-03-03\nA Vexham circuit court judge has dismissed a class-action lawsuit against the state and Blixa Consulting."),
        RelationCase(label: "'X et Y vont poursuivre les travaux': to carry on the works, no suit",
                     text: "Titre du texte\ndate 2025-03-03\nLes deux entreprises Vexor Construction et Blixa Machinery vont poursuivre les travaux, selon Jean Corvin."),
        RelationCase(label: "'X va poursuivre la société Y en justice': still a suit",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Group va poursuivre la société Blixa Media en justice.",
                     disputes: [Conflict(parties: ["Vexor Group", "Blixa Media"], kind: .lawsuit)]),
        RelationCase(label: "'X avait remporté l'appel d'offres. Le montant s'établissait à 70 M€.': the next sentence's one amount",
                     text: "Titre du texte\ndate 2025-03-03\nL'AP-HP a lancé un projet. Initialement, c'est Vexor Santé qui avait remporté le marché de l'AP-HP. Le montant s'établissait alors aux alentours de 70 M€.",
                     contracts: [Deal(contractor: "Vexor Santé", agency: "Assistance publique – Hôpitaux de Paris", amount: 70e6)]),
        RelationCase(label: "the next sentence's amount stays its own when it names another company",
                     text: "Titre du texte\ndate 2025-03-03\nL'AP-HP a lancé un projet. Initialement, c'est Vexor Santé qui avait remporté le marché de l'AP-HP. Blixa Corp a levé 70 M€.",
                     contracts: [Deal(contractor: "Vexor Santé", agency: "Assistance publique – Hôpitaux de Paris", amount: nil)]),
    ]

    @Test("rules-25 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("'le fonds d'inauguration de Donald Trump' is the inaugural fund, and receives the gifts listed after it")
    func inaugurationFund() {
        let x = Extractor().extract(text: "Titre du texte\ndate 2025-03-03\nLes entreprises s'engagent à faire des dons au fonds d'inauguration de Donald Trump. Voici la liste. Vexor Markets a fait don de 2 millions de dollars.")
        #expect(x.donations.map(\.recipient?.name) == ["Donald Trump 2025 inaugural committee fund"], "\(x.donations)")
    }

    @Test("a ticker is skipped only right after a word: 'aux U.S. A Paris' and ', NASA.T' stay")
    func tickers() {
        let words = Tokenizer.tokenize("Vexor Markets VXM.O a donné. Blixa BNPP.PA aussi. Il vit aux U.S. A Paris, NASA.T est là.", language: "fr")
            .map(\.text)
        #expect(!words.contains("VXM") && !words.contains("BNPP") && !words.contains("PA"))
        #expect(words.contains("U.S.") && words.contains("A") && words.contains("NASA"))
    }

    @Test("'Hydro-Québec' places an article in Quebec: its bare dollars are Canadian")
    func hyphenatedPlace() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Hydro-Québec a lancé un appel d'offres. En 2010, Hydro-Québec a accordé un contrat de 63,4 M$ à la firme Vexor Construction.
            """)
        #expect(x.contracts.map(\.money?.currency) == ["CAD"])
        #expect(x.contracts.map(\.agency?.name) == ["Hydro-Québec"])
    }

    @Test("a heading's organisation receives the gifts under it, not the gifts of its own name")
    func headingRecipient() {
        let x = Extractor().extract(text: "Title of the story\ndate 2025-03-03\nSeveral colleges announced gifts this month.\n\nBlixa State University College of Nursing\n\nMark Vexor gave $101 million to support new efforts within the nursing school.")
        #expect(x.donations.map(\.recipient?.name) == ["Blixa State University College of Nursing"])
    }

    @Test("a list line opened by its amount takes the header's receiver and the article's date, not a year describing the giver")
    func amountFirstLines() {
        let x = Extractor().extract(text: "Title of the story\ndate 2024-11-20\nIn total, Donald Trump garnered $273.2 million in contributions from tech names, which included:\n\n$5.1 million from Jan Corvin, who sold his company in 2014 for $19 billion.\n")
        #expect(x.donations.map(\.recipient?.name) == ["Donald Trump"])
        #expect(x.donations.map(\.date) == ["2024-11-20"])
    }

    @Test("'a donné 1,9 million de dollars au représentant X': the person after the title receives")
    func titledRecipient() {
        let x = Extractor().extract(text: "Titre du texte\ndate 2024-10-10\nFairshake a donné 1,9 million de dollars au représentant Patrick Vexor.")
        #expect(x.donations.map(\.recipient?.name) == ["Patrick Vexor"])
    }

    @Test("'the contract awarded to leading Kenyan operator X, above KSh5 million': the demonym 'Kenyan' holds no contract")
    func demonymHolder() {
        let x = Extractor().extract(text: "Title of the story\ndate 2025-03-03\nThe security contract awarded to leading Kenyan operator Vexorcom will undergo a Treasury probe, as the law requires for awards above KSh5 million.")
        #expect(!x.contracts.contains { $0.contractor.name == "Kenyan" }, "\(x.contracts)")
    }
}
