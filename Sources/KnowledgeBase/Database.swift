import Foundation
import SQLiteDB

/// An open kb database: a connection whose schema is known to be current (created or migrated on open).
public final class Database {
    /// The underlying connection; read-only databases refuse every write through an authorizer.
    public let connection: Connection
    /// The path the database was opened with.
    public let path: String

    /// Opens `path`. Read-write creates the file and the schema when needed; both modes migrate an older schema
    /// and refuse a newer one, so that nothing reads or writes tables it does not understand.
    public init(path: String, mode: Connection.Mode = .readWrite) throws(KBError) {
        self.path = path
        if mode == .readOnly && path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw .missingDatabase(path: path)
        }
        let connection = try Self.sqlite { () throws(SQLiteError) in try Connection(path: path, mode: mode) }
        self.connection = connection
        switch mode {
        case .readWrite:
            // WAL with synchronous=NORMAL survives crashes (not power loss of the last commits) and spares
            // an fsync per article, which is what makes per-article transactions cheap.
            try Self.sqlite { () throws(SQLiteError) in try connection.execute("PRAGMA synchronous=NORMAL") }
            try Self.prepareSchema(on: connection, path: path)
        case .readOnly:
            let version = try Self.sqlite { () throws(SQLiteError) in try connection.userVersion }
            if version < Schema.version {
                // A reader may meet a database an older kb made: upgrade it once through a writer, then read.
                let writer = try Self.sqlite { () throws(SQLiteError) in try Connection(path: path, mode: .readWrite) }
                try Self.prepareSchema(on: writer, path: path)
            } else if version > Schema.version {
                throw .newerSchema(found: version, known: Schema.version)
            }
        }
    }

    /// Creates the schema on an empty database or migrates an older one, inside one write transaction so that
    /// two processes opening a new database at once do not both create it.
    static func prepareSchema(on connection: Connection, path: String) throws(KBError) {
        let version = try sqlite { () throws(SQLiteError) in try connection.userVersion }
        if version == Schema.version { return }
        if version > Schema.version { throw .newerSchema(found: version, known: Schema.version) }
        try transaction(connection) { () throws(KBError) in
            let current = try sqlite { () throws(SQLiteError) in try connection.userVersion }
            if current == Schema.version { return }
            if current == 0 {
                let tables = try sqlite { () throws(SQLiteError) in
                    try connection.scalar("SELECT count(*) FROM sqlite_master")?.intValue ?? 0
                }
                guard tables == 0 else { throw .notAKnowledgeBase(path: path) }
                try sqlite { () throws(SQLiteError) in try connection.execute(Schema.sql) }
                return
            }
            guard let steps = Migration.path(from: current, to: Schema.version) else {
                throw .noMigration(from: current, to: Schema.version)
            }
            for step in steps {
                try sqlite { () throws(SQLiteError) in
                    try connection.execute(step.sql)
                    if step.rebuildsViews {
                        let views = try connection.query("SELECT name FROM sqlite_master WHERE type = 'view'").compactMap { $0.string("name") }
                        for view in views { try connection.execute("DROP VIEW \"\(view)\"") }
                        try connection.execute(Schema.views)
                    }
                    try step.fill?(connection)
                    try connection.setUserVersion(step.from + 1)
                }
            }
        }
    }

    /// The schema version stored in the database.
    public var schemaVersion: Int {
        get throws(KBError) { try Self.sqlite { () throws(SQLiteError) in try connection.userVersion } }
    }

    /// Runs `body` in one write transaction; anything it throws rolls the whole body back.
    @discardableResult
    public func transaction<T>(_ body: () throws(KBError) -> T) throws(KBError) -> T {
        try Self.transaction(connection, body)
    }

    @discardableResult
    static func transaction<T>(_ connection: Connection, _ body: () throws(KBError) -> T) throws(KBError) -> T {
        do {
            return try connection.transaction { try body() }
        } catch let error as KBError {
            throw error
        } catch let error as SQLiteError {
            throw .sqlite(error)
        } catch {
            // connection.transaction only rethrows what body or SQLite threw; nothing else can reach here.
            preconditionFailure("unexpected error \(error)")
        }
    }

    /// Lifts an SQLite error into a KBError.
    static func sqlite<T>(_ body: () throws(SQLiteError) -> T) throws(KBError) -> T {
        do {
            return try body()
        } catch {
            throw .sqlite(error)
        }
    }
}
