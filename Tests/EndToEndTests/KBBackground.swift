import Foundation

/// A kb run started in the background, its output going to files, so that several runs can overlap.
final class KBBackground {
    private let process = Process()
    private let scratch: URL

    init(_ arguments: [String]) throws {
        guard let binary = KBProcess.binary else { throw Failure("kb binary not found: set KB_BIN") }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kb-e2e-bg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        for name in ["stdout", "stderr"] { _ = FileManager.default.createFile(atPath: scratch.path + "/" + name, contents: nil) }
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["KB_DB"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: scratch.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: scratch.appendingPathComponent("stderr"))
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: scratch)
    }

    var isRunning: Bool { process.isRunning }

    /// Kills the run with SIGKILL, as a crash or the OOM killer would: no handler, no cleanup.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// What the run has printed on stderr so far.
    var stderr: String { (try? String(contentsOf: scratch.appendingPathComponent("stderr"), encoding: .utf8)) ?? "" }

    /// Waits for the run to end and returns what it printed.
    func wait() throws -> KBProcess.Result {
        process.waitUntilExit()
        return KBProcess.Result(status: process.terminationStatus,
                                stdout: try String(contentsOf: scratch.appendingPathComponent("stdout"), encoding: .utf8),
                                stderr: stderr)
    }
}
