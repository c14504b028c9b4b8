import Testing
@testable import Extraction

/// Constructions seen in published reporting on political money, written anew for these tests: each case is one
/// pattern's positive example (negatives at the end), checked on the facts' core like RelationTests.
@Suite("Press constructions")
struct PressConstructionTests {
    typealias Gift = RelationCase.Gift
    typealias Conflict = RelationCase.Conflict
    typealias Deal = RelationCase.Deal

    /// A regulator's case, and the sentence telling it, that the recalled-sanction cases follow.
    static let sanction = Conflict(parties: ["Autorité de la concurrence", "Zentrix"], kind: .antitrust)
    static let cnil = "Commission nationale de l'informatique et des libertés"
    /// A regulatory case between a body and the party it fined or sanctioned.
    static func regulatory(_ body: String, _ party: String) -> Conflict { Conflict(parties: [body, party], kind: .regulatory) }
    /// One award told in one sentence of an article dated 2025-03-03.
    static func award(_ label: String, _ sentence: String, _ deal: Deal) -> RelationCase {
        RelationCase(label: label, text: "Titre\ndate 2025-03-03\n" + sentence, contracts: [deal])
    }
    static let sanctionLead = "Titre\ndate 2025-03-03\nL'Autorité de la concurrence a sanctionné Zentrix à hauteur de 90 millions d'euros."

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
        RelationCase(label: "a list of givers, some described by a trade noun ('health insurer X', 'law firm Y')",
                     text: "date 2025-03-03\nVexa, Norland, online retailer Aldmoor, Pellin and law and lobbying firm Hart & Rowe donated $50,000 each.",
                     donations: [Gift(donor: "Vexa", amount: 50_000), Gift(donor: "Norland", amount: 50_000),
                                 Gift(donor: "Aldmoor", amount: 50_000), Gift(donor: "Pellin", amount: 50_000),
                                 Gift(donor: "Hart & Rowe", amount: 50_000)]),
        RelationCase(label: "'canaliser' spends money into a committee",
                     text: "Titre\ndate 2025-03-03\nLe Liberty PAC a canalisé 7 millions de dollars dans Win Justice PAC depuis janvier.",
                     donations: [Gift(donor: "Liberty PAC", amount: 7e6)]),
        RelationCase(label: "donors who give up helping a campaign give nothing",
                     text: "Titre\ndate 2025-03-03\nLe banquier Paul Vexor et l'industriel Marc Halvern sont parmi les donateurs qui renoncent à aider la campagne de Trump."),
        RelationCase(label: "a reporting threshold is no gift",
                     text: "Titre\ndate 2025-03-03\nTransparence oblige, les partis publient leurs donateurs pour les dons de plus de 15 000 francs. "
                        + "Parties must name their donors for donations of more than £11,180.",
                     donations: []),
        RelationCase(label: "'committed $X a month' to a super PAC gives; 'qui' recalls the name before an appositive trade noun",
                     text: "Titre\ndate 2025-03-03\nBillionaire Paul Vexor committed around $45 million a month to a new super political-action committee supporting Donald Trump's campaign. "
                        + "Amazon suit Zentrix, la société mère de Halvern, qui a également remis 1 million de dollars au comité d'investiture de Trump.",
                     donations: [Gift(donor: "Paul Vexor", amount: 45e6), Gift(donor: "Zentrix", amount: 1e6)]),
        RelationCase(label: "money into a hyphenated 'super-PAC'; 'pour soutenir X' makes the gift political",
                     text: "Titre\ndate 2025-03-03\nTimothy Vexor a fait tourner les têtes en injectant 50 millions de dollars dans un super-PAC pro-Trump. "
                        + "Paul Halvern a donné 20 millions de dollars pour soutenir Kamala Harris.",
                     donations: [Gift(donor: "Timothy Vexor", amount: 50e6), Gift(donor: "Paul Halvern", amount: 20e6)]),
        RelationCase(label: "'$X in cash and the same amount in technology': a second gift, in kind",
                     text: "Titre\ndate 2025-03-03\nZentrix contributed $250,000 in cash and the same amount in technology to the Trump inaugural committee.",
                     donations: [Gift(donor: "Zentrix", amount: 250_000), Gift(donor: "Zentrix", amount: 250_000, inKind: true)]),
        RelationCase(label: "a list of amounts 'from' their givers after a total; a comparison and a plural noun opening the sentence give nothing",
                     text: "Titre\ndate 2025-03-03\nThe Heritage Party received £5.2m, compared with £3m given to the Green Party. "
                        + "Companies gave a total of £1.6m to the Heritage Party. They included £250,000 from Vexor Holdings, £130,000 from Halvern Systems, and £125,000 from Zentrix Capital.",
                     donations: [Gift(donor: "Vexor Holdings", amount: 250_000), Gift(donor: "Halvern Systems", amount: 130_000),
                                 Gift(donor: "Zentrix Capital", amount: 125_000)]),
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
        RelationCase(label: "a title's complement then the person in apposition: the person gives",
                     text: "date 2025-03-03\nLe cofondateur de Nexora, Paul Mercier, a donné 2 millions de dollars à un comité soutenant la candidate.",
                     donations: [Gift(donor: "Paul Mercier", amount: 2e6)]),
        RelationCase(label: "a title with a list of companies stands for the person the article opened with; the total told first is no row",
                     text: "Titre\nPaul Durand a cumulé 60 millions de dollars de dons pour la campagne de Jean Martin. Le patron de Renault, Airbus et Orange a offert 10 millions de dollars en juillet, 20 millions en août et 30 millions en septembre à America PAC.",
                     donations: [Gift(donor: "Paul Durand", amount: 10e6), Gift(donor: "Paul Durand", amount: 20e6),
                                 Gift(donor: "Paul Durand", amount: 30e6)]),
        RelationCase(label: "a fine imposed on a company",
                     text: "date 2025-03-03\nThe CNIL imposed a €150 million fine on Google for its cookie practices.",
                     disputes: [regulatory(cnil, "Google")]),
        RelationCase(label: "'the commission' recalls the body named before; a party fined is a party",
                     text: "date 2025-03-03\nThe Electoral Commission published its report on Tuesday. The commission also fined the Heritage Party £2,000 for failing to file its accounts.",
                     disputes: [Conflict(parties: ["UK Electoral Commission", "Heritage Party"], kind: .regulatory)]),
        RelationCase(label: "a party fined in the passive is a party",
                     text: "date 2025-03-03\nThe Heritage Party has been fined £4,500 by the Electoral Commission for late returns.",
                     disputes: [regulatory("UK Electoral Commission", "Heritage Party")]),
        RelationCase(label: "'hit X with fines' and 'was hit with a penalty'; a party named with its acronym; a later party 'also fined' by the same body",
                     text: "Titre\ndate 2025-03-03\nThe Electoral Commission has hit the Heritage Party with fines amounting to £3,300. "
                        + "The Northern Reform and Unity Party (NRUP) was fined £1,000 by the commission, while the Breakthrough Party was hit with a £400 penalty. "
                        + "The Green Party was also fined a total of £600 for late reporting.",
                     disputes: [regulatory("UK Electoral Commission", "Heritage Party"), regulatory("UK Electoral Commission", "Northern Reform and Unity Party"),
                                regulatory("UK Electoral Commission", "Breakthrough Party"), regulatory("UK Electoral Commission", "Green Party")]),
        RelationCase(label: "a state sues the company a group owns: the owner is no party",
                     text: "Titre\ndate 2025-03-03\nThe state of Vermont has sued Quorvane's Zentrix Labs in a consumer fraud lawsuit on Wednesday.",
                     // A state is no regulator: its suit is a lawsuit, as the states' suits against Meta are annotated.
                     disputes: [Conflict(parties: ["state of Vermont", "Zentrix Labs"], kind: .lawsuit)]),
        RelationCase(label: "two fines joined by 'whilst' are two cases",
                     text: "date 2025-03-03\nThe CNIL fined Zentrix €20,000, whilst Orvane was hit with a €30,000 fine by the CNIL.",
                     disputes: [regulatory(cnil, "Zentrix"), regulatory(cnil, "Orvane")]),
        RelationCase(label: "an office named for its post, opening the sentence, is the body, not the outlet inside its name",
                     text: "date 2025-03-03\nThe Information Commissioner's Office fined Zentrix £60,000 for a lost laptop.",
                     disputes: [regulatory("Information Commissioner's Office", "Zentrix")]),
        RelationCase(label: "took a company to court",
                     text: "date 2025-03-03\nThe Federal Trade Commission took Meta to court over its acquisitions.",
                     disputes: [Conflict(parties: ["Federal Trade Commission", "Meta"], kind: .regulatory)]),
        RelationCase(label: "traded insults: a reciprocal feud",
                     text: "date 2025-03-03\nElon Musk and Sam Altman have traded insults on social media for months.",
                     disputes: [Conflict(parties: ["Elon Musk", "Sam Altman"], kind: .publicFeud)]),
        RelationCase(label: "a case brought by a department; the court is no party",
                     text: "date 2025-03-03\nA federal court ruled that Google had violated antitrust law in a case brought by the Justice Department.",
                     disputes: [Conflict(parties: ["Google", "U.S. Department of Justice"], kind: .antitrust)]),
        RelationCase(label: "a run of gifts keeps the political context: later givers need no fund in their sentence",
                     text: "date 2025-03-03\nThe inaugural committee raised $90 million. Acme Robotics gave $1 million. Some firms sent goods as well as cash. Globex Industries gave $400,000.",
                     donations: [Gift(donor: "Acme Robotics", amount: 1e6), Gift(donor: "Globex Industries", amount: 400_000)]),
        RelationCase(label: "'gave $A, plus $B of services': a second gift, in kind",
                     text: "date 2025-03-03\nFor the inauguration, Kestrel Freight gave $250,000, plus $80,500 of shipping services.",
                     donations: [Gift(donor: "Kestrel Freight", amount: 250_000), Gift(donor: "Kestrel Freight", amount: 80_500, inKind: true)]),
        RelationCase(label: "'provided $X worth of goods in addition to a $Y donation': two gifts",
                     text: "date 2025-03-03\nFor the inauguration, Harlow Motors provided $150,000 worth of cars in addition to a $90,000 donation.",
                     donations: [Gift(donor: "Harlow Motors", amount: 150_000), Gift(donor: "Harlow Motors", amount: 90_000)]),
        RelationCase(label: "the antecedent of 'who gave', inside a complement, past an appositive title",
                     text: "date 2025-03-03\nThe campaign got help from Paul Jones, chief executive of Zeta Corp, who gave $2 million.",
                     donations: [Gift(donor: "Paul Jones", amount: 2e6)]),
        RelationCase(label: "'ceux de X, titre, qui a contribué', twice",
                     text: "date 2025-03-03\nLes dons à la campagne incluent ceux de Paul Durand, PDG de Zeta Media, qui a contribué 400 000 dollars, et de Marc Petit, directeur de Ripple, qui a donné 200 000 dollars.",
                     donations: [Gift(donor: "Paul Durand", amount: 400_000), Gift(donor: "Marc Petit", amount: 200_000)]),
        RelationCase(label: "a total split by kind: one row per kind, amounts computed",
                     text: "date 2025-03-03\nFor the inauguration, Vantor Systems gave $600,000, with half in the form of equipment.",
                     donations: [Gift(donor: "Vantor Systems", amount: 300_000), Gift(donor: "Vantor Systems", amount: 300_000, inKind: true)]),
        RelationCase(label: "'ce contrat' recalls the contract before; renewals each carry the one amount; the source's date is no renewal",
                     text: "date 2025-03-03\nLe contrat liant Helix Systèmes au ministère de l'Intérieur fait débat. Ce contrat a été reconduit en 2014 et en 2019 pour un montant de 80 millions d'euros, selon une enquête publiée en 2020.",
                     contracts: [Deal(contractor: "Helix Systèmes", agency: "ministère de l'Intérieur", amount: nil, date: "2025-03-03"),
                                 Deal(contractor: "Helix Systèmes", agency: "ministère de l'Intérieur", amount: 80e6, date: "2014"),
                                 Deal(contractor: "Helix Systèmes", agency: "ministère de l'Intérieur", amount: 80e6, date: "2019")]),
        RelationCase(label: "a long description between 'from' and the giver; two clauses joined by 'while'",
                     text: "date 2025-03-03\nForward Action received $4.6 million from its affiliated dark money nonprofit Forward Policies last month, while Progress Action received $3 million from its affiliated nonprofit Progress Group.",
                     donations: [Gift(donor: "Forward Policies", amount: 4.6e6), Gift(donor: "Progress Group", amount: 3e6)]),
        RelationCase(label: "'from businessman X, a former Conservative backer': the apposition names no second giver",
                     text: "date 2025-03-03\nThe Brexit Party received a single £250,000 donation from businessman Jeremy Holt, a former Conservative backer.",
                     donations: [Gift(donor: "Jeremy Holt", amount: 250_000)]),
        RelationCase(label: "a gift beside a list of amounts from givers; 'from both A and B'",
                     text: "date 2025-03-03\nCasino magnate Paul Harlow contributed $5 million to the inaugural committee, along with $750,000 from Quicken Loans; and $500,000 coming from both Citgo Petroleum and Microsoft.",
                     donations: [Gift(donor: "Paul Harlow", amount: 5e6), Gift(donor: "Quicken Loans", amount: 750_000),
                                 Gift(donor: "Citgo Petroleum", amount: 500_000), Gift(donor: "Microsoft", amount: 500_000)]),
        RelationCase(label: "'who gave' without a comma, beside 'donations of £X each from A and B'",
                     text: "date 2025-03-03\nThe party's biggest donor was the theatre producer John Hale who gave £1 million while there were donations of £500,000 each from Trailfinders and Vexa Capital Ltd.",
                     donations: [Gift(donor: "John Hale", amount: 1e6), Gift(donor: "Trailfinders", amount: 500_000),
                                 Gift(donor: "Vexa Capital Ltd", amount: 500_000)]),
        RelationCase(label: "an unknown company opening the sentence right before its suit",
                     text: "date 2025-03-03\nZentrix filed a lawsuit against the Department of Defense over the cancelled contract. Zentrix said it would win.",
                     contracts: [Deal(contractor: "Zentrix", agency: "U.S. Department of Defense", amount: nil)],
                     disputes: [Conflict(parties: ["Zentrix", "U.S. Department of Defense"], kind: .lawsuit)]),
        RelationCase(label: "the places before '-based' qualify the contractor; they hold no contract",
                     text: "date 2025-03-03\nThe Navy awarded Mobile, Alabama-based Kestrel Marine a $12.5 million modification to a previously awarded contract.",
                     contracts: [Deal(contractor: "Kestrel Marine", agency: "U.S. Navy", amount: 12.5e6)]),
        RelationCase(label: "a call for bids names bidders, not holders",
                     text: "date 2025-03-03\nIn 2024 the Pentagon asked for bids from Zentrix, Orvane and Kestrel Marine for the new cloud contracts."),
        RelationCase(label: "a quarter label (Q3) is no giver",
                     text: "date 2025-03-03\nThe gift of £12,500.50 was left out of the Heritage Party's Q3 2024 donation report."),
        RelationCase(label: "a 'million-dollar' adjective is an amount; 'awarded X with a contract'",
                     text: "date 2025-03-03\nNASA awarded Kestrel Propulsion with a 600 million-dollar contract to build new engines.",
                     contracts: [Deal(contractor: "Kestrel Propulsion", agency: "NASA", amount: 600e6)]),
        RelationCase(label: "bulleted awardees after an award, each with its amount; the programme is no holder",
                     text: "Lunar awards\ndate 2025-03-03\nNASA has awarded $90 million to three companies to plan the Artemis program.\nThe three companies include:\n- Vexa Aerospace of Denver, Colorado, $40 million.\n- Halvern Orbital of Austin, Texas, $50 million.",
                     contracts: [Deal(contractor: "Vexa Aerospace", agency: "NASA", amount: 40e6),
                                 Deal(contractor: "Halvern Orbital", agency: "NASA", amount: 50e6)]),
        RelationCase(label: "an attack verb in the infinitive, from its lemma; the platform is no party",
                     text: "Feud\ndate 2025-03-03\nIt all started when Paul Ray took to his platform X to slam state senator Anna Bell over her criticism.",
                     disputes: [Conflict(parties: ["Paul Ray", "Anna Bell"], kind: .publicFeud)]),
        RelationCase(label: "a long first line ending in a full stop is the lede, not a headline to skip",
                     text: "Chinese equipment maker Huawei has filed two lawsuits against Verizon, claiming the US company infringed twelve of its patents.\nThe suits seek royalties.",
                     disputes: [Conflict(parties: ["Huawei", "Verizon"], kind: .lawsuit)]),
        RelationCase(label: "a consortium the companies named before lead holds the contract; the product named is no holder",
                     text: "Titre\ndate 2025-03-03\nVexa Défense et Halvern Systèmes ont annoncé lundi qu'un consortium qu'ils conduisent a remporté un contrat de 120 millions d'euros auprès du ministère des Armées pour un radar baptisé Sentinelle.",
                     contracts: [Deal(contractor: "Vexa Défense", agency: "ministère des Armées", amount: 120e6),
                                 Deal(contractor: "Halvern Systèmes", agency: "ministère des Armées", amount: 120e6)]),
        RelationCase(label: "a schedule of gifts: amounts after the first take its currency, one row each, repeats included",
                     text: "Titre\ndate 2025-03-03\nLe milliardaire Paul Durand a offert 15 millions de dollars en juillet, 30 millions en août et 30 millions en septembre à America PAC.",
                     donations: [Gift(donor: "Paul Durand", amount: 15e6), Gift(donor: "Paul Durand", amount: 30e6)]),
        RelationCase(label: "an office holder acts for the body; 'including companies such as A and B' lists the holders",
                     text: "Titre\ndate 2025-03-03\nDefense Secretary Paul Durand has ordered the termination of several consulting contracts valued at $3.2 billion, including companies such as Vexa Consulting and Halvern Partners, according to a Pentagon memo.",
                     contracts: [Deal(contractor: "Vexa Consulting", agency: "U.S. Department of Defense", amount: 3.2e9),
                                 Deal(contractor: "Halvern Partners", agency: "U.S. Department of Defense", amount: 3.2e9)]),
        RelationCase(label: "a fine 'infligée par A à B': after the passive's agent, 'à' names the fined",
                     text: "Titre\ndate 2025-03-03\nLe Conseil d'Etat a confirmé l'amende de 2 millions d'euros infligée par l'Arcom à Vexa Médias, selon une décision rendue mercredi.",
                     disputes: [Conflict(parties: ["Arcom", "Vexa Médias"], kind: .regulatory)]),
        RelationCase(label: "a licence revoked by a regulator is a regulatory dispute, not a contract",
                     text: "Titre\ndate 2025-03-03\nThe FCC revoked the license of Zentel Communications on Tuesday.",
                     disputes: [Conflict(parties: ["Federal Communications Commission", "Zentel Communications"], kind: .regulatory)]),
        RelationCase(label: "'including A, B and C' after the amount lists the givers of a generic subject",
                     text: "Titre\ndate 2025-03-03\nSeveral companies have pledged to donate at the $1 million-level, including retail giant Vexa Stores, Halvern Motors and hedge fund billionaire Paul Durand.",
                     donations: [Gift(donor: "Vexa Stores", amount: 1e6), Gift(donor: "Halvern Motors", amount: 1e6), Gift(donor: "Paul Durand", amount: 1e6)]),
        RelationCase(label: "a sentence opening on 'the contract' with a renewal recalls the contract: one row per year",
                     text: "Titre\ndate 2025-03-03\nLa société Helix Systèmes a renouvelé son contrat avec la Direction générale de la sécurité intérieure pour trois ans. Le contrat a déjà été renouvelé en 2019 et 2022.",
                     contracts: [Deal(contractor: "Helix Systèmes", agency: "Direction générale de la sécurité intérieure", amount: nil, date: "2025-03-03"),
                                 Deal(contractor: "Helix Systèmes", agency: "Direction générale de la sécurité intérieure", amount: nil, date: "2019"),
                                 Deal(contractor: "Helix Systèmes", agency: "Direction générale de la sécurité intérieure", amount: nil, date: "2022")]),
        RelationCase(label: "the agency that learned or saw the news is its source, not a party",
                     text: "Titre\ndate 2025-03-03\nUne enquête est ouverte après une plainte de Vexa Hôtels visant Meta, a appris l'AFP jeudi.",
                     disputes: [Conflict(parties: ["Vexa Hôtels", "Meta"], kind: .lawsuit)]),
        RelationCase(label: "'large amounts' states no amount: none is borrowed from the sentence before",
                     text: "Titre\ndate 2025-03-03\nThe $40 million is a long-term bet. Last year, Paul Durand contributed large amounts to Vexa Action PAC.",
                     donations: [Gift(donor: "Paul Durand", amount: nil)]),
        RelationCase(label: "'a reçu MONTANT de X': the giver right after the amount received",
                     text: "Titre\ndate 2025-03-03\nDe son côté, le Parti conservateur du Canada a reçu 4 212,50 $ de Vexa Génie via ce montage.",
                     donations: [Gift(donor: "Vexa Génie", amount: 4_212.5)]),
        RelationCase(label: "the same amount converted in parentheses is no second contract",
                     text: "Titre\ndate 2025-03-03\nHalvern Services has been awarded a 300 million pound ($381 million) contract to run support services for the National Health Service.",
                     contracts: [Deal(contractor: "Halvern Services", agency: "National Health Service", amount: 300e6)]),
        award("'octroyer' by lemma, and a government named for its territory", "Le gouvernement du Québec a octroyé un contrat de 12 millions de dollars à Vexa Conseil.",
              Deal(contractor: "Vexa Conseil", agency: "gouvernement du Québec", amount: 12e6)),
        award("'adjuger' by lemma: a federal office awards a framework contract", "L'Office fédéral de la statistique a adjugé un marché de 8 millions de francs à Halvern Informatique.",
              Deal(contractor: "Halvern Informatique", agency: "Office fédéral de la statistique", amount: 8e6)),
        award("a city named 'the city of X' is the buyer; a deal struck with a company", "The city of Denver signed a $4 million contract with Vexa Parking to run its meters.",
              Deal(contractor: "Vexa Parking", agency: "city of Denver", amount: 4e6)),
        award("a programme's name inside the contract noun phrase is no holder; the company it went to is",
              "The Ministry of Defence said the original ZEPHYR contract, worth about £570m, was awarded to the Norvale Consortium in 2010.",
              Deal(contractor: "Norvale Consortium", agency: "Ministry of Defence", amount: 570e6)),
        RelationCase(label: "a body choosing a company for a task is an award; the tender's amount told next is its amount",
                     text: "Titre\ndate 2025-03-03\nLe gouvernement du Québec a choisi le suédois Norvale pour héberger ses données. L'appel d'offres, pour un montant de 12 millions de dollars, a surpris.",
                     contracts: [Deal(contractor: "Norvale", agency: "gouvernement du Québec", amount: 12e6)]),
        RelationCase(label: "'selected X to build' with no amount; a company choosing a supplier is no government contract",
                     text: "Titre\ndate 2025-03-03\nThe Navy selected Vexa Marine to build two survey ships. Brindle Foods selected Halvern Systems to run its payroll.",
                     contracts: [Deal(contractor: "Vexa Marine", agency: "U.S. Navy", amount: nil)]),
        RelationCase(label: "a summary of winners without amounts is the award each detailed later",
                     text: "Titre\ndate 2025-03-03\nThe companies winning large Defense Department awards included Vexa Systems and Halvern Industries, the filings show. "
                        + "Vexa Systems won a $848 million task order from the Army. The Navy awarded Halvern Industries a $286 million contract.",
                     contracts: [Deal(contractor: "Vexa Systems", agency: "U.S. Army", amount: 848e6), Deal(contractor: "Halvern Industries", agency: "U.S. Navy", amount: 286e6)]),
        RelationCase(label: "a ministry named only by its minister's title buys when the article names no body",
                     text: "Titre\ndate 2025-03-03\nLe ministre de la Défense nationale, Paul Vexor, a annoncé lundi l'octroi de deux contrats. "
                        + "Halvern Systems obtient un contrat de 341 millions de dollars pour développer des radios.",
                     contracts: [Deal(contractor: "Halvern Systems", agency: "ministère de la Défense nationale", amount: 341e6)]),
        award("'the government of X' is the buyer", "The government of Canada has selected Halvern Systems for a $30 million contract.",
              Deal(contractor: "Halvern Systems", agency: "government of Canada", amount: 30e6)),
        award("'l'exécutif européen' is the buyer of a passive award to a described group", "La maintenance du réseau a été attribuée au groupe franco-belge Vexa Orbital pour un montant de 40 millions d'euros, précise l'exécutif européen.",
              Deal(contractor: "Vexa Orbital", agency: "exécutif européen", amount: 40e6)),
        RelationCase(label: "holders counted in one sentence and listed in the next ('the contractors include: A; B; and C')",
                     text: "Titre\ndate 2025-03-03\nThe Navy has picked three contractors to maintain its radars under a deal worth up to $2 billion. The selected contractors include: Vexa Systems; Halvern Corp.; and Brumex Technologies.",
                     contracts: [Deal(contractor: "Vexa Systems", agency: "U.S. Navy", amount: 2e9), Deal(contractor: "Halvern Corp", agency: "U.S. Navy", amount: 2e9),
                                 Deal(contractor: "Brumex Technologies", agency: "U.S. Navy", amount: 2e9)]),
        RelationCase(label: "the amount a later sentence gives the award; the contract vehicle after 'under' holds nothing",
                     text: "Titre\ndate 2025-03-03\nUnder terms of the contract, which the Navy awarded Aug. 9, Vexa Systems will run its data centres. The award, a five-year task order valued at $41 million, was issued under the Commerce Department Enterprise Cloud Services contract.",
                     contracts: [Deal(contractor: "Vexa Systems", agency: "U.S. Navy", amount: 41e6)]),
        RelationCase(label: "'the telecoms watchdog' in the lead is the regulator the next sentence names",
                     text: "Titre\ndate 2025-03-03\nVexa Telecom has been hit with a record £12 million fine by the telecoms watchdog for delaying repairs.\nOfcom said the company had failed thousands of customers.",
                     disputes: [regulatory("Ofcom", "Vexa Telecom")]),
        RelationCase(label: "'£1.5m.' ends the sentence; gifts 'by five donors' or 'from 14 donors' name no donor; no party gives to itself",
                     text: "Titre\ndate 2025-03-03\nThe Conservatives’ biggest gift came from the banker Paul Durand, who gave the party £1.5m. The Greens did not say who gave.\nThe Scottish National Party was given £259,000 by five donors, while the Greens received £59,000 from 14 donors.\nThe Liberal Democrats also reported receiving two impermissible donations, coming to £1,275.",
                     donations: [Gift(donor: "Paul Durand", amount: 1.5e6)]),
        RelationCase(label: "a second clause's givers who 'ont chacun participé à hauteur de'",
                     text: "Titre\ndate 2025-03-03\nVexa Lab, une société fondée par Marc Durand, a donné 5 millions de dollars à Vexa Action quand les investisseurs Paul Petit et Anne Roy ont chacun participé à hauteur de 3 millions de dollars.",
                     donations: [Gift(donor: "Vexa Lab", amount: 5e6), Gift(donor: "Paul Petit", amount: 3e6), Gift(donor: "Anne Roy", amount: 3e6)]),
        RelationCase(label: "'the Bureau' recalls the Competition Bureau named before",
                     text: "Titre\ndate 2025-03-03\nThe Competition Bureau has been looking at online advertising for two years.\nIn November 2024, the Bureau filed an application to sue Vexa Search for anti-competitive conduct.",
                     disputes: [Conflict(parties: ["Competition Bureau Canada", "Vexa Search"], kind: .antitrust)]),
        RelationCase(label: "a wire's piped dateline names no party",
                     text: "Titre\ndate 2025-03-03\nLyon, France | AFP | mardi 09/07/2024 - Le Conseil d'Etat a maintenu l'amende de 2 millions d'euros infligée par l'Arcom à Vexa Media.",
                     disputes: [regulatory("Arcom", "Vexa Media")]),
        RelationCase(label: "a falling-out: 'A and B fell out', 's'est brouillé avec'",
                     text: "Titre\ndate 2025-03-03\nPaul Durand and Marc Petit fell out publicly over the budget bill.\nAnne Roy s'est brouillée avec Jean Dupont au sujet des tarifs.",
                     disputes: [Conflict(parties: ["Paul Durand", "Marc Petit"], kind: .publicFeud), Conflict(parties: ["Anne Roy", "Jean Dupont"], kind: .publicFeud)]),
        RelationCase(label: "a judgment ordering one party to pay another; an action for defamation; a sentence to prison is no dispute",
                     text: "Titre\ndate 2025-03-03\nVexa Média a été condamnée à verser 2 millions d'euros à Halvern.\nBrumex Télécom a intenté une action en diffamation contre Paul Durand.\nMarc Petit a été condamné à deux ans de prison pour fraude fiscale.",
                     disputes: [Conflict(parties: ["Vexa Média", "Halvern"], kind: .lawsuit), Conflict(parties: ["Brumex Télécom", "Paul Durand"], kind: .lawsuit)]),
        RelationCase(label: "a contractor's town and state between commas hold nothing; a contract number is no year",
                     text: "Titre\ndate 2025-03-03\nVexa Marine Systems Inc., Bath, Maine, is awarded a $45,600,000 modification to previously awarded contract N00024-20-C-2100 by the Navy for ship repair.",
                     contracts: [Deal(contractor: "Vexa Marine Systems Inc", agency: "U.S. Navy", amount: 45.6e6, date: "2025-03-03")]),
        RelationCase(label: "'a touché N de X': money a party received",
                     text: "Titre\ndate 2025-03-03\nLe PLR a touché 50 000 francs de Vexa SA en 2023.",
                     donations: [Gift(donor: "Vexa SA", amount: 50_000)]),
        RelationCase(label: "'A, together with B and C, were awarded contracts': co-holders, not the other side",
                     text: "Titre\ndate 2025-03-03\nIn August, Vexa Systems, together with Halvern Corp. and Brumex Labs, were awarded contracts from the Navy with a cumulative ceiling value of $900 million.",
                     contracts: [Deal(contractor: "Vexa Systems", agency: "U.S. Navy", amount: 900e6), Deal(contractor: "Halvern Corp", agency: "U.S. Navy", amount: 900e6),
                                 Deal(contractor: "Brumex Labs", agency: "U.S. Navy", amount: 900e6)]),
        RelationCase(label: "a legal form after a comma and a nationality word opening a company's name belong to it; the name without it is the same company",
                     text: "Titre\ndate 2025-03-03\nTwo patent suits were filed this week.\nOn Monday, American Vexa LLC sued Halvern Wireless Inc. in Texas.\nDrone Brumex, Inc., a Taiwanese company, is taking Zentrol Inc. to court over two patents. Now Drone Brumex is demanding an injunction against Zentrol.",
                     disputes: [Conflict(parties: ["American Vexa LLC", "Halvern Wireless Inc"], kind: .lawsuit),
                                Conflict(parties: ["Drone Brumex, Inc", "Zentrol Inc"], kind: .lawsuit)]),
        RelationCase(label: "a donors' list with the amount after each giver ('A, with £1.5m, and B, which gave £1.1m'; 'A, avec 50 000 francs')",
                     text: "Titre\ndate 2025-03-03\nLabour's biggest donors were the unions Vexa, with £1.5m, and Halvern, which gave £1.1m.\nLes principaux donateurs du PLR sont Brumex SA, avec 50 000 francs, et Paul Durand, avec 20 000 francs.",
                     donations: [Gift(donor: "Vexa", amount: 1.5e6), Gift(donor: "Halvern", amount: 1.1e6),
                                 Gift(donor: "Brumex SA", amount: 50_000), Gift(donor: "Paul Durand", amount: 20_000)]),
        RelationCase(label: "'from impermissible sources' names no donor; 'from tech donors including X' names X",
                     text: "Titre\ndate 2025-03-03\nThe Greens and the Liberal Democrats reported receiving a total of four donations amounting to £25,806 from impermissible sources.\nThe Vexa Action PAC received $2 million from tech donors including Paul Durand.",
                     donations: [Gift(donor: "Paul Durand", amount: 2e6)]),
        RelationCase(label: "a newspaper that reported the gift is its source, not a second recipient",
                     text: "Titre\ndate 2025-03-03\nPaul Durand has pledged to give $10 million to Vexa Action PAC, the Daily Courier reported.",
                     donations: [Gift(donor: "Paul Durand", amount: 10e6)]),
        RelationCase(label: "'donations from DESCRIPTION, including A and B' and 'other donors include C and D': gifts of unknown amount",
                     text: "Titre\ndate 2025-03-03\nA new super PAC, Vexa Action PAC, has received donations from well-known investors, including Halvern co-founder Paul Durand and banker Ann Lee. Other donors include Brumex partner Marc Petit and trader Nina Holt, according to a report by the Daily Courier.",
                     donations: [Gift(donor: "Paul Durand", amount: nil), Gift(donor: "Ann Lee", amount: nil),
                                 Gift(donor: "Marc Petit", amount: nil), Gift(donor: "Nina Holt", amount: nil)]),
        RelationCase(label: "a regulator's earlier fine told with pronouns is a case of its own",
                     text: sanctionLead + " Elle lui avait déjà infligé une amende de 40 millions d'euros en mars 2021.",
                     disputes: [sanction]),
        RelationCase(label: "a sum beside a fine word that is not the fine's own is no second case",
                     text: sanctionLead + " Son chiffre d'affaires, 4 milliards d'euros, rend la sanction indolore.",
                     disputes: [sanction]),
        RelationCase(label: "two proceedings in one sentence, each clause with its own parties",
                     text: "Titre\ndate 2025-03-03\nAprès une perquisition chez Zentrix par le parquet national financier, c'est Halvern Télécom qui a été sanctionné par l'Arcep ce mercredi.",
                     // A prosecutor's search is a criminal case: a lawsuit (GUIDELINES, fine points).
                     disputes: [Conflict(parties: ["Parquet national financier", "Zentrix"], kind: .lawsuit), regulatory("Arcep", "Halvern Télécom")]),
        RelationCase(label: "'X and his wife FirstName': the spouse takes the partner's surname and is listed too",
                     text: "Titre\ndate 2025-03-03\nTech investors have poured $100 million into Vexa Action PAC. Investor Greg Halvorsen and his wife Anna, and trader Nina Holt are backing the effort.",
                     donations: [Gift(donor: "Greg Halvorsen", amount: 100e6), Gift(donor: "Anna Halvorsen", amount: 100e6),
                                 Gift(donor: "Nina Holt", amount: 100e6)]),
        // Negatives: the same words with no fact.
        RelationCase(label: "a gift with neither amount nor recipient is no fact",
                     text: "Titre\ndate 2025-03-03\nIn return, big donors can attend a dinner with the candidate and his wife, Melania, and meet Paul Durand."),
        RelationCase(label: "a count after an amount is no amount",
                     text: "Titre\ndate 2025-03-03\nLe milliardaire Paul Durand a offert 15 millions de dollars à America PAC, et 30 millions d'électeurs l'ont appris.",
                     donations: [Gift(donor: "Paul Durand", amount: 15e6)]),
        RelationCase(label: "an attack word inside a quotation is what was said, not the attack reported",
                     text: "date 2025-03-03\n«Il faut dénoncer l'Etat mafieux», a affirmé Paul Durand, ancien conseiller de Marc Petit."),
        RelationCase(label: "bulleted amounts with no award before them are no contracts",
                     text: "date 2025-03-03\nThe company reported its results by region:\n- Vexa Aerospace of Denver, Colorado, $40 million.\n- Halvern Orbital of Austin, Texas, $50 million."),
        RelationCase(label: "a plural opening the sentence is no party",
                     text: "date 2025-03-03\nRegulators sued Zentrix Corp over its pricing."),
        RelationCase(label: "an adjective opening the sentence is no giver",
                     text: "date 2025-03-03\nNotable gifts to the campaign came from Ann Lee, a trader, who gave $300,000.",
                     donations: [Gift(donor: "Ann Lee", amount: 300_000)]),
        RelationCase(label: "'provided' money with no political context is no gift",
                     text: "date 2025-03-03\nThe bank provided $2 billion in loans to small businesses, plus $300 million of guarantees."),
        RelationCase(label: "'in any case' opens no case",
                     text: "date 2025-03-03\nIn any case, Google and Microsoft said they would keep investing."),
        RelationCase(label: "Yahoo Finance is no French verb of financing",
                     text: "date 2025-03-03\nSelon Yahoo Finance, Tesla a gagné 2 milliards de dollars lors de l'élection."),
        RelationCase(label: "revenue added is no gift",
                     text: "date 2025-03-03\nThe company added $2 billion in revenue last year, the chief executive added."),
        RelationCase(label: "the title's complement and the names listed with it are not the giver",
                     text: "date 2025-03-03\nLe patron de Nexora, Veltis et Brumex a offert 5 millions de dollars au comité."),
        RelationCase(label: "a regulator blocking a takeover 'deal' is no contract",
                     text: "date 2025-03-03\nThe Competition and Markets Authority has blocked Zentrix's proposed acquisition of Halvern Games for £12.5 billion, given concerns over the deal's impact on the market."),
        RelationCase(label: "backing a bill with no amount told before is no gift",
                     text: "date 2025-03-03\nThe senators met on Monday. Google, Meta and Amazon are backing the bill."),
        RelationCase(label: "a company's awards listed in bullets: each item is its contract; the place of the work and the total broken down are not",
                     text: """
                     date 2025-03-03
                     Norvex has won a $120 million task order on an Army contract to run depots at Fort Keller.
                     The order is under the $9 billion Unified Army Depot Support contract.
                     It is among four contracts totaling nearly $300 million Norvex has received this year. They include:
                     • A $12.5 million modification in March to an Army contract to maintain radios in Tarvola, Italy, and Brenn, Austria.
                     • A $40 million Navy contract in May to run base services at Naval Station Corlan Bay.
                     """,
                     contracts: [Deal(contractor: "Norvex", agency: "U.S. Army", amount: 120e6), Deal(contractor: "Norvex", agency: "U.S. Army", amount: 12.5e6),
                                 Deal(contractor: "Norvex", agency: "U.S. Navy", amount: 40e6)]),
        RelationCase(label: "a body's own unit is no supplier; 'award this contract to X' keeps the recalled contract's value",
                     text: """
                     date 2025-03-03
                     Halvern Systems has won a four-year contract with the Ministry of Defence worth £80m to supply radios.
                     The first phase, with the Ministry of Defence's (MoD) Field Signals unit, is worth £20m.
                     A colonel said the ministry was glad to award this contract to Team Kestrel, who will deliver the radios.
                     """,
                     contracts: [Deal(contractor: "Halvern Systems", agency: "Ministry of Defence", amount: 80e6),
                                 Deal(contractor: "Team Kestrel", agency: "Ministry of Defence", amount: 80e6)]),
        RelationCase(label: "'lui a attribué': the dative pronoun stands for the company named before the body",
                     text: "date 2025-03-03\nZentrix est le grand gagnant, puisque le ministère de la Santé lui a attribué le contrat de 12 millions d'euros.",
                     contracts: [Deal(contractor: "Zentrix", agency: "ministère de la Santé", amount: 12e6)]),
        RelationCase(label: "'sans' denies only what follows it; a bare sum in millions takes the article's currency",
                     text: """
                     date 2025-03-03
                     La Confédération a dépensé 90 millions de francs en licences.
                     Zentrix a raflé les 90 millions sans la moindre concurrence, l'Office fédéral de l'informatique ayant attribué le contrat de gré à gré.
                     """,
                     contracts: [Deal(contractor: "Zentrix", agency: "Office fédéral de l'informatique", amount: 90e6)]),
        RelationCase(label: "'bringing her total to $X' after a gift of $Y: an earlier gift of X - Y",
                     text: "date 2025-03-03\nJane Corwell gave $30 million to the Liberty Forward PAC in July, bringing her total given to the group to $45 million.",
                     donations: [Gift(donor: "Jane Corwell", amount: 30e6), Gift(donor: "Jane Corwell", amount: 15e6)]),
        RelationCase(label: "'portant le total de ses dons à X': an earlier gift of the difference",
                     text: "date 2025-03-03\nPaul Verdane a donné 2 millions d'euros au parti en mai, portant le total de ses dons à 5 millions d'euros.",
                     donations: [Gift(donor: "Paul Verdane", amount: 2e6), Gift(donor: "Paul Verdane", amount: 3e6)]),
        RelationCase(label: "a sum two givers signed for together, broken down later, is no gift of its own",
                     text: """
                     date 2025-03-03
                     Les milliardaires Verdane et Castel ont signé leur convention de mécénat, dotant la fondation de 30 millions d'euros.
                     Le 3 mars, Paul Verdane a donné 20 millions d'euros à la fondation.
                     """,
                     donations: [Gift(donor: "Paul Verdane", amount: 20e6)]),
        RelationCase(label: "givers who each gave the same sum keep it, whatever else they gave",
                     text: """
                     date 2025-03-03
                     Jane Corwell and Tom Alder each gave $1 million to the Liberty Forward PAC.
                     Tom Alder also gave $50,000 to the Senate Leadership Fund.
                     """,
                     donations: [Gift(donor: "Jane Corwell", amount: 1e6), Gift(donor: "Tom Alder", amount: 1e6), Gift(donor: "Tom Alder", amount: 50_000)]),
        RelationCase(label: "companies named alongside the holder of the contract just told hold it too",
                     text: """
                     date 2025-03-03
                     La Confédération a choisi Zentrix pour un contrat de 40 millions de francs.
                     C'est donc un prestataire étranger qui gérera les données, aux côtés de trois sociétés suisses: Norvex, Halvern et Brindora.
                     """,
                     contracts: [Deal(contractor: "Zentrix", agency: "Confédération suisse", amount: 40e6), Deal(contractor: "Norvex", agency: "Confédération suisse", amount: 40e6),
                                 Deal(contractor: "Halvern", agency: "Confédération suisse", amount: 40e6), Deal(contractor: "Brindora", agency: "Confédération suisse", amount: 40e6)]),
        RelationCase(label: "'the contract … replaces a previous $X contract': another contract of the holder just told",
                     text: """
                     date 2025-03-03
                     The Department of Energy has signed a five-year $300 million deal with Zentrix to run its data centres.
                     The contract will start in July and replaces a previous $90m (€80m) contract that expired in June.
                     """,
                     contracts: [Deal(contractor: "Zentrix", agency: "U.S. Department of Energy", amount: 300e6),
                                 Deal(contractor: "Zentrix", agency: "U.S. Department of Energy", amount: 90e6)]),
        RelationCase(label: "each amount goes to the company named right after it ('$X for A services and $Y for a deal with B')",
                     text: "date 2025-03-03\nThe Department of Energy also signed contracts with other suppliers, including $59 million for Norvex services over three years and $11m for a one-year deal with Halvern.",
                     contracts: [Deal(contractor: "Norvex", agency: "U.S. Department of Energy", amount: 59e6),
                                 Deal(contractor: "Halvern", agency: "U.S. Department of Energy", amount: 11e6)]),
        RelationCase(label: "an acronym defined after 'or' names the company it follows",
                     text: """
                     date 2025-03-03
                     The Army awarded a $5.6 million task order to Quorvan Systems, or QSL, on Jan. 11.
                     The Navy awarded a $2 million contract to QSL in February.
                     """,
                     contracts: [Deal(contractor: "Quorvan Systems", agency: "U.S. Army", amount: 5.6e6), Deal(contractor: "Quorvan Systems", agency: "U.S. Navy", amount: 2e6)]),
        RelationCase(label: "after a contract, companies listed each with an amount in parentheses hold their share; a bare sum takes the currency the article names later",
                     text: """
                     date 2025-03-03
                     Investissement Québec a attribué un contrat de 2,6 millions pour des services informatiques.
                     Trois firmes se sont partagé ce contrat. Il s'agit de Norvex, de Delvan Systèmes (1,07 million) et de Halvern Technologies (493 200 $).
                     """,
                     contracts: [Deal(contractor: "Delvan Systèmes", agency: "Investissement Québec", amount: 1.07e6),
                                 Deal(contractor: "Halvern Technologies", agency: "Investissement Québec", amount: 493_200)]),
        RelationCase(label: "'has bagged a Rs 150-crore contract from the X government'",
                     text: "date 2025-03-03\nNorvex Infotech has bagged a Rs 150-crore e-governance contract from the Kerala government.",
                     contracts: [Deal(contractor: "Norvex Infotech", agency: "Kerala government", amount: 1.5e9)]),
        RelationCase(label: "'received £X from its treasurer, A, and another £Y from businessman B': both givers",
                     text: "date 2025-03-03\nThe Conservatives also received £250,000 from its current treasurer, Graham Velden, and another £200,000 from businessman Kamal Ostrin.",
                     donations: [Gift(donor: "Graham Velden", amount: 250_000), Gift(donor: "Kamal Ostrin", amount: 200_000)]),
        RelationCase(label: "'déclaré adjudicataire … par X': the winner named by a noun",
                     text: "date 2025-03-03\nLa société Norvex vient d'être déclarée adjudicataire du projet de 12 millions d'euros par le ministère de la Santé.",
                     contracts: [Deal(contractor: "Norvex", agency: "ministère de la Santé", amount: 12e6)]),
        RelationCase(label: "a 'convention de mécénat' is a gift",
                     text: "date 2025-03-03\nLe 3 mars, Paul Verdane a signé une convention de mécénat portant sur 20 millions d'euros pour la restauration du musée.",
                     donations: [Gift(donor: "Paul Verdane", amount: 20e6)]),
    ]

    @Test("a schedule of gifts gives one row per amount, the same amount twice included")
    func schedule() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nLe milliardaire Paul Durand a offert 15 millions de dollars en juillet, 30 millions en août et 30 millions en septembre à America PAC.")
        #expect(x.donations.compactMap(\.money?.amount) == [15e6, 30e6, 30e6])
    }

    @Test("'et la même somme au X', 'and the same amount to Y': the amount given again to the recipient named after it")
    func sameAmount() {
        let french = Extractor().extract(text: "Titre\ndate 2025-03-03\nLe groupe Vexor a versé 35 000 francs au Parti socialiste et la même somme au Parti radical.")
        #expect(french.donations.map { "\($0.donor.name) > \($0.recipient?.name ?? "-") \($0.money?.amount ?? 0)" }
                == ["Vexor > Parti socialiste 35000.0", "Vexor > Parti radical 35000.0"])
        let english = Extractor().extract(text: "Titre\ndate 2025-03-03\nAcme gave $50,000 to the Heritage Party and the same amount to the Green Party.")
        #expect(english.donations.map { $0.recipient?.name ?? "-" } == ["Heritage Party", "Green Party"])
    }

    @Test("a regulator's earlier fine told with pronouns is a second row, dated by its own sentence")
    func recalledSanction() {
        let x = Extractor().extract(text: Self.sanctionLead + " Elle lui avait déjà infligé une amende de 40 millions d'euros en mars 2021.")
        #expect(x.disputes.map(\.date) == ["2025-03-03", "2021-03"])
    }

    @Test("an earlier fine the party received is a second row; a company named in the reason after it is no party")
    func recalledSanctionWithReason() {
        let x = Extractor().extract(text: "Titre\ndate 2025-03-03\nL'Autorité de la concurrence a annoncé jeudi avoir infligé une amende de 75 millions d'euros au groupe Orange."
            + " En 2021, Orange avait déjà reçu une amende de 40 millions d'euros pour ne pas avoir respecté un accord avec son concurrent Bouygues Telecom.")
        #expect(x.disputes.count == 2)
        #expect(x.disputes.allSatisfy { Set($0.parties.map(\.entity.name)) == ["Autorité de la concurrence", "Orange"] })
    }

    @Test("press constructions", arguments: cases)
    func construction(_ c: RelationCase) { RelationTests.check(c) }
}
