#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, so that failures carry the system's reason ("Permission denied").
enum FileBytes {
    /// Articles larger than this are refused: no news article is 20 MB, and reading one would stall a run.
    static let limit = 20 * 1024 * 1024

    /// A file that could not be read, with its reason.
    struct Failure: Error {
        var reason: String
    }

    /// The file's bytes, or a failure for unreadable, oversized or non-regular files.
    static func contents(of path: String, limit: Int = limit) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(reason: "cannot read the file: \(systemError())") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Failure(reason: "cannot read the file: \(systemError())") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw Failure(reason: "not a regular file") }
        let size = Int(info.st_size)
        guard size <= limit else {
            throw Failure(reason: "the file is \(size / (1024 * 1024)) MB; kb refuses files over \(limit / (1024 * 1024)) MB")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(fd, buffer.baseAddress! + total, size - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: "cannot read the file: \(systemError())")
            }
            if count == 0 { break }  // the file shrank while we read it: keep what is there
            total += count
        }
        return total == size ? bytes : Array(bytes[..<total])
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
