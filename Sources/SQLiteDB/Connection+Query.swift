/// One-call helpers that prepare, bind, step and finalize a single statement.
extension Connection {
    /// Runs one statement with positional arguments, stepping it to completion.
    public func run(_ sql: String, _ values: [any SQLiteBindable] = []) throws(SQLiteError) {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() != nil {}
    }

    /// Runs one statement with named arguments (keys with or without the leading `:`), stepping it to completion.
    public func run(_ sql: String, named values: [String: any SQLiteBindable]) throws(SQLiteError) {
        let statement = try prepare(sql)
        try statement.bind(named: values)
        while try statement.step() != nil {}
    }

    /// Runs one statement with positional arguments and returns all its rows.
    public func query(_ sql: String, _ values: [any SQLiteBindable] = []) throws(SQLiteError) -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.all()
    }

    /// Runs one statement with named arguments and returns all its rows.
    public func query(_ sql: String, named values: [String: any SQLiteBindable]) throws(SQLiteError) -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(named: values)
        return try statement.all()
    }

    /// The first column of the first row, or nil when there is no row (a NULL value is `.null`, not nil).
    public func scalar(_ sql: String, _ values: [any SQLiteBindable] = []) throws(SQLiteError) -> SQLiteValue? {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step()?.values.first
    }
}
