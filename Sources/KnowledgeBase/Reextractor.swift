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
        /// Re-extracted articles whose facts changed, so that their rows were written again (the others only have
        /// their extractor version updated).
        public var rewritten = 0
        /// Articles whose extraction failed (over the time budget); their facts are left as they were.
        public var failures: [IngestFailure] = []
        public var seconds = 0.0

        /// "re-extracted N, K current, F failed in S.SS s; R with new facts".
        public var line: String {
            "re-extracted \(reextracted), \(current) current, \(failures.count) failed in \(String(format: "%.2f", seconds)) s; "
                + "\(rewritten) with new facts"
        }
    }

    /// Called for each article whose extraction fails, as soon as it fails.
    public var onFailure: ((IngestFailure) -> Void)?

    private let database: Database
    private let budget: TimeBudget
    /// How many stored texts are loaded at once.
    static let chunk = 1024

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
    /// bounded), extracted on every core, stored in order.
    private func reextract(_ stale: [Int64], extractor: Extractor, version: String, writer: ArticleWriter, batch: WriteBatch,
                           summary: inout Summary) throws(KBError) {
        let connection = database.connection
        for start in stride(from: 0, to: stale.count, by: Self.chunk) {
            let rows = try StoredArticle.load(Array(stale[start..<min(start + Self.chunk, stale.count)]), from: connection)
            let budget = budget
            // Workers extract and build each article's rows; the writer only stores those whose facts changed.
            let extracted = OrderedParallelMap(rows) { row in
                BoundedExtraction.run(seconds: budget.seconds(forBytes: row.text.utf8.count)) { deadline in
                    extractor.extract(text: row.text, isHTML: false, until: deadline)
                }.map { Self.article(row, $0, version: version) }
            }
            defer { extracted.cancel() }
            for row in rows {
                guard let outcome = extracted.next() else { break }
                guard let article = outcome else {
                    let failure = IngestFailure(path: row.path, reason: "extraction took longer than its time budget; facts left as they were")
                    summary.failures.append(failure)
                    onFailure?(failure)
                    continue
                }
                try store(row, article, writer: writer, batch: batch, summary: &summary)
                summary.reextracted += 1
                try batch.commitIfDue()
            }
        }
    }

    /// The article to store from a re-extraction of `row`; its path, hash, encoding and (for HTML, whose title came
    /// from the markup) title stay.
    private static func article(_ row: StoredArticle, _ extraction: ArticleExtraction, version: String) -> ExtractedArticle {
        var extraction = extraction
        if ArticlePreparation.isHTMLName(row.name) || extraction.title == nil { extraction.title = row.title }
        return ExtractedArticle(path: row.path, name: row.name, sha256: row.sha256, extractorVersion: version,
                                encoding: row.encoding ?? "UTF-8", replacedBytes: row.replacedBytes, extraction: extraction)
    }

    /// Replaces one article's facts, or only records the extractor's version when they came out as stored.
    private func store(_ row: StoredArticle, _ article: ExtractedArticle, writer: ArticleWriter, batch: WriteBatch,
                       summary: inout Summary) throws(KBError) {
        if article.factsDigest == row.factsDigest, article.extraction.text == row.text {
            guard row.extractorVersion != article.extractorVersion else { return }
            try batch.article { () throws(KBError) in
                try Database.sqlite { () throws(SQLiteError) in try writer.markRead(row.id, version: article.extractorVersion) }
            }
            return
        }
        let connection = database.connection
        try batch.article { () throws(KBError) in
            try Database.sqlite { () throws(SQLiteError) in
                try writer.write(article, replacing: row.id)
                if row.encoding == nil { try connection.run("UPDATE articles SET encoding = NULL WHERE id = ?", [row.id]) }
            }
        }
        summary.rewritten += 1
    }
}

/// An article as stored, the input of re-extraction.
struct StoredArticle: Sendable {
    var id: Int64
    var path: String
    var name: String
    var sha256: String
    var title: String?
    var text: String
    var encoding: String?
    var replacedBytes: Int
    var extractorVersion: String
    var factsDigest: String?

    static func load(_ ids: [Int64], from connection: Connection) throws(KBError) -> [StoredArticle] {
        let rows = try Database.sqlite { () throws(SQLiteError) in
            try connection.query("""
                SELECT id, path, name, sha256, title, text, encoding, replaced_bytes, extractor_version, facts_digest FROM articles
                WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY id
                """)
        }
        return rows.compactMap { row in
            guard let id = row.int64("id"), let path = row.string("path"), let text = row.string("text") else { return nil }
            return StoredArticle(id: id, path: path, name: row.string("name") ?? "", sha256: row.string("sha256") ?? "",
                                 title: row.string("title"), text: text, encoding: row.string("encoding"),
                                 replacedBytes: Int(row.int64("replaced_bytes") ?? 0),
                                 extractorVersion: row.string("extractor_version") ?? "", factsDigest: row.string("facts_digest"))
        }
    }
}
