import Foundation
import SQLiteDB

/// `kb check`: everything that must hold in a kb database, checked without changing it: SQLite's integrity and
/// foreign keys, the full-text index against the articles, orphan rows, the schema version, and every fact's
/// evidence equal to the article text at its offsets.
public enum ConsistencyCheck {
    /// What the check found: one line per problem, and a summary for when there is none.
    public struct Result: Sendable {
        public var problems: [String] = []
        /// What could not be checked, and why (a folder that cannot be written keeps the FTS check from running).
        public var notes: [String] = []
        public var summary = ""
    }

    /// The fact tables whose evidence must equal `substr(text, start + 1, end - start)`.
    static let factTables = ["donations", "contracts", "disputes", "roles"]

    public static func run(path: String) throws(KBError) -> Result {
        if !FileManager.default.fileExists(atPath: path) { throw .missingDatabase(path: path) }
        var result = try Database.sqlite { () throws(SQLiteError) in
            // A plain read-only connection: Database would upgrade an old schema, and a check changes nothing.
            let connection = try Connection(path: path, mode: .readOnly)
            var result = Result()
            let version = try connection.userVersion
            // A run killed while it created the database leaves SQLite's empty file: sound, and the next run that
            // writes creates the schema (it is created in one transaction, so there is never half a schema).
            if version == 0, try connection.scalar("SELECT count(*) FROM sqlite_master")?.intValue == 0 {
                result.problems += try integrity(connection)
                result.summary = "ok: an empty database (no kb schema yet: the next ingest or refresh creates it)"
                return result
            }
            if version != Schema.version {
                result.problems.append("schema version \(version), this kb writes \(Schema.version)"
                    + (version < Schema.version ? " (any kb command that writes upgrades it)" : " (a newer kb made it)"))
            }
            result.problems += try integrity(connection)
            result.problems += try foreignKeys(connection)
            result.problems += try orphans(connection)
            if version >= 10 { result.problems += try partyAmounts(connection) }
            let (problems, facts) = try evidence(connection)
            result.problems += problems
            result.summary = "ok: integrity, foreign keys, full-text index, orphans, schema \(version), evidence of \(facts) facts"
            return result
        }
        if result.summary.hasPrefix("ok: an empty database") { return result }
        // After the reader is closed, so that the writer closes last and removes the -wal and -shm files.
        do throws(SQLiteError) {
            result.problems += try fullText(path: path)
        } catch {
            result.notes.append("full-text index not checked: \(error.message)")
        }
        return result
    }

    private static func integrity(_ connection: Connection) throws(SQLiteError) -> [String] {
        let lines = try connection.query("PRAGMA integrity_check").compactMap { $0[0].stringValue }
        return lines == ["ok"] ? [] : lines.map { "integrity: \($0)" }
    }

    private static func foreignKeys(_ connection: Connection) throws(SQLiteError) -> [String] {
        try connection.query("PRAGMA foreign_key_check").map { row in
            let table = row.string("table") ?? "?", parent = row.string("parent") ?? "?"
            let rowid = row.int64("rowid").map { "row \($0)" } ?? "a row"
            return "foreign key: \(table) \(rowid) refers to a missing \(parent) row"
        }
    }

    /// FTS5's own integrity check compares the index with the articles; it is an INSERT command, so it runs on
    /// a writer inside a transaction that is rolled back.
    private static func fullText(path: String) throws(SQLiteError) -> [String] {
        let writer = try Connection(path: path)
        try writer.execute("BEGIN")
        defer { try? writer.execute("ROLLBACK") }
        do throws(SQLiteError) {
            try writer.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
            return []
        } catch where error.code == 11 {  // SQLITE_CORRUPT(_VTAB): the index disagrees with the articles
            return ["full-text index: \(error.message) (rebuild it in sqlite3: "
                + "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild'))"]
        }
    }

