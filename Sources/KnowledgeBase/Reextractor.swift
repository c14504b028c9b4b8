import Extraction
import Foundation
import SQLiteDB

/// Re-runs extraction over the article text stored in the database (no original file needed), for the articles
/// an older extractor or other aliases read, or all of them; each article's facts are replaced in one savepoint,
/// committed in batches.
public final class Reextractor {
    /// What one run did.
    public struct Summary: Sendable, Equatable {
        /// Articles whose facts were extracted again.
        public var reextracted = 0
        /// Articles already read by the current extractor (skipped).
        public var current = 0
        /// Articles whose extraction failed (over the time budget); their facts are left as they were.
        public var failures: [IngestFailure] = []
        public var seconds = 0.0

        /// "re-extracted N, K current, F failed in S.SS s".
        public var line: String {
            "re-extracted \(reextracted), \(current) current, \(failures.count) failed in \(String(format: "%.2f", seconds)) s"
        }
    }

    /// Called for each article whose extraction fails, as soon as it fails.
    public var onFailure: ((IngestFailure) -> Void)?

    private let database: Database
    private let budget: TimeBudget
    /// How many stored texts are loaded at once.
    static let chunk = 256

    public init(database: Database, budget: TimeBudget = .default) {
        self.database = database
        self.budget = budget
    }

    /// Re-extracts the articles whose extractor version is not the current one (every article with `all`).
    public func run(all: Bool = false) throws(KBError) -> Summary {
        let started = Date()
        let aliases = try database.userAliases()
        var gazetteer = Gazetteer.shipped
        gazetteer.add(UserAlias.gazetteerEntries(aliases))
        let extractor = Extractor(gazetteer: gazetteer)
        let version = aliases.isEmpty ? Extractor.version : "\(Extractor.version)+aliases.\(UserAlias.fingerprint(aliases))"
        let connection = database.connection
        var summary = Summary()
        let ids = try Database.sqlite { () throws(SQLiteError) in
            try connection.query("SELECT id, extractor_version = ? AS current FROM articles ORDER BY id", [version])
        }
        let stale = ids.filter { all || $0.int64("current") != 1 }.compactMap { $0.int64("id") }
        summary.current = ids.count - stale.count
        let writer = try Database.sqlite { () throws(SQLiteError) in try ArticleWriter(connection: connection) }
        // Articles are committed in batches, each in its own savepoint (WriteBatch); when a database error stops
        // the run, what was re-extracted before it is kept when the database still takes a commit.
        let batch = WriteBatch(connection: connection, entities: writer.entities)
        defer { batch.rollback() }
        do {
            try reextract(stale, extractor: extractor, version: version, writer: writer, batch: batch, summary: &summary)
            try batch.commit()
        } catch {
            try? batch.commit()
            throw error
        }
        if summary.reextracted > 0 {
            try database.transaction { () throws(KBError) in
                try Database.sqlite { () throws(SQLiteError) in
                    try connection.run("DELETE FROM aliases WHERE \(EntityStore.unlearnt)")
                    try connection.run("DELETE FROM entities WHERE \(EntityStore.unreferenced)")
                }
            }
            writer.entities.forgetAll()
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// Extracts the articles `stale` names and stores their facts: texts loaded a chunk at a time (memory stays
    /// bounded), extracted on every core, stored in order. The next chunk is loaded and its workers started while
    /// the writer stores the current chunk's last articles, so that the cores do not wait at each chunk's end for
    /// the writer to catch up and the next texts to be read (a chunk is about a tenth of a second of extraction).
    private func reextract(_ stale: [Int64], extractor: Extractor, version: String, writer: ArticleWriter, batch: WriteBatch,
                           summary: inout Summary) throws(KBError) {
        var next = 0
        func start() throws(KBError) -> ReextractChunk? {
            guard next < stale.count else { return nil }
            let ids = Array(stale[next..<min(next + Self.chunk, stale.count)])
            next += ids.count
            return ReextractChunk(try StoredArticle.load(ids, from: database.connection), extractor: extractor,
                                  version: version, budget: budget)
        }
        var current = try start()
        while let chunk = current {
            var upcoming: ReextractChunk?
            defer {
                chunk.extracted.cancel()
                upcoming?.extracted.cancel()
            }
            for (index, row) in chunk.rows.enumerated() {
                if upcoming == nil, index >= chunk.rows.count - ReextractChunk.window { upcoming = try start() }
                guard let outcome = chunk.extracted.next() else { break }
                guard let article = outcome else {
                    let failure = IngestFailure(path: row.path, reason: "extraction took longer than its time budget; facts left as they were")
                    summary.failures.append(failure)
                    onFailure?(failure)
                    continue
                }
                try store(row, article, writer: writer, batch: batch)
                summary.reextracted += 1
                try batch.commitIfDue()
            }
            current = upcoming
            upcoming = nil
        }
    }

    /// Replaces one article's facts; its path, hash, encoding and title stay (`ReextractChunk.article`).
    private func store(_ row: StoredArticle, _ article: ExtractedArticle, writer: ArticleWriter,
                       batch: WriteBatch) throws(KBError) {
        let connection = database.connection
        try batch.article { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                try writer.write(article, replacing: row.id)
                if row.encoding == nil { try connection.run("UPDATE articles SET encoding = NULL WHERE id = ?", [row.id]) }
            }
        }
    }
}
