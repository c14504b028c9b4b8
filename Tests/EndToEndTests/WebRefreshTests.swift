import Foundation
import Testing

/// Web sources against a server on 127.0.0.1 started by the test: feeds, pages, 304, 404, a redirect, a slow
/// answer and malformed XML and HTML. Each source's failure is its own; the others complete.
@Suite("Refresh: web sources")
struct WebRefreshTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Loopback wire</title>
        <item><title>Oracle backs the inaugural fund</title><link>/news/oracle</link>
        <pubDate>Tue, 10 Dec 2024 04:00:00 GMT</pubDate>
        <description>&lt;p&gt;Oracle gave $3 million to the Trump inaugural fund, the company said.&lt;/p&gt;</description></item>
        <item><title>Amazon backs the inaugural fund</title><link>/news/amazon</link>
        <pubDate>Wed, 11 Dec 2024 04:00:00 GMT</pubDate>
        <description>Amazon gave $1 million to the Trump inaugural fund.</description></item>
        </channel></rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
        <entry><title>Google gives to the fund</title><link href="/atom/google"/><id>urn:loop:1</id>
        <published>2025-01-05T10:00:00Z</published><content type="html">&lt;p&gt;Google gave $2 million to the Trump inaugural fund.&lt;/p&gt;</content></entry>
        </feed>
        """

    static let page = """
        <!DOCTYPE html><html><head><title>Loopback | Microsoft</title>
        <meta property="article:published_time" content="2024-12-18T09:00:00Z"></head><body>
        <nav>Home Politics World</nav><script>var s = "Meta gave $9 million to the Trump inaugural fund.";</script>
        <article><h1>Microsoft gives to the fund</h1><p>Microsoft gave $1 million to the Trump inaugural fund, a filing shows.</p>
        <section class="comments"><p>Reader: IBM gave $8 million to the Trump inaugural fund.</p></section></article></body></html>
        """

    /// Unclosed tags and a stray end tag: libxml2's HTML parser recovers the text.
    static let brokenPage = """
        <html><head><title>Broken but readable</title><body><div class=story><p>Apple gave $7 million to the Trump
        inaugural fund.</span><p>More text<table><tr><td>cell
        """

    /// Not XML at all after its declaration.
    static let brokenFeed = "<?xml version=\"1.0\"?>\n<<<>>> &&& not a feed"

    static func serve(_ server: LoopbackServer) {
        server.route("/feed.xml") { request in
            if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304, headers: ["ETag": "\"v1\""]) }
            return .init(headers: ["ETag": "\"v1\"", "Content-Type": "application/rss+xml"], body: feed)
        }
        server.route("/atom.xml") { request in
            let stamp = "Sat, 04 Jan 2025 10:00:00 GMT"
            if request.headers["if-modified-since"] == stamp { return .init(status: 304) }
            return .init(headers: ["Last-Modified": stamp, "Content-Type": "application/atom+xml"], body: atom)
        }
        server.route("/old-page") { _ in .init(status: 301, headers: ["Location": "/page.html"]) }
        server.route("/page.html") { _ in .init(headers: ["Content-Type": "text/html; charset=utf-8"], body: page) }
        server.route("/broken.html") { _ in .init(headers: ["Content-Type": "text/html"], body: brokenPage) }
        server.route("/broken.xml") { _ in .init(headers: ["Content-Type": "application/xml"], body: brokenFeed) }
        server.route("/slow.xml") { _ in .init(body: feed, delay: 8) }
        server.route("/loop") { _ in .init(status: 302, headers: ["Location": "/loop"]) }
    }

    @Test("feeds and pages are stored under their URLs; 404, a redirect loop, a timeout and malformed XML fail alone; a 304 re-ingests nothing")
    func sources() throws {
        let server = try LoopbackServer()
        // The accept thread holds the server: stop it by hand (slow answers still asleep then end on their own).
        defer { server.stop() }
        Self.serve(server)
        let scratch = try Scratch()
        let sources = [("feed", "/feed.xml"), ("atom", "/atom.xml"), ("moved", "/old-page"), ("broken-page", "/broken.html"),
                       ("broken-feed", "/broken.xml"), ("gone", "/missing.html"), ("slow", "/slow.xml"),
                       ("loop", "/loop")]
        for (name, path) in sources {
            #expect(try KBProcess.run(["source", "add", "--db", scratch.db, server.url(path), "--name", name]).status == 0)
        }
        let first = try KBProcess.run(["refresh", "--db", scratch.db, "--web-timeout", "2"])
        #expect(first.status == 1)
        let lines = first.stderr.split(separator: "\n").map { line in
            line.range(of: ") in ").map { String(line[..<$0.lowerBound]) + ")" } ?? String(line)
        }
        #expect(lines == [
            "source atom: 1 new, 0 changed, 0 unchanged, 0 missing, 0 failed (feed, 1 item)",
            "kb: error: source 'broken-feed': \(server.url("/broken.xml")): the feed is malformed or empty (no XML element)",
            "source broken-feed: 0 new, 0 changed, 0 unchanged, 0 missing, 1 failed (feed)",
            "source broken-page: 1 new, 0 changed, 0 unchanged, 0 missing, 0 failed (page)",
            "source feed: 2 new, 0 changed, 0 unchanged, 0 missing, 0 failed (feed, 2 items)",
            "kb: error: source 'gone': \(server.url("/missing.html")): the server answered 404 Not Found",
            "source gone: 0 new, 0 changed, 0 unchanged, 0 missing, 1 failed (not fetched)",
            "kb: error: source 'loop': \(server.url("/loop")): too many redirects",
            "source loop: 0 new, 0 changed, 0 unchanged, 0 missing, 1 failed (not fetched)",
            "source moved: 1 new, 0 changed, 0 unchanged, 0 missing, 0 failed (page)",
            "kb: error: source 'slow': \(server.url("/slow.xml")): no answer within 2 s (timed out)",
            "source slow: 0 new, 0 changed, 0 unchanged, 0 missing, 1 failed (not fetched)",
        ], "\(first.stderr)")

        let articles = try KBProcess.sql("SELECT path, name, title, published FROM articles ORDER BY path", db: scratch.db)
        #expect(articles.map { $0["path"] as? String } == [server.url("/atom/google"), server.url("/broken.html"),
                                                          server.url("/news/amazon"), server.url("/news/oracle"),
                                                          server.url("/old-page")])
        #expect(articles.map { $0["published"] as? String } == ["2025-01-05", nil, "2024-12-11", "2024-12-10", "2024-12-18"])
        #expect(articles.last?["title"] as? String == "Microsoft gives to the fund")
        let donors = try KBProcess.sql("SELECT donor, amount FROM donation_facts ORDER BY donor", db: scratch.db)
        #expect(donors.map { $0["donor"] as? String } == ["Amazon", "Apple", "Google", "Microsoft", "Oracle"], "\(donors)")
        let text = try KBProcess.sql("SELECT text FROM articles WHERE name = 'old-page'", db: scratch.db).first?["text"] as? String
        #expect(text == "Microsoft gives to the fund\ndate 2024-12-18\n\nMicrosoft gave $1 million to the Trump inaugural fund, a filing shows.")
        #expect(server.requests("/feed.xml").first?.headers["user-agent"]?.hasPrefix("kb/") == true)

        // Second run: the feed and the Atom feed answer 304 to the validators sent back; nothing is re-ingested.
        let stamps = "SELECT group_concat(id || ' ' || ingested_at || ' ' || sha256, ', ') AS all_rows FROM articles"
        let before = try KBProcess.sql(stamps, db: scratch.db).first?["all_rows"] as? String
        let second = try KBProcess.run(["refresh", "--db", scratch.db, "--web-timeout", "2"])
        #expect(second.stderr.contains("source feed: 0 new, 0 changed, 0 unchanged, 0 missing, 0 failed (not modified) in "), "\(second.stderr)")
        #expect(second.stderr.contains("source atom: 0 new, 0 changed, 0 unchanged, 0 missing, 0 failed (not modified) in "), "\(second.stderr)")
        #expect(second.stderr.contains("source moved: 0 new, 0 changed, 1 unchanged, 0 missing, 0 failed (page) in "), "\(second.stderr)")
        #expect(server.requests("/feed.xml").map { $0.headers["if-none-match"] } == [nil, "\"v1\""])
        #expect(server.requests("/atom.xml").last?.headers["if-modified-since"] == "Sat, 04 Jan 2025 10:00:00 GMT")
        let after = try KBProcess.sql(stamps, db: scratch.db).first?["all_rows"] as? String
        #expect(before != nil && after == before)
        #expect(try KBProcess.run(["check", "--db", scratch.db]).status == 0)
    }
}
