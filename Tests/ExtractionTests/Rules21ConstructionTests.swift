import Testing
@testable import Extraction

/// Constructions added in rules-21, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-21 constructions")
struct Rules21ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'le PAC Vexor 47 a reçu … de X': a name and a number after 'PAC' name the committee that receives",
                     text: "Titre du texte\ndate 2025-03-03\nLe PAC Vexor 47 a reçu 300 000 dollars de Blixa Capital.",
                     donations: [Gift(donor: "Blixa Capital", amount: 300_000)]),
        RelationCase(label: "'the PAC gave 47 dollars': a number after the committee word alone names nothing",
                     text: "Title of the story\ndate 2025-03-03\nThe PAC said it gave 47 dollars back."),
        RelationCase(label: "'Blixa Capital gave $1 million in Bitcoin to the Vexor 24 PAC': the coin is money, not a giver",
                     text: "Title of the story\ndate 2025-03-03\nBlixa Capital gave $1 million in Bitcoin to the Vexor 24 PAC.",
                     donations: [Gift(donor: "Blixa Capital", amount: 1e6, inKind: true)]),
        RelationCase(label: "a competition authority's consumer-code fine told twice, in euros then in dollars, is one regulatory case; 'the regulator' is the authority named most, not the EU named last",
                     text: "Title of the story\ndate 2025-03-03\nThe Italian competition authority fined Vexor and Blixa $11 million each for violations of the consumer code.\nMeanwhile, the EU is moving forward with legislation.\nThe Italian competition authority said it fined Vexor and Blixa 10 million euros ($11 million) each for violations of the consumer code.\nThe regulator imposed a 200-million-euro fine on Vexor and Corvane earlier this week for restricting access for sellers.",
                     disputes: [Conflict(parties: ["Autorità Garante della Concorrenza e del Mercato", "Vexor", "Blixa"], kind: .regulatory),
                                Conflict(parties: ["Autorità Garante della Concorrenza e del Mercato", "Vexor", "Corvane"], kind: .antitrust)]),
        RelationCase(label: "'The $10,000 donors included A, B and C': the amount before the donor noun is each one's gift",
                     text: "Title of the story\ndate 2025-03-03\nVexor Bank gave $15,000 to the inaugural committee. The $10,000 donors included Blixa, Corvane Group and Zentrol.",
                     donations: [Gift(donor: "Vexor Bank", amount: 15_000), Gift(donor: "Blixa", amount: 10_000),
                                 Gift(donor: "Corvane Group", amount: 10_000), Gift(donor: "Zentrol", amount: 10_000)]),
        RelationCase(label: "'came from the Vexor International Union of North America': a company word does not close a name before its head",
                     text: "Title of the story\ndate 2025-03-03\nThe largest contribution to the inaugural committee, $20,000, came from the Vexor International Union of North America.",
                     donations: [Gift(donor: "Vexor International Union of North America", amount: 20_000)]),
        RelationCase(label: "'…, First Blixa Corp., …' inside a list: the opening word belongs to the company's name",
                     text: "Title of the story\ndate 2025-03-03\nOthers giving up to $5,000 each to the inaugural committee included Vexor, First Blixa Corp., and Zentrol.",
                     donations: [Gift(donor: "Vexor", amount: 5_000), Gift(donor: "First Blixa Corp", amount: 5_000), Gift(donor: "Zentrol", amount: 5_000)]),
        RelationCase(label: "'le gouvernement a engagé le cabinet de conseil X … pour N': a body hiring a firm for a price holds a contract; 'le gouvernement' is the one named before",
                     text: "Titre du texte\ndate 2025-03-03\nLe gouvernement français dépense beaucoup en conseil. Depuis mars 2020, le gouvernement a engagé le cabinet de conseil Vexor pour aider à la logistique, pour 3,8 millions d'euros.",
                     contracts: [Deal(contractor: "Vexor", agency: "French government", amount: 3.8e6)]),
        RelationCase(label: "'The Home Office hired X for £2 million'",
                     text: "Title of the story\ndate 2025-03-03\nThe Home Office hired Vexor Consulting for £2 million.",
                     contracts: [Deal(contractor: "Vexor Consulting", agency: "Home Office", amount: 2e6)]),
        RelationCase(label: "'le ministère a engagé 300 personnes pour N': staff hired hold no contract",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées a engagé 300 personnes pour 2 millions d'euros."),
        RelationCase(label: "'Le lot 2 a été attribué à X' / 'Un troisième lot, de moindre ampleur, a été attribué à Y': a lot subject of a passive award, the body named before",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées veut des drones. Le lot 2 a été attribué à Vexor. Un troisième lot, de moindre ampleur, a été attribué à Blixa.",
                     contracts: [Deal(contractor: "Vexor", agency: "ministère des Armées", amount: nil), Deal(contractor: "Blixa", agency: "ministère des Armées", amount: nil)]),
        RelationCase(label: "'Le marché a chuté de 3 %': a market is no contract",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées veut des drones. Le marché a chuté de 3 %."),
        RelationCase(label: "'La procédure fait suite aux plaintes déposées par A et B': the complainants join the sanction told before, no case between them",
                     text: "Titre du texte\ndate 2025-03-03\nLa Cnil a infligé une amende de 40 millions d'euros à Vexor. La procédure fait suite aux plaintes déposées en 2018 par Blixa International et Corvane Group.",
                     disputes: [Conflict(parties: ["Commission nationale de l'informatique et des libertés", "Vexor", "Blixa International", "Corvane Group"], kind: .regulatory)]),
        RelationCase(label: "'après les plaintes déposées par A et B' with no case told: no case between the complainants",
                     text: "Titre du texte\ndate 2025-03-03\nLe texte a été revu après les plaintes déposées en 2018 par Blixa International et Corvane Group."),
        RelationCase(label: "'la marine brésilienne a notifié deux contrats à X': a navy named by its nationality is the buyer",
                     text: "Titre du texte\ndate 2025-03-03\nLe 2 septembre 2025, la marine brésilienne a notifié deux nouveaux contrats à Vexor Group. La marine marchande française recrute.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "marine brésilienne", amount: nil, date: "2025-09-02")]),
        RelationCase(label: "'deux contrats à X. Le premier contrat, d'un montant de N … Le second contrat, estimé à M': two contracts of X",
                     text: "Titre du texte\ndate 2025-03-03\nLa marine brésilienne a notifié deux contrats à Vexor Group. Le premier contrat, d'un montant de 282 millions d'euros, s'étendra sur 54 mois. Il couvre des services. Le second contrat, estimé à 246,3 millions d'euros, porte sur des travaux.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "marine brésilienne", amount: 282e6),
                                 Deal(contractor: "Vexor Group", agency: "marine brésilienne", amount: 246.3e6)]),
        RelationCase(label: "'X gave $5 million to Vexor University': money given to a non-profit body is a gift; the next sentence's investment stays none",
                     text: "Title of the story\ndate 2025-03-03\nJane Blixa gave $5 million to Vexor University. Corvane Inc gave $10 billion to Zentrol AI.",
                     donations: [Gift(donor: "Jane Blixa", amount: 5e6)]),
        RelationCase(label: "'Corvane Inc gave $10 billion to Zentrol AI': an investment is no gift",
                     text: "Title of the story\ndate 2025-03-03\nCorvane Inc gave $10 billion to Zentrol AI."),
    ]

    @Test("rules-21 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("the numbered committee receives: 'le PAC Vexor 47', 'the Vexor 24 PAC'")
    func numberedCommittees() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Le PAC Vexor 47 a reçu 300 000 dollars de Blixa Capital. Corvane Ltd gave $1 million in Bitcoin to the Vexor 24 PAC.
            """)
        #expect(x.donations.map { $0.recipient?.name } == ["Vexor 47", "Vexor 24"])
        #expect(x.donations.map(\.recipient?.kind) == [.fund, .fund])
    }

    @Test("'au Chinois Vexor Railway International Group' names the company without the nationality; 'American Patents LLC' keeps it")
    func nationalityNouns() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            L'extension du port, attribuée au Chinois Vexor Railway International Group, a coûté cher. The suit was filed by American Patents LLC.
            """)
        #expect(Set(x.mentions.map(\.entity.name)) == ["Vexor Railway International Group", "American Patents LLC"])
    }

    @Test("a capitalised word glued to a domain is a platform ('Vexor.com', 'Blixa.fr', 'ID.me'); 'fin.com' and a sentence's full stop are not")
    func websites() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor.me works with Blixa.com and Corvane.fr. Zentrol Inc. said so.Then it left.
            """)
        #expect(Set(x.mentions.map(\.entity.name)) == ["Vexor.me", "Blixa.com", "Corvane.fr", "Zentrol Inc"])
    }

    @Test("unknown names listed after 'agencies, including' are agencies")
    func agencyLists() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor.me works with 10 federal agencies, including Social Vexor and Blixa Affairs, as well as 25 state agencies.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .agency }.map(\.surface) == ["Social Vexor", "Blixa Affairs"])
    }

    @Test("', représentant un montant' after a company is a participle, no title making a person of it")
    func participleNoTitle() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Les lots sont remportés par la société Crayon Vexor, représentant un montant de 75 M€. Jean Blixa, représentant de la CGT, a parlé.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .person }.map(\.surface) == ["Jean Blixa"])
        #expect(x.mentions.contains { $0.entity.kind == .company && $0.surface == "Crayon Vexor" })
    }

    @Test("'Office Central de Lutte Contre le Travail Illégal' is one name; 'Google contre Epic Games' two")
    func capitalisedContre() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            L'enquête a été confiée à l'OCLTI (Office Central de Lutte Contre le Travail Illégal). Le procès Google contre Epic Games reprend.
            """)
        #expect(x.mentions.contains { $0.surface == "Office Central de Lutte Contre le Travail Illégal" && $0.entity.kind == .agency })
        #expect(x.mentions.contains { $0.surface == "Epic Games" })
    }

    @Test("crypto-currencies name no actor; a coin's issuer is a company unless used as the coin")
    func coins() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Le comité a reçu des dons en Bitcoin (BTC), Ethereum (ETH), ainsi qu'en stablecoins Tether (USDT) et USD Coin (USDC). Sept donateurs ont donné en Dogecoin et en Bitcoin.
            Tether a aussi donné 1 million de dollars au comité. American Bitcoin a donné 2 millions.
            """)
        #expect(Set(x.mentions.map(\.entity.name)) == ["Tether", "American Bitcoin"])
        #expect(x.mentions.filter { $0.entity.name == "Tether" }.count == 1)
    }

    @Test("a party before a person's post is his label, no mention; a party that acts is one")
    func partyLabels() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Labour MP Jane Vexor said so. The firm halted gifts to GOP lawmakers and to a Conservative peer. The Green Party received £5,000.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .fund }.map(\.surface) == ["Green Party"])
        #expect(x.mentions.filter { $0.entity.kind == .person }.map(\.surface) == ["Jane Vexor"])
    }
}
