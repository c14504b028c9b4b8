import Testing
@testable import SQLiteDB

@Suite("Read-only connections")
struct ReadOnlyTests {
    /// Creates a database with `t(x)` holding 1, 2, 3 and user_version 5, then opens it read-only.
    func withSeededDatabase(_ body: (Connection, String) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("ro.sqlite").path
            do {
                let writer = try Connection(path: path)
                try writer.execute("CREATE TABLE t(x INTEGER PRIMARY KEY); INSERT INTO t VALUES (1), (2), (3);")
                try writer.setUserVersion(5)
            }
            try body(try Connection(path: path, mode: .readOnly), path)
        }
    }

    @Test(arguments: [
        "INSERT INTO t(x) VALUES (99)",
        "UPDATE t SET x = x + 10",
        "DELETE FROM t",
        "DROP TABLE t",
        "CREATE TABLE u(y)",
        "ATTACH DATABASE ':memory:' AS other",
        "PRAGMA journal_mode=delete",
        "PRAGMA user_version = 9",
        "PRAGMA foreign_keys = OFF",
        "BEGIN IMMEDIATE",
    ])
    func refusesWrites(sql: String) throws {
        try withSeededDatabase { db, path in
            let error = try #require(throws: SQLiteError.self) { try db.execute(sql) }
            #expect(error.code == Code.auth, "\(error)")
            #expect(error.message == "not authorized")
            #expect(error.sql == sql)
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(3))
            #expect(try db.userVersion == 5)
            let writer = try Connection(path: path)
            #expect(try writer.scalar("PRAGMA journal_mode") == .text("wal"))
            #expect(try writer.scalar("SELECT group_concat(x) FROM t") == .text("1,2,3"))
        }
    }

    @Test(arguments: ["CREATE TABLE u(y)", "INSERT INTO t(x) VALUES (99)", "DROP TABLE t"])
    func refusesWritesThroughPrepareAndRun(sql: String) throws {
        try withSeededDatabase { db, _ in
            let prepareError = try #require(throws: SQLiteError.self) { try db.prepare(sql) }
            #expect(prepareError.code == Code.auth, "\(prepareError)")
            let runError = try #require(throws: SQLiteError.self) { try db.run(sql) }
            #expect(runError.code == Code.auth, "\(runError)")
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(3))
        }
    }

    @Test func refusalStaysAnAuthorizationErrorAfterAnotherConnectionChangesTheSchema() throws {
        try withSeededDatabase { db, path in
            #expect(try db.scalar("SELECT count(*) FROM t") == .integer(3))  // schema loaded
            try Connection(path: path).execute("CREATE TABLE added(z)")
            let error = try #require(throws: SQLiteError.self) { try db.execute("CREATE TABLE u(y)") }
            #expect(error.code == Code.auth, "\(error)")
            #expect(try db.scalar("SELECT count(*) FROM added") == .integer(0))
        }
    }

    @Test func allowsSelects() throws {
        try withSeededDatabase { db, _ in
            let rows = try db.query("SELECT x, x * 2 AS doubled FROM t WHERE x >= ? ORDER BY x", [2])
            #expect(rows.map { $0.int("doubled") } == [4, 6])
            let recursive = try db.scalar("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4) SELECT sum(i) FROM n
                """)
            #expect(recursive == .integer(10))
            #expect(try db.prepare("SELECT * FROM t").isReadOnly)
        }
    }

    @Test(arguments: ["PRAGMA table_info(t)", "PRAGMA table_list", "PRAGMA index_list(t)",
                      "PRAGMA foreign_key_list(t)", "PRAGMA user_version", "PRAGMA compile_options",
                      "PRAGMA main.table_info(t)", "PRAGMA TABLE_INFO(t)"])
    func allowsSafePragmas(sql: String) throws {
        try withSeededDatabase { db, _ in
            _ = try db.query(sql)
        }
    }

    @Test func tableInfoDescribesColumns() throws {
        try withSeededDatabase { db, _ in
            let columns = try db.query("PRAGMA table_info(t)")
            #expect(columns.map { $0.string("name") } == ["x"])
            #expect(columns.first?.string("type") == "INTEGER")
        }
    }

    @Test(arguments: [
        (Int32(21), nil as String?, nil as String?, Int32(0)),  // SQLITE_SELECT
        (20, "t", "x", 0),                                      // SQLITE_READ
        (31, nil, "lower", 0),                                  // SQLITE_FUNCTION
        (33, nil, nil, 0),                                      // SQLITE_RECURSIVE
        (19, "user_version", nil, 0),                           // PRAGMA user_version
        (19, "user_version", "3", 1),                           // PRAGMA user_version = 3
        (19, "Table_Info", "t", 0),
        (19, "journal_mode", nil, 1),
        (19, "data_version", nil, 0),                           // read by FTS5
        (19, "data_version", "1", 1),
        (23, "sqlite_master", "sql", 0),                        // compiled when FTS5 connects; never runs
        (23, "t", "x", 1),                                      // SQLITE_UPDATE
        (18, "t", nil, 1),                                      // SQLITE_INSERT
        (24, "x.db", nil, 1),                                   // SQLITE_ATTACH
    ])
    func authorizerDecisions(action: Int32, detail1: String?, detail2: String?, expected: Int32) {
        #expect(ReadOnlyAuthorizer.decision(action: action, pragma: detail1, argument: detail2) == expected)
    }
}
