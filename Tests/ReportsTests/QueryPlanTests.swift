import Foundation
import KnowledgeBase
import Reports
import SQLiteDB
import XCTest

/// Every filtered report should find its rows through an index, not by reading a whole fact table: at 100,000
/// articles a full scan of donations or mentions is what makes a report slow (docs/benchmarks.md). The plans
/// come from SQLite's EXPLAIN QUERY PLAN on the report as `kb query` prepares it, with one filter bound.
final class QueryPlanTests: XCTestCase {
    /// The tables that grow with the articles (a few rows per article each).
    static let factTables: Set<String> = ["donations", "contracts", "disputes", "dispute_parties", "mentions", "roles",
                                          "party_amounts"]

    /// Filters that still read a whole fact table. Reports write each optional filter `(coalesce(:x, '') = '' OR …)`
    /// and kb settles those groups before preparing (`OptionalFilters`), so a filter given reaches its index. None
    /// remain (`timeline kind=…` read the other kinds' tables until its arms walked their date indexes). Each entry
    /// is "report parameter: table"; when one is fixed, this test fails until it is removed.
    static let knownFullScans: Set<String> = []

    func testFilteredReportsDoNotScanFactTablesBeyondTheKnownGaps() throws {
        let fixture = try Fixture()
        let connection = try fixture.reader()
        var scans: Set<String> = []
        for report in ReportCatalogue.all {
            let aliases = try Self.aliases(connection, report: report)
            for parameter in report.parameters where Self.isFilter(parameter) {
                for table in try Self.scannedTables(report, filter: parameter, on: connection, aliases: aliases)
                where Self.factTables.contains(table) {
                    scans.insert("\(report.name) \(parameter.name): \(table)")
                }
            }
        }
        XCTAssertEqual(scans.subtracting(Self.knownFullScans).sorted(), [], "new full scans of a fact table")
        XCTAssertEqual(Self.knownFullScans.subtracting(scans).sorted(), [], "these now use an index: remove them from knownFullScans")
    }

    /// Reports and fact views read an article's name, source and byline from an index, never from its row: `url`
    /// and `byline` sit after the text in the row, and reading them walks its overflow pages (schema version 8).
    func testReportsReadArticlesFromTheirIndexes() throws {
        let fixture = try Fixture()
        let connection = try fixture.reader()
        let required = ["profile": ["entity": "Acme"], "connections": ["entity": "Acme"], "search": ["q": "acme"]]
        var rowReads: [String] = []
        for report in ReportCatalogue.all {
            let aliases = try Self.aliases(connection, report: report)
            for detail in try Self.plan(report, arguments: required[report.name] ?? [:], on: connection) {
                // "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)" or "SCAN a" on `articles a` reads the rows.
                // An alias may name two tables in one report (`articles a`, `aliases a`): an index names its own.
                let words = detail.split(separator: " ").map(String.init)
                guard words.count > 1, ["SCAN", "SEARCH"].contains(words[0]), !detail.contains("COVERING INDEX") else { continue }
                var table = aliases[words[1]] ?? words[1]
                if let using = words.firstIndex(of: "INDEX"), using + 1 < words.count,
                   let owner = try connection.query("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?",
                                                    [words[using + 1]]).first?.string("tbl_name") {
                    table = owner
                }
                guard table == "articles" else { continue }
                rowReads.append("\(report.name): \(detail)")
            }
        }
        // stats reads one row, the newest article's, through articles_published.
        XCTAssertEqual(rowReads, ["stats: SEARCH articles USING INDEX articles_published (published>?)"])
        let plan = try connection.query("EXPLAIN QUERY PLAN SELECT source, byline FROM donation_facts").compactMap { $0.string("detail") }
        XCTAssertTrue(plan.contains("SEARCH a USING COVERING INDEX articles_cite (id=?)"), "\(plan)")
        let listing = try Self.plan(ReportCatalogue.report(named: "articles"), arguments: [:], on: connection)
        XCTAssertTrue(listing.contains("SCAN a USING COVERING INDEX articles_name"), "\(listing)")
        XCTAssertFalse(listing.contains { $0.contains("ORDER BY") }, "the listing comes in the index's order: \(listing)")
        let mentions = try Self.plan(ReportCatalogue.report(named: "mentions"), arguments: [:], on: connection)
        XCTAssertTrue(mentions.contains("SCAN a USING COVERING INDEX articles_name"), "\(mentions)")
        XCTAssertTrue(mentions.contains("USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"), "mentions sorts article by article: \(mentions)")
    }

    /// The totals reports sum party_amounts (schema 10) from its covering index, one role's range of it, and read no
    /// fact row but a shared contract's (by id); with an agency, totals-by-agency seeks that agency's range.
    func testTotalsReadPartyAmountsThroughTheirCoveringIndex() throws {
        let fixture = try Fixture()
        let connection = try fixture.reader()
        for name in ["top-donors", "top-recipients", "top-contractors", "totals-by-agency"] {
            let report = try ReportCatalogue.report(named: name)
            for arguments in [[:], ["since": "2024"], ["currency": "usd", "until": "2024-06"]] {
                let plan = try Self.plan(report, arguments: arguments, on: connection)
                XCTAssertTrue(plan.contains("SEARCH party_amounts USING COVERING INDEX party_amounts_totals (role=?)"), "\(name) \(arguments): \(plan)")
                XCTAssertFalse(plan.contains { $0.contains("donations") || $0.hasPrefix("SCAN party_amounts") || $0.hasPrefix("SCAN c") },
                               "\(name) \(arguments): \(plan)")
                XCTAssertEqual(plan.filter { $0.contains(" c ") }, name == "totals-by-agency" ? ["SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"] : [],
                               "\(name) \(arguments): \(plan)")
            }
        }
        let agency = try Self.plan(ReportCatalogue.report(named: "totals-by-agency"), arguments: ["agency": "Navy"], on: connection)
        XCTAssertTrue(agency.contains("SEARCH party_amounts USING COVERING INDEX party_amounts_totals (role=? AND entity_id=?)"), "\(agency)")
        XCTAssertTrue(agency.contains("SEARCH p USING INDEX party_amounts_shared (role=?)"), "\(agency)")
    }

