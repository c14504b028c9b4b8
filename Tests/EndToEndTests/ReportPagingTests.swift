import Foundation
import KnowledgeBase
import Testing

/// `kb query` prints the first 100 rows of a report that lists a whole table at a terminal (every row into a pipe),
/// and says on stderr how many it left out and how to get them; `--limit N`, `--limit 0` and `--all` choose otherwise.
@Suite("Report paging")
struct ReportPagingTests {
    /// A database of `count` bare articles named 001.txt, 002.txt, … (the articles report lists one row each).
    private func articles(_ count: Int, in scratch: Scratch) throws -> String {
        let database = try Database(path: scratch.db)
        try database.connection.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(count))
            INSERT INTO articles(path, name, sha256, title, language, text, extractor_version)
            SELECT printf('/news/%03d.txt', i), printf('%03d.txt', i), 'x' || i, 'Title ' || i, 'en', 'Text.', 'test' FROM n
            """)
        return scratch.db
    }

    // CSV lines end with CRLF, one Character in Swift: lines are split on isNewline.
    private let hint = "--limit N shows N rows, --all (or --limit 0) every row\n"

    @Test("into a pipe a listing report prints every row; --limit 100 (a terminal's page) says how many more there are")
    func defaultLimit() throws {
        let scratch = try Scratch()
        let db = try articles(105, in: scratch)
        let piped = try KBProcess.run(["query", "articles", "--db", db, "--format", "csv"])
        #expect(piped.status == 0)
        #expect(piped.stdout.split(whereSeparator: \.isNewline).count == 106)
        #expect(piped.stderr == "")
        let result = try KBProcess.run(["query", "articles", "--limit", "100", "--db", db, "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.stdout.split(whereSeparator: \.isNewline)
        #expect(lines.count == 101)
        #expect(lines.last?.hasPrefix("100.txt,") == true)
        #expect(result.stderr == "kb: articles: the first 100 rows shown, 5 more left out; " + hint)
    }

    @Test("--all and --limit 0 print every row without a note; --limit N prints N")
    func allRows() throws {
        let scratch = try Scratch()
        let db = try articles(105, in: scratch)
        for flag in [["--all"], ["--limit", "0"]] {
            let result = try KBProcess.run(["query", "articles", "--db", db, "--format", "csv"] + flag)
            #expect(result.status == 0)
            #expect(result.stdout.split(whereSeparator: \.isNewline).count == 106)
            #expect(result.stdout.split(whereSeparator: \.isNewline).last?.hasPrefix("105.txt,") == true)
            #expect(result.stderr == "")
        }
        let three = try KBProcess.run(["query", "articles", "--limit", "3", "--db", db, "--format", "csv"])
        #expect(three.stdout.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").first.map(String.init) ?? "" }
                == ["name", "001.txt", "002.txt", "003.txt"])
        #expect(three.stderr == "kb: articles: the first 3 rows shown, 102 more left out; " + hint)
        let exact = try KBProcess.run(["query", "articles", "--limit", "105", "--db", db, "--format", "csv"])
        #expect(exact.stdout.split(whereSeparator: \.isNewline).count == 106 && exact.stderr == "")
        let negative = try KBProcess.run(["query", "articles", "--limit", "-1", "--db", db])
        #expect(negative.status == 2)
    }

    @Test("past 1,000 rows left out the note gives a bound, not a count")
    func countCap() throws {
        let scratch = try Scratch()
        let db = try articles(1_102, in: scratch)
        let result = try KBProcess.run(["query", "articles", "--limit", "100", "--db", db, "--format", "csv"])
        #expect(result.stdout.split(whereSeparator: \.isNewline).count == 101)
        #expect(result.stderr == "kb: articles: the first 100 rows shown, more than 1000 more left out; " + hint)
        let exact = try KBProcess.run(["query", "articles", "--limit", "102", "--db", db, "--format", "csv"])
        #expect(exact.stderr == "kb: articles: the first 102 rows shown, 1000 more left out; " + hint)
    }

    @Test("a report with its own limit= keeps it; --limit and --all set it when limit= is not given")
    func ownLimit() throws {
        let scratch = try Scratch()
        let db = try ReportFixture.make(in: scratch)
        let rows = { (arguments: [String]) throws -> (Int, String) in
            let result = try KBProcess.run(["query", "top-donors"] + arguments + ["--db", db, "--format", "csv"])
            #expect(result.status == 0, "\(result.stderr)")
            return (result.stdout.split(whereSeparator: \.isNewline).count - 1, result.stderr)
        }
        #expect(try rows([]) == (4, ""))
        #expect(try rows(["--limit", "1"]) == (1, ""))
        #expect(try rows(["limit=2", "--limit", "1"]) == (2, ""))
        #expect(try rows(["limit=1", "--all"]) == (1, ""))
        #expect(try rows(["--all"]) == (4, ""))
    }
}
