import Testing
@testable import Extraction

/// A mini article (header and one or two sentences) and the facts it must yield, compared on their core.
struct RelationCase: Sendable, CustomTestStringConvertible {
    struct Gift: Hashable, Sendable { var donor: String; var amount: Double?; var inKind = false }
    struct Deal: Hashable, Sendable { var contractor: String; var agency: String?; var amount: Double?; var date: String? = nil }
    struct Conflict: Hashable, Sendable { var parties: Set<String>; var kind: DisputeKind }

    let label: String
    let text: String
    var donations: Set<Gift> = []
    var contracts: Set<Deal> = []
    var disputes: Set<Conflict> = []
    var testDescription: String { label }
}

@Suite("Relation rules")
struct RelationTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict
    static let fund25 = "Donald Trump 2025 inaugural committee fund"

    static func check(_ c: RelationCase) {
        let x = Extractor().extract(text: c.text)
        let gifts = Set(x.donations.map { Gift(donor: $0.donor.name, amount: $0.money?.amount, inKind: $0.inKind) })
        let deals = Set(x.contracts.map { Deal(contractor: $0.contractor.name, agency: $0.agency?.name, amount: $0.money?.amount,
                                               date: c.contracts.contains { $0.date != nil } ? $0.date : nil) })
        let conflicts = Set(x.disputes.map { Conflict(parties: Set($0.parties.map(\.entity.name)), kind: $0.kind) })
        #expect(gifts == c.donations)
        #expect(deals == c.contracts)
        #expect(conflicts == c.disputes)
    }

    static let donations: [RelationCase] = [
        RelationCase(label: "coordinated French donors, chacune",
                     text: "date 2025-01-10\nCoinbase et Kraken ont chacune versé 1 million de dollars au comité d'investiture de Donald Trump.",
                     donations: [Gift(donor: "Coinbase", amount: 1e6), Gift(donor: "Kraken", amount: 1e6)]),
        RelationCase(label: "coordinated English donors, each",
                     text: "date 2025-01-10\nFord and General Motors each donated $1 million to Donald Trump's inaugural committee.",
                     donations: [Gift(donor: "Ford", amount: 1e6), Gift(donor: "General Motors", amount: 1e6)]),
        RelationCase(label: "in-kind gift",
                     text: "date 2025-01-10\nUber a fait un don en nature au comité d'investiture de Donald Trump, sous forme de trajets gratuits.",
                     donations: [Gift(donor: "Uber", amount: nil, inKind: true)]),
        RelationCase(label: "personal gift of an executive goes to the person",
                     text: "date 2025-01-10\nLe patron d'OpenAI, Sam Altman, a fait un don personnel de 1 million de dollars au comité d'investiture de Donald Trump.",
                     donations: [Gift(donor: "Sam Altman", amount: 1e6)]),
        RelationCase(label: "company gift in English",
                     text: "date 2025-01-10\nToyota donated $1 million to Donald Trump's inaugural committee, the company said on Tuesday.",
                     donations: [Gift(donor: "Toyota", amount: 1e6)]),
        RelationCase(label: "historical year",
                     text: "date 2025-01-10\nEn 2017, Amazon avait déjà donné 58 000 dollars au comité d'investiture de Donald Trump.",
                     donations: [Gift(donor: "Amazon", amount: 58_000)]),
        RelationCase(label: "campaign spending",
                     text: "date 2024-11-20\nElon Musk a dépensé plus de 250 millions de dollars pour aider la campagne de Donald Trump.",
                     donations: [Gift(donor: "Elon Musk", amount: 250e6)]),
        RelationCase(label: "a description points back to the company named before it",
                     text: "date 2025-01-10\nPour Microsoft, ce n'est pas une première. Le groupe de Redmond avait déjà donné 300 000 dollars au comité d'investiture de Donald Trump en 2017.",
                     donations: [Gift(donor: "Microsoft", amount: 300_000)]),
        RelationCase(label: "a relative clause does not hold the subject; a PAC gives too",
                     text: "date 2025-01-10\nElon Musk gave $100 million to America PAC. The group, which Musk created last spring, spent $70 million to help Donald Trump's presidential campaign.",
                     donations: [Gift(donor: "Elon Musk", amount: 100e6), Gift(donor: "America PAC", amount: 70e6)]),
        RelationCase(label: "cash and an in-kind gift in one sentence are two gifts",
                     text: "date 2025-01-10\nToyota a versé 500 000 dollars au comité d'investiture de Donald Trump et prêtera des voitures pour la parade, un don en nature non chiffré.",
                     donations: [Gift(donor: "Toyota", amount: 500_000), Gift(donor: "Toyota", amount: nil, inKind: true)]),
        RelationCase(label: "a considered gift is no fact",
                     text: "date 2025-01-10\nPlusieurs banques, dont Goldman Sachs, envisageraient un don au comité d'investiture de Donald Trump.",
                     donations: []),
        RelationCase(label: "could give is no fact",
                     text: "date 2025-01-10\nWalmart could give to Donald Trump's inaugural committee as well, two people said.",
                     donations: []),
        RelationCase(label: "a personal check to the committee named earlier",
                     text: "date 2025-01-10\nLe comité d'investiture de Donald Trump a levé 150 millions de dollars. Le PDG d'Apple, Tim Cook, a fait à titre privé un chèque de 1 million de dollars au comité.",
                     donations: [Gift(donor: "Tim Cook", amount: 1e6)]),
        RelationCase(label: "a gift already told is not told again",
                     text: "date 2025-01-10\nAmazon a donné 1 million de dollars au comité d'investiture de Donald Trump. Jeff Bezos et l'entreprise ont annoncé cette contribution mardi.",
                     donations: [Gift(donor: "Amazon", amount: 1e6)]),
        RelationCase(label: "a pronoun after a colon stands for the subject before it",
                     text: "date 2025-09-17\nLa fondatrice Maya Lindqvist a versé 4 millions de dollars à Brightline PAC. Elle ne compte pas en rester là : elle a promis 2 millions de dollars de plus d'ici décembre.",
                     donations: [Gift(donor: "Maya Lindqvist", amount: 4e6), Gift(donor: "Maya Lindqvist", amount: 2e6)]),
        RelationCase(label: "an appositive title does not hold the subject; crypto is in kind",
                     text: "date 2025-09-17\nL'investisseur Omar Haddad, cofondateur de la plateforme Strivo, a offert au comité d'investiture de Donald Trump des bitcoins d'une valeur de 3 millions de dollars.",
                     donations: [Gift(donor: "Omar Haddad", amount: 3e6, inKind: true)]),
        RelationCase(label: "the super PAC spends for a Senate campaign",
                     text: "date 2025-09-17\nElon Musk a versé 5 millions de dollars à America PAC. Le super PAC a ensuite dépensé 2 millions de dollars pour soutenir la campagne de Ruben Gallego, candidat au Sénat.",
                     donations: [Gift(donor: "Elon Musk", amount: 5e6), Gift(donor: "America PAC", amount: 2e6)]),
        RelationCase(label: "a report denied later in the sentence is no gift",
                     text: "date 2025-09-17\nUn blog attribuait à Ira Feldmann un chèque de 9 millions de dollars à America PAC ; l'intéressé nie avoir versé une telle somme.",
                     donations: []),
        RelationCase(label: "a denied amount feeds no gift; the gift still told has no amount",
                     text: "date 2025-01-08\nPress reports said Corvane Medical had wired $5 million to Donald Trump's inaugural committee. “We did not give five million dollars,” a Corvane spokesman said, adding that the firm had nonetheless made a contribution to the committee.",
                     donations: [Gift(donor: "Corvane Medical", amount: nil)]),
        RelationCase(label: "the company's chief executive is the person named with it before, not the company",
                     text: "date 2025-10-02\nElon Musk, patron de Tesla, soutient Donald Trump. In September, the Tesla and SpaceX chief executive wrote a $15 million check to America PAC.",
                     donations: [Gift(donor: "Elon Musk", amount: 15e6)]),
        RelationCase(label: "a regional arm named with its region gives on its own",
                     text: "date 2024-12-20\nToyota Motor North America said it had made a $1 million contribution to Donald Trump's inaugural committee.",
                     donations: [Gift(donor: "Toyota Motor North America", amount: 1e6)]),
        RelationCase(label: "a politician declares a gift received from a donor",
                     text: "date 2025-09-04\nThe Conservative leader Kemi Badenoch has separately declared a £20,000 donation to fund her private office from Sir Paul Marshall, the hedge fund manager and the owner of the channel.",
                     donations: [Gift(donor: "Paul Marshall", amount: 20_000)]),
        RelationCase(label: "a party's total in donations and a threshold for gifts are no gift",
                     text: "date 2025-09-04\nThe Labour Party declared £3.4m in donations between April and June. Senator Richard Blumenthal wants disclosure of gifts above $10,000 to the Donald J. Trump Presidential Library.",
                     donations: []),
        RelationCase(label: "a reported pledge, and a contribution from a company",
                     text: "date 2025-01-10\nUber chief executive Dara Khosrowshahi said he would personally donate $1 million to Donald Trump's inaugural committee, on top of a $1 million contribution from Uber itself.",
                     donations: [Gift(donor: "Dara Khosrowshahi", amount: 1e6), Gift(donor: "Uber", amount: 1e6)]),
    ]

    @Test("donations", arguments: donations)
    func donation(_ c: RelationCase) { Self.check(c) }

    @Test("one amount to each of several recipients; a transfer between political groups")
    func transfersToSeveralRecipients() {
        let x = Extractor().extract(text: "date 2024-10-01\nThe super PAC Fairshake moved money to allied groups, transferring $5 million each to Ohio Forward Action, which backs Republicans, and Stand Up Arizona, which supports Democrats.")
        let pairs = Set(x.donations.map { "\($0.donor.name) -> \($0.recipient?.name ?? "-") \($0.money?.amount ?? -1)" })
        #expect(pairs == ["Fairshake -> Ohio Forward Action 5000000.0", "Fairshake -> Stand Up Arizona 5000000.0"])
        #expect(x.mentions.contains { $0.entity == EntityRef(.fund, "Stand Up Arizona") })
    }

    @Test("an amount alone in the sentence before feeds the gifts named next")
    func amountInThePreviousSentence() {
        let x = Extractor().extract(text: "date 2024-11-14\nAnother $15 million apiece is on the way. Coinbase and Kraken announced the new pledges to Fairshake on Monday.")
        let gifts = Set(x.donations.map { "\($0.donor.name) -> \($0.recipient?.name ?? "-") \($0.money?.amount ?? -1)" })
        #expect(gifts == ["Coinbase -> Fairshake 15000000.0", "Kraken -> Fairshake 15000000.0"])
        #expect(x.donations.allSatisfy { $0.evidence.text.hasPrefix("Coinbase and Kraken") })
    }

    @Test("a report the donor denies in the next sentence is no gift")
    func deniedReport() {
        let x = Extractor().extract(text: "date 2024-10-30\nSelon le Financial Times, Elon Musk comptait verser 30 millions de dollars par mois à America PAC. Musk a démenti sur X.")
        #expect(x.donations.isEmpty)
    }

    @Test("roles: a title after the name, or before it with its organisation, each with its rule")
    func roles() throws {
        let x = Extractor().extract(text: "date 2025-01-10\nSam Altman, PDG d'OpenAI, a rencontré le PDG de Nvidia, Jensen Huang, à Paris.")
        let altman = try #require(x.roles.first { $0.person.name == "Sam Altman" })
        #expect(altman.title == "PDG" && altman.organisation == EntityRef(.company, "OpenAI") && altman.rule == "role.apposition")
        let huang = try #require(x.roles.first { $0.person.name == "Jensen Huang" })
        #expect(huang.organisation == EntityRef(.company, "Nvidia") && huang.rule == "role.title-first" && huang.confidence == 0.8)
    }

    @Test("donation recipients and dates")
    func donationDetails() throws {
        let x = Extractor().extract(text: "date 2025-01-10\nEn 2017, Amazon avait déjà donné 58 000 dollars au comité d'investiture de Donald Trump.")
        let gift = try #require(x.donations.first)
        #expect(gift.date == "2017")
        #expect(gift.recipient == EntityRef(.fund, "Donald Trump 2017 inaugural committee fund"))
        let y = Extractor().extract(text: "date 2025-01-10\nToyota donated $1 million to Donald Trump's inaugural committee, the company said on Tuesday.")
        #expect(y.donations.first?.recipient == EntityRef(.fund, Self.fund25))
        #expect(y.donations.first?.money?.currency == "USD")
        let library = Extractor().extract(text: "date 2025-11-20\nThe Donald J. Trump Presidential Library Foundation was set up in May. Larry Ellison wrote a $20 million check to the library foundation in October.")
        #expect(library.donations.first?.recipient?.name.hasPrefix("Donald J. Trump Presidential Library") == true)
        let z = Extractor().extract(text: "date 2025-09-17\nLe super PAC Brightline PAC a dépensé 2 millions de dollars pour soutenir la campagne de Ruben Gallego, candidat au Sénat.")
        #expect(z.donations.first?.recipient == EntityRef(.fund, "Ruben Gallego 2026 Senate campaign"))
    }

    static let contracts: [RelationCase] = [
        RelationCase(label: "award with agency and amount",
                     text: "date 2025-02-20\nThe Department of Defense awarded Palantir a $480 million contract to build a targeting system.",
                     contracts: [Deal(contractor: "Palantir", agency: "U.S. Department of Defense", amount: 480e6)]),
        RelationCase(label: "French public procurement award",
                     text: "date 2025-02-20\nLe ministère de l'Intérieur a attribué à Sopra Steria un marché public de 58 millions d'euros.",
                     contracts: [Deal(contractor: "Sopra Steria", agency: "ministère de l'Intérieur", amount: 58e6)]),
        RelationCase(label: "shared ceiling recorded for each awardee",
                     text: "date 2025-02-20\nThe cloud contract was awarded by the Department of Defense to Amazon Web Services, Google and Microsoft, with a shared ceiling of $9bn.",
                     contracts: [Deal(contractor: "Amazon Web Services", agency: "U.S. Department of Defense", amount: 9e9),
                                 Deal(contractor: "Google", agency: "U.S. Department of Defense", amount: 9e9),
                                 Deal(contractor: "Microsoft", agency: "U.S. Department of Defense", amount: 9e9)]),
        RelationCase(label: "renewals in two years",
                     text: "date 2025-02-20\nLe contrat de Palantir avec le ministère de la Défense a été renouvelé en 2019 puis en 2022.",
                     contracts: [Deal(contractor: "Palantir", agency: "U.S. Department of Defense", amount: nil, date: "2019"),
                                 Deal(contractor: "Palantir", agency: "U.S. Department of Defense", amount: nil, date: "2022")]),
        RelationCase(label: "awardees after a ceiling with 'up to'",
                     text: "date 2025-08-21\nThe Federal Aviation Administration has awarded contracts worth up to $1.2bn combined to Kestrel Systems, Brantley Avionics and Ovada to replace radios.",
                     contracts: [Deal(contractor: "Kestrel Systems", agency: "Federal Aviation Administration", amount: 1.2e9),
                                 Deal(contractor: "Brantley Avionics", agency: "Federal Aviation Administration", amount: 1.2e9),
                                 Deal(contractor: "Ovada", agency: "Federal Aviation Administration", amount: 1.2e9)]),
        RelationCase(label: "a contract the company won, renewed twice; the amount goes to the date beside it",
                     text: "date 2025-08-21\nOvada is well known to the Federal Aviation Administration. A maintenance contract it first won from the agency in 2016 was renewed in 2019 and again in 2022, the last time for $30m.",
                     contracts: [Deal(contractor: "Ovada", agency: "Federal Aviation Administration", amount: nil, date: "2016"),
                                 Deal(contractor: "Ovada", agency: "Federal Aviation Administration", amount: nil, date: "2019"),
                                 Deal(contractor: "Ovada", agency: "Federal Aviation Administration", amount: 30e6, date: "2022")]),
        RelationCase(label: "work subcontracted to another company is not a government contract",
                     text: "date 2025-08-21\nKestrel Systems, a long-time supplier to the U.S. Navy, has subcontracted the antenna work to Harlow Dynamics in a deal valued at $20m.",
                     contracts: []),
        RelationCase(label: "a French framework agreement notified to a start-up named with an adjective",
                     text: "date 2025-04-09\nLe ministère des Armées a notifié à la start-up toulousaine Cygnelle un accord-cadre de 8 millions d'euros.",
                     contracts: [Deal(contractor: "Cygnelle", agency: "ministère des Armées", amount: 8e6)]),
        RelationCase(label: "a second contract with its own amount and year in the same sentence",
                     text: "date 2025-03-18\nSa filiale Eviden s'est vu attribuer par la DGA une commande de 40 millions d'euros, après un contrat de 120 millions d'euros signé en 2019.",
                     contracts: [Deal(contractor: "Eviden", agency: "Direction générale de l'armement", amount: 40e6, date: "2025-03-18"),
                                 Deal(contractor: "Eviden", agency: "Direction générale de l'armement", amount: 120e6, date: "2019")]),
        RelationCase(label: "companies sharing the ceiling priced in the sentence before",
                     text: "date 2025-03-18\nLa DGA a notifié un accord-cadre de 2,1 Md€ pour des drones. Thales et MBDA se partagent ce plafond sur cinq ans.",
                     contracts: [Deal(contractor: "Thales", agency: "Direction générale de l'armement", amount: 2.1e9),
                                 Deal(contractor: "MBDA", agency: "Direction générale de l'armement", amount: 2.1e9)]),
        RelationCase(label: "the agency renews a company's contract; the product is not the holder",
                     text: "date 2025-07-22\nSeparately, the U.S. Space Force renewed SpaceX's Starshield services contract for two more years for an undisclosed amount.",
                     contracts: [Deal(contractor: "SpaceX", agency: "U.S. Space Force", amount: nil)]),
        RelationCase(label: "a lawsuit over a deal between companies is no contract",
                     text: "date 2025-09-23\nThe Justice Department sued Google and Samsung on Tuesday over a deal that makes Gemini the default assistant.",
                     contracts: [],
                     disputes: [Conflict(parties: ["U.S. Department of Justice", "Google", "Samsung Electronics"], kind: .lawsuit)]),
        RelationCase(label: "a contract word inside a quotation is what someone said",
                     text: "date 2025-07-22\n“A $1.5 billion ceiling is a hunting license, not a paycheck,” said a former Pentagon official.",
                     contracts: []),
        RelationCase(label: "the company owning the contract, priced after 'worth about'",
                     text: "date 2025-02-27\nThe Home Office has extended Serco's contract to run two centres for a further two years, in a deal worth about £200m.",
                     contracts: [Deal(contractor: "Serco", agency: "Home Office", amount: 200e6)]),
        RelationCase(label: "several companies selected for one contract",
                     text: "date 2025-07-22\nThe Defense Information Systems Agency selected Leidos, Booz Allen Hamilton and Peraton for a multiple-award contract with a shared ceiling of $1.2 billion.",
                     contracts: [Deal(contractor: "Leidos", agency: "Defense Information Systems Agency", amount: 1.2e9),
                                 Deal(contractor: "Booz Allen Hamilton", agency: "Defense Information Systems Agency", amount: 1.2e9),
                                 Deal(contractor: "Peraton", agency: "Defense Information Systems Agency", amount: 1.2e9)]),
        RelationCase(label: "an amount said alone just before, and a contract split among several companies",
                     text: "date 2025-10-16\nThe Department of Homeland Security is busy. $2.4 billion. That is the shared ceiling of a contract that the Department of Homeland Security split this month among Booz Allen Hamilton, Leidos and SAIC, each of which will now compete for orders.",
                     contracts: [Deal(contractor: "Booz Allen Hamilton", agency: "U.S. Department of Homeland Security", amount: 2.4e9),
                                 Deal(contractor: "Leidos", agency: "U.S. Department of Homeland Security", amount: 2.4e9),
                                 Deal(contractor: "SAIC", agency: "U.S. Department of Homeland Security", amount: 2.4e9)]),
        RelationCase(label: "the maker named by its trade, a product after a count; a second sum named by the award verb",
                     text: "date 2025-06-12\nDassault Aviation a présenté ses comptes. La DGA a notifié à l'avionneur une commande de 30 Rafale supplémentaires, d'un montant de 5 milliards d'euros. La DGA a attribué 1,2 milliard d'euros à MBDA pour des missiles, auxquels s'ajoute une commande de 180 millions d'euros.",
                     contracts: [Deal(contractor: "Dassault Aviation", agency: "Direction générale de l'armement", amount: 5e9),
                                 Deal(contractor: "MBDA", agency: "Direction générale de l'armement", amount: 1.2e9),
                                 Deal(contractor: "MBDA", agency: "Direction générale de l'armement", amount: 180e6)]),
    ]

    @Test("contracts", arguments: contracts)
    func contract(_ c: RelationCase) { Self.check(c) }

    @Test("contract won from an army")
    func contractFromArmy() {
        Self.check(RelationCase(label: "won from the army",
                                text: "date 2025-02-20\nLeidos a remporté un contrat de 1,2 milliard de dollars auprès de l'armée américaine pour moderniser son réseau.",
                                contracts: [Deal(contractor: "Leidos", agency: "U.S. Army", amount: 1.2e9)]))
    }

    static let disputes: [RelationCase] = [
        RelationCase(label: "a contested award: the bidder against the body that awarded it the sentence before",
                     text: "date 2025-04-09\nLe ministère de l'Intérieur a retenu Thales. L'éditeur Sopra Steria, écarté de l'appel d'offres, a saisi le tribunal administratif de Paris le 4 avril pour contester l'attribution du marché.",
                     contracts: [],
                     disputes: [Conflict(parties: ["Sopra Steria", "ministère de l'Intérieur"], kind: .lawsuit)]),
        RelationCase(label: "a protest with the GAO is against the agency, the GAO is only the forum",
                     text: "date 2025-07-22\nOracle, which also bid, filed a protest with the Government Accountability Office on July 18, arguing that the Defense Information Systems Agency had misjudged its offer.",
                     disputes: [Conflict(parties: ["Oracle", "Defense Information Systems Agency"], kind: .lawsuit)]),
        RelationCase(label: "the sentence after a fine adds the complainant, and a competition case is antitrust",
                     text: "date 2025-11-05\nLa Commission européenne a infligé mardi une amende de 90 millions d'euros à Travelio. L'enquête avait été ouverte en 2022 à la suite d'une plainte de l'Union des hôteliers indépendants (UHI).",
                     disputes: [Conflict(parties: ["European Commission", "Travelio", "Union des hôteliers indépendants"], kind: .antitrust)]),
        RelationCase(label: "a consumer-protection fine is regulatory",
                     text: "date 2025-11-05\nEn 2021, la Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF) a infligé une amende de 1,8 million d'euros à Travelio pour des prix trompeurs.",
                     disputes: [Conflict(parties: ["Direction générale de la concurrence, de la consommation et de la répression des fraudes", "Travelio"], kind: .regulatory)]),
        RelationCase(label: "French lawsuit with two defendants",
                     text: "date 2025-02-20\nLe New York Times a porté plainte contre OpenAI et Microsoft pour violation du droit d'auteur.",
                     disputes: [Conflict(parties: ["The New York Times", "OpenAI", "Microsoft"], kind: .lawsuit)]),
        RelationCase(label: "a regulator suing a company is a regulatory action",
                     text: "date 2025-02-20\nThe Federal Trade Commission sued Amazon over its Prime subscription practices.",
                     disputes: [Conflict(parties: ["Federal Trade Commission", "Amazon"], kind: .regulatory)]),
        RelationCase(label: "the Justice Department suing over a monopoly is antitrust",
                     text: "date 2025-02-20\nThe Justice Department sued Google on Tuesday, accusing it of monopolizing online search.",
                     disputes: [Conflict(parties: ["U.S. Department of Justice", "Google"], kind: .antitrust)]),
        RelationCase(label: "a pronoun is a party facing a name after the trigger",
                     text: "date 2025-09-24\nGoogle has been clearing old cases. In May, it agreed to pay $1.4 billion to settle a privacy lawsuit brought by Texas Attorney General Ken Paxton.",
                     disputes: [Conflict(parties: ["Google", "Ken Paxton"], kind: .lawsuit)]),
        RelationCase(label: "an insult naming its target, and the reply, are one feud",
                     text: "date 2025-05-14\nLundi, le milliardaire Xavier Niel a qualifié Patrick Drahi de « vendeur à la découpe ». Le fondateur d'Altice a répliqué le lendemain, accusant M. Niel de « jalousie ».",
                     disputes: [Conflict(parties: ["Xavier Niel", "Patrick Drahi", "Altice"], kind: .publicFeud)]),
        RelationCase(label: "antitrust complaint",
                     text: "date 2025-02-20\nxAI a porté plainte contre Apple et OpenAI, qu'elle accuse d'entente.",
                     disputes: [Conflict(parties: ["xAI", "Apple", "OpenAI"], kind: .antitrust)]),
        RelationCase(label: "public feud by criticism",
                     text: "date 2025-02-20\nElon Musk a violemment critiqué Sam Altman sur les réseaux sociaux.",
                     disputes: [Conflict(parties: ["Elon Musk", "Sam Altman"], kind: .publicFeud)]),
        RelationCase(label: "English fine by a regulator",
                     text: "date 2025-02-20\nThe European Commission fined Apple €500 million for breaking competition rules.",
                     disputes: [Conflict(parties: ["European Commission", "Apple"], kind: .antitrust)]),
    ]

    @Test("disputes", arguments: disputes)
    func dispute(_ c: RelationCase) { Self.check(c) }

    @Test("French fine imposed on a company")
    func frenchFine() {
        Self.check(RelationCase(label: "amende",
                                text: "date 2025-02-20\nLa Commission européenne a infligé une amende de 500 millions d'euros à Apple.",
                                disputes: [Conflict(parties: ["European Commission", "Apple"], kind: .regulatory)]))
    }

    @Test("public war between two people: a reciprocal war needs no target after it")
    func feudWar() {
        Self.check(RelationCase(label: "guerre",
                                text: "date 2025-02-20\nElon Musk et Sam Altman se livrent une guerre publique sur les réseaux sociaux depuis des mois.",
                                disputes: [Conflict(parties: ["Elon Musk", "Sam Altman"], kind: .publicFeud)]))
    }

    static let negatives: [RelationCase] = [
        RelationCase(label: "no gift at all", text: "date 2025-01-10\nJeff Bezos n'a fait aucun don au comité d'investiture de Donald Trump."),
        RelationCase(label: "declined to donate", text: "date 2025-01-10\nNvidia declined to donate to Donald Trump's inaugural committee, a spokesperson said."),
        RelationCase(label: "conditional gift", text: "date 2025-01-10\nSelon la presse, Meta envisagerait un don au comité d'investiture de Donald Trump."),
        RelationCase(label: "lost bid", text: "date 2025-02-20\nThales a perdu le contrat du ministère de la Défense au profit d'Airbus."),
        RelationCase(label: "contract between two companies", text: "date 2025-02-20\nZentrix a signé un contrat de 20 millions d'euros avec Orange pour équiper ses boutiques."),
        RelationCase(label: "earnings", text: "date 2025-02-20\nNvidia a publié un chiffre d'affaires de 39,3 milliards de dollars au dernier trimestre, en hausse de 78 %."),
        RelationCase(label: "funding round", text: "date 2025-02-20\nLa start-up Alvea a levé 30 millions d'euros auprès du fonds Partech et de Bpifrance."),
        RelationCase(label: "acquisition", text: "date 2025-02-20\nHarbourline has agreed to acquire Corvane for $2.4 billion in cash, the companies said."),
        RelationCase(label: "investment", text: "date 2025-02-20\nMicrosoft a investi 10 milliards de dollars dans OpenAI en 2023."),
        RelationCase(label: "a question asserts nothing", text: "date 2025-01-10\nCoinbase a-t-elle versé 1 million de dollars au comité d'investiture de Donald Trump ?"),
    ]

    @Test("sentences that state no fact", arguments: negatives)
    func negative(_ c: RelationCase) { Self.check(c) }
}
