import CSQLite

/// One compiled SQL statement; finalized on deinit. Keeps its connection alive.
public final class Statement {
    /// The SQL the statement was prepared from.
    public let sql: String
    /// The connection the statement belongs to.
    let connection: Connection
    /// The `sqlite3_stmt*` handle.
    let handle: OpaquePointer
    /// Column names of the current run, read at its first row (they can change when SQLite re-prepares).
    private var runColumnNames: [String]?

    init(connection: Connection, sql: String) throws(SQLiteError) {
        try SQLiteError.checkNoNUL(in: sql)
        let db = connection.handle
        var statement: OpaquePointer?
        var hasTrailingStatement = false
        let rc = connection.retryingWithSchemaLoaded {
            sql.withCString { cSQL -> Int32 in
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v2(db, cSQL, -1, &statement, &tail)
                if rc == SQLITE_OK, let tail, tail.pointee != 0 {
                    hasTrailingStatement = Self.containsStatement(db, tail)
                }
                return rc
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteError(db: db, resultCode: rc, sql: sql) }
        guard let statement else { throw SQLiteError.misuse("no SQL statement to prepare", sql: sql) }
        guard !hasTrailingStatement else {
            sqlite3_finalize(statement)
            throw SQLiteError.misuse("prepare takes a single statement; use execute for several", sql: sql)
        }
        self.sql = sql
        self.connection = connection
        self.handle = statement
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Whether `tail` holds anything but whitespace and comments (or fails to compile).
    private static func containsStatement(_ db: OpaquePointer, _ tail: UnsafePointer<CChar>) -> Bool {
        var next: OpaquePointer?
        let rc = sqlite3_prepare_v2(db, tail, -1, &next, nil)
        sqlite3_finalize(next)
        return rc != SQLITE_OK || next != nil
    }

    /// The number of result columns (0 for statements that return no rows).
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The result column names (`AS` aliases when given).
    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { index in
            sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
        }
    }

    /// The number of distinct parameters (a named parameter used twice counts once).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Parameter names by index, with their prefix (e.g. `[":donor", ":year"]`); `""` for a positional `?`.
    public var parameterNames: [String] {
        (0..<sqlite3_bind_parameter_count(handle)).map { offset in
            sqlite3_bind_parameter_name(handle, offset + 1).map { String(cString: $0) } ?? ""
        }
    }

    /// Whether the statement makes no direct changes to the database file (`sqlite3_stmt_readonly`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// Advances to the next row; returns nil when the statement is done. Stepping again after nil restarts it.
    public func step() throws(SQLiteError) -> Row? {
        let clock = connection.clock
        clock?.start()
        let rc = sqlite3_step(handle)
        clock?.stop()
        switch rc {
        case SQLITE_ROW:
            let names = runColumnNames ?? columnNames
            runColumnNames = names
            return Row(columns: names, values: (0..<Int32(names.count)).map(value(at:)))
        case SQLITE_DONE:
            runColumnNames = nil
            return nil
        default:
            runColumnNames = nil
            throw SQLiteError(db: connection.handle, resultCode: rc, sql: sql)
        }
    }

    /// All remaining rows, stepping the statement to completion.
    public func all() throws(SQLiteError) -> [Row] {
        var rows: [Row] = []
        while let row = try step() { rows.append(row) }
        return rows
    }

    /// Rewinds the statement and sets every parameter back to NULL, ready for new bindings.
    /// (An error of the previous step was already thrown by `step()` and is not reported again.)
    public func reset() throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        runColumnNames = nil
    }

    /// The current row's value in column `index`; text is decoded as UTF-8, invalid bytes repaired to U+FFFD.
    private func value(at index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, index) else { return .blob([]) }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }
}

/// Statements share their connection's thread.
@available(*, unavailable)
extension Statement: Sendable {}
