import Testing
@testable import Extraction

struct DateCase: Sendable, CustomTestStringConvertible {
    let text: String
    let language: String
    let published: String?
    let iso: String
    let role: DateMatch.Role
    init(_ text: String, _ language: String, published: String? = nil, _ iso: String, _ role: DateMatch.Role = .point) {
        self.text = text; self.language = language; self.published = published; self.iso = iso; self.role = role
    }
    var testDescription: String { text }
}

@Suite("DateParser and ArticleHeader")
struct DateParserTests {
    static let cases: [DateCase] = [
        DateCase("Le don a été annoncé le 24 janvier.", "fr", published: "2025-02", "2025-01-24"),
        DateCase("The deal was signed on January 23, 2025.", "en", "2025-01-23"),
        DateCase("Le contrat a été signé en avril 2025.", "fr", "2025-04"),
        DateCase("Il finance le parti dès 2022.", "fr", "2022"),
        DateCase("The company was founded in 2017.", "en", "2017"),
        DateCase("Le marché a été attribué en mars.", "fr", published: "2024-12", "2024-03"),
        DateCase("Le contrat court jusqu'à 2027.", "fr", "2027", .end),
        DateCase("Filed on 2024-12-18 in Delaware.", "en", "2024-12-18"),
        DateCase("Le contrat court désormais jusqu'en 2033.", "fr", "2033", .end),
        DateCase("Les satellites prendront le relais à partir de 2031.", "fr", "2031", .start),
        DateCase("La DGA a notifié lundi le marché.", "fr", published: "2025-12-02", "2025-12-01"),
        DateCase("The agency said on Sunday that it had signed.", "en", published: "2025-03-01", "2025-02-23"),
        DateCase("Le ministère a confirmé mardi la commande.", "fr", published: "2025-12-02", "2025-12-02"),
    ]

    @Test("reads the first date of a sentence", arguments: cases)
    func firstDate(_ c: DateCase) throws {
        let tokens = Tokenizer.tokenize(c.text, language: c.language)
        let first = try #require(DateParser.find(in: tokens, published: c.published).first, "no date in \(c.text)")
        #expect(first.iso == c.iso)
        #expect(first.role == c.role)
    }

    @Test("a month with no year and no article date is not dated")
    func monthWithoutContext() {
        let tokens = Tokenizer.tokenize("Le marché a été attribué en mars.", language: "fr")
        #expect(DateParser.find(in: tokens, published: nil).isEmpty)
    }

    @Test("amounts are not years", arguments: ["Elle a versé 2000 dollars.", "Un budget de 2024 millions d'euros."])
    func amountIsNotYear(_ text: String) {
        let tokens = Tokenizer.tokenize(text, language: "fr")
        #expect(DateParser.find(in: tokens, published: nil).isEmpty)
    }

    @Test("article header dates", arguments: [
        (" date 2024-12 Titre de l'article sur les dons\nLe texte de l'article commence ici et il est en français.", "2024-12"),
        ("Par Jeanne Martin, le 12 février 2025\nTitre de l'article\nLe texte de l'article est en français pour le test.", "2025-02-12"),
    ])
    func headerDate(_ text: String, _ published: String) {
        let header = ArticleHeader.read(text)
        #expect(header.published == published)
        #expect(header.language == "fr")
    }

    @Test("the title follows the date marker")
    func headerTitle() {
        let header = ArticleHeader.read("date 2024-12 Titre de l'article sur les dons\nLe texte de l'article est en français.")
        #expect(header.title == "Titre de l'article sur les dons")
    }
}
