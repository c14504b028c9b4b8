import Extraction

/// One chunk of stored articles being re-extracted on every core: each worker extracts an article and builds the
/// row the writer stores (its source line and folded names included), so that the writer's thread only writes.
struct ReextractChunk {
    /// How far the workers run ahead of the writer (`OrderedParallelMap`'s window).
    static let window = 32

    let rows: [StoredArticle]
    /// The articles to store, in `rows`' order; nil for one whose extraction ran over its time budget.
    let extracted: OrderedParallelMap<StoredArticle, ExtractedArticle?>

    init(_ rows: [StoredArticle], extractor: Extractor, version: String, budget: TimeBudget) {
        self.rows = rows
        extracted = OrderedParallelMap(rows, window: Self.window) { row in
            BoundedExtraction.run(seconds: budget.seconds(forBytes: row.text.utf8.count)) { deadline in
                extractor.extract(text: row.text, isHTML: false, until: deadline)
            }.map { Self.article(row, $0, version: version) }
        }
    }

    /// The row that replaces `row`'s: its path, hash and encoding stay, and (for HTML, whose title came from the
    /// markup) its title.
    static func article(_ row: StoredArticle, _ extraction: ArticleExtraction, version: String) -> ExtractedArticle {
        var extraction = extraction
        if ArticlePreparation.isHTMLName(row.name) || extraction.title == nil { extraction.title = row.title }
        return ExtractedArticle(path: row.path, name: row.name, sha256: row.sha256, extractorVersion: version,
                                encoding: row.encoding ?? "UTF-8", replacedBytes: row.replacedBytes, extraction: extraction)
    }
}
