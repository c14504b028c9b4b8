import Foundation
@testable import KnowledgeBase
import SQLiteDB
import Testing

@Suite("Schema and versions")
struct SchemaTests {
    @Test("schema.sql declares the version kb writes")
    func declaredVersion() {
        #expect(Schema.version == 11)
        #expect(Schema.declaredVersion(in: "-- x\nPRAGMA user_version = 7;\nCREATE TABLE t(x);") == 7)
        #expect(Schema.declaredVersion(in: "CREATE TABLE t(x);") == nil)
    }

    @Test("a new database gets the whole schema and the current version")
    func freshDatabase() throws {
        let folder = TempFolder()
        let database = try Database(path: folder.database)
        #expect(try database.schemaVersion == Schema.version)
        let objects = try database.connection.query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
            .compactMap { $0.string("name") }
        for name in ["articles", "entities", "people", "companies", "agencies", "funds", "aliases", "mentions",
                     "donations", "contracts", "disputes", "dispute_parties", "roles", "articles_fts",
                     "donation_facts", "contract_facts", "dispute_facts", "mention_facts", "role_facts"] {
            #expect(objects.contains(name), "missing \(name)")
        }
        #expect(try database.connection.scalar("PRAGMA foreign_keys")?.intValue == 1)
        #expect(try database.connection.scalar("PRAGMA journal_mode")?.stringValue == "wal")
    }

    @Test("opening twice neither re-applies nor fails")
    func reopen() throws {
        let folder = TempFolder()
        _ = try Database(path: folder.database)
        let again = try Database(path: folder.database)
        #expect(try again.schemaVersion == Schema.version)
        let reader = try Database(path: folder.database, mode: .readOnly)
        #expect(try reader.schemaVersion == Schema.version)
    }

    @Test("a database from a newer kb is refused with both versions named")
    func newerSchema() throws {
        let folder = TempFolder()
        _ = try Database(path: folder.database)
        try Connection(path: folder.database).setUserVersion(Schema.version + 1)
        for mode in [Connection.Mode.readWrite, .readOnly] {
            #expect {
                try Database(path: folder.database, mode: mode)
            } throws: { error in
                "\(error)" == "database was made by a newer kb (schema \(Schema.version + 1), this kb knows \(Schema.version))"
            }
        }
    }

    @Test("a SQLite file kb did not make is not touched")
    func foreignDatabase() throws {
        let folder = TempFolder()
        try Connection(path: folder.database).execute("CREATE TABLE notes(x TEXT)")
        #expect(throws: KBError.self) { try Database(path: folder.database) }
        let tables = try Connection(path: folder.database).scalar("SELECT count(*) FROM sqlite_master")
        #expect(tables?.intValue == 1)
    }

    @Test("reading a missing database says how to create one")
    func missingDatabase() {
        #expect {
            try Database(path: "/nonexistent/kb.db", mode: .readOnly)
        } throws: { error in
            "\(error)".contains("no database at /nonexistent/kb.db")
        }
    }

    @Test("a read-only database refuses writes")
    func readOnlyRefusesWrites() throws {
        let folder = TempFolder()
        _ = try Database(path: folder.database)
        let reader = try Database(path: folder.database, mode: .readOnly)
        #expect(throws: SQLiteError.self) { try reader.connection.run("DELETE FROM articles") }
    }
}
