import Testing
@testable import Extraction

/// Constructions added in rules-17, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-17 constructions")
struct Rules17ConstructionTests {
    typealias Gift = RelationCase.Gift

    static let cases: [RelationCase] = [
        RelationCase(label: "'spent $N on ads to help elect X': the purpose clause names who the spending helps",
                     text: "Title of the story\ndate 2025-03-03\nThe Vexor Freedom PAC spent $2 million on television ads to help elect Mary Blixa.",
                     donations: [Gift(donor: "Vexor Freedom PAC", amount: 2_000_000)]),
        RelationCase(label: "'spent $N backing X': a purpose verb's -ing form",
                     text: "Title of the story\ndate 2025-03-03\nVexor Action spent $4 million backing Martha Blixa in the final weeks of the Senate race.",
                     donations: [Gift(donor: "Vexor Action", amount: 4_000_000)]),
        RelationCase(label: "'a dépensé N pour soutenir la candidature de X': the French purpose clause",
                     text: "Titre du texte\ndate 2025-03-03\nLe comité Vexor Avenir a dépensé 300 000 euros pour soutenir la candidature de Paul Blixa.",
                     donations: [Gift(donor: "Vexor Avenir", amount: 300_000)]),
        RelationCase(label: "spending against a candidate ('to defeat X') helps nobody",
                     text: "Title of the story\ndate 2025-03-03\nVexor Action spent $4 million on ads to defeat Martha Blixa in the Senate race."),
        RelationCase(label: "'le plus gros don de M. X, au moins N, est allé à Y': the giver after 'de'",
                     text: "Titre du texte\ndate 2025-03-03\nMais le plus gros don de M. Jean Blixa, au moins 2 millions de dollars, est allé à Vexor Future PAC.",
                     donations: [Gift(donor: "Jean Blixa", amount: 2_000_000)]),
        RelationCase(label: "'This included £N from X': one amount from one giver, part of the gifts just told",
                     text: "Title of the story\ndate 2025-03-03\nDonations to the Vexor Party totalled £10.5 million over the summer. This included £9 million from Christopher Blixa, a businessman.",
                     donations: [Gift(donor: "Christopher Blixa", amount: 9_000_000)]),
        RelationCase(label: "a receiving verb's subject gives nothing to the party of the next clause",
                     text: "Title of the story\ndate 2025-03-03\nThe Vexor Party received £2.5 million and donations of £2 million were given to the Blixa Party."),
        RelationCase(label: "a ranking of totals is no breakdown of the gift told before",
                     text: "Title of the story\ndate 2025-03-03\nDonations to the Vexor Party totalled £10.5 million over the summer. This included £9 million from Christopher Blixa. The Vexor Party's total donations were the largest, followed by the Corvane Party which received just under £7 million.",
                     donations: [Gift(donor: "Christopher Blixa", amount: 9_000_000)]),
        RelationCase(label: "'X a remporté le contrat d'extension du port': public works have a public buyer, unnamed",
                     text: "Titre du texte\ndate 2025-03-03\nLe chinois Vexor Harbour Engineering a remporté le contrat d'extension du port de Blixa.",
                     contracts: [RelationCase.Deal(contractor: "Vexor Harbour Engineering", agency: nil, amount: nil)]),
        RelationCase(label: "a contract between companies for no public work stays unread",
                     text: "Titre du texte\ndate 2025-03-03\nLe groupe Vexor Engineering a remporté le contrat de maintenance des usines de Blixa Steel."),
        RelationCase(label: "a sentence cut by a blank line after an article goes on across it",
                     text: "Title of the story\ndate 2025-03-03\nNASA also awarded a\n\n$1.9 billion space station supply contract to Vexor Sciences Corp. of Dulles.",
                     contracts: [RelationCase.Deal(contractor: "Vexor Sciences Corp", agency: "NASA", amount: 1.9e9)]),
        RelationCase(label: "'X paid a £1,000 fine', the regulator named just before: that regulator's case",
                     text: "Title of the story\ndate 2025-03-03\nThe Electoral Commission also revealed that a local group had failed to file its accounts. The Vexor Party paid a £1,000 fine for one offence.",
                     disputes: [RelationCase.Conflict(parties: ["UK Electoral Commission", "Vexor Party"], kind: .regulatory)]),
        RelationCase(label: "'X is suspending the security status of Y Inc.': a body shutting a company out",
                     text: "Title of the story\ndate 2025-03-03\nPublic Services and Procurement Canada announced today that it is suspending the security status of Vexor Strategies Inc.",
                     disputes: [RelationCase.Conflict(parties: ["Public Services and Procurement Canada", "Vexor Strategies Inc"], kind: .regulatory)]),
        RelationCase(label: "'has barred A and B from procurement': each company excluded, one case",
                     text: "Title of the story\ndate 2025-03-03\nThe Defence Department has barred two other companies, Blixa Enterprises and Corvane Consulting, from procurement.",
                     disputes: [RelationCase.Conflict(parties: ["Defence Department", "Blixa Enterprises", "Corvane Consulting"], kind: .regulatory)]),
        RelationCase(label: "a company suspending its own gifts is shut out by nobody",
                     text: "Title of the story\ndate 2025-03-03\nVexor Corp suspended its donations to members of Congress, the company said."),
        RelationCase(label: "'X donated $1 million and $250,000 to …, respectively': one gift per coordinated amount",
                     text: "Title of the story\ndate 2025-03-03\nJane Blixa donated $1 million and $250,000 to the Vexor Senate PAC and the Vexor House PAC, respectively.",
                     donations: [Gift(donor: "Jane Blixa", amount: 1_000_000), Gift(donor: "Jane Blixa", amount: 250_000)]),
        RelationCase(label: "'between $1 million and $2 million' is a range, not two gifts",
                     text: "Title of the story\ndate 2025-03-03\nJane Blixa donated between $1 million and $2 million to the Vexor Senate PAC.",
                     donations: [Gift(donor: "Jane Blixa", amount: 1_000_000)]),
        RelationCase(label: "'dons provenant d'employés de X, par exemple, s'élevaient à N pour le Parti libéral et à M pour le Parti québécois'",
                     text: "Titre du texte\ndate 2025-03-03\nLes dons illégaux provenant d'employés de Vexor-Lavalin, par exemple, s'élevaient à 570 000 dollars pour le Parti libéral et à 477 000 dollars pour le Parti québécois.",
                     donations: [Gift(donor: "Vexor-Lavalin", amount: 570_000), Gift(donor: "Vexor-Lavalin", amount: 477_000)]),
    ]

