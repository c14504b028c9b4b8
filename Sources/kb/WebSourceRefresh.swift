import Foundation
import KnowledgeBase
import WebSources

/// One web source refreshed: fetched (conditionally), read as a feed (one article per item) or as a page (one
/// article under its URL), and ingested; a 304 costs nothing more. Every failure is this source's alone.
struct WebSourceRefresh {
    var source: Source
    var database: Database
    var options: IngestOptions
    var timeout: Double

    /// What happened, and the words that go in the summary's parentheses.
    func run() throws -> (summary: IngestSummary, note: String) {
        let started = Date()
        var summary = IngestSummary()
        let fetched = WebFetch.get(source.location, etag: source.etag, lastModified: source.lastModified, timeout: timeout)
        let response: WebFetch.Response
        switch fetched {
        case .failure(let failure):
            summary.failures = [IngestFailure(path: source.location, reason: failure.reason)]
            summary.seconds = Date().timeIntervalSince(started)
            return (summary, "not fetched")
        case .success(let answer): response = answer
        }
        if response.status == 304 {
            try database.sourceRefreshed(source, etag: source.etag, lastModified: source.lastModified)
            summary.seconds = Date().timeIntervalSince(started)
            return (summary, "not modified")
        }
        let documents: [TextDocument], note: String
        if Feed.looksLikeFeed(response.body) || isFeedType(response.contentType) {
            switch Feed.parse(response.body, url: response.url.isEmpty ? source.location : response.url) {
            case .failure(let failure):
                summary.failures = [IngestFailure(path: source.location, reason: failure.reason)]
                summary.seconds = Date().timeIntervalSince(started)
                return (summary, "feed")
            case .success(let feed):
                documents = feed.items.map { TextDocument(location: $0.url, text: $0.document) }
                note = "feed, \(feed.items.count) item\(feed.items.count == 1 ? "" : "s")"
            }
        } else {
            switch PageText.read(html: response.body, url: source.location) {
            case .failure(let failure):
                summary.failures = [IngestFailure(path: source.location, reason: failure.reason)]
                summary.seconds = Date().timeIntervalSince(started)
                return (summary, "page")
            case .success(let page):
                // The article keeps the address it was added under, whatever redirects led elsewhere.
                documents = [TextDocument(location: source.location, text: page.document)]
                note = "page"
            }
        }
        summary = try Ingestor(database: database, options: options).ingest(documents: documents)
        // Validators are kept only when everything was stored, so that a failed item is fetched again next time.
        if summary.failed == 0 {
            try database.sourceRefreshed(source, etag: response.etag, lastModified: response.lastModified)
        }
        summary.seconds = Date().timeIntervalSince(started)
        return (summary, note)
    }

    private func isFeedType(_ type: String?) -> Bool {
        guard let type = type?.lowercased() else { return false }
        return type.contains("rss") || type.contains("atom") || (type.contains("xml") && !type.contains("html"))
    }
}
