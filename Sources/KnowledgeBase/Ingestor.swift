import Extraction
import Foundation
import SQLiteDB

/// How an ingest run treats articles already in the database.
public struct IngestOptions: Sendable {
    /// Look for articles whose file is gone from the folders scanned (what `kb refresh` does): they are marked
    /// missing (`articles.missing_since`), their facts kept, or with `prune` deleted.
    public var removeMissing: Bool
    /// With `removeMissing`, delete the articles whose file is gone instead of marking them.
    public var prune: Bool
    /// Which files under the folders given are read (a source's include and exclude globs).
    public var filter: SourceFilter
    /// Read every article again, even when its content and the extractor are unchanged.
    public var force: Bool
    /// Follow symbolic links that lead outside the paths given (links inside them are always followed).
    public var followLinks: Bool
    /// How long each file may take to extract before it fails.
    public var timeBudget: TimeBudget
    /// With `removeMissing`, the roots this refuses remove nothing (nil: no guard).
    public var removalGuard: RemovalGuard?

    public init(removeMissing: Bool = false, prune: Bool = false, force: Bool = false, followLinks: Bool = false,
                timeBudget: TimeBudget = .default, removalGuard: RemovalGuard? = nil, filter: SourceFilter = SourceFilter()) {
        self.removeMissing = removeMissing
        self.prune = prune
        self.filter = filter
        self.removalGuard = removalGuard
        self.force = force
        self.followLinks = followLinks
        self.timeBudget = timeBudget
    }
}

/// The ingest pipeline: files -> bytes -> sha256 -> decode -> extract -> one savepoint per article, committed in
/// batches (`WriteBatch`). Reading and extraction run on every core; writing is sequential on the database's connection.
public final class Ingestor {
    /// Called after each input file with (files done, files in the run).
    public var onProgress: ((Int, Int) -> Void)?
    /// Called after each file that was read is stored (or failed).
    public var onArticle: ((ArticleEvent) -> Void)?
    /// Called for each input that fails, as soon as it fails.
    public var onFailure: ((IngestFailure) -> Void)?
    /// Called for each input stored with a warning (bytes replaced), as soon as it is stored.
    public var onWarning: ((IngestWarning) -> Void)?
    /// What was stored before a database error (a full disk) stopped the last run, or nil.
    public private(set) var stoppedSummary: IngestSummary?

    let database: Database
    let options: IngestOptions
    public init(database: Database, options: IngestOptions = IngestOptions()) {
        self.database = database
        self.options = options
    }

