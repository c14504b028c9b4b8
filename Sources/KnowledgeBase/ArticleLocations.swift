import SQLiteDB

/// Where each article's bytes lie: `articles.path` first, `article_paths` for the other files with the same bytes.
/// Content is identified by its hash, so a copy is another location of one article, never a second article.
struct ArticleLocations {
    /// What to do with a file whose content was extracted.
    enum Placement: Equatable {
        /// Store its article: a new row, or (with an id) that article's row replaced.
        case store(replacing: Int64?)
        /// Its bytes are this stored article's: the file is (now) one of its locations.
        case sameAs(Int64)
    }

    let connection: Connection
    /// Articles deleted because their last location now holds another article's bytes.
    private(set) var deletedArticles = 0

    /// Decides where `path` (with bytes hashing to `sha256`, stored before as `known`) goes, and moves the
    /// locations that must move; the caller's transaction holds it all together.
    mutating func place(path: String, sha256: String, known: KnownArticle?) throws(SQLiteError) -> Placement {
        let owner = try connection.scalar("SELECT id FROM articles WHERE sha256 = ? ORDER BY id LIMIT 1", [sha256])?.int64Value
        if let known, owner == known.id {
            // The same bytes as before (read again for a new extractor): a copy stays a copy.
            return known.isPrimary ? .store(replacing: known.id) : .sameAs(known.id)
        }
        if let known {
            if known.isPrimary {
                // The first location changed: the article keeps its old bytes at another location if it has one.
                if try promoteAnotherLocation(of: known.id) {
                    if owner == nil { return .store(replacing: nil) }
                } else if owner == nil {
                    return .store(replacing: known.id)
                } else {
                    try connection.run("DELETE FROM articles WHERE id = ?", [known.id])
                    deletedArticles += 1
                }
            } else {
                try connection.run("DELETE FROM article_paths WHERE path = ?", [path])
            }
        }
        guard let owner else { return .store(replacing: nil) }
        try connection.run("INSERT INTO article_paths(path, article_id) VALUES (?, ?)", [path, owner])
        return .sameAs(owner)
    }

    /// Forgets `path` (a file that is gone): a second location is dropped, a first one hands the article to
    /// another location; returns whether the article itself is left without any and should be deleted.
    func forget(path: String, known: KnownArticle) throws(SQLiteError) -> Bool {
        if !known.isPrimary {
            try connection.run("DELETE FROM article_paths WHERE path = ?", [path])
            return false
        }
        return try !promoteAnotherLocation(of: known.id)
    }

    /// Makes the first other location of `article` its path; false when it has none.
    private func promoteAnotherLocation(of article: Int64) throws(SQLiteError) -> Bool {
        guard let next = try connection.scalar(
            "SELECT path FROM article_paths WHERE article_id = ? ORDER BY path LIMIT 1", [article])?.stringValue else {
            return false
        }
        try connection.run("DELETE FROM article_paths WHERE path = ?", [next])
        let name = next.split(separator: "/").last.map(String.init) ?? next
        try connection.run("UPDATE articles SET path = ?, name = ? WHERE id = ?", [next, name, article])
        return true
    }
}
