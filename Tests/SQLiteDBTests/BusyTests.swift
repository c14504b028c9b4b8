import Testing
@testable import SQLiteDB

@Suite("Locking")
struct BusyTests {
    @Test func writerTimesOutWhileAnotherConnectionHoldsTheWriteLock() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("locked.sqlite").path
            let first = try Connection(path: path)
            try first.execute("CREATE TABLE t(x)")
            let second = try Connection(path: path, busyTimeout: 50)
            try first.execute("BEGIN IMMEDIATE")
            try first.run("INSERT INTO t VALUES (1)")

            let clock = ContinuousClock()
            let start = clock.now
            let error = try #require(throws: SQLiteError.self) { try second.run("INSERT INTO t VALUES (2)") }
            let waited = clock.now - start
            #expect(error.isBusy)
            #expect(error.code == Code.busy)
            #expect(error.sql == "INSERT INTO t VALUES (2)")
            #expect(waited >= .milliseconds(40))
            #expect(waited < .seconds(3))  // the 50 ms timeout, not the 5 s default

            // WAL: the second connection still reads the last committed state.
            #expect(try second.scalar("SELECT count(*) FROM t") == .integer(0))
            try first.execute("COMMIT")
            try second.run("INSERT INTO t VALUES (2)")
            #expect(try first.scalar("SELECT count(*) FROM t") == .integer(2))
        }
    }

    @Test func transactionFailsBusyWhenAnotherConnectionWrites() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("locked.sqlite").path
            let first = try Connection(path: path)
            let second = try Connection(path: path, busyTimeout: 20)
            try first.execute("BEGIN IMMEDIATE")
            var bodyRan = false
            let error = try #require(throws: SQLiteError.self) {
                try second.transaction { bodyRan = true }
            }
            #expect(error.isBusy)
            #expect(!bodyRan)
            #expect(!second.isInTransaction)
            try first.execute("ROLLBACK")
        }
    }
}
