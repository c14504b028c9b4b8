import CSQLite

/// Access to `PRAGMA user_version`, the schema version number stored in the database header.
extension Connection {
    /// The database's `PRAGMA user_version`.
    public var userVersion: Int {
        get throws(SQLiteError) {
            let sql = "PRAGMA user_version"
            guard let version = try scalar(sql)?.intValue else {
                throw SQLiteError.misuse("PRAGMA user_version returned no integer", sql: sql)
            }
            return version
        }
    }

    /// Sets `PRAGMA user_version`; it must fit in a signed 32-bit integer (`SQLITE_RANGE` otherwise).
    public func setUserVersion(_ version: Int) throws(SQLiteError) {
        guard let value = Int32(exactly: version) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "user_version \(version) does not fit in 32 bits")
        }
        try execute("PRAGMA user_version = \(value)")
    }
}
