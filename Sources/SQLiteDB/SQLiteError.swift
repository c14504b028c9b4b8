import CSQLite

/// An error reported by SQLite (or by this library when it is misused), with the failing SQL when known.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary result code, e.g. `SQLITE_CONSTRAINT` (19).
    public let code: Int32
    /// The extended result code, e.g. `SQLITE_CONSTRAINT_UNIQUE` (2067); equals `code` when there is no detail.
    public let extendedCode: Int32
    /// The error message, as reported by `sqlite3_errmsg`.
    public let message: String
    /// The SQL of the failing statement, when there is one.
    public let sql: String?
    /// The database path, for errors raised while opening a connection.
    public let path: String?

    /// Creates an error; `code` is reduced to its primary part and `extendedCode` defaults to the full `code`.
    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil, path: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// E.g. "SQLite error 19 (constraint failed): UNIQUE constraint failed: t.x — in `INSERT ...`".
    public var description: String {
        var text = "SQLite error \(code) (\(String(cString: sqlite3_errstr(code)))): \(message)"
        if let path { text += " — database `\(path)`" }
        if let sql { text += " — in `\(sql)`" }
        return text
    }

    /// Whether this is a constraint violation (UNIQUE, FOREIGN KEY, NOT NULL, CHECK, ...).
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }

    /// Whether the database (`SQLITE_BUSY`) or a table (`SQLITE_LOCKED`) was locked by someone else.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
}

extension SQLiteError {
    /// The error for result code `resultCode`, taking the message and extended code from `db` when they match it.
    init(db: OpaquePointer?, resultCode: Int32, sql: String? = nil, path: String? = nil) {
        if let db, sqlite3_extended_errcode(db) & 0xFF == resultCode & 0xFF {
            self.init(
                code: resultCode, extendedCode: sqlite3_extended_errcode(db),
                message: String(cString: sqlite3_errmsg(db)), sql: sql, path: path)
        } else {
            self.init(code: resultCode, message: String(cString: sqlite3_errstr(resultCode)), sql: sql, path: path)
        }
    }

    /// An API-misuse error (`SQLITE_MISUSE`) raised by this library itself.
    static func misuse(_ message: String, sql: String?) -> SQLiteError {
        SQLiteError(code: SQLITE_MISUSE, message: message, sql: sql)
    }

    /// Rejects SQL containing a NUL character, which SQLite would silently truncate.
    static func checkNoNUL(in sql: String) throws(SQLiteError) {
        if sql.utf8.contains(0) { throw misuse("SQL contains a NUL character", sql: sql) }
    }
}
