import Foundation

/// Runs `body` with a fresh directory under the system temp directory, removed afterwards.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("SQLiteDBTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// SQLite result codes the tests check, spelled out so the tests do not depend on CSQLite.
enum Code {
    static let error: Int32 = 1
    static let busy: Int32 = 5
    static let readOnly: Int32 = 8
    static let cantOpen: Int32 = 14
    static let constraint: Int32 = 19
    static let misuse: Int32 = 21
    static let auth: Int32 = 23
    static let range: Int32 = 25
    static let constraintForeignKey: Int32 = 787
    static let constraintUnique: Int32 = 2067
}
