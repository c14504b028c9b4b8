import SQLiteDB

/// `kb sql`: one user-written statement on a read-only connection, which refuses anything but reading.
public enum AdHocQuery {
    /// Runs `sql` and returns its rows; refuses writes, several statements and anything but one query.
    public static func run(_ sql: String, on connection: Connection) throws(ReportError) -> ResultTable {
        let collector = TableCollector()
        try run(sql, on: connection, into: collector)
        return collector.table
    }

    /// Runs `sql`, handing each row to `receiver` as SQLite produces it.
    public static func run(_ sql: String, on connection: Connection, into receiver: some RowReceiver) throws(ReportError) {
        let statement: Statement
        do {
            statement = try connection.prepare(sql)
        } catch {
            if error.message.contains("single statement") {
                throw .notReadOnly("give exactly one statement, not several")
            }
            if error.message.contains("no SQL statement") { throw .invalidSQL(error.message) }
            throw classify(error, sql: sql, connection: connection)
        }
        // The authorizer already refuses writes; this also catches statements it lets through without reading.
        guard statement.isReadOnly else { throw .notReadOnly("the statement would change the database") }
        do {
            receiver.begin(columns: statement.columnNames)
            while let row = try statement.step() { receiver.write(row.values.map(Cell.init)) }
            receiver.end()
        } catch {
            throw classify(error, sql: nil, connection: connection)
        }
    }

    /// The query's own faults (exit status 2) apart from the database's (3).
    static func classify(_ error: SQLiteError, sql: String?, connection: Connection) -> ReportError {
        if error.code == interruptCode && connection.timeLimitExceeded {
            return .timedOut(seconds: connection.timeLimit ?? 0)
        }
        if error.code == authCode || error.message == "not authorized" {
            return .notReadOnly(sql.map { "\(error.message): \(firstLine($0))" } ?? error.message)
        }
        if queryCodes.contains(error.code) { return .invalidSQL(error.message) }
        return .database(error)
    }

    /// SQLITE_ERROR (syntax, unknown table, a function's error), TOOBIG, MISMATCH (LIMIT 1e100), RANGE:
    /// the statement is wrong, not the database.
    private static let queryCodes: Set<Int32> = [1, 18, 20, 25]
    private static let authCode: Int32 = 23
    private static let interruptCode: Int32 = 9

    private static func firstLine(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).first.map(String.init) ?? sql
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
