import Testing
@testable import Extraction

/// Constructions added in rules-18, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-18 constructions")
struct Rules18ConstructionTests {
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'X, à la tête du consortium dans lequel on retrouve A et B, a remporté le contrat': three holders",
                     text: "Titre du texte\ndate 2025-03-03\nLe chinois Vexor Harbour Engineering, à la tête du consortium dans lequel on retrouve les algériens, Blixa-TP et Corvane Construction, a remporté le contrat d'extension du port de Bône.",
                     contracts: [Deal(contractor: "Vexor Harbour Engineering", agency: nil, amount: nil),
                                 Deal(contractor: "Blixa-TP", agency: nil, amount: nil), Deal(contractor: "Corvane Construction", agency: nil, amount: nil)]),
        RelationCase(label: "'a consortium that includes A and B won': the members named after the cue hold it",
                     text: "Title of the story\ndate 2025-03-03\nThe Navy said a consortium that includes Vexor Systems and Blixa Marine won a $40 million contract.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "U.S. Navy", amount: 40e6), Deal(contractor: "Blixa Marine", agency: "U.S. Navy", amount: 40e6)]),
        RelationCase(label: "'A won $X, B won $Y, and C won $Z' after a sentence telling the body's contracts",
                     text: "Title of the story\ndate 2025-03-03\nThe Space Development Agency announced $1.8 billion in contracts to three companies on Monday. Each will build 42 satellites. Vexor Space won $700 million, Blixa Aerospace won $692 million, and Corvane Orbital won $382 million.",
                     contracts: [Deal(contractor: "Vexor Space", agency: "Space Development Agency", amount: 700e6),
                                 Deal(contractor: "Blixa Aerospace", agency: "Space Development Agency", amount: 692e6),
                                 Deal(contractor: "Corvane Orbital", agency: "Space Development Agency", amount: 382e6)]),
        RelationCase(label: "amounts won with no contract told before are prizes, not contracts",
                     text: "Title of the story\ndate 2025-03-03\nThe Space Development Agency held a hackathon on Monday. Vexor Space won $7,000, and Blixa Aerospace won $5,000."),
        RelationCase(label: "'The Tranche 1 contracts awarded…': a programme's name before the noun holds nothing",
                     text: "Title of the story\ndate 2025-03-03\nThe Space Development Agency said the Tranche 1 contracts awarded on Monday require delivery in 2024."),
        RelationCase(label: "'le contrat Aspire a été étendu': a contract's own name holds nothing",
                     text: "Titre du texte\ndate 2025-03-03\nSigné en 2003 pour dix ans avec le ministère des Finances, le contrat Vexoria a depuis été étendu jusqu'en 2017."),
        RelationCase(label: "a capsule carrying '44,000 pounds of cargo' is no contract amount",
                     text: "Title of the story\ndate 2025-03-03\nNASA selected Vexor Space to carry at least 44,000 pounds of cargo to the space station.",
                     contracts: [Deal(contractor: "Vexor Space", agency: "NASA", amount: nil)]),
        RelationCase(label: "'le gendarme français de la concurrence a infligé à X une amende': an unnamed regulator singled out",
                     text: "Titre du texte\ndate 2025-03-03\nLe gendarme français de la concurrence a infligé à Vexor une amende de 250 millions d'euros.",
                     disputes: [Conflict(parties: ["gendarme français de la concurrence", "Vexor"], kind: .antitrust)]),
        RelationCase(label: "'une amende imposée par les autorités antitrust de l'UE'",
                     text: "Titre du texte\ndate 2025-03-03\nLe groupe Vexor Media avait perdu son combat contre une amende de 2,42 milliards d'euros imposée par les autorités antitrust de l'UE.",
                     disputes: [Conflict(parties: ["autorités antitrust de l'UE", "Vexor Media"], kind: .antitrust)]),
    ]

    @Test("rules-18 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("a described regulator needs a field and a jurisdiction; a known one keeps its name")
    func describedRegulators() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Le gendarme français de la concurrence a parlé. L'autorité britannique de la concurrence aussi. Le régulateur a répondu.
            """)
        let agencies = Set(x.mentions.filter { $0.entity.kind == .agency }.map(\.entity.name))
        #expect(agencies.contains("gendarme français de la concurrence"))
        #expect(agencies.contains("Competition and Markets Authority"))
        #expect(!agencies.contains { $0.hasPrefix("régulateur") })
    }

    @Test("a French preposition opening a sentence is no name; the CNIL's name without its articles is the CNIL")
    func openersAndAliases() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Malgré ces sanctions, la Commission nationale informatique et libertés a sanctionné la société Vexor Media le 29 décembre 2022.
            """)
        #expect(!x.mentions.contains { $0.entity.name == "Malgré" })
        #expect(x.disputes.map { $0.parties.map(\.entity.name) } == [["Commission nationale de l'informatique et des libertés", "Vexor Media"]])
    }

    @Test("a plural office before a list of states is one office per state; a title inside a run ends before the name")
    func officesAndTitledNames() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The Attorneys General of Arizona, Illinois, New Hampshire and West Virginia joined the suit against Vexor.
            Santa Clara County Supervisor Cindy Chavez and San Jose Councilmember Matt Mahan met Jean-Yves Le Drian. Billionaires Cameron and Tyler Winklevoss gave.
            """)
        let agencies = Set(x.mentions.filter { $0.entity.kind == .agency }.map(\.entity.name))
        #expect(agencies == ["Attorney General of Arizona", "Attorney General of Illinois", "Attorney General of New Hampshire",
                             "Attorney General of West Virginia"])
        let people = Set(x.mentions.filter { $0.entity.kind == .person }.map(\.entity.name))
        #expect(people.isSuperset(of: ["Cindy Chavez", "Matt Mahan", "Jean-Yves Le Drian", "Tyler Winklevoss"]))
        #expect(!x.mentions.contains { $0.entity.name.hasPrefix("Billionaires") || $0.entity.name.hasPrefix("Attorneys") })
        // One state is one office found by its shape, not a list.
        let y = Extractor().extract(text: "Title of the story\ndate 2025-03-03\nThe attorneys general of several states met.")
        #expect(!y.mentions.contains { $0.entity.name.hasPrefix("Attorney General of") })
    }

    @Test("'the regulator' recalls a regulator named up to ten sentences back; a penalty said imposed needs no amount")
    func recalledRegulator() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The Office of the Data Protection Commissioner has issued three penalties. It was created in 2019. Its staff grew. \
            Its budget grew. The first penalty was imposed in December 2022 against Vexor Holdings for failing to comply. \
            Its office moved. Its website changed. Blixa Limited was fined Sh5 million by the regulator.
            """)
        let cases = Set(x.disputes.map { Set($0.parties.map(\.entity.name)) })
        #expect(cases == [["Office of the Data Protection Commissioner", "Vexor Holdings"], ["Office of the Data Protection Commissioner", "Blixa Limited"]])
    }

    @Test("a federal district names its court, never a party; a company's users who sue are not the company")
    func courtsAndUsers() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor Media users have filed a class action against Blixa Platforms Inc. Jane Corvane filed a complaint in the U.S. District Court for the Northern District of California against Blixa Platforms Inc. The states sued Vexor Media in the Eastern District of Virginia.
            """)
        #expect(x.mentions.contains { $0.entity == EntityRef(.agency, "U.S. District Court for the Eastern District of Virginia") })
        for dispute in x.disputes {
            #expect(!dispute.parties.contains { $0.entity.name.contains("District") })
        }
        #expect(!x.disputes.contains { dispute in dispute.parties.contains { $0.entity.name == "Vexor Media" } && dispute.parties.contains { $0.entity.name == "Blixa Platforms Inc" } })
        #expect(x.disputes.contains { dispute in Set(dispute.parties.map(\.entity.name)) == ["Jane Corvane", "Blixa Platforms Inc"] })
    }

    @Test("'First Last of Company' is a person and a company; 'Billionaires Cameron and Tyler X' share the surname")
    func personOfCompany() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The PAC got $1 million from magnate Ronald Blixa of Vexor Farms Inc. Kimberly Corvane of Girard Sharp LLP filed it.
            Billionaires Cameron and Tyler Vexorvoss each gave $177,000. The Virginia Department of Transportation agreed.
            """)
        let names = Set(x.mentions.map(\.entity.name))
        #expect(names.isSuperset(of: ["Ronald Blixa", "Kimberly Corvane", "Girard Sharp LLP", "Cameron Vexorvoss", "Tyler Vexorvoss",
                                      "Virginia Department of Transportation"]))
        #expect(!names.contains { $0.contains(" of Vexor") || $0.contains(" of Girard") })
    }

    @Test("bare sums in an article set in Québec that names no currency are Canadian dollars; elsewhere they stay unread")
    func impliedCanadianDollars() {
        let quebec = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            À Québec, le gouvernement dépense une fortune en contrats d'informatique. La firme Vexor Conseil a décroché 448 contrats pour une valeur de 483 millions.
            """)
        #expect(quebec.contracts.map(\.money?.amount) == [483e6])
        #expect(quebec.contracts.map(\.money?.currency) == ["CAD"])
        let elsewhere = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            À Lyon, le gouvernement dépense une fortune en contrats d'informatique. La firme Vexor Conseil a décroché 448 contrats pour une valeur de 483 millions.
            """)
        #expect(elsewhere.contracts.allSatisfy { $0.money == nil })
    }
}
