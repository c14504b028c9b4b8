import Foundation
import SQLiteDB

/// A consistent copy of a live database, taken with `VACUUM INTO` inside one read transaction: a refresh
/// writing at the same time neither waits for it nor shows half-done in it (WAL). The copy is written beside
/// the destination and renamed into place, so a crash never leaves a half-written file under its name.
public enum Backup {
    /// Copies the database at `path` to `destination`, which must not exist; returns the copy's size in bytes.
    @discardableResult
    public static func copy(database path: String, to destination: String) throws(KBError) -> Int64 {
        let target = InputFiles.absolute(destination)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw .invalidBackup("\(destination) already exists; kb backup never overwrites (remove it or choose another name)")
        }
        // Opening it as kb does checks that it is a kb database of a schema this kb knows.
        _ = try Database(path: path, mode: .readOnly)
        let partial = target + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: partial)
        do {
            let connection = try Connection(path: path, mode: .readWrite)
            try connection.run("VACUUM INTO ?", [partial])
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw .sqlite(error)
        }
        guard rename(partial, target) == 0 else {
            let reason = SystemError(errno).text
            try? FileManager.default.removeItem(atPath: partial)
            throw .invalidBackup("cannot write \(destination): \(reason)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int64) ?? nil
        return size ?? 0
    }
}
