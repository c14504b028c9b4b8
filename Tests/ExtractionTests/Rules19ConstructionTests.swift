import Testing
@testable import Extraction

/// Constructions added in rules-19, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-19 constructions")
struct Rules19ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'signed a deal with the Navy': a deal with an award verb is a contract",
                     text: "Title of the story\ndate 2025-03-03\nVexor Systems signed a deal with the Navy on Monday.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "U.S. Navy", amount: nil)]),
        RelationCase(label: "'The CMA's Review of the Deal': a bare deal with no verb and no sum is no award",
                     text: "Title of the story\ndate 2025-03-03\nThe CMA's Review of the Deal\nThe CMA said Vexor Systems and the deal worried it."),
        RelationCase(label: "'Le comité exécutif de la Ville a choisi X pour fournir…' then 'Le nouveau contrat, d'une valeur de…'",
                     text: "Titre du texte\ndate 2025-03-03\nLa Ville de Montréal changera de système. Le comité exécutif de la Ville a choisi Vexor Systems pour fournir la suite bureautique. Le nouveau contrat, d'une valeur de 27 millions sur trois ans, coûte plus cher.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "Ville de Montréal", amount: 27e6)]),
        RelationCase(label: "'un nouveau contrat' told after an award is another contract, not its amount",
                     text: "Titre du texte\ndate 2025-03-03\nLa Ville de Montréal a choisi Vexor Systems pour fournir la suite bureautique. Un nouveau contrat, d'une valeur de 27 millions, devra être attribué plus tard.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "Ville de Montréal", amount: nil)]),
        RelationCase(label: "holders told 'aux côtés de' the one chosen share the amount the tender gives next",
                     text: "Titre du texte\ndate 2025-03-03\nLa Confédération a choisi Vexor Cloud pour se fournir en services cloud. C'est un prestataire qui s'occupera d'une partie des données, aux côtés de deux groupes américains: Blixa Systems et Corvane Data. L'appel d'offres, pour un montant total de 110 millions de francs, illustre leur domination.",
                     contracts: [Deal(contractor: "Vexor Cloud", agency: "Confédération suisse", amount: 110e6),
                                 Deal(contractor: "Blixa Systems", agency: "Confédération suisse", amount: 110e6),
                                 Deal(contractor: "Corvane Data", agency: "Confédération suisse", amount: 110e6)]),
        RelationCase(label: "'L'armée française a commandé à A et B…, a annoncé la DGA. … le montant du programme s'élève à…'",
                     text: "Titre du texte\ndate 2025-03-03\nL'armée française a commandé à Vexor Space et Blixa Orbital deux satellites militaires, a annoncé mercredi la Direction générale de l'armement (DGA). Selon nos confrères de La Tribune, le montant du programme s'élève à 3,8 milliards d'euros environ.",
                     contracts: [Deal(contractor: "Vexor Space", agency: "armée française", amount: 3.8e9),
                                 Deal(contractor: "Blixa Orbital", agency: "armée française", amount: 3.8e9)]),
        RelationCase(label: "'One is a £120m deal with X': a priced deal with a company, after the body's deals",
                     text: "Title of the story\ndate 2025-03-03\nThe Ministry of Defence signed two deals today. One is a £120m deal with Vexor Systems for the support of a jet trainer.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "Ministry of Defence", amount: 120e6)]),
        RelationCase(label: "'le montant du marché attribué à X s'élève à…' after 'la Région wallonne'",
                     text: "Titre du texte\ndate 2025-03-03\nLa Région wallonne a lancé deux marchés. Le montant du marché attribué à Vexor Systems s'élève à 316.000 euros. Le ministre a visité la région parisienne.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "Région wallonne", amount: 316_000)]),
        RelationCase(label: "'le marché boursier' is no contract, even with an amount",
                     text: "Titre du texte\ndate 2025-03-03\nLa Région wallonne a parlé. Le marché boursier a gagné 316.000 euros avec Vexor Systems."),
        RelationCase(label: "a department winning its High Court case: a lawsuit, not a regulator's case",
                     text: "Title of the story\ndate 2025-03-03\nThe Department of Health and Social Care has won its High Court case against Vexor Supplies.",
                     disputes: [Conflict(parties: ["Department of Health and Social Care", "Vexor Supplies"], kind: .lawsuit)]),
        RelationCase(label: "a police investigation is a criminal case: a lawsuit",
                     text: "Title of the story\ndate 2025-03-03\nBlixa Partners is subject to an Australian Federal Police investigation over leaked files.",
                     disputes: [Conflict(parties: ["Blixa Partners", "Australian Federal Police"], kind: .lawsuit)]),
        RelationCase(label: "a regulator's legal case stays regulatory",
                     text: "Title of the story\ndate 2025-03-03\nThe Electoral Commission has launched a legal case against Corvane Data.",
                     disputes: [Conflict(parties: ["UK Electoral Commission", "Corvane Data"], kind: .regulatory)]),
        RelationCase(label: "'X was among NFL owners that gave $1 million to…': the named owner gives",
                     text: "Title of the story\ndate 2025-03-03\nVexor owner Paul Blixa was among NFL owners that gave $1 million to the Democratic Party.",
                     donations: [Gift(donor: "Paul Blixa", amount: 1e6)]),
        RelationCase(label: "'that gift' recalls a gift told; no new one",
                     text: "Title of the story\ndate 2025-03-03\nPaul Blixa gave $1 million to the Democratic Party. The party said that gift of $1 million was welcome.",
                     donations: [Gift(donor: "Paul Blixa", amount: 1e6)]),
        RelationCase(label: "the headline's amount completes a gift the body names without one",
                     text: "Vexor owner Paul Blixa gave $1M to Trump inauguration\n\nContributions from billionaires — including Vexor owner Paul Blixa — and corporations pushed President Donald Trump's inaugural committee to a new fundraising benchmark of $106.7 million. Other owners spoke. The committee thanked them.",
                     donations: [Gift(donor: "Paul Blixa", amount: 1e6)]),
        RelationCase(label: "'une amende à C8, après les insultes de l'animateur X au député LFI Y': the insults are a feud of their own",
                     text: "Titre du texte\ndate 2025-03-03\nLe Conseil d'Etat a maintenu l'amende de 3,5 millions d'euros infligée par l'Arcom à C8, après les insultes de l'animateur Paul Vexor au député LFI Louis Blixa.",
                     disputes: [Conflict(parties: ["Arcom", "C8"], kind: .regulatory), Conflict(parties: ["Paul Vexor", "Louis Blixa"], kind: .publicFeud)]),
        RelationCase(label: "'the attacks by X on Y': a feud told as a noun phrase",
                     text: "Title of the story\ndate 2025-03-03\nThe attacks by Paul Vexor on Louis Blixa continued all week.",
                     disputes: [Conflict(parties: ["Paul Vexor", "Louis Blixa"], kind: .publicFeud)]),
        RelationCase(label: "'the attacks on Y' with no attacker named is no feud",
                     text: "Title of the story\ndate 2025-03-03\nThe attacks on Louis Blixa continued all week, said Paul Vexor."),
        RelationCase(label: "'information obtained as part of his government contract': a person's contract holds nothing",
                     text: "Title of the story\ndate 2025-03-03\nVexor Partners is subject to an Australian Federal Police investigation after a former consultant leaked information obtained as part of his government contract.",
                     disputes: [Conflict(parties: ["Vexor Partners", "Australian Federal Police"], kind: .lawsuit)]),
        RelationCase(label: "'won its case against a supplier that was recommended by X': X describes the unnamed supplier",
                     text: "Title of the story\ndate 2025-03-03\nThe Department of Health and Social Care has won its High Court case against a supplier that was recommended to ministers by peer Paul Vexor during the pandemic."),
        RelationCase(label: "'sued Vexor Supplies, which X founded': a named defendant keeps the case",
                     text: "Title of the story\ndate 2025-03-03\nThe Department of Health and Social Care has sued Vexor Supplies, which was recommended by peer Paul Vexor.",
                     disputes: [Conflict(parties: ["Department of Health and Social Care", "Vexor Supplies"], kind: .lawsuit)]),
        RelationCase(label: "'launched a legal challenge against the decision, arguing that the MoD failed…': 'that' after a verb opens no relative",
                     text: "Title of the story\ndate 2025-03-03\nVexor Defence, the losing bidder, has launched a legal challenge against the decision, arguing that the Ministry of Defence failed to evaluate its tender fairly.",
                     disputes: [Conflict(parties: ["Vexor Defence", "Ministry of Defence"], kind: .lawsuit)]),
        RelationCase(label: "'America PAC, which is funded almost entirely by X': a gift with no amount",
                     text: "Title of the story\ndate 2025-03-03\nThe group is not as tied to Paul Blixa as is Vexor PAC, which is funded almost entirely by Paul Blixa.",
                     donations: [Gift(donor: "Paul Blixa", amount: nil)]),
        RelationCase(label: "'is not funded by X' is no gift",
                     text: "Title of the story\ndate 2025-03-03\nVexor PAC is not funded by Paul Blixa."),
        RelationCase(label: "'The Information Commissioner's Office found that X breached…': a regulator's finding",
                     text: "Title of the story\ndate 2025-03-03\nThe Information Commissioner's Office found that Vexor Data breached data protection law.",
                     disputes: [Conflict(parties: ["Information Commissioner's Office", "Vexor Data"], kind: .regulatory)]),
        RelationCase(label: "'la CNIL a constaté que les sites de X ne permettent pas…': a finding told by a negation",
                     text: "Titre du texte\ndate 2025-03-03\nLa CNIL a constaté que les sites de Blixa Media ne permettent pas de refuser les cookies.",
                     disputes: [Conflict(parties: ["Commission nationale de l'informatique et des libertés", "Blixa Media"], kind: .regulatory)]),
        RelationCase(label: "a regulator finding nothing wrong tells no case",
                     text: "Title of the story\ndate 2025-03-03\nThe Information Commissioner's Office found that Nova Labs had been helpful."),
    ]

    @Test("rules-19 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("an organ named after its body is one agency; a title after a body is no organ")
    func organsOfBodies() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The Pentagon Inspector General opened a probe into Corvane Labs. The European Parliament Committee on Budgets met.
            The House of Lords Commissioners for Standards said he was being investigated. European Commission Vice President Paul Blixa spoke.
            """)
        let agencies = Set(x.mentions.filter { $0.entity.kind == .agency }.map(\.entity.name))
        #expect(agencies == ["Pentagon Inspector General", "European Parliament Committee on Budgets",
                             "House of Lords Commissioners for Standards", "European Commission"])
        #expect(x.mentions.contains { $0.entity.kind == .person && $0.entity.name == "Paul Blixa" })
        #expect(x.disputes.map { Set($0.parties.map(\.entity.name)) } == [["Pentagon Inspector General", "Corvane Labs"]])
    }

    @Test("bodies named by their head: institutes and universities are companies, 'le Parlement wallon' an agency")
    func bodyHeads() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            The money went to the Allen Institute for Brain Science and the Institute for Energy Efficiency. It also went to Stanford University.
            He lives in Santa Clara County. Le Parlement wallon a débattu.
            """)
        let names = Set(x.mentions.map { "\($0.entity.kind):\($0.entity.name)" })
        #expect(names == ["company:Allen Institute for Brain Science", "company:Institute for Energy Efficiency",
                          "company:Stanford University", "agency:Parlement wallon"])
    }

    @Test("a generational suffix is part of a person's name, and the spouse after it still gives")
    func nameSuffixes() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Vexor co-founder James Blixa, Jr., and his wife Anna Marie Blixa donated $28 million to the Corvane Museum.
            """)
        #expect(Set(x.donations.map(\.donor.name)) == ["James Blixa, Jr.", "Anna Marie Blixa"])
        #expect(x.donations.allSatisfy { $0.money?.amount == 28e6 })
    }

    @Test("a known body's name before a place word names the place")
    func placeNames() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            A press conference was held in Pentagon City. The Pentagon awarded Vexor Systems a $5 million contract.
            """)
        #expect(x.mentions.filter { $0.entity.kind == .agency }.map(\.surface) == ["Pentagon"])
    }
}
