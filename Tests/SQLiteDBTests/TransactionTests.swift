import Testing
@testable import SQLiteDB

@Suite("Transactions")
struct TransactionTests {
    struct Boom: Error, Equatable { let id: Int }

    func makeDatabase() throws -> Connection {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (0);")
        return db
    }

    @Test func commitsOnSuccessAndReturnsTheBodyResult() throws {
        let db = try makeDatabase()
        let result = try db.transaction {
            try db.run("INSERT INTO t VALUES (?)", [1])
            try db.run("INSERT INTO t VALUES (?)", [2])
            #expect(db.isInTransaction)
            return "done"
        }
        #expect(result == "done")
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(3))
    }

    @Test func rollsBackAndRethrowsTheBodyErrorUnchanged() throws {
        let db = try makeDatabase()
        #expect(throws: Boom(id: 7)) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (?)", [1])
                throw Boom(id: 7)
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func rollsBackOnSQLiteErrorInTheBody() throws {
        let db = try makeDatabase()
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (?)", [1])
                try db.run("INSERT INTO t VALUES (?)", [0])  // UNIQUE violation
            }
        }
        #expect(error.code == Code.constraint)
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
        try db.transaction { try db.run("INSERT INTO t VALUES (5)") }  // usable again
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(2))
    }

    @Test func bodyThatEndsTheTransactionItselfStillRethrows() throws {
        let db = try makeDatabase()
        #expect(throws: Boom(id: 1)) {
            try db.transaction {
                try db.run("INSERT INTO t VALUES (1)")
                try db.execute("ROLLBACK")
                throw Boom(id: 1)
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func nestedTransactionIsAnError() throws {
        let db = try makeDatabase()
        let error = try #require(throws: SQLiteError.self) {
            try db.transaction { try db.transaction { } }
        }
        #expect(error.code == Code.error)
        #expect(error.message == "cannot start a transaction within a transaction")
        #expect(!db.isInTransaction)
    }
}
