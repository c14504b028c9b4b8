import SQLiteDB

/// The ingest writer's transactions: many articles per COMMIT (up to `limit`, or `interval` after the first), each
/// article in a SAVEPOINT of its own, so that an article that fails is undone alone while one commit serves many
/// articles (about 0.3 ms saved per article: docs/benchmarks.md). A batch never stays open long, so readers see new
/// articles within `interval` and an interrupted run loses at most that much work, never part of an article.
///
/// Batches start at `first` articles and double up to `limit` (64, 128, … 1,024): a COMMIT writes every page the
/// batch changed, and the indexes keyed by entity, date or amount (`mentions_entity` above all, about 15 rows an
/// article) take each row on a page of their own once they have more leaves than a batch has rows; so the pages
/// written per article grow with the database, unless batches do (docs/benchmarks.md: at 100,000 articles, 64-article
/// batches wrote 18.5 GB for a 1.4 GB database, and the writer waited on the disk).
///
/// The articles a batch adds are put in the full-text index together, just before COMMIT: FTS5 writes its pending
/// terms to a new index segment at every savepoint, so the insert trigger built the index one segment per article
/// (about 40% of the writer's time at 10,000 articles: docs/benchmarks.md). Opening a batch records the largest
/// article id in `fts_deferred`, which the triggers read (schema.sql): articles above it are left to `commit`,
/// which indexes them with one statement and clears the mark, so a committed database never holds one. A failed
/// article's savepoint takes its row away with it, and a rolled-back batch its mark.
final class WriteBatch {
    private let connection: Connection
    private let entities: EntityStore
    private let limit: Int
    private let interval: Duration
    private var opened: ContinuousClock.Instant?
    private var size = 0
    /// The size of the current batch: `first`, doubled at each COMMIT up to `limit`.
    private var due: Int

    init(connection: Connection, entities: EntityStore, first: Int = 64, limit: Int = 1024, interval: Duration = .seconds(1)) {
        self.connection = connection
        self.entities = entities
        self.limit = max(1, limit)
        self.interval = interval
        due = min(max(1, first), self.limit)
        Self.configure(connection)
    }

    /// Settings for a connection that writes batches (they change no stored byte, only how SQLite gets there):
    /// - `temp_store = MEMORY`: each article's SAVEPOINT keeps the pages it changes in a sub-journal, which SQLite
    ///   otherwise spills to a temporary file past 64 KiB; at 10,000 generated articles that file took 2.4 GB of
    ///   writes (two thirds of all an ingest wrote) and a quarter of the writer thread's system time.
    /// - a 32 MB page cache (2 MB by default): a batch must keep the pages it changes until COMMIT (a full cache
    ///   spills them to the WAL, to be written again), and the writer read 2.3 GB back from the WAL and the database
    ///   for an ingest of 77 MB with the default; 32 MB holds a batch of 1,024 articles with little spilling and
    ///   keeps ingest's peak RSS at 100,000 articles under 150 MB (64 MB did not).
    /// - a WAL checkpoint every 32,768 pages (128 MB) instead of 1,000: a batch writes more than 1,000 pages, so every
    ///   COMMIT checkpointed (an fsync, and the pages a later batch writes again copied each time); the index pages
    ///   that every batch changes are copied to the database once per checkpoint, so fewer checkpoints copy less.
    /// - `secure_delete = FAST` (the system library's default is ON): FTS5's merges delete old index segments, and
    ///   ON wrote zeros over every page they freed, a WAL frame each; FAST still clears deleted content on the pages
    ///   a change writes anyway.
    static func configure(_ connection: Connection) {
        try? connection.execute("PRAGMA temp_store = MEMORY")
        try? connection.execute("PRAGMA cache_size = -32768")
        try? connection.execute("PRAGMA wal_autocheckpoint = 32768")
        try? connection.execute("PRAGMA secure_delete = FAST")
    }

    /// Runs `body` as one article in the open batch (opening one when needed); when it throws, only what it did is
    /// undone, and the error is rethrown.
    func article(_ body: () throws(KBError) -> Void) throws(KBError) {
        if opened == nil {
            try Database.sqlite { () throws(SQLiteError) in
                try connection.execute("BEGIN IMMEDIATE")
                do throws(SQLiteError) {
                    try connection.execute("INSERT INTO fts_deferred(after) SELECT coalesce(max(id), 0) FROM articles")
                } catch {
                    try? connection.execute("ROLLBACK")
                    throw error
                }
            }
            opened = .now
        }
        try Database.sqlite { () throws(SQLiteError) in try connection.execute("SAVEPOINT article") }
        do {
            try body()
        } catch {
            do {
                try connection.execute("ROLLBACK TO article")
                try connection.execute("RELEASE article")
            } catch {
                // The savepoint cannot be undone alone (an I/O error): give up the whole batch.
                rollback()
            }
            // Ids created by this article are gone; earlier ones in the batch are looked up again (still correct).
            entities.rollback()
            throw error
        }
        try Database.sqlite { () throws(SQLiteError) in try connection.execute("RELEASE article") }
        size += 1
    }

    /// Commits the batch once it is full or old enough; true when it did.
    @discardableResult
    func commitIfDue() throws(KBError) -> Bool {
        guard let opened, size >= due || ContinuousClock.now - opened >= interval else { return false }
        try commit()
        due = min(due * 2, limit)
        return true
    }

    /// Commits the open batch, if any; when COMMIT fails the batch is rolled back and the error thrown.
    func commit() throws(KBError) {
        guard opened != nil else { return }
        opened = nil
        size = 0
        do {
            try connection.execute("""
                INSERT INTO articles_fts(rowid, title, text)
                SELECT id, title, text FROM articles WHERE id > (SELECT min(after) FROM fts_deferred);
                DELETE FROM fts_deferred;
                COMMIT;
                """)
        } catch {
            rollback()
            throw .sqlite(error)
        }
        entities.commit()
    }

    /// Abandons the open batch, if any.
    func rollback() {
        if connection.isInTransaction { try? connection.execute("ROLLBACK") }
        opened = nil
        size = 0
        entities.rollback()
    }

    /// Whether articles are stored but not yet committed.
    var isOpen: Bool { opened != nil }
}
