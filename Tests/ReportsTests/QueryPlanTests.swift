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
    static let factTables: Set<String> = ["donations", "contracts", "disputes", "dispute_parties", "mentions", "roles"]

    /// Filters that still read a whole fact table today: the reports' optional filters are written
    /// `(:x IS NULL OR …)` in one static statement, so SQLite plans them once, before knowing which filter is set,
    /// and `LIKE '%…%'` cannot use an index anyway. Each entry is "report parameter: table". When a report
    /// gets its index (issue 10 rewrites the reports), this test fails until the entry is removed.
    static let knownFullScans: Set<String> = [
        "donations donor: donations", "donations recipient: donations", "donations since: donations",
        "donations until: donations", "donations article: donations", "donations min_amount: donations",
        "donations currency: donations",
        "contracts contractor: contracts", "contracts agency: contracts", "contracts since: contracts",
        "contracts until: contracts", "contracts article: contracts", "contracts min_amount: contracts",
        "contracts currency: contracts",
        "disputes party: disputes", "disputes kind: disputes", "disputes since: disputes", "disputes until: disputes",
        "disputes article: disputes",
        "mentions name: mentions", "mentions type: mentions", "mentions article: mentions",
        // The reports added with issue 10 (connections, profile, timeline, top-*): same static-filter shape.
        "connections comentions: contracts", "connections comentions: dispute_parties", "connections comentions: disputes",
        "connections comentions: mentions", "connections comentions: roles", "connections entity: contracts",
        "connections entity: dispute_parties", "connections entity: disputes", "connections entity: mentions",
        "connections entity: roles", "connections hops: contracts", "connections hops: dispute_parties",
        "connections hops: disputes", "connections hops: mentions", "connections hops: roles",
        "profile entity: contracts", "profile type: contracts", "timeline entity: contracts",
        "timeline entity: disputes", "timeline kind: contracts", "timeline kind: disputes",
        "timeline since: contracts", "timeline since: disputes", "timeline until: contracts",
        "timeline until: disputes", "top-contractors currency: contracts", "top-contractors since: contracts",
        "top-contractors until: contracts", "top-donors currency: donations", "top-donors since: donations",
        "top-donors until: donations", "top-recipients currency: donations", "top-recipients since: donations",
        "top-recipients until: donations",
    ]

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
        let statement = try connection.prepare("EXPLAIN QUERY PLAN " + report.sql)
        try statement.bind(named: try ReportRunner.bindings(for: report, arguments: arguments))
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
