import Extraction
import Foundation
import SQLiteDB

/// How an ingest run treats articles already in the database.
public struct IngestOptions: Sendable {
    /// Delete articles whose file is gone from the folders scanned (what `kb refresh` does).
    public var removeMissing: Bool
    /// Read every article again, even when its content and the extractor are unchanged.
    public var force: Bool
    /// Follow symbolic links that lead outside the paths given (links inside them are always followed).
    public var followLinks: Bool
    /// How long each file may take to extract before it fails.
    public var timeBudget: TimeBudget
    /// With `removeMissing`, the roots this refuses remove nothing (nil: no guard).
    public var removalGuard: RemovalGuard?

    public init(removeMissing: Bool = false, force: Bool = false, followLinks: Bool = false,
                timeBudget: TimeBudget = .default, removalGuard: RemovalGuard? = nil) {
        self.removeMissing = removeMissing
        self.removalGuard = removalGuard
        self.force = force
        self.followLinks = followLinks
        self.timeBudget = timeBudget
    }
}

/// The ingest pipeline: files -> bytes -> sha256 -> decode -> extract -> one savepoint per article, committed in batches.
/// Reading and extraction run on every core; writing is sequential on the database's connection.
public final class Ingestor {
    /// Called after each input file with (files done, files in the run).
    public var onProgress: ((Int, Int) -> Void)?
    /// Called for each input that fails, as soon as it fails.
    public var onFailure: ((IngestFailure) -> Void)?
    /// Called for each input stored with a warning (bytes replaced), as soon as it is stored.
    public var onWarning: ((IngestWarning) -> Void)?
    /// What was stored before a database error (a full disk) stopped the last run, or nil.
    public private(set) var stoppedSummary: IngestSummary?

    private let database: Database
    private let options: IngestOptions
    public init(database: Database, options: IngestOptions = IngestOptions()) {
        self.database = database
        self.options = options
    }

    /// Ingests files and folders; input failures are counted in the summary, database failures throw.
    public func ingest(_ paths: [String]) throws(KBError) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let scan = InputFiles.scan(paths, followLinks: options.followLinks)
        for failure in scan.failures { fail(failure, in: &summary) }

        let aliases = try database.userAliases()
        var gazetteer = Gazetteer.shipped
        gazetteer.add(UserAlias.gazetteerEntries(aliases))
        let extractor = Extractor(gazetteer: gazetteer)
        let version = aliases.isEmpty ? Extractor.version : "\(Extractor.version)+aliases.\(UserAlias.fingerprint(aliases))"
        let known = try KnownArticle.load(from: database)
        let writer = try Database.sqlite { () throws(SQLiteError) in try ArticleWriter(connection: database.connection) }
        var locations = ArticleLocations(connection: database.connection)
        let force = options.force, budget = options.timeBudget

