import ArgumentParser
import KnowledgeBase
import Reports

/// `kb sql`: one read-only SQL statement of the user's own.
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query on the database.",
        discussion: """
            The query runs on a read-only connection; anything that would change the database is refused \
            (exit status 2), as is a query that runs longer than --timeout (5 s unless told). Rows are \
            printed as they come. Read-only pragmas (integrity_check, table_info, foreign_key_check...) work. \
            Start with the views donation_facts, contract_facts, dispute_facts, \
            mention_facts and role_facts; `kb schema` shows every table.

            Examples:
              kb sql "SELECT donor, sum(amount) FROM donation_facts GROUP BY donor"
              kb sql "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'antitrust'"
              kb sql --format json "SELECT * FROM contract_facts WHERE amount > 1e9"
            """)

    @Argument(help: ArgumentHelp("The SQL query.", valueName: "query"))
    var query: String

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Stop the query after this many seconds inside SQLite (0: no limit).", valueName: "seconds"))
    var timeout: Double = 5

    func validate() throws {
        if !(timeout >= 0) { throw ValidationError("--timeout must be a number of seconds, 0 or more") }
    }

    func run() throws {
        let db = try database.openReader()
        db.connection.timeLimit = timeout > 0 ? timeout : nil
        try output.stream { stream throws(ReportError) in try AdHocQuery.run(query, on: db.connection, into: stream) }
    }
}
