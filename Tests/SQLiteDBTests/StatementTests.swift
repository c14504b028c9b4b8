import Testing
@testable import SQLiteDB

@Suite("Statement")
struct StatementTests {
    @Test func resetAllowsSteppingAgainWithNewBindings() throws {
        let db = try Connection(path: ":memory:")
        let statement = try db.prepare("SELECT ? + 1 AS next")
        try statement.bind([1])
        #expect(try statement.step()?.int("next") == 2)
        try statement.reset()
        try statement.bind([41])
        #expect(try statement.step()?.int("next") == 42)
        #expect(try statement.step() == nil)
        try statement.reset()
        #expect(try statement.step()?["next"] == .null)  // reset cleared the binding
    }

    @Test func stepReturnsRowsThenNil() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3);")
        let statement = try db.prepare("SELECT x FROM t ORDER BY x")
        #expect(try statement.step()?["x"] == .integer(1))
        #expect(try statement.all().map { $0["x"] } == [.integer(2), .integer(3)])
        #expect(try statement.step()?["x"] == .integer(1))  // stepping after done restarts
    }

    @Test(arguments: [
        ("SELECT 1", true),
        ("SELECT * FROM t WHERE x > ?", true),
        ("INSERT INTO t VALUES (1)", false),
        ("UPDATE t SET x = 2", false),
        ("DELETE FROM t", false),
        ("CREATE TABLE u(y)", false),
    ])
    func isReadOnly(sql: String, expected: Bool) throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        #expect(try db.prepare(sql).isReadOnly == expected)
    }

    @Test func columnAndParameterNames() throws {
        let db = try Connection(path: ":memory:")
        let statement = try db.prepare("SELECT :donor AS donor, :year AS year, ? AS extra, 1")
        #expect(statement.sql == "SELECT :donor AS donor, :year AS year, ? AS extra, 1")
        #expect(statement.columnCount == 4)
        #expect(statement.columnNames == ["donor", "year", "extra", "1"])
        #expect(statement.parameterCount == 3)
        #expect(statement.parameterNames == [":donor", ":year", ""])
    }

    @Test func statementWithoutResultsHasNoColumns() throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(x)")
        let statement = try db.prepare("INSERT INTO t VALUES (?)")
        #expect(statement.columnCount == 0)
        #expect(statement.columnNames == [])
        #expect(statement.parameterNames == [""])
    }

    @Test(arguments: ["SELECT 1; SELECT 2", "SELECT 1; garbage"])
    func prepareRejectsSeveralStatements(sql: String) throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare(sql) }
        #expect(error.code == Code.misuse)
        #expect(error.message == "prepare takes a single statement; use execute for several")
    }

    @Test(arguments: ["SELECT 1;", "SELECT 1; -- trailing comment", "SELECT 1 ;  \n "])
    func prepareAcceptsTrailingWhitespaceAndComments(sql: String) throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.prepare(sql).all().first?[0] == .integer(1))
    }

    @Test(arguments: ["", "   ", "-- only a comment"])
    func prepareRejectsEmptySQL(sql: String) throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare(sql) }
        #expect(error.code == Code.misuse)
        #expect(error.message == "no SQL statement to prepare")
    }

    @Test func sqlWithNULIsRejected() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.prepare("SELECT 1\u{0}; DROP TABLE t") }
        #expect(error.code == Code.misuse)
        #expect(error.message == "SQL contains a NUL character")
    }

    @Test func invalidUTF8TextIsRepaired() throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.scalar("SELECT CAST(X'41FF42' AS TEXT)") == .text("A\u{FFFD}B"))
    }
}
