/// Pages and feeds written for these tests (and served by the end-to-end loopback server's own copies).
enum WebFixtures {
    static let page = """
        <!DOCTYPE html><html><head><title>Site | Microsoft gives</title>
        <meta property="og:title" content="Microsoft gives to the fund">
        <meta property="article:published_time" content="2024-12-18T09:00:00Z">
        <script>var x = "Google gave $9 million";</script><style>p { color: red }</style></head>
        <body><nav><a href="/">Home</a> Politics</nav><div class="ad-banner">Buy now, 50% off</div>
        <article><h1>Microsoft gives to the fund</h1><p>Microsoft gave $1 million to the Trump inaugural fund,
        a filing shows.<p>The company did <em>not</em> comment.
        <aside>Read also: markets</aside>
        <div id="comments"><p>Great article! Amazon gave $5 billion.</p></div>
        <div class="share-buttons">Share on X</div></article>
        <footer>Copyright</footer></body></html>
        """

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Test wire</title><link>http://127.0.0.1/</link>
        <item><title>Oracle backs the inaugural fund</title><link>/news/oracle.html</link>
        <pubDate>Tue, 10 Dec 2024 04:00:00 GMT</pubDate>
        <description>&lt;p&gt;Oracle gave $3 million to the Trump inaugural fund, the company said.&lt;/p&gt;</description></item>
        <item><title>A contract for Palantir</title><link>https://wire.example/news/palantir.html</link>
        <pubDate>Wed, 11 Dec 2024 04:00:00 GMT</pubDate>
        <content:encoded><![CDATA[<p>The Department of Defense awarded Palantir a $480 million contract.</p><script>x()</script>]]></content:encoded>
        </item>
        <item><title>Nothing to read</title><link>/news/empty.html</link><description></description></item>
        </channel></rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:uuid:feed</id>
        <entry><title>Google gives</title><link rel="alternate" href="https://atom.example/google"/>
        <link rel="edit" href="https://atom.example/edit/1"/><id>urn:uuid:1</id><published>2025-01-05T10:00:00Z</published>
        <updated>2025-01-06T10:00:00Z</updated><content type="html">&lt;p&gt;Google gave $2 million to the fund.&lt;/p&gt;</content></entry>
        <entry><title>Plain</title><id>urn:uuid:2</id><updated>2025-02-01T00:00:00Z</updated>
        <summary>IBM gave 4 &lt; 5 million, it said.</summary></entry>
        </feed>
        """

    /// An RSS feed cut off in the middle of its second item.
    static let brokenRSS = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title>
        <item><title>First item survives</title><link>https://cut.example/1</link>
        <description>Meta gave $6 million to the fund.</description></item>
        <item><title>Second <b>item</title><link>https://cut.example/2
        """

    /// Unclosed tags, a stray end tag, an unquoted attribute and a bare ampersand.
    static let brokenPage = """
        <html><head><title>Broken page</title><body><div class=main><p>Apple gave $7 million & more to the
        fund.</span><p>Second paragraph<table><tr><td>cell</div>
        """
}
