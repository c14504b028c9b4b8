import SQLiteDB

/// What a refresh does with the stored articles whose file is gone: a copy's location is dropped, an article
/// with another location moves there, and an article left with none is marked missing (its facts stay, so an
/// unmounted disk or a moved folder loses nothing) or, when pruning, deleted with its facts.
enum VanishedArticles {
    /// Settles the stored paths under `roots` (as the scan would have looked at them) that the scan did not find;
    /// returns how many articles are (still) missing and how many were deleted.
    static func settle(known: [String: KnownArticle], scan: InputFiles.Scan, roots: [String], prune: Bool,
                       in database: Database) throws(KBError) -> (missing: Int, removed: Int) {
        let present = Set(scan.files)
        // Second locations first, so that an article whose first file is gone moves to one that is still there.
        let gone = known.keys.filter { path in
            !present.contains(path) && roots.contains { scan.covers(path, root: $0) }
        }.sorted { (known[$0]!.isPrimary ? 1 : 0, $0) < (known[$1]!.isPrimary ? 1 : 0, $1) }
        guard !gone.isEmpty else { return (0, 0) }
        let connection = database.connection
        let locations = ArticleLocations(connection: connection)
        var missing = 0, removed = 0
        try database.transaction { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                let delete = try connection.prepare("DELETE FROM articles WHERE id = ?")
                let mark = try connection.prepare("""
                    UPDATE articles SET missing_since = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                    WHERE id = ? AND missing_since IS NULL
                    """)
                let forgetStamp = try connection.prepare("DELETE FROM file_stamps WHERE path = ?")
                for path in gone {
                    let article = known[path]!
                    try forgetStamp.bind([path])
                    while try forgetStamp.step() != nil {}
                    guard try locations.forget(path: path, known: article) else { continue }
                    if prune {
                        try delete.bind([article.id])
                        while try delete.step() != nil {}
                        removed += 1
                    } else {
                        try mark.bind([article.id])
                        while try mark.step() != nil {}
                        missing += 1
                    }
                }
            }
        }
        return (missing, removed)
    }

    /// Clears the mark of the articles whose file was found again.
    static func markPresent(_ found: [KnownArticle], in database: Database) throws(KBError) {
        let returned = Set(found.filter { $0.missingSince != nil }.map(\.id))
        guard !returned.isEmpty else { return }
        let connection = database.connection
        try database.transaction { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                let clear = try connection.prepare("UPDATE articles SET missing_since = NULL WHERE id = ?")
                for id in returned.sorted() {
                    try clear.bind([id])
                    while try clear.step() != nil {}
                }
            }
        }
    }
}
