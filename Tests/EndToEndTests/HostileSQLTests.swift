import Foundation
import Testing

/// Queries that try to do more than read, run forever or print forever: each refused or bounded with the right
/// message and exit status, and the database unchanged byte for byte.
@Suite("Reliability: hostile queries")
struct HostileSQLTests {
    /// A database of the example articles, with its file's bytes to compare against.
    private func sample() throws -> (HostileCorpus, Data) {
        let corpus = try HostileCorpus()
        #expect(try KBProcess.run(["ingest", "--db", corpus.db, corpus.root]).status == 0)
        // A checkpoint moves the WAL into the file, so that the file's bytes are the whole database.
        _ = try KBProcess.run(["check", "--db", corpus.db])
        return (corpus, try Data(contentsOf: URL(fileURLWithPath: corpus.db)))
    }

    private func expectUnchanged(_ corpus: HostileCorpus, _ bytes: Data, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try Data(contentsOf: URL(fileURLWithPath: corpus.db)) == bytes, "the database file changed",
                sourceLocation: sourceLocation)
        try corpus.expectHealthy(sourceLocation: sourceLocation)
    }

    @Test("writes, attachments, extensions and bad limits are refused with exit status 2", arguments: [
        ("DELETE FROM articles", "kb sql: only read-only queries are allowed: not authorized: DELETE FROM articles"),
        ("DROP TABLE articles", "kb sql: only read-only queries are allowed: not authorized: DROP TABLE articles"),
        ("UPDATE entities SET name = 'x'", "kb sql: only read-only queries are allowed: not authorized: UPDATE entities SET name = 'x'"),
        ("ATTACH DATABASE '/tmp/x.db' AS x", "kb sql: only read-only queries are allowed: not authorized: ATTACH DATABASE '/tmp/x.db' AS x"),
        ("PRAGMA writable_schema = 1", "kb sql: only read-only queries are allowed: not authorized: PRAGMA writable_schema = 1"),
        ("PRAGMA journal_mode = delete", "kb sql: only read-only queries are allowed: not authorized: PRAGMA journal_mode = delete"),
        ("VACUUM", "kb sql: only read-only queries are allowed: the statement would change the database"),
        ("SELECT 1; DROP TABLE articles", "kb sql: only read-only queries are allowed: give exactly one statement, not several"),
        ("SELECT load_extension('evil-extension')", "kb sql: only read-only queries are allowed: not authorized"),
        ("SELECT * FROM articles LIMIT 1e100", "kb sql: datatype mismatch"),
        ("SELECT zeroblob(2000000000)", "kb sql: string or blob too big"),
        ("SELEC 1", "kb sql: near \"SELEC\": syntax error"),
    ])
    func refused(sql: String, message: String) throws {
        let (corpus, bytes) = try sample()
        let result = try KBProcess.run(["sql", "--db", corpus.db, sql])
        #expect(result.status == 2)
        #expect(result.stderr == "kb: error: \(message)\n")
        try expectUnchanged(corpus, bytes)
    }

    @Test("a runaway recursive query is stopped by --timeout with exit status 2")
    func runaway() throws {
        let (corpus, bytes) = try sample()
        let result = try KBProcess.run(["sql", "--db", corpus.db, "--timeout", "0.3",
                                        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"])
        #expect(result.status == 2)
        #expect(result.stderr == "kb: error: kb sql: the query ran for more than 0.3 s and was stopped "
            + "(--timeout SECONDS allows longer, 0 no limit)\n")
        try expectUnchanged(corpus, bytes)
    }

    @Test("read-only pragmas answer")
    func pragmas() throws {
        let (corpus, bytes) = try sample()
        let check = try KBProcess.run(["sql", "--db", corpus.db, "--format", "csv", "PRAGMA integrity_check"])
        #expect(check.status == 0 && check.stdout == "integrity_check\r\nok\r\n")
        for sql in ["PRAGMA table_info(articles)", "PRAGMA foreign_key_check", "PRAGMA page_count"] {
            #expect(try KBProcess.run(["sql", "--db", corpus.db, sql]).status == 0, "\(sql)")
        }
        try expectUnchanged(corpus, bytes)
    }

    @Test("rows are printed as they come: those before a failure are on stdout")
    func streamsBeforeFailure() throws {
        let (corpus, bytes) = try sample()
        let result = try KBProcess.run(["sql", "--db", corpus.db, "--format", "csv", """
            WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10)
            SELECT CASE WHEN x < 5 THEN x ELSE abs(-9223372036854775807 - 1) END AS n FROM c
            """])
        #expect(result.status == 2)
        #expect(result.stdout == "n\r\n1\r\n2\r\n3\r\n4\r\n")
        #expect(result.stderr == "kb: error: kb sql: integer overflow\n")
        try expectUnchanged(corpus, bytes)
    }

    @Test("the first row of a 10-million-row query arrives at once, and memory stays bounded")
    func tenMillionRows() throws {
        let (corpus, bytes) = try sample()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: KBProcess.binary!)
        process.arguments = ["sql", "--db", corpus.db, "--format", "csv", "--timeout", "0",
                             "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000000) SELECT x FROM c"]
        let pipe = Pipe()
        process.standardOutput = pipe
        let started = ContinuousClock.now
        try process.run()
        var received = Data()
        while !String(decoding: received, as: UTF8.self).contains("\r\n1\r\n") {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received += chunk
        }
        let firstRow = ContinuousClock.now - started
        // SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("x\r\n1\r\n"))
        // Generous for a loaded machine; buffering the result would take tens of seconds.
        #expect(firstRow < .seconds(3), "first row after \(firstRow)")

        // Two million rows as JSON within 150 MB of data memory (RLIMIT_DATA counts the heap and anonymous
        // mappings): kb before streaming aborted under this limit.
        let out = corpus.scratch.path + "/rows.json"
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "ulimit -d 150000 && \"$0\" sql --db \"$1\" --format json --timeout 0 \"$2\" > \"$3\"",
                           KBProcess.binary!, corpus.db,
                           "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) SELECT x, 'row ' || x AS label FROM c",
                           out]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: out))
        try file.seek(toOffset: try file.seekToEnd() - 60)
        let tail = String(decoding: try file.readToEnd() ?? Data(), as: UTF8.self)
        #expect(tail.hasSuffix("{\"x\": 2000000, \"label\": \"row 2000000\"}\n]\n"), "\(tail)")
        try expectUnchanged(corpus, bytes)
    }

    @Test("report filters: wildcards are literal, bad dates and kinds are refused with what is allowed")
    func filters() throws {
        let (corpus, bytes) = try sample()
        for filter in ["article=%", "article=\\"] {
            let result = try KBProcess.run(["query", "donations", filter, "--db", corpus.db, "--format", "json"])
            #expect(result.status == 0 && result.stdout == "[]\n", "\(filter): \(result.stdout)")
        }
        let cases = [
            (["donations", "donor=%"], "report 'donations': donor=% is not a name (it has no letter or digit)"),
            (["donations", "since=garbage"], "report 'donations': since=garbage is not an ISO date or prefix (2024, 2024-12 or 2024-12-18)"),
            (["donations", "until=2024-13-45"], "report 'donations': until=2024-13-45 is not an ISO date or prefix (2024, 2024-12 or 2024-12-18)"),
            (["disputes", "kind=feud"], "report 'disputes': kind=feud is not one of lawsuit, antitrust, regulatory, public_feud, other"),
            (["mentions", "type=people"], "report 'mentions': type=people is not one of person, company, agency, fund"),
        ]
        for (arguments, message) in cases {
            let result = try KBProcess.run(["query"] + arguments + ["--db", corpus.db])
            #expect(result.status == 2)
            #expect(result.stderr == "kb: error: \(message)\n")
        }
        try expectUnchanged(corpus, bytes)
    }

    @Test("search takes ordinary text", arguments: ["l'armement", "Trump's", "co-founder", "U.S. Army", "AT&T", "$9 billion"])
    func search(text: String) throws {
        let (corpus, bytes) = try sample()
        let result = try KBProcess.run(["query", "search", "q=\(text)", "--db", corpus.db, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try expectUnchanged(corpus, bytes)
    }

    @Test("a database in a folder that cannot be written is still queried, and kb says how")
    func readOnlyFolder() throws {
        let (corpus, bytes) = try sample()
        // No -wal or -shm beside the file (the last connection removed them): a reader would have to create -shm.
        #expect(!FileManager.default.fileExists(atPath: corpus.db + "-shm"))
        chmod(corpus.scratch.path, 0o555)
        defer { chmod(corpus.scratch.path, 0o755) }
        let result = try KBProcess.run(["sql", "--db", corpus.db, "--format", "csv", "SELECT count(*) AS n FROM articles"],
                                       asOtherUser: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "n\r\n8\r\n")
        #expect(result.stderr == "kb: note: \(corpus.db): its folder cannot be written, so the database is read as it is on disk "
            + "(immutable; changes a running ingest has not finished are not seen)\n")
        chmod(corpus.scratch.path, 0o755)
        try expectUnchanged(corpus, bytes)
    }

    @Test("CSV neutralises formulas by default")
    func csvFormulas() throws {
        let (corpus, _) = try sample()
        let result = try KBProcess.run(["sql", "--db", corpus.db, "--format", "csv", "SELECT '=1+1' AS cell, -5 AS n"])
        #expect(result.stdout == "cell,n\r\n'=1+1,-5\r\n")
        let raw = try KBProcess.run(["sql", "--db", corpus.db, "--format", "csv", "--csv-raw", "SELECT '=1+1' AS cell"])
        #expect(raw.stdout == "cell\r\n=1+1\r\n")
    }
}
