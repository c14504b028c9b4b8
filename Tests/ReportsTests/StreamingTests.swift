import KnowledgeBase
@testable import Reports
import SQLiteDB
import Testing

/// Rows reach the output as they come, and every kind of query failure is told apart.
@Suite("Streaming and query failures")
struct StreamingTests {
    /// Collects what a stream emits, chunk by chunk.
    final class Chunks {
        var all: [String] = []
        var text: String { all.joined() }
    }

    @Test("csv, jsonl, json and markdown emit each row before the query ends", arguments: [
        OutputFormat.csv, .jsonl, .json, .markdown,
    ])
    func rowByRow(format: OutputFormat) {
        let chunks = Chunks()
        let stream = RowStream(format: format) { chunks.all.append($0) }
        stream.begin(columns: ["name"])
        stream.write([.text("first")])
        #expect(chunks.text.contains("first"))
        stream.write([.text("second")])
        stream.end()
        #expect(chunks.text == format.render(ResultTable(columns: ["name"], rows: [[.text("first")], [.text("second")]])))
    }

    @Test("table output waits for a bounded window of rows, then streams with the window's widths")
    func tableWindow() {
        let chunks = Chunks()
        let stream = RowStream(format: .table, tableWindow: 2) { chunks.all.append($0) }
        stream.begin(columns: ["n", "name"])
        stream.write([.integer(1), .text("a")])
        #expect(chunks.text.isEmpty)
        stream.write([.integer(22), .text("bb")])
        #expect(chunks.text == " n  name\n--  ----\n 1  a\n22  bb\n")
        stream.write([.integer(333), .text("ccccc")])
        stream.end()
        // Past the window, a longer text is cut to its column's width; a number is never cut, it pushes right.
        #expect(chunks.text == " n  name\n--  ----\n 1  a\n22  bb\n333  ccc…\n")
    }

    @Test("rows before a failure are delivered, and the failure is the query's (exit status 2)")
    func rowsBeforeFailure() throws {
        let fixture = try Fixture()
        let chunks = Chunks()
        let stream = RowStream(format: .csv) { chunks.all.append($0) }
        #expect {
            try AdHocQuery.run("""
                WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10)
                SELECT CASE WHEN x < 5 THEN x ELSE abs(-9223372036854775807 - 1) END AS n FROM c
                """, on: fixture.reader(), into: stream)
        } throws: { error in
            "\(error)" == "kb sql: integer overflow" && (error as? ReportError)?.isUsageError == true
        }
        #expect(chunks.text == "n\r\n1\r\n2\r\n3\r\n4\r\n")
    }

    @Test("refused and invalid queries are the user's (exit status 2), never database errors", arguments: [
        ("SELECT load_extension('x')", "kb sql: only read-only queries are allowed: not authorized"),
        ("SELECT * FROM articles LIMIT 1e100", "kb sql: datatype mismatch"),
        ("SELECT zeroblob(2000000000)", "kb sql: string or blob too big"),
    ])
    func refused(sql: String, message: String) throws {
        let fixture = try Fixture()
        #expect {
            try AdHocQuery.run(sql, on: fixture.reader())
        } throws: { error in
            "\(error)" == message && (error as? ReportError)?.isUsageError == true
        }
        #expect(try fixture.database.connection.scalar("SELECT count(*) FROM articles")?.intValue == 2)
    }

    @Test("a query over its time limit is stopped with a message naming the limit")
    func timeLimit() throws {
        let fixture = try Fixture()
        let reader = try fixture.reader()
        reader.timeLimit = 0
        #expect {
            try AdHocQuery.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", on: reader)
        } throws: { error in
            "\(error)" == "kb sql: the query ran for more than 0 s and was stopped (--timeout SECONDS allows longer, 0 no limit)"
                && (error as? ReportError)?.isUsageError == true
        }
    }

    @Test("reports stream too, in the same rows as before")
    func reportStream() throws {
        let fixture = try Fixture()
        let report = try ReportCatalogue.report(named: "donations")
        let chunks = Chunks()
        let stream = RowStream(format: .json) { chunks.all.append($0) }
        try ReportRunner.run(report, arguments: [:], on: fixture.reader(), into: stream)
        let table = try ReportRunner.run(report, arguments: [:], on: fixture.reader())
        #expect(chunks.text == OutputFormat.json.render(table))
    }
}
