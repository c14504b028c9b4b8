/// Reports about the articles themselves: what is stored, and full-text search over it.
enum ArticleReports {
    static let articles = Report(
        name: "articles",
        summary: "the ingested articles with their metadata and how many facts each gave",
        sql: """
            SELECT a.name, a.path, a.title, a.published, a.language,
                   (SELECT count(*) FROM donations WHERE article_id = a.id) AS donations,
                   (SELECT count(*) FROM contracts WHERE article_id = a.id) AS contracts,
                   (SELECT count(*) FROM disputes WHERE article_id = a.id) AS disputes,
                   (SELECT count(DISTINCT entity_id) FROM mentions WHERE article_id = a.id) AS entities
            FROM articles a
            WHERE (:name IS NULL OR a.name LIKE '%' || :name || '%' ESCAPE '\\' OR a.title LIKE '%' || :name || '%' ESCAPE '\\')
              AND (:language IS NULL OR a.language = :language)
              AND (:since IS NULL OR a.published >= :since)
            ORDER BY a.name, a.path
            """,
        parameters: [
            ReportParameter("name", .contains, help: "file name or title contains this"),
            ReportParameter("language", .choice(["fr", "en", "und"]), help: "the article's language"),
            ReportParameter("since", .date, help: "only articles published on or after this ISO date prefix"),
        ])

    static let search = Report(
        name: "search",
        summary: "full-text search of the articles, accent- and case-insensitive, best matches first",
        sql: """
            SELECT a.name AS article, a.title, a.published,
                   snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH :q
            ORDER BY bm25(articles_fts), a.name
            LIMIT :limit
            """,
        parameters: [
            ReportParameter("q", .search, help: "words that must all appear (word* for a prefix)", required: true),
            ReportParameter("limit", .integer, help: "at most this many articles", default: .integer(20)),
            ReportParameter("raw", .choice(["0", "1"]), help: "1: q is FTS5 syntax (\"a phrase\", OR, NOT, NEAR, prefix*)",
                            isBound: false),
        ],
        takesQuerySyntax: true)
}
