/// The schema kb writes: top-level `schema.sql`, embedded at build time, and the version it declares.
public enum Schema {
    /// The full text of schema.sql.
    public static let sql: String = String(decoding: PackageResources.schema_sql, as: UTF8.self)

    /// The version schema.sql sets with `PRAGMA user_version = N;` (read from the file, so there is one source).
    public static let version: Int = declaredVersion(in: sql) ?? 0

    /// Every `CREATE VIEW` statement of schema.sql, in order: views hold no data, so a migration that changes
    /// them drops them all and recreates them from here instead of keeping a second copy.
    public static let views: String = {
        var out: [String] = []
        var current: [Substring]?
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("CREATE VIEW") { current = [] }
            guard current != nil else { continue }
            current?.append(line)
            if line.hasSuffix(";") {
                out.append(current!.joined(separator: "\n"))
                current = nil
            }
        }
        return out.joined(separator: "\n")
    }()

    /// The N of the first `PRAGMA user_version = N` line, or nil.
    static func declaredVersion(in sql: String) -> Int? {
        // Line by line until the pragma (near the top), not the whole file split first.
        for line in Lines(sql) where !line.isEmpty {
            let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "=" || $0 == ";" })
            if words.count == 3, words[0] == "pragma", words[1] == "user_version" { return Int(words[2]) }
        }
        return nil
    }
}
