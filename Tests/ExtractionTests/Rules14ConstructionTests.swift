import Testing
@testable import Extraction

/// Constructions added in rules-14, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-14 constructions")
struct Rules14ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal

    static let cases: [RelationCase] = [
        RelationCase(label: "a procurement lot won is a contract; 'empocher' awards",
                     text: "Titre\ndate 2025-03-03\nLe ministère de l'Intérieur a attribué ses lots informatiques. Corvane empoche le lot lié à la messagerie, pour 3 millions d'euros.",
                     contracts: [Deal(contractor: "Corvane", agency: "ministère de l'Intérieur", amount: 3e6)]),
        RelationCase(label: "one holder, amounts paired by 'respectivement': a contract each, the first amount sharing the second's scale",
                     text: "Titre\ndate 2025-03-03\nLe ministère de l'Intérieur a attribué ses lots informatiques. Corvane remporte aussi les lots du stockage et du réseau, ce qui représente respectivement 2 et 4,5 millions d'euros sur 5 ans.",
                     contracts: [Deal(contractor: "Corvane", agency: "ministère de l'Intérieur", amount: 2e6),
                                 Deal(contractor: "Corvane", agency: "ministère de l'Intérieur", amount: 4.5e6)]),
        RelationCase(label: "the speaker of 'said Thursday it donated' gives, not the names in its apposition",
                     text: "Titre\ndate 2025-03-03\nVexor, the parent company of Blixa and Corvane, said Thursdsay it donated $1 million to the Republican National Committee.",
                     donations: [Gift(donor: "Vexor", amount: 1e6)]),
        RelationCase(label: "a sanction's amount is no gift",
                     text: "Titre\ndate 2025-03-03\nFailure to deliver an accurate quarterly donations report to the Labour Party £200 fixed monetary penalty."),
        RelationCase(label: "a person holds no contract; the awardee after 'to' does",
                     text: "Titre\ndate 2025-03-03\nA judge refused to dismiss claims that the Jane Roe administration interfered in the Pentagon’s award of its $10 billion cloud contract to Corvane Corp.",
                     contracts: [Deal(contractor: "Corvane Corp", agency: "U.S. Department of Defense", amount: 1e10)]),
        RelationCase(label: "a win aimed at ('front-runner to win') is no award",
                     text: "Titre\ndate 2025-03-03\nThe Pentagon opened the tender in May. Corvane had been seen as the front-runner to win the contract."),
        RelationCase(label: "'ainsi qu'au chinois X' coordinates one more awardee",
                     text: "Titre\ndate 2025-03-03\nLa Confédération avait attribué le contrat, à hauteur de 110 millions de francs, aux entreprises américaines Vexor, Blixa et Corvane ainsi qu’au chinois Tessaract.",
                     contracts: [Deal(contractor: "Vexor", agency: "Confédération suisse", amount: 1.1e8), Deal(contractor: "Blixa", agency: "Confédération suisse", amount: 1.1e8),
                                 Deal(contractor: "Corvane", agency: "Confédération suisse", amount: 1.1e8), Deal(contractor: "Tessaract", agency: "Confédération suisse", amount: 1.1e8)]),
        RelationCase(label: "'a lot of' is no contract",
                     text: "Titre\ndate 2025-03-03\nThe Department of Energy said Corvane spent a lot of money, $3 million, on the plant."),
    ]

    @Test("rules-14 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("'respectivement 2 et 4,5 millions' is two amounts; 'entre 2 et 4 millions' is one")
    func elidedScale() {
        func amounts(_ text: String) -> [Double] {
            MoneyParser.find(in: Tokenizer.tokenize(text, language: "fr"), language: "fr").map(\.money.amount)
        }
        #expect(amounts("ce qui représente respectivement 2 et 4,5 millions d'euros") == [2e6, 4.5e6])
        #expect(amounts("soit 3 et 5 millions d'euros respectivement") == [3e6, 5e6])
        #expect(amounts("un contrat entre 2 et 4 millions d'euros") == [4e6])
    }
}