        let prepare: @Sendable (String) -> ArticlePreparation.Outcome = { path in
            ArticlePreparation.prepare(path: path, known: known[path], extractor: extractor, version: version, force: force,
                                        budget: budget)
        }
        // Workers read and extract ahead of the writer (bounded), the writer stores in input order.
        let prepared = OrderedParallelMap(scan.files, prepare)
        defer { prepared.cancel() }
        // Articles are committed in batches, each in a savepoint of its own (WriteBatch); `committed` is the
        // summary as of the last commit, so a run stopped by a failed commit does not count the lost batch.
        let batch = WriteBatch(connection: database.connection, entities: writer.entities)
        defer { batch.rollback() }
        var committed = summary
        var done = 0
        do {
            for path in scan.files {
                guard let outcome = prepared.next() else { break }
                try store(outcome, path: path, known: known[path], writer: writer, batch: batch, locations: &locations,
                          summary: &summary)
                if try batch.commitIfDue() { committed = summary }
                done += 1
                onProgress?(done, scan.files.count)
            }
            try batch.commit()
        } catch {
            // Keep what the batch holds when the database still takes a commit (a locked or busy database, say).
            do {
                try batch.commit()
            } catch {
                summary.restoreStoredCounts(from: committed)
            }
            summary.seconds = Date().timeIntervalSince(started)
            stoppedSummary = summary
            throw error
        }
        if options.removeMissing {
            let verdict = options.removalGuard?.check(scan: scan, known: known) ?? (roots: scan.roots, refusals: [])
            for refusal in verdict.refusals { fail(refusal, in: &summary) }
            summary.removed = try removeMissing(known: known, scan: scan, roots: verdict.roots)
        }
        if summary.updated + summary.removed + locations.deletedArticles > 0 {
            try removeOrphanEntities()
            writer.entities.forgetAll()
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func store(_ outcome: ArticlePreparation.Outcome, path: String, known: KnownArticle?, writer: ArticleWriter,
                       batch: WriteBatch, locations: inout ArticleLocations, summary: inout IngestSummary) throws(KBError) {
        switch outcome {
        case .unchanged:
            summary.unchanged += 1
        case .failed(let reason):
            fail(IngestFailure(path: path, reason: reason), in: &summary)
        case .extracted(let article):
            do {
                var placement = ArticleLocations.Placement.store(replacing: nil)
                try batch.article { () throws(KBError) in
                    try Database.sqlite { () throws(SQLiteError) in
                        placement = try locations.place(path: path, sha256: article.sha256, known: known)
                        if case .store(let existing) = placement { try writer.write(article, replacing: existing) }
                    }
                }
                if case .sameAs(let owner) = placement {
                    if owner == known?.id { summary.unchanged += 1 } else { summary.duplicates += 1 }
                    return
                }
                if known == nil { summary.new += 1 } else { summary.updated += 1 }
                if article.replacedBytes > 0 {
                    let count = article.replacedBytes
                    let warning = IngestWarning(path: path, message:
                        "\(count) invalid UTF-8 byte sequence\(count == 1 ? "" : "s") replaced with U+FFFD")
                    summary.warnings.append(warning)
                    onWarning?(warning)
                }
            } catch {
                // A full disk or a locked database will fail every article: stop instead of repeating it.
                if case .sqlite(let sqliteError) = error, Self.fatalCodes.contains(sqliteError.code) { throw error }
                fail(IngestFailure(path: path, reason: error.description), in: &summary)
            }
        }
    }

    /// SQLite primary codes that concern the database rather than one article: BUSY, LOCKED, NOMEM, READONLY,
    /// IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
    static let fatalCodes: Set<Int32> = [5, 6, 7, 8, 10, 11, 13, 14, 26]

    private func fail(_ failure: IngestFailure, in summary: inout IngestSummary) {
        summary.failures.append(failure)
        onFailure?(failure)
    }

    /// Deletes (with their facts) the articles under a scanned root whose file was not found this time.
    /// Roots that could not be scanned (an unmounted disk, say) delete nothing.
    private func removeMissing(known: [String: KnownArticle], scan: InputFiles.Scan, roots: [String]) throws(KBError) -> Int {
        let present = Set(scan.files)
        // Second locations first, so that an article whose first file is gone moves to one that is still there.
        let gone = known.keys.filter { path in
            !present.contains(path) && roots.contains { InputFiles.path(path, isUnder: $0) }
        }.sorted { (known[$0]!.isPrimary ? 1 : 0, $0) < (known[$1]!.isPrimary ? 1 : 0, $1) }
        guard !gone.isEmpty else { return 0 }
        let connection = database.connection
        let locations = ArticleLocations(connection: connection)
        var deleted = 0
        try database.transaction { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                let delete = try connection.prepare("DELETE FROM articles WHERE id = ?")
                for path in gone where try locations.forget(path: path, known: known[path]!) {
                    try delete.bind([known[path]!.id])
                    while try delete.step() != nil {}
                    deleted += 1
                }
            }
        }
        return deleted
    }

    /// Deletes entities nothing refers to any more (after facts were replaced or articles removed);
    /// entities with a user alias stay, since the user named them on purpose.
    private func removeOrphanEntities() throws(KBError) {
        let connection = database.connection
        try database.transaction { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                try connection.run("DELETE FROM aliases WHERE \(EntityStore.unlearnt)")
                try connection.run("DELETE FROM entities WHERE \(EntityStore.unreferenced)")
            }
        }
    }
}

/// What the database already holds for a path, loaded once per run.
struct KnownArticle: Sendable {
    var id: Int64
    var sha256: String
    var extractorVersion: String
    /// Whether the path is the article's first location (`articles.path`) rather than one in `article_paths`.
    var isPrimary = true

    static func load(from database: Database) throws(KBError) -> [String: KnownArticle] {
        let rows = try Database.sqlite { () throws(SQLiteError) in
            try database.connection.query("""
                SELECT id, path, sha256, extractor_version, 1 AS is_primary FROM articles
                UNION ALL SELECT a.id, p.path, a.sha256, a.extractor_version, 0 FROM article_paths p
                JOIN articles a ON a.id = p.article_id
                """)
        }
        var known: [String: KnownArticle] = [:]
        for row in rows {
            guard let id = row.int64("id"), let path = row.string("path") else { continue }
            known[path] = KnownArticle(id: id, sha256: row.string("sha256") ?? "",
                                       extractorVersion: row.string("extractor_version") ?? "",
                                       isPrimary: row.int64("is_primary") == 1)
        }
        return known
    }
}
