import SQLiteDB

/// Why the knowledge base could not be opened or changed; each message says what to do.
public enum KBError: Error, CustomStringConvertible, Sendable {
    /// The database's schema is newer than this binary's.
    case newerSchema(found: Int, known: Int)
    /// The file has tables but was not made by kb.
    case notAKnowledgeBase(path: String)
    /// A read-only open of a database file that does not exist.
    case missingDatabase(path: String)
    /// No migration leads from the database's version to ours.
    case noMigration(from: Int, to: Int)
    /// A user alias with an empty name or alias.
    case invalidAlias(String)
    /// A source that cannot be added or is not known, with the reason.
    case invalidSource(String)
    /// A backup that cannot be written, with the reason.
    case invalidBackup(String)
    /// An entity change (merge, rename, alias) that cannot be made as asked.
    case entityChange(String)
    /// SQLite failed.
    case sqlite(SQLiteError)

    public var description: String {
        switch self {
        case .newerSchema(let found, let known):
            "database was made by a newer kb (schema \(found), this kb knows \(known))"
        case .notAKnowledgeBase(let path):
            "\(path) is not a kb database (it has tables but no kb schema version)"
        case .missingDatabase(let path):
            "no database at \(path) (create one with `kb ingest --db \(path) ARTICLES`)"
        case .noMigration(let from, let to):
            "cannot upgrade the database from schema \(from) to \(to): no migration"
        case .invalidAlias(let reason):
            "invalid alias: \(reason)"
        case .invalidSource(let reason):
            "source: \(reason)"
        case .invalidBackup(let reason):
            "backup: \(reason)"
        case .entityChange(let reason):
            reason
        case .sqlite(let error):
            "database error: \(error.message)"
        }
    }
}
