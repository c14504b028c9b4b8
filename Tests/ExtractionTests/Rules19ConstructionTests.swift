import Testing
@testable import Extraction

/// Constructions added in rules-19, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example, the negatives after them.
@Suite("Rules-19 constructions")
struct Rules19ConstructionTests {
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'signed a deal with the Navy': a deal with an award verb is a contract",
                     text: "Title of the story\ndate 2025-03-03\nVexor Systems signed a deal with the Navy on Monday.",
                     contracts: [Deal(contractor: "Vexor Systems", agency: "U.S. Navy", amount: nil)]),
        RelationCase(label: "'The CMA's Review of the Deal': a bare deal with no verb and no sum is no award",
                     text: "Title of the story\ndate 2025-03-03\nThe CMA's Review of the Deal\nThe CMA said Vexor Systems and the deal worried it."),
    ]

    @Test("rules-19 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }
}
