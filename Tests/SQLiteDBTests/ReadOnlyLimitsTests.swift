import Foundation
import Testing
@testable import SQLiteDB

/// What a read-only connection may still do (read-only pragmas), and how long it may run (a time limit).
@Suite("Read-only limits")
struct ReadOnlyLimitsTests {
    func withReader(_ body: (Connection, Connection) throws -> Void) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("ro.sqlite").path
            let writer = try Connection(path: path)
            try writer.execute("CREATE TABLE t(x INTEGER PRIMARY KEY, y); CREATE INDEX t_y ON t(y); INSERT INTO t VALUES (1, 2);")
            try body(try Connection(path: path, mode: .readOnly), writer)
        }
    }

    @Test("read-only pragmas run", arguments: [
        "PRAGMA integrity_check", "PRAGMA integrity_check(t)", "PRAGMA quick_check", "PRAGMA foreign_key_check",
        "PRAGMA foreign_key_check(t)", "PRAGMA table_xinfo(t)", "PRAGMA index_info(t_y)", "PRAGMA index_xinfo(t_y)",
        "PRAGMA database_list", "PRAGMA page_count", "PRAGMA freelist_count", "PRAGMA schema_version",
        "SELECT * FROM pragma_integrity_check()", "PRAGMA collation_list", "PRAGMA function_list",
    ])
    func readOnlyPragmas(sql: String) throws {
        try withReader { reader, writer throws in
            _ = try reader.query(sql)
            #expect(try writer.scalar("SELECT count(*) FROM t") == .integer(1))
        }
    }

    @Test("pragmas that set something stay refused", arguments: [
        "PRAGMA page_size = 1024", "PRAGMA schema_version = 3", "PRAGMA writable_schema = 1", "PRAGMA wal_checkpoint",
        "PRAGMA journal_mode = delete", "PRAGMA cache_size = 10", "PRAGMA optimize",
    ])
    func settingPragmas(sql: String) throws {
        try withReader { reader, _ throws in
            let error = try #require(throws: SQLiteError.self) { try reader.execute(sql) }
            #expect(error.code == Code.auth, "\(error)")
        }
    }

    @Test("a time limit of zero stops a runaway query at once with SQLITE_INTERRUPT")
    func timeLimitZero() throws {
        try withReader { reader, _ throws in
            reader.timeLimit = 0
            let statement = try reader.prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
            let error = try #require(throws: SQLiteError.self) { try statement.step() }
            #expect(error.code == 9, "\(error)")
            #expect(reader.timeLimitExceeded)
        }
    }

    @Test("without a limit, or with an ample one, queries finish")
    func noLimit() throws {
        try withReader { reader, _ throws in
            reader.timeLimit = 600
            #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))
            reader.timeLimit = nil
            #expect(try reader.scalar("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000) SELECT count(*) FROM c")
                == .integer(1000))
            #expect(!reader.timeLimitExceeded)
        }
    }

    @Test("a database in a folder that cannot be written is read as immutable (not as root, who writes anywhere)",
          .enabled(if: getuid() != 0))
    func immutableFallback() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("ro.sqlite").path
            do {
                let writer = try Connection(path: path)
                try writer.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            }
            chmod(directory.path, 0o555)
            defer { chmod(directory.path, 0o755) }
            let reader = try Connection(path: path, mode: .readOnly)
            #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))
            #expect(reader.isImmutable)
        }
    }

    @Test("a hot journal a killed writer left is rolled back: the reader sees the last committed rows, not an immutable snapshot")
    func hotJournal() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("w.sqlite").path, copy = directory.appendingPathComponent("c.sqlite").path
            let writer = try Connection(path: path)
            try writer.execute("PRAGMA journal_mode=DELETE; CREATE TABLE t(x); INSERT INTO t VALUES (1); PRAGMA cache_size=1;")
            // An uncommitted transaction large enough to spill to the file: its journal is hot once the writer is gone.
            try writer.execute("BEGIN; INSERT INTO t SELECT randomblob(2000) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) SELECT i FROM n);")
            // Copying the file and its journal mid-transaction leaves what a SIGKILL leaves.
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            try FileManager.default.copyItem(atPath: path + "-journal", toPath: copy + "-journal")
            try writer.execute("ROLLBACK")
            let reader = try Connection(path: copy, mode: .readOnly)
            #expect(!reader.isImmutable)
            #expect(try reader.scalar("SELECT count(*) FROM t") == .integer(1))
            #expect(!FileManager.default.fileExists(atPath: copy + "-journal"))
        }
    }
}
