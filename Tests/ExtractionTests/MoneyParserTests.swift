import Testing
@testable import Extraction

/// One amount expression and the single Money the parser must read from it.
struct MoneyCase: Sendable, CustomTestStringConvertible {
    let text: String
    let language: String
    let amount: Double
    let currency: String
    let kind: AmountKind
    init(_ text: String, _ language: String, _ amount: Double, _ currency: String, _ kind: AmountKind = .exact) {
        self.text = text; self.language = language; self.amount = amount; self.currency = currency; self.kind = kind
    }
    var testDescription: String { text }
}

@Suite("MoneyParser")
struct MoneyParserTests {
    static let cases: [MoneyCase] = [
        MoneyCase("Il a donné un million de dollars.", "fr", 1e6, "USD"),
        MoneyCase("Le parti a reçu un demi-million de dollars.", "fr", 5e5, "USD"),
        MoneyCase("un bénéfice de 139,3 millions de dollars", "fr", 139_300_000, "USD"),
        MoneyCase("un don de 58 000 dollars", "fr", 58_000, "USD"),
        MoneyCase("Five hundred thousand dollars. That is what they gave.", "en", 500_000, "USD"),
        MoneyCase("un chèque de deux cent mille euros", "fr", 200_000, "EUR"),
        MoneyCase("twenty-five million dollars in all", "en", 25e6, "USD"),
        MoneyCase("un plan de 500 milliards de dollars", "fr", 5e11, "USD"),
        MoneyCase("He gave $1 million to the committee.", "en", 1e6, "USD"),
        MoneyCase("a $480m task order", "en", 4.8e8, "USD"),
        MoneyCase("a $1.5bn contract", "en", 1.5e9, "USD"),
        MoneyCase("un marché de 4,2 Md€", "fr", 4.2e9, "EUR"),
        MoneyCase("un versement de 10 M$", "fr", 1e7, "USD"),
        MoneyCase("a €24 million grant", "en", 2.4e7, "EUR"),
        MoneyCase("a £3 million fine", "en", 3e6, "GBP"),
        MoneyCase("a 200-million-euro fine", "en", 2e8, "EUR"),
        MoneyCase("a 2.4-billion-euro fine", "en", 2.4e9, "EUR"),
        MoneyCase("un contrat pouvant aller jusqu'à 365 millions de dollars", "fr", 365e6, "USD", .upTo),
        MoneyCase("elle a dépensé plus de 250 millions de dollars", "fr", 250e6, "USD", .atLeast),
        MoneyCase("un chèque d'environ 58 000 dollars", "fr", 58_000, "USD", .about),
        MoneyCase("a deal worth up to $9bn", "en", 9e9, "USD", .upTo),
        MoneyCase("they raised more than $40 million", "en", 40e6, "USD", .atLeast),
        MoneyCase("plans to donate at the US$1 million-level", "en", 1e6, "USD"),
        MoneyCase("a $5 billion-plus programme", "en", 5e9, "USD"),
        MoneyCase("Acme gave A$50,000 to the party", "en", 50_000, "AUD"),
        MoneyCase("has bagged a Rs 150-crore e-governance contract", "en", 1.5e9, "INR"),
        MoneyCase("a deal worth Rs. 40 lakh", "en", 4e6, "INR"),
        MoneyCase("un marché de 12 milliards de dirhams", "fr", 12e9, "MAD"),
        MoneyCase("a C$1.2 billion contract", "en", 1.2e9, "CAD"),
        MoneyCase("a NZ$3m grant", "en", 3e6, "NZD"),
        MoneyCase("Acme gave 50,000 Australian dollars to the party", "en", 50_000, "AUD"),
        MoneyCase("un contrat de 8 milliards de dollars canadiens", "fr", 8e9, "CAD"),
        MoneyCase("it wasted two million pounds of taxpayers' money", "en", 2e6, "GBP"),
        MoneyCase("The party banked 44,000 pounds from him.", "en", 44_000, "GBP"),
    ]

