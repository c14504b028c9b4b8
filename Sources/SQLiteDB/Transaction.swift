import CSQLite

/// Explicit transactions.
extension Connection {
    /// Runs `body` between `BEGIN IMMEDIATE` and `COMMIT`. When `body` throws, rolls back and rethrows
    /// its error unchanged; when `COMMIT` fails, rolls back and throws that `SQLiteError`.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            rollbackIfNeeded()
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            rollbackIfNeeded()
            throw error
        }
        return result
    }

    /// Rolls back the open transaction, if any (the body may already have ended it); errors are ignored
    /// because the error being propagated is the one that matters.
    private func rollbackIfNeeded() {
        if isInTransaction {
            sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
        }
    }
}
