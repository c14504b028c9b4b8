import Testing
@testable import WebSources

@Suite("Web pages to article text")
struct PageTextTests {
    @Test("title and date from meta tags; the article's paragraphs without scripts, navigation, ads, share buttons or comments")
    func page() throws {
        let page = try PageText.read(html: Array(WebFixtures.page.utf8)).get()
        #expect(page.title == "Microsoft gives to the fund")
        #expect(page.published == "2024-12-18")
        #expect(page.body == "Microsoft gave $1 million to the Trump inaugural fund, a filing shows.\n\nThe company did not comment.")
        #expect(page.document == "Microsoft gives to the fund\ndate 2024-12-18\n\n" + page.body + "\n")
    }

    @Test("a date from <time datetime>, the title from <title> when there is no meta or h1, main when there is no article")
    func fallbacks() throws {
        let html = "<html><head><title>Plain title</title></head><body><header>Site</header><main>"
            + "<time datetime='2025-03'>March</time><p>Text of the story.</p></main></body></html>"
        let page = try PageText.read(html: Array(html.utf8)).get()
        #expect(page.title == "Plain title" && page.published == "2025-03")
        #expect(page.body == "March\n\nText of the story.")
    }

    @Test("malformed HTML still gives its text")
    func malformed() throws {
        let page = try PageText.read(html: Array(WebFixtures.brokenPage.utf8)).get()
        #expect(page.title == "Broken page")
        #expect(page.body == "Apple gave $7 million & more to the fund.\n\nSecond paragraph\n\ncell")
    }

    @Test("UTF-8 without a declared charset is read as UTF-8; a declared Windows-1252 page as Windows-1252")
    func encodings() throws {
        let utf8 = try PageText.read(html: Array("<html><body><p>Le ministère des Armées a signé.</p></body></html>".utf8)).get()
        #expect(utf8.body == "Le ministère des Armées a signé.")
        let latin = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Arm".utf8) + [0xE9] + Array("es</p></body></html>".utf8)
        #expect(try PageText.read(html: latin).get().body == "Armées")
    }

    @Test("a page with no text is a clear failure")
    func empty() {
        #expect(throws: WebFailure("no article text found in the page")) {
            try PageText.read(html: Array("<html><body><nav>Menu</nav><script>x()</script></body></html>".utf8)).get()
        }
    }

    @Test("ISO dates are cut to their date; other text is no date")
    func dates() {
        #expect(PageText.isoDate("2024-12-18T09:00:00Z") == "2024-12-18")
        #expect(PageText.isoDate("2024") == "2024")
        #expect(PageText.isoDate("18 December 2024") == nil)
    }
}
