import Testing
@testable import SQLiteDB

@Suite("Row")
struct RowTests {
    let row = Row(
        columns: ["id", "name", "score", "flag", "data", "missing", "Whole"],
        values: [.integer(7), .text("Élysée"), .real(2.5), .integer(0), .blob([9]), .null, .real(3.0)])

    @Test func subscriptsByIndexAndName() {
        #expect(row.count == 7)
        #expect(row[0] == .integer(7))
        #expect(row["name"] == .text("Élysée"))
        #expect(row["NAME"] == .text("Élysée"))  // case-insensitive fallback
        #expect(row["nope"] == .null)
    }

    @Test func typedAccessors() {
        #expect(row.int("id") == 7)
        #expect(row.int64("id") == 7)
        #expect(row.double("id") == 7.0)
        #expect(row.double("score") == 2.5)
        #expect(row.int("score") == nil)  // not a whole number
        #expect(row.int("whole") == 3)
        #expect(row.string("name") == "Élysée")
        #expect(row.string("id") == nil)
        #expect(row.bool("flag") == false)
        #expect(row.bool("id") == true)
        #expect(row.blob("data") == [9])
        #expect(row.int("missing") == nil)
        #expect(row.string("missing") == nil)
        #expect(row.bool("nope") == nil)
    }

    @Test func queryRowsCarryColumnNames() throws {
        let db = try Connection(path: ":memory:")
        let rows = try db.query("SELECT 1 AS a, 'x' AS b UNION ALL SELECT 2, NULL")
        #expect(rows == [
            Row(columns: ["a", "b"], values: [.integer(1), .text("x")]),
            Row(columns: ["a", "b"], values: [.integer(2), .null]),
        ])
    }

    @Test func int64ExtremesSurvive() throws {
        let db = try Connection(path: ":memory:")
        let row = try #require(try db.query("SELECT ? AS big, ? AS small", [Int64.max, Int64.min]).first)
        #expect(row.int64("big") == .max)
        #expect(row.int64("small") == .min)
    }
}
