import SQLiteDB

/// `kb sql`: one user-written statement on a read-only connection, which refuses anything but reading.
public enum AdHocQuery {
    /// Primary result codes that mean the statement itself is wrong: SQLITE_ERROR (syntax, unknown table)
    /// and SQLITE_AUTH (refused by the read-only authorizer).
    private static let errorCode: Int32 = 1
    private static let authCode: Int32 = 23

    /// Runs `sql` and returns its rows; refuses writes, several statements and anything but one query.
    public static func run(_ sql: String, on connection: Connection) throws(ReportError) -> ResultTable {
        let statement: Statement
        do {
            statement = try connection.prepare(sql)
        } catch {
            if error.code == authCode {
                throw .notReadOnly("\(error.message): \(firstLine(sql))")
            }
            if error.message.contains("single statement") {
                throw .notReadOnly("give exactly one statement, not several")
            }
            if error.code == errorCode || error.message.contains("no SQL statement") {
                throw .invalidSQL(error.message)
            }
            throw .database(error)
        }
        // The authorizer already refuses writes; this also catches statements it lets through without reading.
        guard statement.isReadOnly else { throw .notReadOnly("the statement would change the database") }
        do {
            let columns = statement.columnNames
            var rows: [[Cell]] = []
            while let row = try statement.step() { rows.append(row.values.map(Cell.init)) }
            return ResultTable(columns: columns, rows: rows)
        } catch {
            if error.code == authCode { throw .notReadOnly(error.message) }
            throw .database(error)
        }
    }

    private static func firstLine(_ sql: String) -> String {
        let line = sql.split(whereSeparator: \.isNewline).first.map(String.init) ?? sql
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }
}
