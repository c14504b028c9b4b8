import Extraction
import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// Many articles per commit, each in its own savepoint: one that fails leaves nothing and takes nothing with it.
@Suite("Write batches")
struct WriteBatchTests {
    private func titles(_ connection: Connection) throws -> [String] {
        try connection.query("SELECT title FROM articles ORDER BY id").compactMap { $0.string("title") }
    }

    private func insert(_ title: String, _ connection: Connection) throws(KBError) {
        try Database.sqlite { () throws(SQLiteError) in
            try connection.run("""
                INSERT INTO articles(path, name, sha256, title, language, text, extractor_version)
                VALUES (?, ?, ?, ?, 'en', 'text', 'test')
                """, ["/n/\(title)", title, title, title])
        }
    }

    @Test("a failing article is undone alone; the batch commits the others")
    func failingArticle() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        let connection = database.connection
        let entities = try EntityStore(connection: connection)
        let batch = WriteBatch(connection: connection, entities: entities, limit: 10, interval: .seconds(60))
        try batch.article { () throws(KBError) in try insert("a", connection) }
        #expect(throws: KBError.self) {
            try batch.article { () throws(KBError) in
                try insert("b", connection)
                try insert("a", connection)  // same path: UNIQUE fails after b was written
            }
        }
        try batch.article { () throws(KBError) in try insert("c", connection) }
        #expect(batch.isOpen)
        #expect(try batch.commitIfDue() == false)  // 2 of 10, well within the interval
        // Another connection sees nothing until the commit.
        let reader = try Connection(path: folder.database, mode: .readOnly)
        #expect(try titles(reader) == [])
        try batch.commit()
        #expect(!batch.isOpen)
        #expect(try titles(reader) == ["a", "c"])
    }

    @Test("a full batch commits; entity ids made in a committed batch are reused")
    func fullBatch() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        let connection = database.connection
        let entities = try EntityStore(connection: connection)
        let batch = WriteBatch(connection: connection, entities: entities, limit: 2, interval: .seconds(60))
        var first: Int64 = 0
        try batch.article { () throws(KBError) in
            try insert("a", connection)
            first = try Database.sqlite { () throws(SQLiteError) in try entities.id(for: EntityRef(.company, "Veltria")) }
        }
        #expect(try batch.commitIfDue() == false)
        try batch.article { () throws(KBError) in try insert("b", connection) }
        #expect(try batch.commitIfDue() == true)
        #expect(!connection.isInTransaction)
        #expect(try Database.sqlite { () throws(SQLiteError) in try entities.id(for: EntityRef(.company, "Veltria")) } == first)
        #expect(try titles(connection) == ["a", "b"])
    }

    @Test("an abandoned batch leaves no article and no entity behind")
    func abandoned() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        let connection = database.connection
        let entities = try EntityStore(connection: connection)
        let batch = WriteBatch(connection: connection, entities: entities)
        try batch.article { () throws(KBError) in
            try insert("a", connection)
            _ = try Database.sqlite { () throws(SQLiteError) in try entities.id(for: EntityRef(.person, "Claire Dumont")) }
        }
        batch.rollback()
        #expect(try titles(connection) == [])
        #expect(try connection.query("SELECT name FROM entities").isEmpty)
    }

    /// The ids the full-text index finds for `word`, in order.
    private func found(_ word: String, _ connection: Connection) throws -> [Int64] {
        try connection.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", [word])
            .compactMap { $0.int64("rowid") }
    }

    private func fullTextIntact(_ connection: Connection) throws {
        try connection.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    }

    @Test("a batch's new articles are indexed at COMMIT, not before; failed, deleted and updated ones as they end")
    func fullTextAtCommit() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        let connection = database.connection
        try insert("old", connection)
        try insert("gone", connection)
        let entities = try EntityStore(connection: connection)
        let batch = WriteBatch(connection: connection, entities: entities, limit: 10, interval: .seconds(60))
        try batch.article { () throws(KBError) in try insert("a", connection) }
        // Still waiting for the commit, and the triggers left it alone.
        #expect(try found("a", connection) == [])
        #expect(try count(connection, "SELECT count(*) FROM fts_deferred") == 1)
        #expect(throws: KBError.self) {
            try batch.article { () throws(KBError) in
                try insert("b", connection)
                try insert("a", connection)  // same path: UNIQUE fails after b was written
            }
        }
        try batch.article { () throws(KBError) in
            try insert("c", connection)
            try insert("d", connection)
            try Database.sqlite { () throws(SQLiteError) in
                // An article of this batch changed and one deleted before the commit; older ones through their triggers.
                try connection.run("UPDATE articles SET title = 'cee', text = 'changed' WHERE name = 'c'")
                try connection.run("DELETE FROM articles WHERE name = 'd'")
                try connection.run("UPDATE articles SET title = 'older' WHERE name = 'old'")
                try connection.run("DELETE FROM articles WHERE name = 'gone'")
            }
        }
        #expect(try found("older", connection) == [1])
        try batch.commit()
        #expect(try count(connection, "SELECT count(*) FROM fts_deferred") == 0)
        try fullTextIntact(connection)
        let ids = { (name: String) throws -> [Int64] in
            try connection.query("SELECT id FROM articles WHERE name = ?", [name]).compactMap { $0.int64("id") }
        }
        #expect(try found("a", connection) == ids("a"))
        #expect(try found("b", connection) == [])
        #expect(try found("cee", connection) == ids("c"))
        #expect(try found("changed", connection) == ids("c"))
        #expect(try found("d", connection) == [])
        #expect(try found("gone", connection) == [])
        #expect(try found("older", connection) == [1])
        #expect(try found("text", connection) == ids("old") + ids("a"))
        // Outside a batch the triggers index as before; an update that keeps title and text keeps the index.
        try insert("e", connection)
        try connection.run("UPDATE articles SET title = title, text = text, language = 'fr' WHERE name = 'e'")
        #expect(try found("e", connection) == ids("e"))
        try connection.run("DELETE FROM articles WHERE name = 'a'")
        #expect(try found("a", connection) == [])
        try fullTextIntact(connection)
    }

    @Test("an abandoned batch leaves no mark and nothing indexed")
    func abandonedFullText() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        let connection = database.connection
        let batch = WriteBatch(connection: connection, entities: try EntityStore(connection: connection))
        try batch.article { () throws(KBError) in try insert("a", connection) }
        batch.rollback()
        #expect(try count(connection, "SELECT count(*) FROM fts_deferred") == 0)
        try insert("b", connection)
        #expect(try found("b", connection) == [1])
        try fullTextIntact(connection)
    }

    @Test("ingest stores every article of a run longer than one batch, and a bad file fails alone")
    func ingestAcrossBatches() throws {
        let folder = TempFolder()
        for i in 0..<150 { folder.write("n\(i).txt", SampleArticles.donation + "\n\nNote \(i).") }
        folder.write("empty.txt", "")
        let database = try Database(path: folder.database)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.new == 150 && summary.failed == 1)
        #expect(try database.connection.scalar("SELECT count(*) FROM articles")?.int64Value == 150)
        #expect(try count(database.connection, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'note'") == 150)
        try fullTextIntact(database.connection)
        #expect(!database.connection.isInTransaction)
    }
}
