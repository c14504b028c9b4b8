import Foundation

/// Programs some tests need beyond kb (datasette, python3 with followthemoney, Graphviz's dot): found on PATH, or
/// nil, in which case those tests say so and pass without checking.
enum ExternalTools {
    /// The full path of `name` on PATH, or nil.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether python3 can import `module`.
    static func python(has module: String) -> Bool {
        guard let python = which("python3") else { return false }
        return (try? run(python, ["-c", "import \(module)"]).status) == 0
    }

    /// Runs a program to completion; output through files, so that a large output cannot block.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> KBProcess.Result {
        let scratch = try Scratch()
        let out = scratch.path + "/out", err = scratch.path + "/err"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        try process.run()
        process.waitUntilExit()
        return KBProcess.Result(status: process.terminationStatus,
                                stdout: try String(contentsOfFile: out, encoding: .utf8),
                                stderr: try String(contentsOfFile: err, encoding: .utf8))
    }
}