    private static func orphans(_ connection: Connection) throws(SQLiteError) -> [String] {
        var problems: [String] = []
        for row in try connection.query("SELECT name, kind FROM entities WHERE \(EntityStore.unreferenced) ORDER BY id") {
            problems.append("entity '\(row.string("name") ?? "")' (\(row.string("kind") ?? "")) is referenced by nothing")
        }
        for (kind, table) in [("person", "people"), ("company", "companies"), ("agency", "agencies"), ("fund", "funds")] {
            for row in try connection.query("""
                SELECT e.name FROM entities e WHERE e.kind = ? AND NOT EXISTS (SELECT 1 FROM \(table) k WHERE k.id = e.id)
                ORDER BY e.id
                """, [kind]) {
                problems.append("entity '\(row.string("name") ?? "")' (\(kind)) is missing from the \(table) table")
            }
            for row in try connection.query("""
                SELECT k.name FROM \(table) k JOIN entities e ON e.id = k.id WHERE e.kind <> ? OR e.name <> k.name ORDER BY k.id
                """, [kind]) {
                problems.append("\(table) row '\(row.string("name") ?? "")' disagrees with its entity's kind or name")
            }
        }
        for row in try connection.query("""
            SELECT e.name, aliases.alias FROM aliases JOIN entities e ON e.id = aliases.entity_id
            WHERE \(EntityStore.unlearnt) ORDER BY aliases.id
            """) {
            problems.append("alias '\(row.string("alias") ?? "")' of '\(row.string("name") ?? "")' was learnt from no stored article")
        }
        for row in try connection.query("""
            SELECT id FROM disputes d WHERE NOT EXISTS (SELECT 1 FROM dispute_parties p WHERE p.dispute_id = d.id) ORDER BY id
            """) {
            problems.append("dispute \(row.int64("id") ?? 0) has no parties")
        }
        return problems
    }

    /// The facts as party_amounts should hold them (schema 10): each donation and contract once per party, with the
    /// fact views' `shared`. The same SELECT fills the table when a database is upgraded.
    static let expectedPartyAmounts = """
        SELECT r.role, d.id, CASE r.role WHEN 1 THEN d.donor_id ELSE d.recipient_id END, d.currency, d.date, d.amount,
               \(Migration.sharedTest("donations"))
        FROM donations d JOIN (SELECT 1 AS role UNION ALL SELECT 2) r
        WHERE r.role = 1 OR d.recipient_id IS NOT NULL
        UNION ALL
        SELECT r.role, d.id, CASE r.role WHEN 3 THEN d.contractor_id ELSE d.agency_id END, d.currency, d.date, d.amount,
               \(Migration.sharedTest("contracts"))
        FROM contracts d JOIN (SELECT 3 AS role UNION ALL SELECT 4) r
        WHERE r.role = 3 OR d.agency_id IS NOT NULL
        """

    /// party_amounts against the facts it is kept from (its triggers): rows missing, stale or left over.
    private static func partyAmounts(_ connection: Connection) throws(SQLiteError) -> [String] {
        let stored = "SELECT role, fact_id, entity_id, currency, date, amount, shared FROM party_amounts"
        // The expected rows are a compound SELECT: read as a subquery, so that EXCEPT takes all of it.
        let expected = "SELECT * FROM (\(expectedPartyAmounts))"
        let missing = try connection.scalar("SELECT count(*) FROM (\(expected) EXCEPT \(stored))")?.intValue ?? 0
        let extra = try connection.scalar("SELECT count(*) FROM (\(stored) EXCEPT \(expected))")?.intValue ?? 0
        guard missing + extra > 0 else { return [] }
        return ["party_amounts: \(missing) row(s) of the facts missing or different, \(extra) row(s) that no fact has "
            + "(the triggers on donations and contracts keep it: was it written by hand?)"]
    }

    private static func evidence(_ connection: Connection) throws(SQLiteError) -> ([String], Int) {
        var problems: [String] = []
        var facts = 0
        for table in factTables {
            facts += try connection.scalar("SELECT count(*) FROM \(table)")?.intValue ?? 0
            let ids = try connection.query("""
                SELECT f.id FROM \(table) f JOIN articles a ON a.id = f.article_id
                WHERE f.evidence_start < 0 OR f.evidence_end > length(a.text)
                   OR substr(a.text, f.evidence_start + 1, f.evidence_end - f.evidence_start) IS NOT f.evidence
                ORDER BY f.id
                """).compactMap { $0.int64("id") }
            guard !ids.isEmpty else { continue }
            let shown = ids.prefix(10).map(String.init).joined(separator: ", ") + (ids.count > 10 ? ", …" : "")
            problems.append("\(table): evidence differs from its offsets in the article text in \(ids.count) row"
                + (ids.count == 1 ? " (id \(shown))" : "s (ids \(shown))"))
        }
        return (problems, facts)
    }
}