    /// Ingests files and folders; input failures are counted in the summary, database failures throw.
    public func ingest(_ paths: [String]) throws(KBError) -> IngestSummary {
        let started = Date()
        var summary = IngestSummary()
        let scan = InputFiles.scan(paths, followLinks: options.followLinks, filter: options.filter)
        for failure in scan.failures { fail(failure, in: &summary) }

        let (extractor, version, known, writer) = try context()
        var locations = ArticleLocations(connection: database.connection)
        let force = options.force, budget = options.timeBudget
        var stamps = try Database.sqlite { () throws(SQLiteError) in try FileStampWriter(connection: database.connection) }
        // A file whose size and time are those recorded when it was last read, read by the same extractor, is
        // unchanged: it is not opened at all.
        let toRead = scan.files.filter { path in
            guard !force, let stored = known[path], stored.extractorVersion == version, let stamp = stored.stamp else { return true }
            return stamp != scan.stamps[path]
        }
        summary.unchanged = scan.files.count - toRead.count
        summary.read = toRead.count
        let runStart = FileStamp.now()

        let prepare: @Sendable (String) -> ArticlePreparation.Outcome = { path in
            ArticlePreparation.prepare(path: path, known: known[path], extractor: extractor, version: version, force: force,
                                        budget: budget)
        }
        // Workers read and extract ahead of the writer (bounded), the writer stores in input order.
        let prepared = OrderedParallelMap(toRead, prepare)
        defer { prepared.cancel() }
        // Many articles per COMMIT, each in its own savepoint with its file's stamp; `committed` is what a stop
        // would leave stored, so that the summary of a stopped run does not count a batch that was lost.
        let batch = WriteBatch(connection: database.connection, entities: writer.entities)
        defer { batch.rollback() }
        var committed = summary
        var done = summary.unchanged
        for path in toRead {
            guard let outcome = prepared.next() else { break }
            let stamp = scan.stamps[path].flatMap { $0.isRacy(now: runStart) ? nil : $0 }
            let before = summary
            defer { onArticle?(ArticleEvent(path: path, bytes: scan.stamps[path]?.size ?? 0, before: before, after: summary)) }
            do {
                try store(outcome, path: path, known: known[path], stamp: stamp, writer: writer, batch: batch,
                          stamps: &stamps, locations: &locations, summary: &summary)
                if try batch.commitIfDue() { committed = summary }
            } catch {
                // What the batch held before the failing article is kept if the database still takes a commit.
                if batch.isOpen, (try? batch.commit()) != nil { committed = summary }
                committed.seconds = Date().timeIntervalSince(started)
                stoppedSummary = committed
                throw error
            }
            done += 1
            onProgress?(done, scan.files.count)
        }
        do {
            try batch.commit()
        } catch {
            committed.seconds = Date().timeIntervalSince(started)
            stoppedSummary = committed
            throw error
        }
        try stamps.flush(database)
        try VanishedArticles.markPresent(scan.files.compactMap { known[$0] }, in: database)
        if options.removeMissing {
            let verdict = options.removalGuard?.check(scan: scan, known: known) ?? (roots: scan.roots, refusals: [])
            for refusal in verdict.refusals { fail(refusal, in: &summary) }
            let vanished = try VanishedArticles.settle(known: known, scan: scan, roots: verdict.roots, prune: options.prune,
                                                       in: database)
            summary.missing = vanished.missing
            summary.removed = vanished.removed
        }
        if summary.updated + summary.removed + locations.deletedArticles > 0 {
            try removeOrphanEntities()
            writer.entities.forgetAll()
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// What every run needs: the extractor with the user's aliases, its version, the stored articles and a writer.
    func context() throws(KBError) -> (Extractor, String, [String: KnownArticle], ArticleWriter) {
        let aliases = try database.userAliases()
        var gazetteer = Gazetteer.shipped
        gazetteer.add(UserAlias.gazetteerEntries(aliases))
        let extractor = Extractor(gazetteer: gazetteer)
        let version = aliases.isEmpty ? Extractor.version : "\(Extractor.version)+aliases.\(UserAlias.fingerprint(aliases))"
        let known = try KnownArticle.load(from: database)
        let writer = try Database.sqlite { () throws(SQLiteError) in try ArticleWriter(connection: database.connection) }
        return (extractor, version, known, writer)
    }

    func store(_ outcome: ArticlePreparation.Outcome, path: String, known: KnownArticle?, stamp: FileStamp?,
               writer: ArticleWriter, batch: WriteBatch, stamps: inout FileStampWriter, locations: inout ArticleLocations,
               summary: inout IngestSummary) throws(KBError) {
        switch outcome {
        case .unchanged:
            summary.unchanged += 1
            if let known, let stamp { stamps.later(path: path, article: known.id, stamp: stamp) }
        case .failed(let reason):
            fail(IngestFailure(path: path, reason: reason), in: &summary)
        case .extracted(let article):
            do {
                var placement = ArticleLocations.Placement.store(replacing: nil)
                try batch.article { () throws(KBError) in
                    try Database.sqlite { () throws(SQLiteError) in
                        placement = try locations.place(path: path, sha256: article.sha256, known: known)
                        let id: Int64
                        switch placement {
                        case .store(let existing): id = try writer.write(article, replacing: existing)
                        case .sameAs(let owner): id = owner
                        }
                        try stamps.record(path: path, article: id, stamp: stamp)
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
                // (The batch has undone this article alone, its new entity ids included.)
                // A full disk or a locked database will fail every article: stop instead of repeating it.
                if case .sqlite(let sqliteError) = error, Self.fatalCodes.contains(sqliteError.code) { throw error }
                fail(IngestFailure(path: path, reason: error.description), in: &summary)
            }
        }
    }

    /// SQLite primary codes that concern the database rather than one article: BUSY, LOCKED, NOMEM, READONLY,
    /// IOERR, CORRUPT, FULL, CANTOPEN, NOTADB.
    static let fatalCodes: Set<Int32> = [5, 6, 7, 8, 10, 11, 13, 14, 26]

    func fail(_ failure: IngestFailure, in summary: inout IngestSummary) {
        summary.failures.append(failure)
        onFailure?(failure)
    }

    /// Deletes entities nothing refers to any more (after facts were replaced or articles removed);
    /// entities with a user alias stay, since the user named them on purpose.
    func removeOrphanEntities() throws(KBError) {
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
    /// The file's size and time when it was last read (nil: not recorded, so it is read again).
    var stamp: FileStamp?
    /// When a refresh found the article's file gone, or nil.
    var missingSince: String?

    static func load(from database: Database) throws(KBError) -> [String: KnownArticle] {
        let rows = try Database.sqlite { () throws(SQLiteError) in
            try database.connection.query("""
                SELECT a.id, a.path, a.sha256, a.extractor_version, 1 AS is_primary, a.missing_since, s.size, s.mtime_ns
                FROM articles a LEFT JOIN file_stamps s ON s.path = a.path AND s.article_id = a.id
                UNION ALL SELECT a.id, p.path, a.sha256, a.extractor_version, 0, a.missing_since, s.size, s.mtime_ns
                FROM article_paths p JOIN articles a ON a.id = p.article_id
                LEFT JOIN file_stamps s ON s.path = p.path AND s.article_id = a.id
                """)
        }
        var known: [String: KnownArticle] = [:]
        for row in rows {
            guard let id = row.int64("id"), let path = row.string("path") else { continue }
            known[path] = KnownArticle(id: id, sha256: row.string("sha256") ?? "",
                                       extractorVersion: row.string("extractor_version") ?? "",
                                       isPrimary: row.int64("is_primary") == 1,
                                       stamp: row.int64("size").flatMap { size in
                                           row.int64("mtime_ns").map { FileStamp(size: size, mtimeNanoseconds: $0) }
                                       },
                                       missingSince: row.string("missing_since"))
        }
        return known
    }
}
