import Testing
@testable import Extraction

/// A short article and the entities that must (or must not) be among its mentions.
struct EntityCase: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String
    let present: [EntityRef]
    let absentNames: [String]
    var testDescription: String { label }
}

@Suite("Entity recognition")
struct EntityTests {
    static func mentioned(_ text: String) -> (entities: Set<EntityRef>, extraction: ArticleExtraction) {
        let x = Extractor().extract(text: text)
        return (Set(x.mentions.map(\.entity)), x)
    }

    static let cases: [EntityCase] = [
        EntityCase(label: "French gazetteer agency alias",
                   text: "date 2025-02-03\nLe ministère de la Défense a signé un accord. Le porte-parole du ministère a confirmé la signature.",
                   present: [EntityRef(.agency, "U.S. Department of Defense")], absentNames: []),
        EntityCase(label: "English gazetteer agency aliases",
                   text: "date 2025-02-03\nThe Department of Defense awarded a contract to Palantir. The Pentagon said the deal matters for the agency.",
                   present: [EntityRef(.agency, "U.S. Department of Defense"), EntityRef(.company, "Palantir")], absentNames: []),
        EntityCase(label: "surname alone resolves to the full name",
                   text: "date 2025-02-03\nJeanne Moreau-Lefort dirige la fondation depuis 2019. Moreau-Lefort a expliqué que le projet est important pour elle.",
                   present: [EntityRef(.person, "Jeanne Moreau-Lefort")], absentNames: ["Moreau-Lefort"]),
        EntityCase(label: "English surname alone",
                   text: "date 2025-02-03\nSatya Nadella, the chief executive of Microsoft, met officials in Washington. Nadella said the company would invest in Paris.",
                   present: [EntityRef(.person, "Satya Nadella"), EntityRef(.company, "Microsoft")],
                   absentNames: ["Nadella", "Washington", "Paris"]),
        EntityCase(label: "la société X is a company; photo credit and places are not entities",
                   text: "date 2025-02-03\nLa société Zentrix a été fondée à Lyon. Photo : Getty. Le président de Zentrix est à Washington pour une réunion.",
                   present: [EntityRef(.company, "Zentrix")], absentNames: ["Getty", "Lyon", "Washington"]),
        EntityCase(label: "a name with lower-case words is read whole when its acronym follows",
                   text: "date 2025-02-03\nL'Agence du numérique de défense (AND) a choisi un outil. La plainte de l'Union des hôteliers indépendants (UHI) vise la plateforme.",
                   present: [EntityRef(.agency, "Agence du numérique de défense"), EntityRef(.company, "Union des hôteliers indépendants")],
                   absentNames: ["Agence", "Union"]),
        EntityCase(label: "a short name used before its longer form stays the parent company",
                   text: "date 2025-02-03\nLa Commission a sanctionné Travelio. Travelio conteste. Les hôtels attaquent aussi sa filiale Travelio GmbH. Travelio a fait appel.",
                   present: [EntityRef(.company, "Travelio GmbH")], absentNames: []),
        EntityCase(label: "a one-word company name after a first name is a surname",
                   text: "date 2025-02-03\nFord's executive chairman Bill Ford met Donald Trump in Florida. Ford said the talks went well.",
                   present: [EntityRef(.person, "Bill Ford"), EntityRef(.company, "Ford"), EntityRef(.person, "Donald Trump")],
                   absentNames: ["Florida"]),
        EntityCase(label: "a quoted nickname is not a person",
                   text: "date 2025-02-03\nSes détracteurs le surnomment « Jeff Bozo » sur les réseaux sociaux. Jeff Bezos a ri de cette blague dans une interview.",
                   present: [EntityRef(.person, "Jeff Bezos")], absentNames: ["Jeff Bozo"]),
        EntityCase(label: "a well-known person's distinctive surname alone, after a title or inside a sentence",
                   text: "date 2025-02-03\nLes tracts disaient : President Macron needs you. La mesure vient avant que Biden ne parte.",
                   present: [EntityRef(.person, "Emmanuel Macron"), EntityRef(.person, "Joe Biden")], absentNames: ["Macron", "Biden"]),
        EntityCase(label: "a first name alone stands for the one person of the article who bears it",
                   text: "date 2025-02-03\nSir Paul Durand-Vexa has paid back gifts. Gifts paid for by Sir Paul include tickets.",
                   present: [EntityRef(.person, "Paul Durand-Vexa")], absentNames: ["Paul"]),
        EntityCase(label: "a government named for its territory is an agency; a city after 'in' is a place",
                   text: "date 2025-02-03\nLe gouvernement de l'Ontario a signé avec Vexa. The city of Denver paid Vexa, which has an office in the city of Austin.",
                   present: [EntityRef(.agency, "gouvernement de l'Ontario"), EntityRef(.agency, "city of Denver")],
                   absentNames: ["city of Austin"]),
        EntityCase(label: "acronym in parentheses names the agency",
                   text: "date 2025-02-03\nThe Defense Information Systems Agency (DISA) renewed a deal with Microsoft. DISA said the renewal covers three years.",
                   present: [EntityRef(.agency, "Defense Information Systems Agency"), EntityRef(.company, "Microsoft")],
                   absentNames: ["DISA"]),
        // Unknown names typed as companies by their context (CompanyContexts).
        EntityCase(label: "names listed with a known company are companies",
                   text: "date 2025-02-03\nLes résultats de Zentrix Systems, Morvane et Quillet ont progressé au premier trimestre.",
                   present: [EntityRef(.company, "Morvane"), EntityRef(.company, "Quillet")], absentNames: []),
        EntityCase(label: "the investors of a round after auprès de",
                   text: "date 2025-02-03\nLa start-up Kalivo a levé 8 millions d'euros auprès de Northwind Partners, Brevane, Ostral et l'IFRE.",
                   present: [EntityRef(.company, "Brevane"), EntityRef(.company, "Ostral"), EntityRef(.company, "IFRE")], absentNames: []),
        EntityCase(label: "an apposition with a trade noun; a possessed trade noun describes a person",
                   text: "date 2025-02-03\nVelorio, une autre start-up lyonnaise, a ouvert un bureau. Kessington, the company's head of policy, said the plan would change.",
                   present: [EntityRef(.company, "Velorio")], absentNames: ["Kessington"]),
        EntityCase(label: "a listing after the name; the name is the one after the connector",
                   text: "date 2025-02-03\nShares of Zentrol (NYSE: ZTL) rose on Monday after the results.",
                   present: [EntityRef(.company, "Zentrol")], absentNames: ["Shares of Zentrol"]),
        EntityCase(label: "a committee numbered by a roman numeral is a fund",
                   text: "date 2025-02-03\nThe billionaire gave $12 million to his Civic Futures PAC II last year.",
                   present: [EntityRef(.fund, "Civic Futures PAC II")], absentNames: []),
        EntityCase(label: "the subject of a funding verb with an amount, and the lead investor",
                   text: "date 2025-02-03\nBrindora a levé 12 millions d'euros pour recruter. Quorvex raised $20 million in a Series B round led by Harlow Peak.",
                   present: [EntityRef(.company, "Brindora"), EntityRef(.company, "Quorvex"), EntityRef(.company, "Harlow Peak")], absentNames: []),
        EntityCase(label: "money raised with no round word may be a campaign's; a name modifying a noun is no investor",
                   text: "date 2025-02-03\nDelmont raised $2 million last quarter. The round was led by VC house Brightwater.",
                   present: [], absentNames: ["Delmont", "VC"]),
        EntityCase(label: "both sides of a takeover; a parent in parentheses",
                   text: "date 2025-02-03\nCorvane rachète Stelio pour 40 millions d'euros. Numexa (filiale de Vodafone) a été condamnée.",
                   present: [EntityRef(.company, "Corvane"), EntityRef(.company, "Stelio"), EntityRef(.company, "Numexa")], absentNames: []),
        EntityCase(label: "plural names are parties' short forms, not companies; the tail of a cut name is not typed by a list",
                   text: "date 2025-02-03\nThe Liberals, the Greens and Zentrix Systems spoke. Among the buyers were American Express, Dow and Zentrix Systems.",
                   present: [EntityRef(.company, "Dow"), EntityRef(.fund, "Liberals"), EntityRef(.fund, "Greens")], absentNames: ["Express"]),
        EntityCase(label: "a trade noun and its complement before the name; not a preposition's object",
                   text: "date 2025-02-03\nLa société d'expédition et d'emballage Zentrol a été fondée en 1980. La direction de la société du CAC 40 a répondu.",
                   present: [EntityRef(.company, "Zentrol")], absentNames: ["CAC"]),
        EntityCase(label: "a company's figures",
                   text: "date 2025-02-03\nLes résultats de Quillet ont progressé. Ostral a dégagé 60 millions d'euros de chiffre d'affaires.",
                   present: [EntityRef(.company, "Quillet"), EntityRef(.company, "Ostral")], absentNames: []),
        EntityCase(label: "the companies of deals counted in parentheses",
                   text: "date 2025-02-03\nLe secteur a connu trois opérations (Brevane, Morvane et Velorio).",
                   present: [EntityRef(.company, "Brevane"), EntityRef(.company, "Morvane"), EntityRef(.company, "Velorio")], absentNames: []),
        EntityCase(label: "a company word closes a name; a title opening a company's name stays; a post's complement is the company",
                   text: "date 2025-02-03\nNorthwind International a alerté le régulateur. Entrepreneur Venture a investi. Jane Doe, PDG de Zentrol Media, a contribué.",
                   present: [EntityRef(.company, "Northwind International"), EntityRef(.company, "Entrepreneur Venture"), EntityRef(.company, "Zentrol Media")],
                   absentNames: ["Northwind", "Venture", "PDG de Zentrol Media"]),
        EntityCase(label: "a seat of power named as a place is no body",
                   text: "date 2025-02-03\nIl a dîné à la Maison Blanche en février. The donation paid for works at 11 Downing Street.",
                   present: [], absentNames: ["White House", "Downing Street"]),
        EntityCase(label: "a seat of power acting is the body",
                   text: "date 2025-02-03\nLa Maison Blanche a annoncé un plan.",
                   present: [EntityRef(.agency, "White House")], absentNames: []),
        EntityCase(label: "a common word before a company word opens its name; a newspaper's article belongs to its name",
                   text: "date 2025-02-03\nExisting investors Summit Partners and Zentrix Systems also participated. Il a parlé au journal Le Vigilant.",
                   present: [EntityRef(.company, "Summit Partners"), EntityRef(.company, "Le Vigilant")], absentNames: ["Partners", "Vigilant"]),
        EntityCase(label: "a time zone after a.m. is no person; a given name alone is the person named in full",
                   text: "date 2025-02-03\nThe stock was up at 11:10 a.m. EDT. IBM named Arvind Kolhapur as chief executive. Arvind has grown the unit.",
                   present: [EntityRef(.person, "Arvind Kolhapur")], absentNames: ["EDT", "Arvind"]),
        EntityCase(label: "a company before a post and its holder; an English trade noun after a possessed name",
                   text: "date 2025-02-03\nThe biggest backer was former Zentrol boss Jane Roe. Labour accepted £1 million from Jane Roe's Vexo firm.",
                   present: [EntityRef(.company, "Zentrol"), EntityRef(.company, "Vexo")], absentNames: []),
        EntityCase(label: "a list whose names carry amounts in parentheses; leisure and resort companies by their last word",
                   text: "date 2025-02-03\nIt got donations from the likes of Kalvo Leisure ($70,000), Brindle ($50,000) and Ostral ($20,000). He gave through his Harlan Resorts.",
                   present: [EntityRef(.company, "Brindle"), EntityRef(.company, "Ostral"), EntityRef(.company, "Harlan Resorts")], absentNames: []),
        EntityCase(label: "an acronym before a first name and a surname is not part of the person's name",
                   text: "date 2025-02-03\nThe models run in secure clouds, Microsoft CPO Kevin Marlowe told reporters on Monday.",
                   present: [EntityRef(.person, "Kevin Marlowe")], absentNames: ["CPO Kevin Marlowe"]),
        EntityCase(label: "a trade noun and its participle phrase before the name; not after an agent",
                   text: "date 2025-02-03\nLa fintech dédiée aux artisans Zelvia a levé des fonds. Le groupe présidé par Marlowe a répondu.",
                   present: [EntityRef(.company, "Zelvia")], absentNames: ["Marlowe"]),
        EntityCase(label: "the organisation of a person named with a possessive",
                   text: "date 2025-02-03\nThe startup is also backed by Quorvane's Mike Larner. Brindale's founder said the deal was done.",
                   present: [EntityRef(.company, "Quorvane"), EntityRef(.company, "Brindale")], absentNames: []),
        EntityCase(label: "a middle initial that is also a word ('A.') stays in the person's name; a state named for its territory",
                   text: "date 2025-02-03\nAttorney General Karl A. Brenholt spoke for the state of Vermont. He lives in the state of Maine.",
                   present: [EntityRef(.person, "Karl A. Brenholt"), EntityRef(.agency, "state of Vermont")], absentNames: ["Karl", "Brenholt", "state of Maine"]),
        EntityCase(label: "a body's name describing the noun after it is no mention of the body; the body of a contract or a memo is",
                   text: "date 2025-02-03\nPaul Vexor enjoyed a private White House dinner. European Union regulators met. Zentrix won a Pentagon contract, according to a NASA memo.",
                   present: [EntityRef(.agency, "U.S. Department of Defense"), EntityRef(.agency, "NASA")], absentNames: ["White House", "European Union"]),
        EntityCase(label: "a state's own court; the European Union in French",
                   text: "date 2025-02-03\nThe Wisconsin Supreme Court ruled on Friday. Les géants dépensent pour faire du lobbying auprès de l'Union européenne.",
                   present: [EntityRef(.agency, "Wisconsin Supreme Court"), EntityRef(.agency, "European Union")], absentNames: ["Supreme Court"]),
        EntityCase(label: "a press-release wire between slashes and a number word opening a sentence are no names",
                   text: "date 2025-02-03\nSAN FRANCISCO, Jan. 3, 2022 /PRNewswire/ — Vexor Labs filed a lawsuit against Zentrix Capital. Four lawsuits against Zentrix Capital: one by Vexor Labs.",
                   present: [EntityRef(.company, "Vexor Labs"), EntityRef(.company, "Zentrix Capital")], absentNames: ["Jan", "PRNewswire", "Four", "SAN FRANCISCO"]),
        EntityCase(label: "hyphenated first names make a person",
                   text: "date 2025-02-03\nLee-Anne Corwell a rejoint le conseil d'administration.",
                   present: [EntityRef(.person, "Lee-Anne Corwell")], absentNames: []),
    ]

