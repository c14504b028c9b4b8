import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

/// Content is identified by its hash: the same text at a second path is another location of one article,
/// so its facts count once, and refresh keeps the article while one of its files remains.
@Suite("Article locations")
struct ArticleLocationTests {
    private func paths(_ database: Database) throws -> [String] {
        try database.connection.query("""
            SELECT a.name || ' @ ' || a.path AS row FROM articles a
            UNION ALL SELECT 'also ' || a.name || ' @ ' || p.path FROM article_paths p JOIN articles a ON a.id = p.article_id
            ORDER BY 1
            """).compactMap { $0.string("row") }
    }

    @Test("a copy is one article with two locations, its facts counted once")
    func copy() throws {
        let folder = TempFolder()
        let a = folder.write("a.txt", SampleArticles.donation)
        let b = folder.write("copy/b.txt", SampleArticles.donation)
        let database = try Database(path: folder.database)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.new == 1 && summary.duplicates == 1 && summary.failed == 0)
        #expect(summary.line() .contains("1 duplicate"))
        #expect(try paths(database) == ["a.txt @ \(a)", "also a.txt @ \(b)"])
        let single = TempFolder()
        single.write("a.txt", SampleArticles.donation)
        let alone = try Database(path: single.database)
        _ = try ingest([single.path], into: alone)
        #expect(try count(database.connection, "SELECT count(*) FROM donations")
            == count(alone.connection, "SELECT count(*) FROM donations"))

        let again = try ingest([folder.path], into: database)
        #expect(again.unchanged == 2 && again.new == 0 && again.duplicates == 0)
    }

    @Test("refresh: the first file gone, the copy carries the article; both gone, the article goes")
    func refresh() throws {
        let folder = TempFolder()
        let a = folder.write("a.txt", SampleArticles.donation)
        let b = folder.write("b.txt", SampleArticles.donation)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        let donations = try count(database.connection, "SELECT count(*) FROM donations")
        try FileManager.default.removeItem(atPath: a)
        let first = try ingest([folder.path], into: database, options: IngestOptions(removeMissing: true, prune: true))
        #expect(first.removed == 0 && first.unchanged == 1)
        #expect(try paths(database) == ["b.txt @ \(b)"])
        #expect(try count(database.connection, "SELECT count(*) FROM donations") == donations)
        try FileManager.default.removeItem(atPath: b)
        let second = try ingest([folder.path], into: database, options: IngestOptions(removeMissing: true, prune: true))
        #expect(second.removed == 1)
        #expect(try paths(database).isEmpty)
    }

    @Test("a copy that changes becomes its own article; the original keeps its facts")
    func copyChanges() throws {
        let folder = TempFolder()
        let a = folder.write("a.txt", SampleArticles.donation)
        let b = folder.write("b.txt", SampleArticles.donation)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        folder.write("b.txt", SampleArticles.contract)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.unchanged == 1 && summary.failed == 0)
        #expect(try paths(database) == ["a.txt @ \(a)", "b.txt @ \(b)"])
    }

    @Test("the original that changes leaves the old text to its copy")
    func originalChanges() throws {
        let folder = TempFolder()
        let a = folder.write("a.txt", SampleArticles.donation)
        let b = folder.write("b.txt", SampleArticles.donation)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        folder.write("a.txt", SampleArticles.contract)
        _ = try ingest([folder.path], into: database)
        #expect(try paths(database) == ["a.txt @ \(a)", "b.txt @ \(b)"])
        #expect(try database.connection.scalar("SELECT sha256 FROM articles WHERE path = ?", [b])?.stringValue
            == SHA256.hex(Array(SampleArticles.donation.utf8)))
        #expect(try database.connection.scalar("SELECT sha256 FROM articles WHERE path = ?", [a])?.stringValue
            == SHA256.hex(Array(SampleArticles.contract.utf8)))
    }

    @Test("a file changed to the text of another article becomes its location; its old article goes")
    func becomesCopy() throws {
        let folder = TempFolder()
        let a = folder.write("a.txt", SampleArticles.donation)
        let b = folder.write("b.txt", SampleArticles.contract)
        let database = try Database(path: folder.database)
        _ = try ingest([folder.path], into: database)
        folder.write("b.txt", SampleArticles.donation)
        let summary = try ingest([folder.path], into: database)
        #expect(summary.duplicates == 1)
        #expect(try paths(database) == ["a.txt @ \(a)", "also a.txt @ \(b)"])
        #expect(try count(database.connection, "SELECT count(*) FROM contracts") == 0)
    }
}