    @Test("rules-17 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("a name before an attributive suffix is found as itself and describes the giver after it, which it is not")
    func attributiveNames() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor Forever was almost entirely funded by the Chuck Blixa-aligned Corvane Majority PAC.
            The agency chose a Microsoft-backed start-up. Coca-Cola and Rolls-Royce were not involved.
            """)
        let names = Set(x.mentions.map(\.entity.name))
        #expect(names.isSuperset(of: ["Chuck Blixa", "Microsoft", "The Coca-Cola Company", "Rolls-Royce", "Corvane Majority PAC"]))
        #expect(!names.contains { $0.hasSuffix("-aligned") || $0.hasSuffix("-backed") })
        #expect(!x.donations.contains { $0.donor.name == "Chuck Blixa" })
        // The funded subject gives nothing to the fund that funds it.
        #expect(!x.donations.contains { $0.donor.name == "Vexor Forever" })
    }

    @Test("sentence openers that are no names: a French adverb in -ment, a noun before a passive 'released by'")
    func openersAreNoNames() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Contrairement aux autres donateurs, Paul Blixa a donné 5 000 euros au Parti socialiste.
            Finalement, le Parlement a voté. Clément Vexor a parlé.
            """)
        let names = Set(x.mentions.map(\.entity.name))
        #expect(!names.contains("Contrairement") && !names.contains("Finalement"))
        #expect(names.contains("Clément Vexor"))
        #expect(x.donations.map(\.donor.name) == ["Paul Blixa"])
        let y = Extractor().extract(text: "Title of the story\ndate 2025-03-03\nData released by the Electoral Commission show that parties received £24 million. Investigators found nine donations. Regulators said so.")
        #expect(!y.mentions.contains { ["Data", "Investigators", "Regulators"].contains($0.entity.name) })
    }

    @Test("'Parti' and a lower-case adjective name a party, with its place after 'du'; 'Parti pris' does not")
    func adjectiveParties() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Le Parti libéral du Québec et le Parti communiste ont reçu des dons. Le journal a un Parti pris évident.
            """)
        let funds = Set(x.mentions.filter { $0.entity.kind == .fund }.map(\.entity.name))
        #expect(funds == ["Parti libéral du Québec", "Parti communiste"])
    }

    @Test("a ticker in parentheses after a company is no entity; capitals that spell the name stay its short form")
    func tickers() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            He closed a long call position in Apple (AAPL) and bought Nvidia (NVDA) shares. The Air Force signed a deal.
            """)
        let names = Set(x.mentions.map(\.entity.name))
        #expect(!names.contains("AAPL"))
        #expect(names.contains("Apple") && names.contains("U.S. Air Force"))
        let y = Extractor().extract(text: "Title of the story\ndate 2025-03-03\nIt was funded by a dark money group, the Vexor Creators Network.")
        #expect(y.mentions.contains { $0.entity == EntityRef(.company, "Vexor Creators Network") })
    }

    @Test("after a first name and a surname 'du', or 'de' before a known place, opens a place; an acronym's plural is no name")
    func namesEndBeforePlaces() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Il a donné aux sénateurs comme Bill Vexor de France et Susan Blixa du Maine. Charles de Gaulle et Thibaud Vexor de Larauze aussi.
            """)
        let people = Set(x.mentions.filter { $0.entity.kind == .person }.map(\.entity.name))
        #expect(people.isSuperset(of: ["Bill Vexor", "Susan Blixa", "Charles de Gaulle", "Thibaud Vexor de Larauze"]))
        let y = Extractor().extract(text: "Title of the story\ndate 2025-03-03\nThe Home Office said SMEs and NGOs would get part of the work.")
        #expect(!y.mentions.contains { ["SMEs", "NGOs"].contains($0.entity.name) })
    }
}
