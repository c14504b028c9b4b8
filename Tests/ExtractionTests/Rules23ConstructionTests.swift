import Testing
@testable import Extraction

/// Constructions added in rules-23, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example or a reading it must not make.
@Suite("Rules-23 constructions")
struct Rules23ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'X a poursuivi sa croissance': to carry on, not to sue",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Group a poursuivi sa croissance au deuxième trimestre, loin devant Blixa Capital."),
        RelationCase(label: "'X a poursuivi Y en justice': still a case",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Group a poursuivi Blixa Capital en justice pour contrefaçon.",
                     disputes: [Conflict(parties: ["Vexor Group", "Blixa Capital"], kind: .lawsuit)]),
        RelationCase(label: "'la poursuite de l'effort': the carrying on of something is no case",
                     text: "Titre du texte\ndate 2025-03-03\nLa DGA salue la poursuite de l'effort de modernisation engagé par Vexor Group."),
        RelationCase(label: "'X a su tirer son épingle du jeu': a feud verb's form after a possessive is a noun",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Mobile a su tirer son épingle du jeu durant ce trimestre, devant Blixa Telecom."),
        RelationCase(label: "'the market has settled into a steady rhythm': nothing settled in court",
                     text: "Title of the story\ndate 2025-03-03\n“The tablet market has settled into a steady rhythm this year,” said Jean Vexor, director at Blixa Analytics."),
        RelationCase(label: "'fined A €500 million … and B €200 million': each defendant with its own amount is a case of its own",
                     text: "Title of the story\ndate 2025-03-03\nThe European Commission on Wednesday fined Vexor Inc €500 million for its app store rules and Blixa Corp €200 million for its data practices.",
                     disputes: [Conflict(parties: ["European Commission", "Vexor Inc"], kind: .regulatory),
                                Conflict(parties: ["European Commission", "Blixa Corp"], kind: .regulatory)]),
        RelationCase(label: "'fined A and B €700 million': one amount for both is one case",
                     text: "Title of the story\ndate 2025-03-03\nThe European Commission on Wednesday fined Vexor Inc and Blixa Corp €700 million for their data practices.",
                     disputes: [Conflict(parties: ["European Commission", "Vexor Inc", "Blixa Corp"], kind: .regulatory)]),
        RelationCase(label: "'X (-1,32 % à 108,50 euros)': a share price is no contract amount",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Group (-1,32 % à 108,50 euros) recule malgré l'extension d'un contrat avec le ministère des Armées.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "ministère des Armées", amount: nil)]),
        RelationCase(label: "'awarded a contract to Vexor Corp's Blixa LLC': the owner's company holds it",
                     text: "Title of the story\ndate 2025-03-03\nThe Department of Defense has awarded a contract worth $7.6 billion to Vexor Corp's Blixa LLC.",
                     contracts: [Deal(contractor: "Blixa LLC", agency: "U.S. Department of Defense", amount: 7.6e9)]),
        RelationCase(label: "'donors were A ($80,000 donation), B ($66,000 …)': each amount in brackets is its giver's",
                     text: "Title of the story\ndate 2025-03-03\nThe Liberal Party raised more. Its big corporate donors were Vexor Mining ($80,000 donation), logistics giant Blixa Foods ($66,000 via other receipts), the Corvin Bank ($110,000 in other receipts) and Dalmor Ltd ($250,000 donation).",
                     donations: [Gift(donor: "Vexor Mining", amount: 80_000), Gift(donor: "Blixa Foods", amount: 66_000),
                                 Gift(donor: "Corvin Bank", amount: 110_000), Gift(donor: "Dalmor Ltd", amount: 250_000)]),
        RelationCase(label: "'Le gouvernement a versé 225 millions de dollars à X': money a body paid a company is a contract",
                     text: "Titre du texte\ndate 2025-03-03\nLe gouvernement fédéral a aussi versé 225 millions de dollars à Vexor Systems pour son système de paie.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "gouvernement fédéral", amount: 225e6)]),
        RelationCase(label: "'L'État a versé 5 millions d'euros d'aides à X': aid is no contract",
                     text: "Titre du texte\ndate 2025-03-03\nL'État a versé 5 millions d'euros d'aides à Vexor Systems."),
        RelationCase(label: "'Les plans avaient été confiés à un consortium formé de X et de Y pour 37 millions': a passive award with its sum, after the body's call for bids",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées a lancé un appel d'offres. Les plans avaient été confiés à un consortium formé de Vexor Group et de Blixa Ingénierie pour 37 millions d'euros en 2008.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "ministère des Armées", amount: 37e6, date: "2008"),
                                 Deal(contractor: "Blixa Ingénierie", agency: "ministère des Armées", amount: 37e6, date: "2008")]),
        RelationCase(label: "'a déposé plainte contre X': persons unknown, no party",
                     text: "Titre du texte\ndate 2025-03-03\nLa ministre Jeanne Vexor a annoncé avoir déposé plainte contre X pour vol et recel."),
        RelationCase(label: "'une enquête formelle contre X': the platform X",
                     text: "Titre du texte\ndate 2025-03-03\nLa Commission européenne a ouvert en décembre une enquête formelle contre X.",
                     disputes: [Conflict(parties: ["European Commission", "X"], kind: .regulatory)]),
        RelationCase(label: "'Businessman X donated £80,000, and insurance mogul Y £26,867': the second giver's verb left out",
                     text: "Title of the story\ndate 2025-03-03\nThe Labour Party received £2m in donations last quarter. Businessman Faiz Vexor donated £80,000, and insurance mogul Richard Blixa £26,867.",
                     donations: [Gift(donor: "Faiz Vexor", amount: 80_000), Gift(donor: "Richard Blixa", amount: 26_867)]),
        RelationCase(label: "'X has filed lawsuits against A and B': one case against each",
                     text: "Title of the story\ndate 2025-03-03\nVexor Systems has also filed previous lawsuits against Jean Blixa and Marie Corvin.",
                     disputes: [Conflict(parties: ["Vexor Systems", "Jean Blixa"], kind: .lawsuit),
                                Conflict(parties: ["Vexor Systems", "Marie Corvin"], kind: .lawsuit)]),
        RelationCase(label: "'un recours contre A et B': one case (the French word is singular too)",
                     text: "Titre du texte\ndate 2025-03-03\nÉcarté, le fabricant Vexor Drones a déposé un recours contre la DGA et Blixa Aero.",
                     disputes: [Conflict(parties: ["Vexor Drones", "Direction générale de l'armement", "Blixa Aero"], kind: .lawsuit)]),
        RelationCase(label: "'X a remporté l'appel d'offres du ministère': a call for bids won is a contract",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Group a remporté l'appel d'offres du ministère des Armées.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "ministère des Armées", amount: nil)]),
        RelationCase(label: "'L'appel d'offres du ministère a été remporté par X et Y': the passive names both winners",
                     text: "Titre du texte\ndate 2025-03-03\nL'appel d'offres du ministère des Armées a été remporté par Vexor Group et Blixa Conseil.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "ministère des Armées", amount: nil),
                                 Deal(contractor: "Blixa Conseil", agency: "ministère des Armées", amount: nil)]),
        RelationCase(label: "'X espère remporter l'appel d'offres', 'hopes to win the tender': a win aimed at",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées a lancé un appel d'offres. Vexor Group espère remporter l'appel d'offres."),
        RelationCase(label: "'The party was also handed £100,000 by X, and £150,000 by the Glasgow-based Y Ltd': a passive giving verb's agents",
                     text: "Title of the story\ndate 2025-03-03\nThe Conservative Party received £2m in donations. The party was also handed £100,000 by rock star Chris Vexor, and £150,000 by the Glasgow-based Blixa Property Finance Company Ltd.",
                     donations: [Gift(donor: "Chris Vexor", amount: 100_000), Gift(donor: "Blixa Property Finance Company Ltd", amount: 150_000)]),
        RelationCase(label: "'These Commercial Crew Vexor Capability (CCVC) contracts': the programme's name, short form between, holds nothing",
                     text: "Title of the story\ndate 2025-03-03\nThese Commercial Crew Vexor Capability (CCVC) contracts are designed to complete the NASA certification."),
    ]

    @Test("rules-23 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("no name opens with an inverted speech verb, ends with 'Act' or is a legal text's division; typographic hyphens join words")
    func names() {
        let english = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Wrote Vexor Systems in the complaint: the claims were false. The fine was the first imposed under the Digital Markets Act. It breached Article 1 of Law 15/2007.
            Helping to fund super PACs were the 112 mega-donors. Responding to the award, Blixa Corp said nothing.
            Lawyers for Corvin Voting Systems filed the complaint. Businessman Faiz ul Dalmor testified.
            """)
        let names = Set(english.mentions.map(\.entity.name))
        #expect(names.contains("Vexor Systems") && names.contains("Blixa Corp") && names.contains("Corvin Voting Systems"))
        // A particle inside a name ("ul", like "bin", "van") keeps it whole.
        #expect(names.contains("Faiz ul Dalmor"))
        #expect(!names.contains { $0.hasPrefix("Wrote") || $0.hasSuffix("Act") || $0 == "Article" || $0 == "Law" || $0.hasSuffix("ing") })
        let french = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Le maire de Rueil\u{2010}Malmaison (Hauts\u{2010}de\u{2010}Seine), Jean Vexor, a perdu son procès contre Blixa Médias.
            Les documents ont été obtenus grâce à la Loi sur l'accès à l'information.
            """)
        let frenchNames = Set(french.mentions.map(\.entity.name))
        #expect(frenchNames.contains("Jean Vexor") && !frenchNames.contains("Loi"))
        #expect(!frenchNames.contains("Rueil") && !frenchNames.contains("Malmaison") && !frenchNames.contains("Seine"))
    }

    @Test("an article set in Australia reads its unmarked dollars as AUD; dollars marked American stay USD")
    func dollarCountry() {
        let australian = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The Australian Electoral Commission in Canberra published the returns on Monday. Vexor Mining donated $80,000 to the Liberal Party. Blixa Foods donated US$5,000 to the Liberal Party.
            """)
        #expect(australian.donations.map { "\($0.donor.name) \($0.money?.currency ?? "-")" }.sorted() == ["Blixa Foods USD", "Vexor Mining AUD"])
        let american = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor Mining donated $80,000 to the Republican Party, its American owner said in Washington after a trip to Sydney.
            """)
        #expect(american.donations.map { "\($0.donor.name) \($0.money?.currency ?? "-")" } == ["Vexor Mining USD"])
        // One Canadian company in a story about an American inauguration: still US dollars.
        let canadianDonor = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor Commerce, the Canadian e-commerce company, donated $1 million to Trump's inaugural fund.
            """)
        #expect(canadianDonor.donations.map { "\($0.donor.name) \($0.money?.currency ?? "-")" } == ["Vexor Commerce USD"])
    }
}
