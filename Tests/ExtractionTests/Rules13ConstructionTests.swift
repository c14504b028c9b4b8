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

    @Test("'Pty Ltd' is a legal form of two words: the short name is the same company")
    func legalPair() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nThe Department of Defence said Corvane Systems Australia Pty Ltd has secured the network contract. "
            + "Corvane Systems Australia was awarded the $9 million support contract as well.")
        #expect(Set(x.contracts.map(\.contractor.name)) == ["Corvane Systems Australia Pty Ltd"])
    }
}
