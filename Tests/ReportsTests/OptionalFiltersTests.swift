import KnowledgeBase
@testable import Reports
import SQLiteDB
import Testing

/// A report's `(coalesce(:x, '') = '' OR condition)` groups are settled before SQLite plans the statement, and the
/// rows do not change.
@Suite("Optional filters")
struct OptionalFiltersTests {
    private let sql = """
        SELECT * FROM t WHERE (coalesce(:a, '') = '' OR x IN (SELECT y FROM u WHERE (z = 1 OR z = 2)))
          AND (COALESCE(:b,'')='' OR w = upper(:b)) AND v = 'coalesce(:a, '''') = '''' OR no'
        """

    @Test("a group keeps its condition when its parameter has a value and becomes (1) when it has none")
    func settles() {
        #expect(OptionalFilters.specialised(sql, bindings: ["a": .integer(3), "b": .null]) == """
            SELECT * FROM t WHERE (x IN (SELECT y FROM u WHERE (z = 1 OR z = 2)))
              AND (1) AND v = 'coalesce(:a, '''') = '''' OR no'
            """)
        #expect(OptionalFilters.specialised(sql, bindings: ["a": .text(""), "b": .text("eur")]) == """
            SELECT * FROM t WHERE (1)
              AND (w = upper(:b)) AND v = 'coalesce(:a, '''') = '''' OR no'
            """)
    }

    @Test("other shapes, comments and parameters kb does not bind are left as written", arguments: [
        "SELECT 1 WHERE coalesce(:a, '') = '' OR x = :a",
        "SELECT 1 WHERE (coalesce(:a, '') = '1' OR x = :a)",
        "SELECT 1 WHERE (coalesce(:a, '') = '' AND x = :a)",
        "SELECT 1 -- (coalesce(:a, '') = '' OR x = :a)\n",
        "SELECT 1 WHERE (coalesce(:other, '') = '' OR x = :other)",
        "SELECT 1 WHERE (coalesce(:a, '') = '' OR x = (:a)",
    ])
    func leftAlone(sql: String) {
        #expect(OptionalFilters.specialised(sql, bindings: ["a": .integer(1)]) == sql)
    }

    @Test("every built-in report gives the same rows whether its filters are settled or not", arguments: [
        ("donations", ["donor": "acme"]), ("donations", ["currency": "usd", "until": "2025"]),
        ("donations", ["article": "a", "since": "2025-01"]), ("contracts", ["agency": "armees", "min_amount": "1"]),
        ("disputes", ["party": "musk", "kind": "lawsuit"]), ("mentions", ["type": "company"]),
        ("mentions", ["name": "acme", "article": "a"]), ("timeline", ["entity": "acme", "until": "2025"]),
        ("timeline", ["kind": "contract"]), ("articles", ["name": "a", "language": "en"]),
        ("profile", ["entity": "acme", "type": "company"]), ("top-donors", ["until": "2025-01"]),
    ])
    func sameRows(report name: String, arguments: [String: String]) throws {
        let fixture = try Fixture()
        let connection = try fixture.reader()
        let report = try ReportCatalogue.report(named: name)
        let bindings = try ReportRunner.bindings(for: report, arguments: arguments)
        func rows(_ sql: String) throws -> [[SQLiteValue]] {
            let statement = try connection.prepare(sql)
            try statement.bind(named: bindings.filter { statement.parameterNames.contains(":" + $0.key) })
            var rows: [[SQLiteValue]] = []
            while let row = try statement.step() { rows.append(row.values) }
            return rows
        }
        let settled = ReportRunner.sql(for: report, bindings: bindings)
        #expect(settled != report.sql)
        let expected = try rows(report.sql)
        #expect(!expected.isEmpty)
        #expect(try rows(settled) == expected)
    }
}
