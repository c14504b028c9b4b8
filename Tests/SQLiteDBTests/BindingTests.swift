import Testing
@testable import SQLiteDB

@Suite("Binding")
struct BindingTests {
    static let values: [SQLiteValue] = [
        .null, .integer(0), .integer(-1), .integer(.max), .integer(.min),
        .real(3.25), .real(-0.5), .real(1e300),
        .text(""), .text("plain"), .text("Élysée"), .text("emoji 😀👩🏽‍🔬"), .text("nul\u{0}inside"), .text("日本語"),
        .blob([]), .blob([0, 1, 2, 254, 255]), .blob([0]),
    ]

    @Test(arguments: values)
    func valueRoundTrips(_ value: SQLiteValue) throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE t(v)")
        try db.run("INSERT INTO t(v) VALUES (?)", [value])
        let row = try #require(try db.query("SELECT v FROM t").first)
        #expect(row["v"] == value)
        #expect(try db.scalar("SELECT ? IS v FROM t", [value]) == .integer(1))
    }

    @Test func textWithNULKeepsItsFullLength() throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.scalar("SELECT length(CAST(? AS BLOB))", ["a\u{0}b"]) == .integer(3))
        #expect(try db.scalar("SELECT length(?)", ["Élysée"]) == .integer(6))
        #expect(try db.scalar("SELECT hex(?)", ["É"]) == .text("C389"))
    }

    static let bindables: [(any SQLiteBindable & Sendable, SQLiteValue, String)] = [
        (42, .integer(42), "integer"),
        (Int64.max, .integer(.max), "integer"),
        (2.5, .real(2.5), "real"),
        ("Élysée", .text("Élysée"), "text"),
        (true, .integer(1), "integer"),
        (false, .integer(0), "integer"),
        ([UInt8]([1, 2, 3]), .blob([1, 2, 3]), "blob"),
        (Int?.none, .null, "null"),
        (String?.some("x"), .text("x"), "text"),
        (SQLiteValue.real(1.5), .real(1.5), "real"),
    ]

    @Test(arguments: bindables)
    func swiftValuesBindAsExpected(_ value: any SQLiteBindable & Sendable, expected: SQLiteValue, type: String) throws {
        #expect(value.sqliteValue == expected)
        let db = try Connection(path: ":memory:")
        let row = try #require(try db.query("SELECT ? AS v, typeof(?) AS type", [value, value]).first)
        #expect(row["v"] == expected)
        #expect(row.string("type") == type)
    }

    @Test func bindsByIndex() throws {
        let db = try Connection(path: ":memory:")
        let row = try #require(try db.query("SELECT ? AS a, ? AS b, ?3 AS c", [1, "two", 3.0]).first)
        #expect(row.values == [.integer(1), .text("two"), .real(3.0)])
        #expect(row.columns == ["a", "b", "c"])
    }

    @Test(arguments: [":donor", "donor"])
    func bindsByName(key: String) throws {
        let db = try Connection(path: ":memory:")
        try db.execute("CREATE TABLE gift(donor TEXT, year INTEGER)")
        try db.run("INSERT INTO gift VALUES (:donor, :year)", named: [key: "Ada", "year": 1843])
        let rows = try db.query("SELECT * FROM gift WHERE donor = :donor AND year = :year", named: [key: "Ada", ":year": 1843])
        #expect(rows.count == 1)
        #expect(rows.first?.string("donor") == "Ada")
        #expect(rows.first?.int("year") == 1843)
    }

    @Test func namedParameterUsedTwiceBindsOnce() throws {
        let db = try Connection(path: ":memory:")
        #expect(try db.query("SELECT :x + :x AS twice", named: ["x": 21]).first?.int("twice") == 42)
    }

    @Test func missingNamedParameterIsNamedInTheError() throws {
        let db = try Connection(path: ":memory:")
        let sql = "SELECT :donor, :year"
        let error = try #require(throws: SQLiteError.self) { try db.query(sql, named: ["donor": "Ada"]) }
        #expect(error.code == Code.misuse)
        #expect(error.message == "missing value for parameter :year")
        #expect(error.sql == sql)
    }

    @Test func unknownNamedKeyIsAnError() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) {
            try db.query("SELECT :donor", named: ["donor": "Ada", "yeer": 1843])
        }
        #expect(error.code == Code.misuse)
        #expect(error.message == "no parameter named yeer in statement")
    }

    @Test func sameParameterGivenWithAndWithoutColonIsAnError() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) {
            try db.query("SELECT :donor", named: ["donor": "Ada", ":donor": "Bob"])
        }
        #expect(error.message == "parameter :donor is given twice, as :donor and donor")
    }

    @Test func positionalParameterCannotBeBoundByName() throws {
        let db = try Connection(path: ":memory:")
        let error = try #require(throws: SQLiteError.self) { try db.query("SELECT :a, ?", named: ["a": 1]) }
        #expect(error.message == "parameter 2 is a positional '?'; it cannot be bound by name")
    }

    @Test(arguments: [0, 1, 3])
    func wrongArgumentCountIsAnError(count: Int) throws {
        let db = try Connection(path: ":memory:")
        let values: [any SQLiteBindable] = Array(repeating: 1, count: count)
        let error = try #require(throws: SQLiteError.self) { try db.query("SELECT ?, ?", values) }
        #expect(error.code == Code.misuse)
        #expect(error.message == "statement has 2 parameter(s) but \(count) value(s) were given")
    }
}
