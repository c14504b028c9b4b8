import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An advisory lock on `DB.lock` beside a database, so that one ingest or refresh writes it at a time.
/// The system releases it when the process ends, however it ends (SIGKILL included).
public final class RunLock {
    /// The lock file's path.
    public let path: String
    private let descriptor: Int32

    /// Opens (creating it when needed) the lock file of `database`; nil for an in-memory database or when the file
    /// cannot be opened (a folder that cannot be written: the database cannot be written either, and says so itself).
    public init?(database: String) {
        guard database != ":memory:", !database.isEmpty else { return nil }
        path = database + ".lock"
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if descriptor < 0 { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Takes the lock if no other process holds it; false when one does.
    public func tryLock() -> Bool {
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            if errno != EINTR { return false }
        }
    }

    /// Takes the lock, waiting for as long as another process holds it.
    public func lock() {
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
    }
}
