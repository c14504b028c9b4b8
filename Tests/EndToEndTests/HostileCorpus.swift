import Foundation
import Testing

/// A temporary folder for one hostile case: `root/good/` holds the example articles, `outside/` holds a canary
/// article that must never be read (it is next to the root, where a stray link or `..` would lead).
final class HostileCorpus {
    let scratch: Scratch
    var root: String { scratch.path + "/root" }
    var outside: String { scratch.path + "/outside" }
    var db: String { scratch.db }
    /// A word only the canary article contains.
    static let canaryWord = "Zyxwvutsr"

    init() throws {
        scratch = try Scratch()
        for name in try Self.goodNames() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: KBProcess.packageRoot + "/examples/" + name))
            try scratch.write("root/good/" + name, Array(bytes))
        }
        try scratch.write("outside/canary.txt", Array("""
            date 2025-01-10

            \(Self.canaryWord) Corp donated $9 million to the Trump inaugural fund.

            """.utf8))
    }

    /// The example articles' file names.
    static func goodNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: KBProcess.packageRoot + "/examples")
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Writes a file under `root/`.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try scratch.write("root/" + name, bytes)
    }

    /// Every fact of the good articles as "article | table | evidence", sorted: what must survive any case.
    static func facts(db: String) throws -> [String] {
        let rows = try KBProcess.sql("""
            SELECT a.name || ' | donation | ' || d.evidence AS fact FROM donations d JOIN articles a ON a.id = d.article_id
            UNION ALL SELECT a.name || ' | contract | ' || c.evidence FROM contracts c JOIN articles a ON a.id = c.article_id
            UNION ALL SELECT a.name || ' | dispute | ' || d.evidence FROM disputes d JOIN articles a ON a.id = d.article_id
            ORDER BY 1
            """, db: db)
        let names = Set(try goodNames())
        return rows.compactMap { $0["fact"] as? String }.filter { names.contains(String($0.prefix { $0 != " " })) }
    }

    /// The good articles' facts when they are ingested alone, computed once.
    static let baseline: Result<[String], Error> = Result {
        let corpus = try HostileCorpus()
        let run = try KBProcess.run(["ingest", "--db", corpus.db, corpus.root + "/good"])
        guard run.status == 0 else { throw Failure("baseline ingest failed: \(run.stderr)") }
        return try facts(db: corpus.db)
    }

    /// What every case must leave true: the good facts all there, `kb check` passing, nothing outside the root
    /// stored (no path outside it, the canary's word nowhere in the full-text index).
    func expectHealthy(sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try Self.facts(db: db) == Self.baseline.get(), sourceLocation: sourceLocation)
        let check = try KBProcess.run(["check", "--db", db])
        #expect(check.status == 0, "kb check: \(check.stderr)", sourceLocation: sourceLocation)
        let stray = try KBProcess.sql("""
            SELECT path FROM articles WHERE substr(path, 1, \(root.count + 1)) <> '\(root)/'
            UNION ALL SELECT path FROM article_paths WHERE substr(path, 1, \(root.count + 1)) <> '\(root)/'
            """, db: db)
        #expect(stray.isEmpty, "stored from outside the root: \(stray)", sourceLocation: sourceLocation)
        let canary = try KBProcess.run(["query", "search", "q=\(Self.canaryWord)", "--db", db, "--format", "json"])
        #expect(canary.stdout == "[]\n", "the canary was read: \(canary.stdout)", sourceLocation: sourceLocation)
    }
}

