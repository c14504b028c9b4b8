import Testing
@testable import Extraction

/// Constructions added in rules-22, from published articles read while developing (sentences written anew): each
/// case one pattern's positive example or a reading it must not make.
@Suite("Rules-22 constructions")
struct Rules22ConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Deal = RelationCase.Deal
    typealias Conflict = RelationCase.Conflict

    static let cases: [RelationCase] = [
        RelationCase(label: "'X a révélé avoir reçu des dons … de 30 000 personnes': the subject received them from nobody named",
                     text: "Titre du texte\ndate 2025-03-03\nM. Jean Vexor a révélé avoir reçu des dons (jusqu'à 7 500 euros) d'un peu plus de 30 000 personnes pour sa campagne."),
        RelationCase(label: "'X a accepté de verser N à Y': consent before an infinitive is no receiving",
                     text: "Titre du texte\ndate 2025-03-03\nBlixa Capital a accepté de verser 5 000 euros au parti Renaissance.",
                     donations: [Gift(donor: "Blixa Capital", amount: 5_000)]),
        RelationCase(label: "'Il avait promis qu'il n'accepterait les dons de plus de N': a promise of a clause is no gift",
                     text: "Titre du texte\ndate 2025-03-03\nLe candidat Jean Vexor a publié ses comptes de campagne. Il avait promis en février qu'il n'accepterait les dons de plus de 2 500 euros qu'à une condition."),
        RelationCase(label: "'handing a knighthood to a major donor who gave £5m': the giver is the unnamed donor, not the subject",
                     text: "Title of the story\ndate 2025-03-03\nJean Vexor was caught up in a row for handing a knighthood to a major donor who gave £5m to the Conservative Party last year."),
        RelationCase(label: "'X pledged and gave £5m': two coordinated verbs share the amount",
                     text: "Title of the story\ndate 2025-03-03\nBlixa Capital pledged and gave £5m to the Conservative Party last year.",
                     donations: [Gift(donor: "Blixa Capital", amount: 5e6)]),
        RelationCase(label: "'Bank of America gave $1 million': a capitalised 'Bank' is no receiving verb",
                     text: "Title of the story\ndate 2025-03-03\nBank of America gave $1 million to the inaugural committee.",
                     donations: [Gift(donor: "Bank of America", amount: 1e6)]),
        RelationCase(label: "'(Belga) Le parti X a écopé d'une amende du Bundestag': the wire's credit is no party",
                     text: "Titre du texte\ndate 2025-03-03\n(Belga) Le parti Vexor a écopé d'une amende de 400 000 euros du Bundestag pour avoir accepté des dons illégaux.",
                     disputes: [Conflict(parties: ["Bundestag", "Vexor"], kind: .regulatory)]),
        RelationCase(label: "'a contract, called the Vexor Enterprise Cloud': the contract's name is no holder",
                     text: "Title of the story\ndate 2025-03-03\nThe Department of Defense put on hold its decision to award a $10 billion cloud computing contract, called the Vexor Enterprise Cloud."),
        RelationCase(label: "'The contract, known as Vexor Office Solutions, …': the contract's name is no holder",
                     text: "Title of the story\ndate 2025-03-03\nThe contract, known as Vexor Office Solutions, is aimed to replace the Department of Defense's office applications."),
        RelationCase(label: "'a attribué le marché à X': the market right after a verb of award is a contract",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées a attribué le marché à Vexor Group.",
                     contracts: [Deal(contractor: "Vexor Group", agency: "ministère des Armées", amount: nil)]),
        RelationCase(label: "'X domine le marché des drones': a market led is no contract",
                     text: "Titre du texte\ndate 2025-03-03\nLe ministère des Armées modernise ses bases. Vexor Group domine le marché des drones."),
        RelationCase(label: "'Google, along with Alphabet, is being sued for…': a passive with no agent names no case between the sued",
                     text: "Title of the story\ndate 2025-03-03\nGoogle, along with its parent company Alphabet, is being sued for its advertising practices."),
        RelationCase(label: "'Google, along with Alphabet, is being sued by Epic Games': the agent sues them both",
                     text: "Title of the story\ndate 2025-03-03\nGoogle, along with its parent company Alphabet, is being sued by Epic Games.",
                     disputes: [Conflict(parties: ["Google", "Alphabet", "Epic Games"], kind: .lawsuit)]),
        RelationCase(label: "'Vexor Inc contested the award in court, suing the Department of Defense': a case",
                     text: "Title of the story\ndate 2025-03-03\nVexor Inc contested the award in court, suing the Department of Defense.",
                     disputes: [Conflict(parties: ["Vexor Inc", "U.S. Department of Defense"], kind: .lawsuit)]),
    ]

    @Test("rules-22 constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }

    @Test("a sentence opened by a preposition, an amount's qualifier or a French participle names nothing with its first word")
    func sentenceOpeners() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Au terme des six premiers mois, Vexor Group avait obtenu 559 contrats.
            Environ 2 % des dons dépassent 5 000 euros.
            Critiquée par le vérificateur général, l'attribution de contrats sans appel d'offres a augmenté.
            Fondée en 1998, Blixa Capital emploie 300 personnes.
            Université de Corvane a reçu un don.
            """)
        #expect(Set(x.mentions.map(\.entity.name)) == ["Vexor Group", "Blixa Capital", "Université de Corvane"])
    }

    /// (The sentence still yields a contract to the front-runner: a known false positive, "front-runner for" is no award.)
    @Test("'the front-runner for the highly contested contract': a contested thing is no case")
    func attributiveContested() {
        let x = Extractor().extract(text: """
            Title of the story
            date 2025-03-03
            Analysts said Vexor Inc was the obvious front-runner for the highly contested contract because its cloud arm, Vexor Web Services, is likely best equipped to store the Department of Defense's data.
            """)
        #expect(x.disputes.isEmpty)
    }

    @Test("a short known name with a capital inside is met as written: 'le PiS' is the party, the French 'Pis,' is no name")
    func shortMixedCase() {
        let x = Extractor().extract(text: """
            Titre du texte
            date 2025-03-03
            Le PiS a perdu les élections.

            Pis, même s’il s’en défend, Vexor Group n’aurait versé aucun impôt. Softbank investit.
            """)
        #expect(Set(x.mentions.map(\.entity.name)) == ["Law and Justice", "Vexor Group", "SoftBank"])
        #expect(x.mentions.filter { $0.entity.name == "Law and Justice" }.map(\.surface) == ["PiS"])
    }
}

