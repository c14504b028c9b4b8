import KnowledgeBase
import Testing

/// The web address and byline an article gives in its first lines, stored with it for reports to cite.
@Suite("Article source")
struct ArticleSourceTests {
    @Test("bylines and addresses in the shapes articles use", arguments: [
        ("By John Smith | January 8, 2025\n\nTitle\n\nBody.", nil, "John Smith"),
        ("Par Jeanne Martin, le 18 décembre 2024\n\nTitre", nil, "Jeanne Martin"),
        ("url: https://news.example/a?b=1\nBy Technology Desk — May 1, 2024\nTitle", "https://news.example/a?b=1", "Technology Desk"),
        ("Source : https://exemple.fr/article\nTitre", "https://exemple.fr/article", nil),
        ("https://news.example/only\nTitle", "https://news.example/only", nil),
        ("date 2025-03-14\n\nPentagon picks four cloud giants", nil, nil),
        ("By 2030 the market will double.", nil, nil),
        ("by the way, nothing here", nil, nil),
        // Labels written with non-ASCII letters that lower-case to the label's: the Kelvin sign is a "k".
        ("LIN\u{212A}: https://kelvin.example/a\nTitle", "https://kelvin.example/a", nil),
        ("« Source » https://no.example/a\nTitre", nil, nil),
        ("Ürl: https://no.example/b\nTitle", nil, nil),
    ])
    func header(text: String, url: String?, byline: String?) {
        #expect(ArticleSource(text: text) == ArticleSource(url: url, byline: byline))
    }

    @Test("only the first lines are read")
    func onlyTheTop() {
        let text = String(repeating: "Line.\n", count: 20) + "By Late Author | 2025\nhttps://late.example/x\n"
        #expect(ArticleSource(text: text) == ArticleSource(url: nil, byline: nil))
    }
}