    @Test("mentions", arguments: cases)
    func mentions(_ c: EntityCase) {
        let (entities, _) = Self.mentioned(c.text)
        for entity in c.present {
            #expect(entities.contains(entity), "\(entity) missing; got \(entities.sorted { $0.name < $1.name })")
        }
        for name in c.absentNames {
            #expect(!entities.contains { $0.name == name }, "\(name) should not be an entity")
        }
    }

    @Test("each entity goes by the fullest name the article writes; made-up fund names stay")
    func articleNames() {
        let x = Extractor().extract(text: "date 2024-12-19\nUber Technologies gave $1 million to the Trump Vance Inaugural Committee. Uber said so. Palantir won. Donald Trump's inaugural fund grew.")
        #expect(x.articleNames[EntityRef(.company, "Uber")] == "Uber Technologies")
        #expect(x.articleNames[EntityRef(.fund, "Trump-Vance Inaugural Committee")] == "Trump Vance Inaugural Committee")
        #expect(x.articleNames[EntityRef(.company, "Palantir")] == nil)
        // One committee: the article's named one stands for "Donald Trump's inaugural fund" too.
        #expect(x.donations.first?.recipient == EntityRef(.fund, "Trump-Vance Inaugural Committee"))
        #expect(!x.mentions.contains { $0.entity.name.hasSuffix("inaugural committee fund") })
    }