    @Test("reads the amount, currency and qualifier", arguments: cases)
    func readsAmount(_ c: MoneyCase) throws {
        let tokens = Tokenizer.tokenize(c.text, language: c.language)
        let matches = MoneyParser.find(in: tokens, language: c.language)
        try #require(matches.count == 1, "expected one amount in \(c.text), got \(matches.map(\.money))")
        let money = matches[0].money
        #expect(abs(money.amount - c.amount) <= 1e-6 * c.amount, "amount \(money.amount) ≠ \(c.amount)")
        #expect(money.currency == c.currency)
        #expect(money.kind == c.kind)
    }

    @Test("finds no money in numbers that are not amounts", arguments: [
        ("Le chômage a baissé de 10 %.", "fr"),
        ("L'entreprise a été fondée en 2024.", "fr"),
        ("Il a racheté trois entreprises.", "fr"),
        ("L'application revendique 2 millions d'utilisateurs.", "fr"),
        ("The firm hired 300 engineers in 2023.", "en"),
        ("The capsule will carry at least 44,000 pounds of cargo to the station.", "en"),
    ])
    func noMoney(_ text: String, _ language: String) {
        let tokens = Tokenizer.tokenize(text, language: language)
        #expect(MoneyParser.find(in: tokens, language: language).isEmpty)
    }

    @Test("a scaled number coordinated after an amount takes its currency; a count does not")
    func carriedCurrency() {
        let scheduled = Tokenizer.tokenize("Il a offert 15 millions de dollars en juillet, 30 millions en août et 30 millions en septembre.", language: "fr")
        #expect(MoneyParser.find(in: scheduled, language: "fr").map { "\($0.money.amount) \($0.money.currency)" }
                == ["15000000.0 USD", "30000000.0 USD", "30000000.0 USD"])
        let counted = Tokenizer.tokenize("Il a offert 15 millions de dollars, et 30 millions d'électeurs l'ont appris.", language: "fr")
        #expect(MoneyParser.find(in: counted, language: "fr").count == 1)
        // "$400,000" is English whatever the sentence's language.
        let dollars = Tokenizer.tokenize("Globex a donné $400,000.", language: "fr")
        #expect(MoneyParser.find(in: dollars, language: "fr").map(\.money.amount) == [400_000])
    }

    /// A short English brief whose names look French is guessed French as a whole; its amounts are still English.
    static let frenchLookingBrief = "Le Pen Du Bois a La Salle pledge\nJean-Luc Du Bois La Salle gave a $1 billion gift to a foundation at Lyon.\n"

    @Test("an English amount in an article guessed French is read in English: $1 billion is 10^9")
    func englishBriefGuessedFrench() throws {
        let x = Extractor().extract(text: Self.frenchLookingBrief)
        try #require(x.language == "fr", "the brief must be guessed French for this case to mean anything")
        let amounts = x.donations.compactMap(\.money?.amount)
        #expect(amounts == [1e9])
    }

    @Test("number words take their own sentence's language", arguments: [
        ("He gave $1 billion to the fund.", "fr", 1e9),
        ("The company said it gave 2 billion dollars to the foundation.", "fr", 2e9),
        ("Le fonds a reçu 1 billion de dollars de la banque.", "fr", 1e12),
        ("Le fonds a reçu 3 milliards de dollars.", "en", 3e9),
    ])
    func sentenceLanguage(_ text: String, _ article: String, _ amount: Double) throws {
        let match = try #require(MoneyParser.find(in: Tokenizer.tokenize(text, language: article), language: article).first)
        #expect(match.money.amount == amount)
    }

    @Test("the match covers the amount's tokens")
    func matchTokens() throws {
        let tokens = Tokenizer.tokenize("Coinbase a versé 1 million de dollars au comité.", language: "fr")
        let match = try #require(MoneyParser.find(in: tokens, language: "fr").first)
        let covered = tokens[match.tokens].map(\.text).joined(separator: " ")
        #expect(covered == "1 million de dollars")
    }
}
