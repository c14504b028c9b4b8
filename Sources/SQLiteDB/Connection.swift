import CSQLite

/// A connection to one SQLite database; not thread-safe, so use one connection per thread. Closed on deinit.
public final class Connection {
    /// How a connection opens its database.
    public enum Mode: Sendable {
        /// Read and write, creating the file when missing; file databases use WAL journaling.
        case readWrite
        /// Read only; fails when the file is missing, and an authorizer rejects everything but reads.
        case readOnly
    }

    /// The path the connection was opened with (`":memory:"` for an in-memory database).
    public let path: String
    /// The mode the connection was opened with.
    public let mode: Mode
    /// The `sqlite3*` handle.
    let handle: OpaquePointer

    /// Opens (readWrite: creating if missing) the database at `path`, with foreign keys on and the given busy timeout.
    public init(path: String, mode: Mode = .readWrite, busyTimeout milliseconds: Int32 = 5000) throws(SQLiteError) {
        self.path = path
        self.mode = mode
        self.handle = try Self.open(path: path, mode: mode, busyTimeout: milliseconds)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more `;`-separated statements that return no results (`sqlite3_exec`).
    public func execute(_ sql: String) throws(SQLiteError) {
        try SQLiteError.checkNoNUL(in: sql)
        let rc = retryingWithSchemaLoaded { sqlite3_exec(handle, sql, nil, nil, nil) }
        guard rc == SQLITE_OK else { throw SQLiteError(db: handle, resultCode: rc, sql: sql) }
    }

    /// Compiles exactly one SQL statement.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Whether an explicit transaction is open (the connection is not in autocommit mode).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs a compile step; on a read-only connection an `SQLITE_SCHEMA` result loads the schema and tries once more.
    /// (SQLite reports a statement the authorizer denies as `SQLITE_SCHEMA`, not `SQLITE_AUTH`, while the schema is
    /// not loaded yet, e.g. on a fresh connection. Retrying is safe there: a read-only connection changes nothing.)
    func retryingWithSchemaLoaded(_ attempt: () -> Int32) -> Int32 {
        let rc = attempt()
        guard mode == .readOnly, rc & 0xFF == SQLITE_SCHEMA else { return rc }
        sqlite3_exec(handle, "SELECT 1 FROM sqlite_master LIMIT 0", nil, nil, nil)
        return attempt()
    }

    // MARK: - Opening

    private static func open(path: String, mode: Mode, busyTimeout: Int32) throws(SQLiteError) -> OpaquePointer {
        if path.utf8.contains(0) {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "path contains a NUL character", path: path)
        }
        let flags = switch mode {
        case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: SQLITE_OPEN_READONLY
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError(db: db, resultCode: rc, path: path)
            sqlite3_close_v2(db)
            throw error
        }
        do throws(SQLiteError) {
            try configure(db, path: path, mode: mode, busyTimeout: busyTimeout)
        } catch {
            sqlite3_close_v2(db)
            throw SQLiteError(
                code: error.code, extendedCode: error.extendedCode, message: error.message, sql: error.sql, path: path)
        }
        return db
    }

    private static func configure(_ db: OpaquePointer, path: String, mode: Mode, busyTimeout: Int32) throws(SQLiteError) {
        sqlite3_extended_result_codes(db, 1)
        let rc = sqlite3_busy_timeout(db, busyTimeout)
        guard rc == SQLITE_OK else { throw SQLiteError(db: db, resultCode: rc) }
        switch mode {
        case .readWrite:
            if path != ":memory:" && !path.isEmpty {
                try exec(db, "PRAGMA journal_mode=WAL")
            }
            try exec(db, "PRAGMA foreign_keys=ON")
        case .readOnly:
            try exec(db, "PRAGMA foreign_keys=ON")
            ReadOnlyAuthorizer.install(on: db)
        }
    }

    private static func exec(_ db: OpaquePointer, _ sql: String) throws(SQLiteError) {
        try SQLiteError.checkNoNUL(in: sql)
        let rc = sqlite3_exec(db, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw SQLiteError(db: db, resultCode: rc, sql: sql) }
    }
}

/// Connections must stay on the thread that uses them.
@available(*, unavailable)
extension Connection: Sendable {}
