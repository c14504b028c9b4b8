import Testing
@testable import Extraction

/// Constructions added in rules-20, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-20 constructions")
struct Rules20ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'is being probed by a House of Lords watchdog': the body's watchdog is the regulator",
                     text: "Title of the story\ndate 2025-03-03\nHis donor, Lord John Blixa, is being probed by a House of Lords watchdog over his interests.",
                     disputes: [Conflict(parties: ["John Blixa", "House of Lords watchdog"], kind: .regulatory)]),
        RelationCase(label: "'a U.S. government watchdog denied protests' names no body's overseer",
                     text: "Title of the story\ndate 2025-03-03\nA U.S. government watchdog said on Friday that the money was spent."),
        RelationCase(label: "'a contract worth approximately Rs. 9,805 crore with X': the rupee's point ends no sentence, 'Rs' is no name",
                     text: "Title of the story\ndate 2025-03-03\nThe Ministry of Defence has signed a contract worth approximately Rs. 9,805 crore with Vexor Shipyard Limited.",
                     contracts: [Deal(contractor: "Vexor Shipyard Limited", agency: "Ministry of Defence", amount: 98_050_000_000)]),
        RelationCase(label: "'un contrat de 19,4 milliards de francs Cfa' then 'attribué à la société X': 'Cfa' is the currency, no holder",
                     text: "Titre du texte\ndate 2025-03-03\nLe gouvernement camerounais a attribué un contrat de 19,4 milliards de francs Cfa à la société Vexor Routes.",
                     contracts: [Deal(contractor: "Vexor Routes", agency: "gouvernement camerounais", amount: 19.4e9)]),
        RelationCase(label: "'donors who attended dinners at No 10 and Chequers gave…': a name inside the relative clause is no giver",
                     text: "Title of the story\ndate 2025-03-03\nDonors who attended dinners at No 10 and Blixa Hall gave almost £800,000 to the Conservative Party."),
        RelationCase(label: "'the LibDems' largest donation was £250,000 from X': the party received, X gave",
                     text: "Title of the story\ndate 2025-03-03\nThe LibDems' largest donation was £250,000 from Vexor Capital Limited.",
                     donations: [Gift(donor: "Vexor Capital Limited", amount: 250_000)]),
        RelationCase(label: "'…, with X donating £N': the name before the -ing verb after 'with' gives",
                     text: "Title of the story\ndate 2025-03-03\nThe Labour Party reported gifts, with Vexor Union donating £657,702.",
                     donations: [Gift(donor: "Vexor Union", amount: 657_702)]),
        RelationCase(label: "'Selon le Vérificateur général du Québec, la SAAQ a signé un contrat': two bodies, no holder",
                     text: "Titre du texte\ndate 2025-03-03\nSelon le Vérificateur général du Québec, la SAAQ a signé en 2017 un contrat de 638 M$ pour dix ans."),
        RelationCase(label: "'signs contracts worth $19 million for Next Generation Patrol Vessels': what is bought holds nothing",
                     text: "Title of the story\ndate 2025-03-03\nThe Ministry of Defence signs contracts worth $19 million for Next Generation Patrol Vessels."),
        RelationCase(label: "a header with a total and 'including:' then one bulleted line per party: the company just spoken of gives",
                     text: "Title of the story\ndate 2025-03-03\nThe commissioner says Vexor Group made nearly $118,000 in contributions. Blixa News has reported on gifts by Vexor Group executives.\nThe report singles out almost $118,000 in contributions made to federal parties, including:\n- Liberal Party of Canada: $83,534.51;\n- Various riding associations of the Liberal Party of Canada: $13,552.13;\n- Conservative Party of Canada: $3,137.73.",
                     donations: [Gift(donor: "Vexor Group", amount: 83_534.51), Gift(donor: "Vexor Group", amount: 3_137.73)]),
        RelationCase(label: "'made a $3m donation': '3m' is an amount, never the company 3M",
                     text: "Title of the story\ndate 2025-03-03\nLinda Vexor made a $3m donation to the Blixa Action PAC, the group confirmed.",
                     donations: [Gift(donor: "Linda Vexor", amount: 3e6)]),
        RelationCase(label: "'told Blixa News the party…': an outlet spoken to is a source, no giver",
                     text: "Title of the story\ndate 2025-03-03\nA spokeswoman told Blixa News the donations were returned to the Vexor Action PAC."),
        RelationCase(label: "'…comprises two contracts awarded to:' then a bulleted line per holder: each holds one at the lot's amount",
                     text: "Title of the story\ndate 2025-03-03\nThe Network Rail company has awarded contracts.\nWorth £1bn in total, Lot 1 comprises two contracts awarded to:\n• Vexor Rail\n• Blixa Signals and CAF.\nLot 2 is worth £3bn. Two contracts have been awarded to:\n• Vexor Rail\n• Corvane Works.\nThe framework runs to 2034.",
                     contracts: [Deal(contractor: "Vexor Rail", agency: nil, amount: 1e9), Deal(contractor: "Blixa Signals", agency: nil, amount: 1e9),
                                 Deal(contractor: "CAF", agency: nil, amount: 1e9), Deal(contractor: "Vexor Rail", agency: nil, amount: 3e9),
                                 Deal(contractor: "Corvane Works", agency: nil, amount: 3e9)]),
        RelationCase(label: "'X, a Taiwanese company, is taking Y to court': the nationality is no party",
                     text: "Title of the story\ndate 2025-03-03\nVexor, Inc., a Taiwanese company, is taking Blixa Inc. to court over two patents.",
                     disputes: [Conflict(parties: ["Vexor, Inc", "Blixa Inc"], kind: .lawsuit)]),
    ]

    @Test("rules-20 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("the agent of a passive sanction is the plaintiff, the subject the defendant")
    func passiveSides() throws {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor Systems is being investigated by the Financial Conduct Authority over its accounts.
            """)
        let dispute = try #require(x.disputes.first)
        #expect(dispute.parties.filter { $0.side == .plaintiff }.map(\.entity.name) == ["Financial Conduct Authority"])
        #expect(dispute.parties.filter { $0.side == .defendant }.map(\.entity.name) == ["Vexor Systems"])
    }

    @Test("a one-letter name read by its context once ('wrote on X') names the same platform bare later; 'Malcolm X' does not")
    func letterNames() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Elon Musk wrote on X that he would fight. The Vexor Commission won an injunction to force X to hide the video.
            A film about Malcolm X was shown. X-rays were taken.
            """)
        let letters = x.mentions.filter { $0.entity.name == "X" }
        #expect(letters.count == 2)
        #expect(x.disputes.map { Set($0.parties.map(\.entity.name)) } == [["Vexor Commission", "X"]])
    }

    @Test("an acronym never defined stands for the body named before with its initials, over a known holder of the letters")
    func initialsAcronyms() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor Consulting is subject to an Australian Federal Police investigation. Treasury referred Vexor Consulting to the AFP last week.
            """)
        let afp = x.mentions.filter { $0.surface == "AFP" }.map(\.entity.name)
        #expect(afp == ["Australian Federal Police"])
        #expect(x.disputes.count == 1)
        let y = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The Agence France-Presse and the Australian Federal Police met. The AFP said so.
            """)
        #expect(y.mentions.filter { $0.surface == "AFP" }.map(\.entity.name) == ["Agence France-Presse"])
    }

    @Test("'l'Etat tchadien' is one agency; 'secrétaire d'État chargé du numérique' names none")
    func statesByNationality() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            La société Vexor, née du désengagement de l'Etat tchadien, a gagné. Le secrétaire d'État chargé du numérique a parlé.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .agency }.map(\.surface) == ["Etat tchadien"])
    }

    @Test("a company's or a foundation's own board is no agency; 'le président du Conseil' makes no company of 'Conseil'")
    func corporateBoards() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Le Conseil d'administration de Vexor a voté. Le président du Conseil de fondation a parlé. Le Conseil des ministres a adopté le texte.
            """)
        #expect(x.mentions.map { "\($0.entity.kind):\($0.surface)" } == ["agency:Conseil des ministres"])
    }

    @Test("well-known companies are known by their usual names, the French dailies only when capitalised")
    func knownCompanies() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Selon La Presse, American Express et Marriott ont donné. Tout le monde a lu la presse sous le soleil.
            """)
        #expect(Set(x.mentions.map(\.entity.name)) == ["La Presse", "American Express", "Marriott"])
    }

    @Test("a bare capitalised 'Parliament'/'Parlement' is the country's parliament; longer names keep their own")
    func bareParliaments() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The bill went to Parliament on Monday. Le Parlement a voté. Le Parlement européen a voté. The Vexor Parliament Band played.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .agency }.map(\.surface) == ["Parliament", "Parlement", "Parlement européen"])
    }

    @Test("a named body's watchdog is one agency; a generic government's is not kept")
    func watchdogNames() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            He is being probed by a House of Lords watchdog. A U.S. government watchdog said so.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .agency }.map(\.surface) == ["House of Lords watchdog"])
    }
}
