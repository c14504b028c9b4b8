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

    @Test("ingest stores every article of a run longer than one batch, and a bad file fails alone")
    func ingestAcrossBatches() throws {
        let folder = TempFolder()
        for i in 0..<150 { folder.write("n\(i).txt", SampleArticles.donation + "\n\nNote \(i).") }
        folder.write("empty.txt", "")
        let database = try Database(path: folder.database)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.new == 150 && summary.failed == 1)
        #expect(try database.connection.scalar("SELECT count(*) FROM articles")?.int64Value == 150)
        #expect(!database.connection.isInTransaction)
    }
}
