#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time: when both equal what they were when the file was last read, a refresh
/// takes the file as unchanged without reading it (as make and git do).
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    /// Nanoseconds since 1970.
    public var mtimeNanoseconds: Int64

    public init(size: Int64, mtimeNanoseconds: Int64) {
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        #if canImport(Darwin)
        mtimeNanoseconds = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
        mtimeNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    /// Whether the file was modified so shortly before `now` (nanoseconds) that a change within the same clock
    /// tick could keep this stamp: such a stamp is not recorded, so the file is hashed again next time.
    func isRacy(now: Int64) -> Bool {
        mtimeNanoseconds >= now - 2_000_000_000
    }

    /// The current time in nanoseconds since 1970.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }
}
