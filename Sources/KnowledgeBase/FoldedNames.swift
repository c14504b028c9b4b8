import SQLiteDB

/// The `folded` columns of entities, aliases and mentions: written with each row, and filled here for rows that
/// have none (a database from before schema 6, or rows another program inserted).
public enum FoldedNames {
    /// Sets `folded` wherever it is NULL, from the row's name, alias or surface.
    @Sendable
    public static func fillMissing(_ connection: Connection) throws(SQLiteError) {
        for (table, column) in [("entities", "name"), ("aliases", "alias"), ("mentions", "surface")] {
            let rows = try connection.query("SELECT id, \(column) AS text FROM \(table) WHERE folded IS NULL")
            guard !rows.isEmpty else { continue }
            let update = try connection.prepare("UPDATE \(table) SET folded = ? WHERE id = ?")
            for row in rows {
                try update.bind([NameFolding.key(row.string("text") ?? ""), row.int64("id")])
                while try update.step() != nil {}
            }
        }
    }

    /// Sets each article's url and byline from its stored text (articles stored before schema 6).
    @Sendable
    public static func fillSources(_ connection: Connection) throws(SQLiteError) {
        let update = try connection.prepare("UPDATE articles SET url = ?, byline = ? WHERE id = ?")
        for row in try connection.query("SELECT id, text FROM articles") {
            let source = ArticleSource(text: row.string("text") ?? "")
            guard source.url != nil || source.byline != nil else { continue }
            try update.bind([source.url, source.byline, row.int64("id")])
            while try update.step() != nil {}
        }
    }
}
