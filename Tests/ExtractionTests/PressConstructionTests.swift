import Testing
@testable import Extraction

/// Constructions seen in published reporting on political money, written anew for these tests: each case is one
/// pattern's positive example (negatives at the end), checked on the facts' core like RelationTests.
@Suite("Press constructions")
struct PressConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "an 'inaugural fund' subject is a noun, not the passive 'funded'",
                     text: "date 2025-03-03\nThe inaugural fund received $2 million from Boeing, the filings show.",
                     donations: [Gift(donor: "Boeing", amount: 2e6)]),
        RelationCase(label: "spending poured into an unnamed super PAC",
                     text: "date 2025-03-03\nJeff Yass, a billionaire trader, has poured $16 million into the super PAC this year.",
                     donations: [Gift(donor: "Jeff Yass", amount: 16e6)]),
        RelationCase(label: "a French 'a financé la campagne à hauteur de'",
                     text: "date 2025-03-03\nLe groupe Bolloré a financé la campagne à hauteur de 300 000 euros.",
                     donations: [Gift(donor: "Bolloré", amount: 300_000)]),
        RelationCase(label: "spending during an election",
                     text: "date 2025-03-03\nAu total, Elon Musk a dépensé près de 300 millions de dollars lors de l'élection de 2024.",
                     donations: [Gift(donor: "Elon Musk", amount: 300e6)]),
        RelationCase(label: "what the article calls donors give, with no fund named",
                     text: "date 2025-03-03\nOther donors include Ford Motor, which gave $1 million, and Delta Air Lines, which contributed $250,000.",
                     donations: [Gift(donor: "Ford Motor", amount: 1e6), Gift(donor: "Delta Air Lines", amount: 250_000)]),
        RelationCase(label: "gifts to a party named by its members",
                     text: "date 2025-03-03\nSelon le Wall Street Journal, le milliardaire Ken Griffin a donné 100 millions de dollars aux républicains.",
                     donations: [Gift(donor: "Ken Griffin", amount: 100e6)]),
        RelationCase(label: "'all of which' takes every party listed before it",
                     text: "date 2025-03-03\nTop donors include chipmakers like Nvidia and Intel, carmakers like Honda and Hyundai – all of which have each donated at least $1 million.",
                     donations: [Gift(donor: "Nvidia", amount: 1e6), Gift(donor: "Intel", amount: 1e6),
                                 Gift(donor: "Honda", amount: 1e6), Gift(donor: "Hyundai Motor Company", amount: 1e6)]),
        RelationCase(label: "'giants like A, B and C' are the subject",
                     text: "date 2025-03-03\nTech giants like Meta, Amazon and Uber have contributed at least $1 million each to the inaugural fund.",
                     donations: [Gift(donor: "Meta", amount: 1e6), Gift(donor: "Amazon", amount: 1e6), Gift(donor: "Uber", amount: 1e6)]),
        RelationCase(label: "among the $1 million donors, after an opening agent noun",
                     text: "date 2025-03-03\nBanker Andrew Beal was also among the $1 million donors to the inaugural committee.",
                     donations: [Gift(donor: "Andrew Beal", amount: 1e6)]),
        RelationCase(label: "raised, including an amount from a described giver",
                     text: "date 2025-03-03\nThe inaugural committee raised $107 million, including $5 million from casino magnate Sheldon Adelson.",
                     donations: [Gift(donor: "Sheldon Adelson", amount: 5e6)]),
        RelationCase(label: "de la part d'un donateur décrit",
                     text: "date 2025-03-03\nLe parti a reçu un don de 10 000 euros de la part de l'entrepreneur Marc Durand.",
                     donations: [Gift(donor: "Marc Durand", amount: 10_000)]),
        RelationCase(label: "un don de MONTANT de X",
                     text: "date 2025-03-03\nLes comptes de campagne font apparaître un don de 4 600 euros de Jean Dupont.",
                     donations: [Gift(donor: "Jean Dupont", amount: 4_600)]),
        RelationCase(label: "'dont A et B' lists the subject's members",
                     text: "date 2025-03-03\nPlusieurs patrons, dont Xavier Niel et Bernard Arnault, ont financé la campagne à hauteur de 7 500 euros chacun.",
                     donations: [Gift(donor: "Xavier Niel", amount: 7_500), Gift(donor: "Bernard Arnault", amount: 7_500)]),
        RelationCase(label: "backers named after a total their unnamed givers put in",
                     text: "date 2025-03-03\nThe founders launched a super PAC, Build the Future, on Monday. Tech investors have already pumped more than $50 million into the committee. Venture capitalist Paul Graves, Acme Robotics and investor Nina Holt are backing the effort.",
                     donations: [Gift(donor: "Paul Graves", amount: 50e6), Gift(donor: "Acme Robotics", amount: 50e6),
                                 Gift(donor: "Nina Holt", amount: 50e6)]),
        RelationCase(label: "a giver 'added' an amount to a political group",
                     text: "date 2025-03-03\nLe financier genevois Paul Rochet y a ajouté 60 000 francs au parti, selon le registre.",
                     donations: [Gift(donor: "Paul Rochet", amount: 60_000)]),
        RelationCase(label: "a fine imposed on a company",
                     text: "date 2025-03-03\nThe CNIL imposed a €150 million fine on Google for its cookie practices.",
                     disputes: [Conflict(parties: ["Commission nationale de l'informatique et des libertés", "Google"], kind: .regulatory)]),
        RelationCase(label: "'the commission' recalls the body named before; a party fined is a party",
                     text: "date 2025-03-03\nThe Electoral Commission published its report on Tuesday. The commission also fined the Heritage Party £2,000 for failing to file its accounts.",
                     disputes: [Conflict(parties: ["UK Electoral Commission", "Heritage Party"], kind: .regulatory)]),
        RelationCase(label: "took a company to court",
                     text: "date 2025-03-03\nThe Federal Trade Commission took Meta to court over its acquisitions.",
                     disputes: [Conflict(parties: ["Federal Trade Commission", "Meta"], kind: .regulatory)]),
        RelationCase(label: "traded insults: a reciprocal feud",
                     text: "date 2025-03-03\nElon Musk and Sam Altman have traded insults on social media for months.",
                     disputes: [Conflict(parties: ["Elon Musk", "Sam Altman"], kind: .publicFeud)]),
        RelationCase(label: "a case brought by a department; the court is no party",
                     text: "date 2025-03-03\nA federal court ruled that Google had violated antitrust law in a case brought by the Justice Department.",
                     disputes: [Conflict(parties: ["Google", "U.S. Department of Justice"], kind: .antitrust)]),
        // Negatives: the same words with no fact.
        RelationCase(label: "'in any case' opens no case",
                     text: "date 2025-03-03\nIn any case, Google and Microsoft said they would keep investing."),
        RelationCase(label: "Yahoo Finance is no French verb of financing",
                     text: "date 2025-03-03\nSelon Yahoo Finance, Tesla a gagné 2 milliards de dollars lors de l'élection."),
        RelationCase(label: "revenue added is no gift",
                     text: "date 2025-03-03\nThe company added $2 billion in revenue last year, the chief executive added."),
        RelationCase(label: "backing a bill with no amount told before is no gift",
                     text: "date 2025-03-03\nThe senators met on Monday. Google, Meta and Amazon are backing the bill."),
    ]

    @Test("press constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }
}
