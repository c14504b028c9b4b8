import Foundation
import Testing
@testable import SQLiteDB

@Suite("Connection")
struct ConnectionTests {
    @Test func opensInMemoryDatabase() throws {
        let db = try Connection(path: ":memory:")
        #expect(db.path == ":memory:")
        #expect(try db.scalar("SELECT 1 + 1") == .integer(2))
        #expect(try db.scalar("PRAGMA journal_mode") == .text("memory"))
    }

    @Test func fileDatabaseIsCreatedInWALMode() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("kb.sqlite").path
            #expect(!FileManager.default.fileExists(atPath: path))
            let db = try Connection(path: path)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(try db.scalar("PRAGMA journal_mode") == .text("wal"))
        }
    }

    @Test func foreignKeyViolationFails() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("""
            CREATE TABLE donor(id INTEGER PRIMARY KEY);
            CREATE TABLE gift(id INTEGER PRIMARY KEY, donor INTEGER NOT NULL REFERENCES donor(id));
            """)
        #expect(try db.scalar("PRAGMA foreign_keys") == .integer(1))
        let sql = "INSERT INTO gift(donor) VALUES (?)"
        let error = try #require(throws: SQLiteError.self) { try db.run(sql, [42]) }
        #expect(error.code == Code.constraint)
        #expect(error.extendedCode == Code.constraintForeignKey)
        #expect(error.message == "FOREIGN KEY constraint failed")
        #expect(error.isConstraintViolation)
        #expect(error.sql == sql)
        #expect(try db.scalar("SELECT count(*) FROM gift") == .integer(0))
    }

    @Test func missingFileOpenedReadOnlyFailsWithCantOpen() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("missing.sqlite").path
            let error = try #require(throws: SQLiteError.self) { try Connection(path: path, mode: .readOnly) }
            #expect(error.code == Code.cantOpen)
            #expect(error.path == path)
            #expect(error.sql == nil)
            #expect(error.description.contains(path))
            #expect(error.description.hasPrefix("SQLite error 14 (unable to open database file): "))
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func readWriteInMissingDirectoryFailsWithCantOpen() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("no/such/dir/kb.sqlite").path
            let error = try #require(throws: SQLiteError.self) { try Connection(path: path) }
            #expect(error.code == Code.cantOpen)
            #expect(error.description.contains(path))
        }
    }

    @Test func executeRunsSeveralStatements() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);")
        #expect(try db.scalar("SELECT sum(x) FROM t") == .integer(3))
    }

    @Test func lastInsertRowIDAndChanges() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, x INTEGER)")
        try db.run("INSERT INTO t(id, x) VALUES (?, ?)", [41, 1])
        #expect(db.lastInsertRowID == 41)
        try db.run("INSERT INTO t(x) VALUES (?)", [2])
        #expect(db.lastInsertRowID == 42)
        #expect(db.changes == 1)
        try db.run("UPDATE t SET x = x + 10")
        #expect(db.changes == 2)
        try db.run("DELETE FROM t WHERE id = ?", [41])
        #expect(db.changes == 1)
    }

    @Test func scalarDistinguishesNoRowFromNull() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        #expect(try db.scalar("SELECT x FROM t") == nil)
        try db.run("INSERT INTO t VALUES (NULL)")
        #expect(try db.scalar("SELECT x FROM t") == .null)
    }

    @Test func userVersionRoundTrips() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("v.sqlite").path
            do {
                let db = try Connection(path: path)
                #expect(try db.userVersion == 0)
                try db.setUserVersion(7)
                #expect(try db.userVersion == 7)
                try db.setUserVersion(-3)
                #expect(try db.userVersion == -3)
                try db.setUserVersion(12)
            }
            let reopened = try Connection(path: path, mode: .readOnly)
            #expect(try reopened.userVersion == 12)
        }
    }

    @Test func userVersionOutOfRangeIsRejected() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.setUserVersion(Int(Int32.max) + 1) }
        #expect(error.code == Code.range)
        #expect(try db.userVersion == 0)
    }
}
