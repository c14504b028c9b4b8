import Testing
@testable import SQLiteDB

@Suite("SQLiteError")
struct SQLiteErrorTests {
    @Test func uniqueViolation() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x UNIQUE)")
        let sql = "INSERT INTO t(x) VALUES (?)"
        try db.run(sql, [1])
        let error = try #require(throws: SQLiteError.self) { try db.run(sql, [1]) }
        #expect(error.code == Code.constraint)
        #expect(error.extendedCode == Code.constraintUnique)
        #expect(error.isConstraintViolation)
        #expect(!error.isBusy)
        #expect(error.message.contains("UNIQUE"))
        #expect(error.sql == sql)
        #expect(error.description
            == "SQLite error 19 (constraint failed): UNIQUE constraint failed: t.x — in `INSERT INTO t(x) VALUES (?)`")
    }

    @Test func syntaxErrorFromPrepareCarriesSQL() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare("SELEC 1") }
        #expect(error.code == Code.error)
        #expect(error.message == "near \"SELEC\": syntax error")
        #expect(error.sql == "SELEC 1")
        #expect(!error.isConstraintViolation)
    }

    @Test func syntaxErrorFromExecuteCarriesSQL() throws {
        let db = try Connection(path: ":memory:")
        let sql = "CREATE TABLE t(x); SELEC 1"
        let error = try #require(throws: SQLiteError.self) { try db.execute(sql) }
        #expect(error.code == Code.error)
        #expect(error.sql == sql)
        #expect(error.description == "SQLite error 1 (SQL logic error): near \"SELEC\": syntax error — in `\(sql)`")
    }

    @Test func missingTableIsReported() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.query("SELECT * FROM nowhere") }
        #expect(error.code == Code.error)
        #expect(error.message == "no such table: nowhere")
    }

    @Test func publicInitializerSplitsCodes() {
        let error = SQLiteError(code: Code.constraintUnique, message: "boom")
        #expect(error.code == Code.constraint)
        #expect(error.extendedCode == Code.constraintUnique)
        #expect(error.description == "SQLite error 19 (constraint failed): boom")
    }

    @Test(arguments: [(Int32(5), true), (6, true), (19, false), (1, false)])
    func isBusyCoversBusyAndLocked(code: Int32, expected: Bool) {
        #expect(SQLiteError(code: code, message: "").isBusy == expected)
    }
}
