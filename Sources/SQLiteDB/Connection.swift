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
    /// Whether a read-only open fell back to `immutable=1` because the folder cannot be written (WAL needs
    /// its `-shm` file there): the database is read as it is on disk, without a concurrent writer's changes.
    public private(set) var isImmutable = false
    /// Counts the time spent stepping statements while a time limit is set.
    private(set) var clock: QueryClock?

    /// Opens (readWrite: creating if missing) the database at `path`, with foreign keys on and the given busy timeout.
    public init(path: String, mode: Mode = .readWrite, busyTimeout milliseconds: Int32 = 5000) throws(SQLiteError) {
        self.path = path
        self.mode = mode
        var handle = try Self.open(path: path, mode: mode, busyTimeout: milliseconds)
        if mode == .readOnly && Self.needsImmutable(handle) {
            sqlite3_close_v2(handle)
            // A writer killed mid-transaction leaves a hot journal a read-only connection cannot roll back: when the
            // file and its folder can be written, a plain read-write read recovers it and the read-only open then works.
            var readable = false
            if Self.recover(path: path) {
                handle = try Self.open(path: path, mode: mode, busyTimeout: milliseconds)
                readable = !Self.needsImmutable(handle)
                if !readable { sqlite3_close_v2(handle) }
            }
            if !readable {
                handle = try Self.open(path: Self.immutableURI(path), mode: mode, busyTimeout: milliseconds, uri: true)
                isImmutable = true
            }
        }
        self.handle = handle
    }

    /// The longest time, in seconds, statements of this connection may spend in SQLite (stepping, not waiting
    /// for the caller between rows) before they fail with `SQLITE_INTERRUPT`; nil for no limit.
    public var timeLimit: Double? {
        get { clock.map { Double($0.limit.components.seconds) + Double($0.limit.components.attoseconds) / 1e18 } }
        set {
            guard let seconds = newValue else {
                sqlite3_progress_handler(handle, 0, nil, nil)
                clock = nil
                return
            }
            let clock = QueryClock(limit: .milliseconds(Int64((max(0, seconds) * 1000).rounded())))
            self.clock = clock
            // The handler runs every 1,000 virtual-machine steps; the connection keeps the clock alive.
            sqlite3_progress_handler(handle, 1000, { context in
                Unmanaged<QueryClock>.fromOpaque(context!).takeUnretainedValue().isOver ? 1 : 0
            }, Unmanaged.passUnretained(clock).toOpaque())
        }
    }

    /// Whether a statement was interrupted because the time limit was used up.
    public var timeLimitExceeded: Bool { clock?.exceeded ?? false }

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

    private static func open(path: String, mode: Mode, busyTimeout: Int32, uri: Bool = false) throws(SQLiteError) -> OpaquePointer {
        if path.utf8.contains(0) {
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "path contains a NUL character", path: path)
        }
        var flags = switch mode {
        case .readWrite: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: SQLITE_OPEN_READONLY
        }
        if uri { flags |= SQLITE_OPEN_URI }
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

    /// Whether a read-only connection cannot read at all because a WAL database's `-shm` file cannot be
    /// created (the folder is not writable): SQLite then answers CANTOPEN or READONLY_CANTINIT to the first read.
    private static func needsImmutable(_ db: OpaquePointer) -> Bool {
        let rc = sqlite3_exec(db, "SELECT 1 FROM sqlite_master LIMIT 1", nil, nil, nil)
        return rc & 0xFF == SQLITE_CANTOPEN || rc & 0xFF == SQLITE_READONLY
    }

    /// Reads the schema through a read-write connection (no create, no pragma), which rolls back a hot journal;
    /// whether that read succeeded.
    private static func recover(path: String) -> Bool {
        var db: OpaquePointer?
        defer { sqlite3_close_v2(db) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let db else { return false }
        sqlite3_busy_timeout(db, 5000)
        return sqlite3_exec(db, "SELECT 1 FROM sqlite_master LIMIT 1", nil, nil, nil) == SQLITE_OK
    }

    /// `file:PATH?immutable=1` with the characters URIs reserve escaped.
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            if byte == UInt8(ascii: "%") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || byte < 0x21 || byte >= 0x7F {
                escaped += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            } else {
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:" + escaped + "?immutable=1"
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
