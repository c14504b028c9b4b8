import Testing
@testable import Extraction

/// Constructions added in rules-24, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example or a reading it must not make.
@Suite("Rules-24 constructions")
struct Rules24ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'X a accusé une baisse de 10 %': 'accuser' a figure shows it, attacks nobody",
                     text: "Titre du texte\ndate 2025-03-03\nLe concurrent Vexor Luxe a ainsi accusé une baisse de 10 % de ses ventes, tandis que Blixa Group a vu sa croissance ralentir."),
        RelationCase(label: "'X accuse un net recul': an adjective between the verb and the figure",
                     text: "Titre du texte\ndate 2025-03-03\nVexor Luxe accuse un net recul au premier trimestre face à Blixa Group."),
        RelationCase(label: "'X a accusé Y de plagiat': still a feud",
                     text: "Titre du texte\ndate 2025-03-03\nLe patron de Vexor Luxe, Jean Vexor, a publiquement accusé Blixa Group de mentir sur ses ventes.",
                     disputes: [Conflict(parties: ["Vexor Luxe", "Jean Vexor", "Blixa Group"], kind: .publicFeud)]),
        RelationCase(label: "'Alongside the X lawsuit, it is also challenging…': a preposition opening the sentence is no party",
                     text: "Title of the story\ndate 2025-03-03\nThe Justice Department sued Vexor Corp in January. Alongside the Vexor lawsuit, it is also challenging two mergers.",
                     disputes: [Conflict(parties: ["U.S. Department of Justice", "Vexor Corp"], kind: .lawsuit)]),
        RelationCase(label: "'un contrat de 1 948 800 $ à la firme Vexor inc., basée à Montréal': the seat is no holder",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère du Tourisme se fait épingler pour l’octroi en juin 2022 d’un contrat de 1 948 800 $ à la firme de développement numérique Vexor inc., basée à Montréal.",
                     contracts: [Deal(contractor: "Vexor", agency: "ministère du Tourisme", amount: 1_948_800, date: "2022-06")]),
        RelationCase(label: "'the vendor based in Falls Church, Va.': neither the town nor the state holds the contract",
                     text: "Title of the story\ndate 2025-03-03\nThe Defense Information Systems Agency awarded Vexor Corp a cloud contract. The contract calls for the vendor based in Falls Church, Va., to provide private cloud infrastructure.",
                     contracts: [Deal(contractor: "Vexor Corp", agency: "Defense Information Systems Agency", amount: nil)]),
        RelationCase(label: "'X of Washington-based software developer Y has given $25,000': the person gives, not his employer",
                     text: "Title of the story\ndate 2025-03-03\nMayday PAC raised $7.6 million. Jeffrey Vexor of Washington-based software developer Blixa Game Tools has given $25,000.",
                     donations: [Gift(donor: "Jeffrey Vexor", amount: 25_000)]),
        RelationCase(label: "'A, the curator of X, and B, the billionaire behind Y, each donated': both described subjects give",
                     text: "Title of the story\ndate 2025-03-03\nChris Corvin, the curator of Dalmor Conferences, and Vincent Ryan, the Boston billionaire behind Schooner Capital, each donated $250,000 to Mayday PAC.",
                     donations: [Gift(donor: "Chris Corvin", amount: 250_000), Gift(donor: "Vincent Ryan", amount: 250_000)]),
        RelationCase(label: "'A, the co-founder of X, and the co-founder of Y B both donated': the second subject after its own title",
                     text: "Title of the story\ndate 2025-03-03\nPeter Corvin, the libertarian co-founder of Blixa Pay, and the co-founder of Google Reid Vexor both donated $150,000 to Mayday PAC.",
                     donations: [Gift(donor: "Peter Corvin", amount: 150_000), Gift(donor: "Reid Vexor", amount: 150_000)]),
        RelationCase(label: "'A, who founded X, and B donated': a relative clause is no description",
                     text: "Title of the story\ndate 2025-03-03\nThe fund thanked Chris Corvin, who founded Dalmor Conferences, and Vincent Ryan donated $250,000 to Mayday PAC.",
                     donations: [Gift(donor: "Vincent Ryan", amount: 250_000)]),
        RelationCase(label: "'un don de 159 millions de la Fondation Corvin': a bare sum's giver after 'de la'; 'Fondation X' is a company",
                     text: "Titre du texte\ndate 2025-03-03\nLa ville de Montréal est en fête. L'Université de Montréal a reçu un don de 159 millions de la Fondation Corvin.",
                     donations: [Gift(donor: "Fondation Corvin", amount: 159e6)]),
        RelationCase(label: "'un don de 40 millions de Vexor Group et de la Fondation Blixa': each giver of a bare sum",
                     text: "Titre du texte\ndate 2025-03-03\nLa ville de Montréal est en fête. L'université venait de se faire offrir un don historique de 40 millions de Vexor Group et de la Fondation Blixa.",
                     donations: [Gift(donor: "Vexor Group", amount: 40e6), Gift(donor: "Fondation Blixa", amount: 40e6)]),
        RelationCase(label: "'150 millions d'Américains': a count of people is no sum",
                     text: "Titre du texte\ndate 2025-03-03\nLe fonds a versé 3 millions de dollars au parti. Le pays compte 150 millions d'Américains qui ont fait un don au parti."),
        RelationCase(label: "'le litige opposant X à Y': 'à' names the other side",
                     text: "Titre du texte\ndate 2025-03-03\nLe litige opposant Vexor Group à Blixa Media dure depuis deux ans.",
                     disputes: [Conflict(parties: ["Vexor Group", "Blixa Media"], kind: .lawsuit)]),
        RelationCase(label: "'le différend qui oppose X à Y': a dispute of two sides",
                     text: "Titre du texte\ndate 2025-03-03\nLe différend qui oppose Vexor Group à Blixa Media porte sur les droits.",
                     disputes: [Conflict(parties: ["Vexor Group", "Blixa Media"], kind: .other)]),
        RelationCase(label: "'L'affaire X a fait grand bruit': no sides set against each other",
                     text: "Titre du texte\ndate 2025-03-03\nL'affaire Vexor Group a fait grand bruit chez Blixa Media."),
        RelationCase(label: "'les dons du magnat de la technologie': a description standing for the giver names no gift of its own",
                     text: "Titre du texte\ndate 2025-03-03\nLe milliardaire Peter Vexor soutient Blake Corvin. La décision de Vexor intervient alors que les dons du magnat de la technologie aux super PAC semblent s'être taris."),
        RelationCase(label: "'signed a $500-million deal with X without any competitive bidding': a contract given with no competition is still won",
                     text: "Title of the story\ndate 2025-03-03\nOttawa and Toronto are in Canada. The federal government has signed a $500-million deal with Vexor Canada Ltd. without any competitive bidding.",
                     contracts: [Deal(contractor: "Vexor Canada Ltd", agency: "federal government", amount: 500e6)]),
        RelationCase(label: "'spokesman X said the donations of $1,800 stem from…': the speaker reports the gifts, he gives none",
                     text: "Title of the story\ndate 2025-03-03\nThe Liberal Party raised money. Liberal spokesman Braeden Vexor said the donations of $1,800 or more stem from ticket sales."),
        RelationCase(label: "'Meta said it donated $1 million': a giving verb after the speech verb still gives",
                     text: "Title of the story\ndate 2025-03-03\nThe Liberal Party raised money. Meta said it donated $1 million to the Liberal Party.",
                     donations: [Gift(donor: "Meta", amount: 1e6)]),
    ]

    @Test("rules-24 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }
}
