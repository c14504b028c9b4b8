import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// `kb check` finds every kind of damage a knowledge base can carry, and nothing in a sound one.
@Suite("Consistency check")
struct ConsistencyCheckTests {
    private func sample() throws -> (TempFolder, Database) {
        let folder = TempFolder()
        folder.write("in/donation.txt", SampleArticles.donation)
        folder.write("in/contract.txt", SampleArticles.contract)
        folder.write("in/dispute.txt", SampleArticles.dispute)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path + "/in"], into: database)
        return (folder, database)
    }

    @Test("a freshly ingested database has no problem")
    func sound() throws {
        let (folder, _) = try sample()
        let result = try ConsistencyCheck.run(path: folder.database)
        #expect(result.problems == [])
        #expect(result.summary.hasPrefix("ok: integrity, foreign keys, full-text index, orphans, schema 5, evidence of "))
    }

    @Test("evidence that differs from its offsets is found, per table")
    func evidence() throws {
        let (folder, database) = try sample()
        try database.connection.run("UPDATE donations SET evidence_start = evidence_start + 1 WHERE id = (SELECT min(id) FROM donations)")
        try database.connection.run("UPDATE contracts SET evidence = 'forged'")
        let id = try database.connection.scalar("SELECT min(id) FROM donations")!.intValue!
        let contracts = try database.connection.query("SELECT id FROM contracts ORDER BY id").compactMap { $0.int64("id") }
        #expect(try ConsistencyCheck.run(path: folder.database).problems == [
            "donations: evidence differs from its offsets in the article text in 1 row (id \(id))",
            "contracts: evidence differs from its offsets in the article text in \(contracts.count) row"
                + (contracts.count == 1 ? " (id " : "s (ids ") + contracts.map(String.init).joined(separator: ", ") + ")",
        ])
    }

    @Test("orphans: an entity nothing refers to, an entity missing from its kind's table, a dispute without parties")
    func orphans() throws {
        let (folder, database) = try sample()
        try database.connection.run("INSERT INTO entities(kind, name) VALUES ('person', 'Nobody At All')")
        let dispute = try database.connection.scalar("SELECT min(id) FROM disputes")!.intValue!
        try database.connection.run("DELETE FROM dispute_parties WHERE dispute_id = ?", [dispute])
        let problems = try ConsistencyCheck.run(path: folder.database).problems
        #expect(problems.contains("entity 'Nobody At All' (person) is referenced by nothing"))
        #expect(problems.contains("entity 'Nobody At All' (person) is missing from the people table"))
        #expect(problems.contains("dispute \(dispute) has no parties"))
    }

    @Test("foreign keys and the full-text index")
    func foreignKeysAndFTS() throws {
        let (folder, database) = try sample()
        let article = try database.connection.scalar("SELECT min(id) FROM articles")!.intValue!
        try database.connection.execute("PRAGMA foreign_keys = OFF")
        try database.connection.run("DELETE FROM articles WHERE id = ?", [article])
        try database.connection.execute("PRAGMA foreign_keys = ON")
        let problems = try ConsistencyCheck.run(path: folder.database).problems
        #expect(problems.contains { $0.hasPrefix("foreign key: mentions row ") && $0.hasSuffix(" refers to a missing articles row") })

        let (other, damaged) = try sample()
        try damaged.connection.run("""
            INSERT INTO articles_fts(articles_fts, rowid, title, text) SELECT 'delete', id, title, text FROM articles LIMIT 1
            """)
        #expect(try ConsistencyCheck.run(path: other.database).problems.contains { $0.hasPrefix("full-text index: ") })
    }

    @Test("a schema version other than this kb's is a problem, reported without upgrading")
    func schemaVersion() throws {
        let (folder, database) = try sample()
        try database.connection.setUserVersion(3)
        #expect(try ConsistencyCheck.run(path: folder.database).problems
            == ["schema version 3, this kb writes 5 (any kb command that writes upgrades it)"])
        #expect(try database.connection.userVersion == 3)
    }
}
