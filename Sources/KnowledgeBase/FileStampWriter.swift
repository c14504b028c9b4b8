import SQLiteDB

/// Records the stamp (size and time) each file had when it was read, beside its article, so that the next
/// refresh can skip it unread. A stamp is written in the article's own transaction or, for a file found
/// unchanged after hashing, batched at the end of the run: losing a batch (a killed run) only costs a re-hash.
struct FileStampWriter {
    private let upsert: Statement
    private let delete: Statement
    private var pending: [(path: String, article: Int64, stamp: FileStamp)] = []

    init(connection: Connection) throws(SQLiteError) {
        upsert = try connection.prepare("""
            INSERT INTO file_stamps(path, article_id, size, mtime_ns) VALUES (?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET article_id = excluded.article_id, size = excluded.size, mtime_ns = excluded.mtime_ns
            """)
        delete = try connection.prepare("DELETE FROM file_stamps WHERE path = ?")
    }

    /// Records `stamp` for `path` now (inside the caller's transaction); nil forgets any stamp the path had.
    func record(path: String, article: Int64, stamp: FileStamp?) throws(SQLiteError) {
        if let stamp {
            try upsert.bind([path, article, stamp.size, stamp.mtimeNanoseconds])
            while try upsert.step() != nil {}
        } else {
            try delete.bind([path])
            while try delete.step() != nil {}
        }
    }

    /// Records `stamp` for `path` at the next `flush`.
    mutating func later(path: String, article: Int64, stamp: FileStamp) {
        pending.append((path, article, stamp))
    }

    /// Writes the stamps kept for later in one transaction.
    mutating func flush(_ database: Database) throws(KBError) {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        try database.transaction { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                for entry in batch { try record(path: entry.path, article: entry.article, stamp: entry.stamp) }
            }
        }
    }
}
