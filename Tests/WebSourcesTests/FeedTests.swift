import Testing
@testable import WebSources

@Suite("RSS and Atom feeds")
struct FeedTests {
    @Test("RSS 2.0: links resolved against the feed, dates from pubDate, content:encoded preferred, empty items skipped")
    func rss() throws {
        let feed = try Feed.parse(Array(WebFixtures.rss.utf8), url: "http://127.0.0.1:8080/feed.xml").get()
        #expect(feed.items.map(\.url) == ["http://127.0.0.1:8080/news/oracle.html", "https://wire.example/news/palantir.html"])
        #expect(feed.items.map(\.published) == ["2024-12-10", "2024-12-11"])
        #expect(feed.items[0].document
            == "Oracle backs the inaugural fund\ndate 2024-12-10\n\nOracle gave $3 million to the Trump inaugural fund, the company said.\n")
        #expect(feed.items[1].body == "The Department of Defense awarded Palantir a $480 million contract.")
    }

    @Test("Atom: the alternate link, else the id; published before updated; text content kept as text")
    func atom() throws {
        let feed = try Feed.parse(Array(WebFixtures.atom.utf8), url: "https://atom.example/feed").get()
        #expect(feed.items.map(\.url) == ["https://atom.example/google", "urn:uuid:2"])
        #expect(feed.items.map(\.published) == ["2025-01-05", "2025-02-01"])
        #expect(feed.items.map(\.body) == ["Google gave $2 million to the fund.", "IBM gave 4 < 5 million, it said."])
    }

    @Test("a feed cut off mid-item keeps the items before the break; a page or nothing is a clear failure")
    func malformed() throws {
        let feed = try Feed.parse(Array(WebFixtures.brokenRSS.utf8), url: "https://cut.example/feed").get()
        #expect(feed.items.first?.url == "https://cut.example/1")
        #expect(feed.items.first?.body == "Meta gave $6 million to the fund.")
        #expect(throws: WebFailure("not an RSS or Atom feed (its root element is <html>)")) {
            try Feed.parse(Array("<html><body/></html>".utf8), url: "https://x.example/").get()
        }
        let garbage = Feed.parse(Array("<?xml version='1.0'?>".utf8), url: "https://x.example/")
        guard case .failure(let failure) = garbage else { Issue.record("garbage parsed as a feed"); return }
        #expect(failure.reason == "the feed is malformed or empty (no XML element)")
        #expect(throws: WebFailure.self) { try Feed.parse([0xFF, 0xFE, 0x00, 0x3C], url: "https://x.example/").get() }
    }

    @Test("feeds are told from pages by their first bytes; RFC 822 dates read")
    func sniffing() {
        #expect(Feed.looksLikeFeed(Array(WebFixtures.rss.utf8)))
        #expect(Feed.looksLikeFeed(Array("\n<feed xmlns='http://www.w3.org/2005/Atom'>".utf8)))
        #expect(!Feed.looksLikeFeed(Array(WebFixtures.page.utf8)))
        #expect(Feed.rfc822Date("Tue, 10 Jun 2003 04:00:00 GMT") == "2003-06-10")
        #expect(Feed.rfc822Date("sometime") == nil)
    }
}