    /// The EXPLAIN QUERY PLAN lines of `report` as `kb query` prepares it with `arguments`.
    static func plan(_ report: Report, arguments: [String: String], on connection: Connection) throws -> [String] {
        let bindings = try ReportRunner.bindings(for: report, arguments: arguments)
        let statement = try connection.prepare("EXPLAIN QUERY PLAN " + ReportRunner.sql(for: report, bindings: bindings))
        try statement.bind(named: bindings.filter { statement.parameterNames.contains(":" + $0.key) })
        var lines: [String] = []
        while let row = try statement.step() {
            if let detail = row.string("detail") { lines.append(detail) }
        }
        return lines
    }

    /// The check itself can fail: an unindexed filter on a fact table is reported as a scan of it.
    func testAScanOfAFactTableIsSeen() throws {
        let fixture = try Fixture()
        let connection = try fixture.reader()
        let report = Report(name: "probe", summary: "", sql: "SELECT r.title FROM roles r WHERE r.title = :title",
                            parameters: [ReportParameter("title", help: "")])
        let indexed = Report(name: "probe", summary: "", sql: "SELECT r.title FROM roles r WHERE r.person_id = :person",
                             parameters: [ReportParameter("person", .integer, help: "")])
        let aliases = try Self.aliases(connection, report: report)
        XCTAssertEqual(try Self.scannedTables(report, filter: report.parameters[0], on: connection, aliases: aliases), ["roles"])
        XCTAssertEqual(try Self.scannedTables(indexed, filter: indexed.parameters[0], on: connection, aliases: aliases), [])
    }

    /// A parameter that narrows the rows (not a limit or an output switch).
    static func isFilter(_ parameter: ReportParameter) -> Bool {
        parameter.defaultValue == .null && !["limit", "raw"].contains(parameter.name)
    }

    /// The tables that the report's plan reads in full (SCAN, with or without an index) with `filter` set.
    static func scannedTables(_ report: Report, filter: ReportParameter, on connection: Connection,
                              aliases: [String: String]) throws -> [String] {
        var arguments = [filter.name: sample(filter)]
        for parameter in report.parameters where parameter.required && parameter.name != filter.name {
            arguments[parameter.name] = sample(parameter)
        }
        let bindings = try ReportRunner.bindings(for: report, arguments: arguments)
        let sql = ReportRunner.sql(for: report, bindings: bindings)
        let statement = try connection.prepare("EXPLAIN QUERY PLAN " + sql)
        try statement.bind(named: bindings.filter { statement.parameterNames.contains(":" + $0.key) })
        var tables: [String] = []
        while let row = try statement.step() {
            guard let detail = row.string("detail"), detail.hasPrefix("SCAN ") else { continue }
            let words = detail.split(separator: " ").map(String.init)
            // "SCAN d USING INDEX donations_article": the index names the table; else the alias does.
            if let using = words.firstIndex(of: "INDEX"), using + 1 < words.count,
               let table = try connection.query("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?",
                                                [words[using + 1]]).first?.string("tbl_name") {
                tables.append(table)
            } else {
                tables.append(aliases[words[1]] ?? words[1])
            }
        }
        return tables
    }

    /// Table aliases ("donations d") in the report and the views it reads; the report's own come first.
    static func aliases(_ connection: Connection, report: Report) throws -> [String: String] {
        let views = try connection.query("SELECT name, sql FROM sqlite_master WHERE type = 'view'").compactMap { row -> String? in
            guard let name = row.string("name"), report.sql.contains(name) else { return nil }
            return row.string("sql")
        }
        let pattern = try NSRegularExpression(pattern: #"\b(?:FROM|JOIN)\s+(\w+)\s+(?:AS\s+)?(\w+)"#, options: [.caseInsensitive])
        var aliases: [String: String] = [:]
        for sql in views + [report.sql] {
            let range = NSRange(sql.startIndex..., in: sql)
            for match in pattern.matches(in: sql, range: range) {
                guard let table = Range(match.range(at: 1), in: sql), let alias = Range(match.range(at: 2), in: sql) else { continue }
                let word = String(sql[alias])
                if ["WHERE", "ON", "JOIN", "LEFT", "ORDER", "GROUP", "USING", "INNER", "CROSS", "UNION"].contains(word.uppercased()) { continue }
                aliases[word] = String(sql[table])
            }
        }
        return aliases
    }

    static func sample(_ parameter: ReportParameter) -> String {
        switch parameter.kind {
        case .number, .integer: return "10"
        case .date: return "2024"
        case .choice(let values): return values[0]
        default: return "Acme"
        }
    }
}
