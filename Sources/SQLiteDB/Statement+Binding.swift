import CSQLite

/// Binding parameter values; each bind call first resets the statement and clears earlier bindings.
extension Statement {
    /// Binds `values` to parameters 1...n in order; the count must equal `parameterCount`.
    public func bind(_ values: [any SQLiteBindable]) throws(SQLiteError) {
        guard values.count == parameterCount else {
            throw SQLiteError.misuse(
                "statement has \(parameterCount) parameter(s) but \(values.count) value(s) were given", sql: sql)
        }
        try reset()
        for (offset, value) in values.enumerated() {
            try bind(value.sqliteValue, at: Int32(offset + 1))
        }
    }

    /// Binds by name; a key may omit the prefix (`"donor"` or `":donor"`). Every parameter needs a value
    /// and every key must name a parameter, otherwise nothing is bound and the error names the culprit.
    public func bind(named values: [String: any SQLiteBindable]) throws(SQLiteError) {
        var assignments: [(index: Int32, value: SQLiteValue)] = []
        var usedKeys: Set<String> = []
        for (offset, name) in parameterNames.enumerated() {
            guard !name.isEmpty else {
                throw SQLiteError.misuse(
                    "parameter \(offset + 1) is a positional '?'; it cannot be bound by name", sql: sql)
            }
            let keys = [name, String(name.dropFirst())].filter { values[$0] != nil }
            guard let key = keys.first, let value = values[key] else {
                throw SQLiteError.misuse("missing value for parameter \(name)", sql: sql)
            }
            guard keys.count == 1 else {
                throw SQLiteError.misuse("parameter \(name) is given twice, as \(keys.joined(separator: " and "))", sql: sql)
            }
            usedKeys.insert(key)
            assignments.append((Int32(offset + 1), value.sqliteValue))
        }
        let unknown = values.keys.filter { !usedKeys.contains($0) }.sorted()
        guard unknown.isEmpty else {
            throw SQLiteError.misuse("no parameter named \(unknown.joined(separator: ", ")) in statement", sql: sql)
        }
        try reset()
        for assignment in assignments {
            try bind(assignment.value, at: assignment.index)
        }
    }

    /// Binds one value at a 1-based index; text and blobs are copied (SQLITE_TRANSIENT).
    func bind(_ value: SQLiteValue, at index: Int32) throws(SQLiteError) {
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            rc = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            rc = sqlite3_bind_double(handle, index, real)
        case .text(var text):
            rc = text.withUTF8 { bytes in
                // A nil pointer would bind NULL, so an empty string is bound from a real empty C string.
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text64(handle, index, "", 0, csqlite_transient(), UInt8(SQLITE_UTF8))
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                    sqlite3_bind_text64(
                        handle, index, chars, UInt64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            if bytes.isEmpty {
                rc = sqlite3_bind_zeroblob(handle, index, 0)  // an empty blob, not NULL
            } else {
                rc = bytes.withUnsafeBytes { raw in
                    sqlite3_bind_blob64(handle, index, raw.baseAddress, UInt64(raw.count), csqlite_transient())
                }
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteError(db: connection.handle, resultCode: rc, sql: sql) }
    }
}
