import Testing
@testable import Extraction

/// Constructions added in rules-13, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-13 constructions")
struct Rules13ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal

    static let cases: [RelationCase] = [
        RelationCase(label: "one giver, each amount followed by its own recipient",
                     text: "Titre\ndate 2025-03-03\nLe groupe Vexor a versé 20 000 francs au Parti socialiste et 15 000 francs au Parti radical.",
                     donations: [Gift(donor: "Vexor", amount: 20_000), Gift(donor: "Vexor", amount: 15_000)]),
        RelationCase(label: "an award told by a minister, the buyer unnamed",
                     text: "Titre\ndate 2025-03-03\nDefence Industry Minister Jane Holt announced eight new contracts on Monday. "
                        + "Minister Holt said the University of Leeds has been awarded a $4.5 million contract to develop a radar. "
                        + "Another contract, valued at $3.5 million, was awarded to Blixa, a small company that builds drones.",
                     contracts: [Deal(contractor: "University of Leeds", agency: nil, amount: 4.5e6),
                                 Deal(contractor: "Blixa", agency: nil, amount: 3.5e6)]),
        RelationCase(label: "list items opening on the holder and its amount in parentheses",
                     text: "Titre\ndate 2025-03-03\nThe government has awarded new contracts to six firms. "
                        + "Orvane Pty Ltd ($2.4 million) – To continue the development of data tools.\n\n"
                        + "Kestrel Optics Pty Ltd ($1.1 million) – To develop a light camera.",
                     contracts: [Deal(contractor: "Orvane Pty Ltd", agency: nil, amount: 2.4e6),
                                 Deal(contractor: "Kestrel Optics Pty Ltd", agency: nil, amount: 1.1e6)]),
        RelationCase(label: "a party's largest gift was an amount from a giver described by lower-case nouns",
                     text: "Titre\ndate 2025-03-03\nThe Green Party’s biggest gift from an individual was £120,000 from spread-betting financier Arthur Wheel.",
                     donations: [Gift(donor: "Arthur Wheel", amount: 120_000)]),
        RelationCase(label: "the possessive party receives; the giver's relative clause gives to another party; a peer keeps his title",
                     text: "Titre\ndate 2025-03-03\nLabour’s largest donation was £2.5 million from Lord Hamlin, the former chairman of a bank who gave £4 million to the Liberal Democrats in 2019.",
                     donations: [Gift(donor: "Lord Hamlin", amount: 2.5e6), Gift(donor: "Lord Hamlin", amount: 4e6)]),
        RelationCase(label: "'set by former President X' is no giver of the contributions",
                     text: "Titre\ndate 2025-03-03\nContributions from billionaires pushed the inaugural committee to $90 million, twice the record set by former President Barack Obama’s first inauguration."),
        RelationCase(label: "a place's adjective ('Australian universities') holds no contract",
                     text: "Titre\ndate 2025-03-03\nThe Defence Minister said the contracts were awarded to small businesses and to two leading Australian universities."),
        RelationCase(label: "every member of a group 'constitué par A, B et C' holds the market notified to it",
                     text: "Titre\ndate 2025-03-03\nLe 8 avril, la Direction de la Maintenance aéronautique [DMAé] a notifié à un groupement constitué par Sorvel Copter, EOS Vantage, Delvia et Thales un marché pour « la fourniture de drones ».",
                     contracts: [Deal(contractor: "Sorvel Copter", agency: "Direction de la Maintenance aéronautique", amount: nil),
                                 Deal(contractor: "EOS Vantage", agency: "Direction de la Maintenance aéronautique", amount: nil),
                                 Deal(contractor: "Delvia", agency: "Direction de la Maintenance aéronautique", amount: nil),
                                 Deal(contractor: "Thales", agency: "Direction de la Maintenance aéronautique", amount: nil)]),
        RelationCase(label: "a priced 'award to X' is a contract; an 'Institute for the Study of X' keeps its whole name",
                     text: "Titre\ndate 2025-03-03\nThe Environmental Protection Agency on Friday finalized a $7.5 million award to Norvale Solutions Group for records services. "
                        + "The Energy Department also issued a $548,000 contract Friday to the Institute for the Study of Learning for cloud services.",
                     contracts: [Deal(contractor: "Norvale Solutions Group", agency: "Environmental Protection Agency", amount: 7.5e6),
                                 Deal(contractor: "Institute for the Study of Learning", agency: "U.S. Department of Energy", amount: 548_000)]),
        RelationCase(label: "an award for bravery, unpriced, is no contract",
                     text: "Titre\ndate 2025-03-03\nThe Department of Defense gave an award to Norvale Solutions Group for its work."),
        RelationCase(label: "'un demi-million de francs de la part de X'",
                     text: "Titre\ndate 2025-03-03\nLe parti a reçu un demi-million de francs de la part du groupe Vexor.",
                     donations: [Gift(donor: "Vexor", amount: 5e5)]),
        RelationCase(label: "a sum set off by an apposition 'vient de' its giver; 'vient de verser' is the recent past",
                     text: "Titre\ndate 2025-03-03\nSelon Le Monde, 200 millions de dollars, soit près du tiers des dons récoltés par Biden, viennent du super PAC Future Forward. "
                        + "Paul Vexor vient de verser 2 millions de dollars au super PAC Future Forward.",
                     donations: [Gift(donor: "Future Forward", amount: 2e8), Gift(donor: "Paul Vexor", amount: 2e6)]),
        RelationCase(label: "without a government spoken of, an award between companies stays out",
                     text: "Titre\ndate 2025-03-03\nThe airline chose new seats last year. Vexor has been awarded a $4.5 million contract to fit them."),
    ]

    @Test("rules-13 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("a dateline dated before its credit still names no actor; an amount in the parentheses is no credit")
    func datelineWithDate() {
        let wire = Extractor().extract(text: "Titre\ndate 2025-03-03\nHALIFAX, March 3 (Reuters) - Vexor Holdings said on Monday it won a deal.")
        #expect(!wire.mentions.contains { $0.surface == "HALIFAX" })
        let item = Extractor().extract(text: "Titre\ndate 2025-03-03\nOrvane Pty Ltd ($2.4 million) – To continue the development of data tools.")
        #expect(item.mentions.map(\.surface) == ["Orvane Pty Ltd"])
    }

    @Test("the possessive party is the recipient")
    func possessiveRecipient() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nLabour’s largest donation was £2.5 million from Lord Hamlin, the former chairman of a bank who gave £4 million to the Liberal Democrats in 2019.")
        #expect(x.donations.map { "\($0.recipient?.name ?? "-") \($0.money?.amount ?? 0)" } == ["Labour Party 2500000.0", "Liberal Democrats 4000000.0"])
    }

    @Test("a fine told twice, with different years for its steps, is one case; a known company's legal name is that company")
    func oneCase() {
        let fine = Extractor().extract(text: "Titre\ndate 2025-03-03\nMis en demeure en 2022 et sanctionné d'une amende de 26 millions d'euros en 2023 par l'Arcep, Orange a perdu son recours. "
            + "En novembre 2023, l'Arcep sanctionnait Orange d'une amende de 26 millions d'euros pour manquement à ses engagements.")
        #expect(fine.disputes.count == 1)
        let named = Extractor().extract(text: "Titre\ndate 2025-03-03\nA tribunal upheld a fine of $220 million imposed on Meta Platforms and WhatsApp LLC by the Nigerian government. "
            + "Meta and WhatsApp appealed the fine imposed by the Federal Competition and Consumer Protection Commission.")
        #expect(named.disputes.count == 1)
        #expect(!named.mentions.contains { $0.entity.name == "WhatsApp LLC" })
    }

    @Test("'Pty Ltd' is a legal form of two words: the short name is the same company")
    func legalPair() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nThe Department of Defence said Corvane Systems Australia Pty Ltd has secured the network contract. "
            + "Corvane Systems Australia was awarded the $9 million support contract as well.")
        #expect(Set(x.contracts.map(\.contractor.name)) == ["Corvane Systems Australia Pty Ltd"])
    }
}
