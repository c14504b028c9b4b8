import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a child process: its wall time, and the CPU time and peak memory that getrusage reports for it.
struct ChildRun: Codable {
    var wall: Double
    var cpu: Double
    var peakRSSMB: Double
    var status: Int32

    /// Runs `arguments` (the program first) with stdin closed and stdout to `output` (nil: /dev/null); stderr
    /// goes to /dev/null unless `keepStderr`. Waits for it with wait4, so the figures are the child's alone.
    static func run(_ arguments: [String], output: String? = nil, keepStderr: Bool = false) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if !keepStderr { posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0) }
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = DispatchTime.now()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(arguments[0])") }
        }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ChildRun(wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime),
                        peakRSSMB: Double(usage.ru_maxrss) / 1024, status: exit)
    }

    /// Like `run`, but a failure (non-zero exit) stops the benchmark with the command line.
    static func checked(_ arguments: [String], output: String? = nil, allowing allowed: Set<Int32> = [0]) throws -> ChildRun {
        let run = try run(arguments, output: output)
        guard allowed.contains(run.status) else {
            throw BenchError("`\(arguments.joined(separator: " "))` exited with status \(run.status)")
        }
        return run
    }
}

/// Why the benchmark stopped.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
