import Foundation

/// The built `kb` binary, run as a subprocess the way users and cron run it.
enum KBProcess {
    /// The package root, found from this file's path (Tests/EndToEndTests/KBProcess.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// $KB_BIN, else .build/release/kb, else .build/debug/kb, else the kb built beside these tests.
    static let binary: String? = {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let explicit = environment["KB_BIN"], !explicit.isEmpty { candidates.append(explicit) }
        candidates += [packageRoot + "/.build/release/kb", packageRoot + "/.build/debug/kb"]
        if let runner = Bundle.main.executablePath {
            candidates.append(URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("kb").path)
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs kb (or `executable`) with `arguments`; output goes through files so that large outputs cannot block on a full pipe.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                    asOtherUser: Bool = false, executable other: String? = nil) throws -> Result {
        guard let binary = other ?? binary else {
            throw Failure("kb binary not found: build it (`swift build -c release --product kb`) or set KB_BIN")
        }
        // Permissions mean nothing to root: cases about them run kb as nobody.
        let (executable, fullArguments) = asOtherUser && getuid() == 0
            ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments)
            : (binary, arguments)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kb-e2e-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = fullArguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env["KB_DB"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    /// Runs `kb sql --format json` and returns its rows as dictionaries.
    static func sql(_ query: String, db: String) throws -> [[String: Any]] {
        let result = try run(["sql", "--db", db, "--format", "json", query])
        guard result.status == 0 else { throw Failure("kb sql failed (\(result.status)): \(result.stderr)") }
        return try jsonArray(result.stdout)
    }

    /// Parses a JSON array of objects.
    static func jsonArray(_ text: String) throws -> [[String: Any]] {
        guard let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]] else {
            throw Failure("not a JSON array of objects: \(text.prefix(200))")
        }
        return array
    }

    /// The row count of every kb table, through `kb sql`.
    static func tableCounts(db: String) throws -> [String: Int] {
        let tables = ["articles", "entities", "people", "companies", "agencies", "funds", "aliases", "mentions",
                      "donations", "contracts", "disputes", "dispute_parties", "roles"]
        let query = "SELECT " + tables.map { "(SELECT count(*) FROM \($0)) AS \($0)" }.joined(separator: ", ")
        let row = try sql(query, db: db).first ?? [:]
        return row.compactMapValues { $0 as? Int }
    }
}

/// A test failure with a message.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A scratch folder for one test, deleted afterwards.
final class Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("kb-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var db: String { path + "/kb.db" }

    /// Writes a file (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }
}
