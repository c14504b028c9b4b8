import ArgumentParser
import KnowledgeBase

/// The run lock an ingest or refresh takes before opening the database: waits for another run, saying so,
/// or with `--no-wait` exits 75 (EX_TEMPFAIL) so that cron tries again next time.
enum WriterLock {
    /// The lock, held until it is released with the returned object (nil: no lock file could be used).
    static func acquire(database: String, wait: Bool, quiet: Bool) throws -> RunLock? {
        guard let lock = RunLock(database: database) else { return nil }
        if lock.tryLock() { return lock }
        guard wait else {
            StandardError.line("kb: error: another kb run is using \(database); try again later (or without --no-wait, to wait for it)")
            throw ExitCode(ExitStatus.tempFail)
        }
        if !quiet { StandardError.line("kb: waiting for another kb run on \(database)") }
        lock.lock()
        return lock
    }
}
