import CSQLite

/// The `sqlite3_set_authorizer` policy of read-only connections: reads, functions, recursion, a few pragmas.
/// Table-valued pragma functions (`pragma_table_info('t')`) get the same pragma checks as the PRAGMA statement.
enum ReadOnlyAuthorizer {
    /// Introspection and checking pragmas allowed with or without an argument (a table, an index, a schema or
    /// a maximum number of errors): none of them can change anything.
    static let introspectionPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
        "integrity_check", "quick_check", "foreign_key_check",
    ]
    /// Value pragmas allowed only without an argument, i.e. as reads, not assignments.
    /// (`data_version` is read by FTS5 whenever it opens a full-text table.)
    static let valuePragmas: Set<String> = [
        "user_version", "compile_options", "data_version", "schema_version", "application_id", "database_list",
        "page_count", "page_size", "freelist_count", "encoding", "collation_list", "function_list", "module_list",
        "pragma_list",
    ]
    /// Connecting any virtual table (an FTS5 table, a pragma function) is authorized as an UPDATE of the schema
    /// table, so full-text reads need it. It cannot change anything: SQLite refuses to modify the schema table
    /// without `writable_schema` (a pragma this policy denies), and the file is opened read-only anyway.
    static let schemaTables: Set<String> = ["sqlite_master", "sqlite_schema"]

    /// `SQLITE_OK` or `SQLITE_DENY` for one authorizer callback (`pragma`/`argument` are its 3rd/4th arguments).
    static func decision(action: Int32, pragma: String?, argument: String?) -> Int32 {
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_FUNCTION, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_UPDATE:
            return schemaTables.contains(pragma?.lowercased() ?? "") ? SQLITE_OK : SQLITE_DENY
        case SQLITE_PRAGMA:
            guard let name = pragma?.lowercased() else { return SQLITE_DENY }
            if introspectionPragmas.contains(name) { return SQLITE_OK }
            if valuePragmas.contains(name) && argument == nil { return SQLITE_OK }
            return SQLITE_DENY
        default:
            return SQLITE_DENY
        }
    }

    /// Installs the policy on `db`; the C callback is a non-capturing closure.
    static func install(on db: OpaquePointer) {
        sqlite3_set_authorizer(db, { _, action, detail1, detail2, _, _ in
            ReadOnlyAuthorizer.decision(
                action: action,
                pragma: detail1.map { String(cString: $0) },
                argument: detail2.map { String(cString: $0) })
        }, nil)
    }
}
