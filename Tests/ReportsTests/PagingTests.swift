import KnowledgeBase
@testable import Reports
import SQLiteDB
import Testing

/// A run with a row limit stops at it and counts what it left out (up to `ReportPaging.countCap`).
@Suite("Report paging")
struct PagingTests {
    @Test("a limit keeps the first rows in order and returns how many followed")
    func limitAndCount() throws {
        let fixture = try Fixture()
        let connection = try fixture.reader()
        let mentions = try ReportCatalogue.report(named: "mentions")
        let all = try ReportRunner.run(mentions, arguments: [:], on: connection)
        #expect(all.rows.count > 3)
        let collector = TableCollector()
        let leftOut = try ReportRunner.run(mentions, arguments: [:], on: connection, into: collector, limit: 2)
        #expect(collector.table.rows == Array(all.rows.prefix(2)))
        #expect(leftOut == all.rows.count - 2)
        let whole = TableCollector()
        #expect(try ReportRunner.run(mentions, arguments: [:], on: connection, into: whole, limit: all.rows.count) == 0)
        #expect(whole.table.rows == all.rows)
    }

    @Test("the default limit is for reports without their own limit=, which --limit and --all then set")
    func whichReports() throws {
        let donations = try ReportCatalogue.report(named: "donations")
        let top = try ReportCatalogue.report(named: "top-donors")
        #expect(ReportPaging.limit(for: donations, requested: nil, all: false, terminal: true) == 100)
        // Into a pipe or a file (an export, a script, the scorer) every row unless a limit is asked for.
        #expect(ReportPaging.limit(for: donations, requested: nil, all: false, terminal: false) == nil)
        #expect(ReportPaging.limit(for: donations, requested: 5, all: false, terminal: false) == 5)
        #expect(ReportPaging.limit(for: donations, requested: 5, all: false, terminal: true) == 5)
        #expect(ReportPaging.limit(for: donations, requested: 0, all: false, terminal: true) == nil)
        #expect(ReportPaging.limit(for: donations, requested: nil, all: true, terminal: true) == nil)
        #expect(ReportPaging.limit(for: top, requested: 5, all: false, terminal: true) == nil)
        let profile = try ReportCatalogue.report(named: "profile")
        #expect(ReportPaging.limit(for: profile, requested: nil, all: false, terminal: true) == 100)
        #expect(ReportPaging.limit(for: profile, requested: 5, all: false, terminal: true) == 5)
        #expect(ReportPaging.arguments([:], for: top, requested: 5, all: false) == ["limit": "5"])
        #expect(ReportPaging.arguments([:], for: top, requested: nil, all: true) == ["limit": "-1"])
        #expect(ReportPaging.arguments(["limit": "2"], for: top, requested: 5, all: false) == ["limit": "2"])
        #expect(ReportPaging.arguments(["donor": "x"], for: donations, requested: 5, all: false) == ["donor": "x"])
    }

    @Test("the note counts up to the cap and gives a bound beyond it")
    func notice() {
        #expect(ReportPaging.notice(report: "mentions", shown: 100, leftOut: 7)
                == "kb: mentions: the first 100 rows shown, 7 more left out; --limit N shows N rows, --all (or --limit 0) every row")
        #expect(ReportPaging.notice(report: "mentions", shown: 100, leftOut: ReportPaging.countCap + 1)
                == "kb: mentions: the first 100 rows shown, more than 1000 more left out; --limit N shows N rows, --all (or --limit 0) every row")
    }
}