    @Test("short forms are remembered as surfaces of the full entity")
    func surfaces() {
        let (_, x) = Self.mentioned("date 2025-02-03\nJeanne Moreau-Lefort dirige la fondation depuis 2019. Moreau-Lefort a expliqué que le projet est important pour elle.")
        #expect(x.surfaces[EntityRef(.person, "Jeanne Moreau-Lefort")] == ["Jeanne Moreau-Lefort", "Moreau-Lefort"])
    }

    @Test("an acronym used after its definition points to the same entity")
    func acronymSurface() {
        let (_, x) = Self.mentioned("date 2025-02-03\nThe Defense Information Systems Agency (DISA) renewed a deal with Microsoft. DISA said the renewal covers three years.")
        let surfaces = x.surfaces[EntityRef(.agency, "Defense Information Systems Agency")] ?? []
        #expect(surfaces.contains("DISA"))
    }

    @Test("mention spans cover their surface in the normalised text")
    func spans() {
        let (_, x) = Self.mentioned("date 2025-02-03\nLa société Zentrix a signé avec le ministère de la Défense. Zentrix est basée à Lyon.")
        let scalars = Array(x.text.unicodeScalars)
        #expect(!x.mentions.isEmpty)
        for m in x.mentions {
            #expect(String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end])) == m.surface)
        }
    }
}
