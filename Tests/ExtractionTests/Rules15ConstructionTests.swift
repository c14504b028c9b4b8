import Testing
@testable import Extraction

/// Constructions added in rules-15, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-15 constructions")
struct Rules15ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal

    static let cases: [RelationCase] = [
        RelationCase(label: "'Sh48.35 billion': Kenyan shillings glued to the amount; the letters name nobody",
                     text: "Title\ndate 2025-03-03\nThe Kenya Rural Roads Authority awarded Corvane Limited a Sh48.35 billion tender for feeder roads.",
                     contracts: [Deal(contractor: "Corvane Limited", agency: "Kenya Rural Roads Authority", amount: 48.35e9)]),
        RelationCase(label: "the subject of an active 'gave a deal to X' gives; X holds, not the outlet that reported it",
                     text: "Title\ndate 2025-03-03\nVexor News reported Wednesday the Treasury Board gave a sole-sourced deal to Corvane Corp at a cost of $26 million.",
                     contracts: [Deal(contractor: "Corvane Corp", agency: "Treasury Board", amount: 26e6)]),
        RelationCase(label: "a group speaking out against a contract awarded by a government holds nothing; nor does the agent after 'by'",
                     text: "Title\ndate 2025-03-03\nThe group Vexor Watch is speaking out against the latest contract awarded by the Blixa government to an accounting firm."),
        RelationCase(label: "'given concerns over the deal' is no award",
                     text: "Title\ndate 2025-03-03\nThe Competition and Markets Authority blocked Vexor's acquisition of Corvane for £6 billion, given concerns over the deal."),
        RelationCase(label: "'X received N donations, including £A from B, £C from D': each giver, the subject receiving; a long description before the giver",
                     text: "Title\ndate 2025-03-03\nLabour received 91 donations, including £689,362 from the country's largest trade union Vexor Union, £429,928 from Corvane and £308,049 from the Blixa Workers Union.",
                     donations: [Gift(donor: "Vexor Union", amount: 689_362), Gift(donor: "Corvane", amount: 429_928), Gift(donor: "Blixa Workers Union", amount: 308_049)]),
        RelationCase(label: "'with X making the biggest donation at £A, followed by Y handing over £B': absolute clauses, each its giver",
                     text: "Title\ndate 2025-03-03\nThe Conservative Party received 160 donations, with Jane Roe making the biggest donation at £269,000, followed by John Doe handing over £260,000.",
                     donations: [Gift(donor: "Jane Roe", amount: 269_000), Gift(donor: "John Doe", amount: 260_000)]),
        RelationCase(label: "'with A and B Surname contributing the most at £N each': both spouses",
                     text: "Title\ndate 2025-03-03\nThe Liberal Democrats received 167 donations, with Graham and Susan Tobbell contributing the most at £125,000 each.",
                     donations: [Gift(donor: "Graham Tobbell", amount: 125_000), Gift(donor: "Susan Tobbell", amount: 125_000)]),
        RelationCase(label: "a fine on 'quatre fabricants', the next sentence listing them: one case, the body against each",
                     text: "Titre\ndate 2025-03-03\nL'Autorité belge de la concurrence a décidé d'infliger 36 millions d'euros d'amende à quatre fabricants de cigarettes. Vexor Belgium, les Établissements Corvane, Blixa SA et Tessar NV se sont accordés pour restreindre la concurrence.",
                     disputes: [RelationCase.Conflict(parties: ["Belgian Competition Authority", "Vexor Belgium", "Établissements Corvane", "Blixa SA", "Tessar NV"], kind: .antitrust)]),
        RelationCase(label: "a counted group that no list follows stays unnamed: no case",
                     text: "Titre\ndate 2025-03-03\nL'Autorité belge de la concurrence a infligé une amende à trois opérateurs. Les décisions peuvent faire l'objet d'un recours."),
        RelationCase(label: "'his United Australia party': capitalised words before a lower-case 'party' name the recipient",
                     text: "Title\ndate 2025-03-03\nThe disclosures show that Vexor Pty Ltd donated $5.9m to his United Australia party.",
                     donations: [Gift(donor: "Vexor Pty Ltd", amount: 5.9e6)]),
        RelationCase(label: "parties declaring totals are no parts of the gift told before",
                     text: "Title\ndate 2025-03-03\nVexor Pty Ltd donated $5.9m to the Greens party. As a group, the branches of the Liberal party together declared $57m in donations, while the Labor party declared $55m.",
                     donations: [Gift(donor: "Vexor Pty Ltd", amount: 5.9e6)]),
        RelationCase(label: "'A and B's CEO C are joining D in donating $N each': A, C and D give",
                     text: "Title\ndate 2025-03-03\nVexor and Corvane CEO Jane Roe are joining Blixa in donating $1 million each to the Republican National Committee.",
                     donations: [Gift(donor: "Vexor", amount: 1e6), Gift(donor: "Jane Roe", amount: 1e6), Gift(donor: "Blixa", amount: 1e6)]),
        RelationCase(label: "a court hears a case about a contract; it is no buyer, here or later; 'Following the award' names nobody",
                     text: "Title\ndate 2025-03-03\nThe High Court ruled that Vexor Construction Ltd should be compensated. Following the award, the firm was invited to sign a contract worth Sh799 million."),
        RelationCase(label: "'remporté par X': the agent of a winning verb holds the contract",
                     text: "Titre\ndate 2025-03-03\nLe gouvernement provincial a octroyé des contrats. À lui seul, le contrat de 10,5 millions de dollars remporté par Vexor représente 15 % du total.",
                     contracts: [Deal(contractor: "Vexor", agency: "gouvernement provincial", amount: 10.5e6)]),
        RelationCase(label: "'le gouvernement Charest dépense en contrats': the leader's name is the government, no holder",
                     text: "Chaque année, le gouvernement Vexin dépense une fortune en contrats d'informatique, et une bonne part du pactole est octroyée à un trio d'entreprises.\ndate 2025-03-03\nLa Ville de Montréal a signé."),
        RelationCase(label: "'restraining the county from paying X the balance under a contract': the payee holds it, not the court's division",
                     text: "Title\ndate 2025-03-03\nThe Kiambu County Assembly signed in April. Justice Jane Roe of the Anti-Corruption and Economic Crimes Division issued interim orders restraining the county from paying Vexor Limited the remaining balance under a Sh230 million contract.",
                     contracts: [Deal(contractor: "Vexor Limited", agency: "Kiambu County Assembly", amount: 230e6)]),
    ]

    @Test("rules-15 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("shillings and rupees written before the amount, glued or not")
    func gluedCurrencies() {
        func amounts(_ text: String) -> [String] {
            MoneyParser.find(in: Tokenizer.tokenize(text, language: "en"), language: "en").map { "\($0.money.amount) \($0.money.currency)" }
        }
        #expect(amounts("contracts worth Sh50.7 billion") == ["50700000000.0 KES"])
        #expect(amounts("a KSh200,000 fine and Sh 3 million more") == ["200000.0 KES", "3000000.0 KES"])
        #expect(amounts("USh3 billion, TSh40 million and Rs 150 crore") == ["3000000000.0 UGX", "40000000.0 TZS", "1500000000.0 INR"])
        // Letters that merely end a word glued to digits stay one word: no amount.
        #expect(amounts("the Fresh50 range") == [])
    }

    @Test("body names: a body noun before another is no end; an acronym after a body noun; members are no body")
    func bodyNames() {
        let x = Extractor().extract(text: "Title\ndate 2025-03-03\nThe Teachers Service Commission renewed the cover. Data from the Energy Regulatory Authority (ERA) shows it. Members of Parliament asked questions.")
        let names = Set(x.mentions.map(\.entity))
        #expect(names.contains(EntityRef(.agency, "Teachers Service Commission")))
        #expect(names.contains(EntityRef(.agency, "Energy Regulatory Authority")))
        #expect(!names.contains { $0.name == "Teachers Service" || $0.name == "Members of Parliament" || $0.kind == .company })
    }

    @Test("a lower-case 'party' after capitalised words names a party, not 'The'")
    func lowercaseParty() {
        let x = Extractor().extract(text: "Title\ndate 2025-03-03\nThe Labor party met. Vexor Pty Ltd gave to his United Australia party.")
        let funds = Set(x.mentions.map(\.entity).filter { $0.kind == .fund }.map(\.name))
        #expect(funds == ["Labor party", "United Australia party"])
    }

    @Test("a company word joined by a hyphen types the name: 'SNEDAI-Groupe'")
    func hyphenedCompany() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nDéjà présent dans le pays, VEXORA-Groupe a signé hier.")
        #expect(x.mentions.contains { $0.entity == EntityRef(.company, "VEXORA-Groupe") })
    }

    @Test("'X Action Fund' is a political fund; the subject through 'a déclaré avoir reçu' receives")
    func actionFund() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nUn autre comité conservateur, le Vexor Action Fund, a également déclaré avoir reçu 2,3 millions de dollars de la part de Jane Roe.")
        #expect(x.mentions.contains { $0.entity == EntityRef(.fund, "Vexor Action Fund") })
        #expect(x.donations.map { "\($0.donor.name) -> \($0.recipient?.name ?? "-") \($0.money?.amount ?? 0)" } == ["Jane Roe -> Vexor Action Fund 2300000.0"])
    }

    @Test("a body's organ named with the body's acronym acts as the body: 'le Conseil de Régulation de l'ARTVX'")
    func organOfBody() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nL'Autorité de régulation des télécoms de Vexland (ARTVX) surveille le marché. Par la décision du Conseil de Régulation de l'ARTVX, Corvane SA et Blixa SA ont été sanctionnés pour manquement.")
        let parties = x.disputes.map { Set($0.parties.map(\.entity.name)) }
        #expect(parties == [["Autorité de régulation des télécoms de Vexland", "Corvane SA", "Blixa SA"]])
    }

    @Test("a known company's regional arm keeps its legal word and region")
    func regionalArm() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nPuis Philip Morris Benelux BVBA a répondu, comme Philip Morris Company Netherlands.")
        let names = Set(x.mentions.map(\.entity.name))
        #expect(names.contains("Philip Morris Benelux BVBA"))
        #expect(names.contains("Philip Morris Company Netherlands"))
    }
}
