import Foundation
import KnowledgeBase
import SQLiteDB

/// A scratch folder, deleted when the test is done with it.
final class TempFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("kb-tests-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` as UTF-8 to `name` (which may contain sub-folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` and returns its path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let file = path + "/" + name
        try! FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    /// The path of a database file in this folder.
    var database: String { path + "/kb.db" }
}

/// Articles the tests ingest: English and French sentences of the kinds the extractor reads.
enum SampleArticles {
    static let donation = """
        date 2025-01-10

        Tech companies fund the inauguration

        Acme Corp donated $2 million to the Trump inaugural fund, the company said on Tuesday. \
        Microsoft also gave $1 million to the inaugural committee.
        """
    static let contract = """
        date 2025-03-14

        Pentagon picks cloud giants

        The Department of Defense has awarded Microsoft a cloud computing contract worth up to $9 billion, \
        the Pentagon said on Thursday.
        """
    static let dispute = """
        Par Jeanne Martin, le 18 décembre 2024

        Elon Musk attaque OpenAI en justice

        Elon Musk a porté plainte contre OpenAI et Sam Altman devant un tribunal de Californie. \
        Google et Microsoft ont chacune versé un million de dollars au comité d’investiture de Donald Trump.
        """
}

/// Row counts of every kb table, to compare two states of a database.
func tableCounts(_ connection: Connection) throws -> [String: Int] {
    let tables = ["articles", "entities", "people", "companies", "agencies", "funds", "aliases", "mentions",
                  "donations", "contracts", "disputes", "dispute_parties", "roles"]
    var counts: [String: Int] = [:]
    for table in tables {
        counts[table] = try connection.scalar("SELECT count(*) FROM \(table)")?.intValue ?? -1
    }
    return counts
}

/// The number of rows `sql` returns as its first column.
func count(_ connection: Connection, _ sql: String, _ values: [any SQLiteBindable] = []) throws -> Int {
    try connection.scalar(sql, values)?.intValue ?? -1
}

/// Ingests `paths` into the database at `database` and returns the summary.
func ingest(_ paths: [String], into database: Database, options: IngestOptions = IngestOptions()) throws -> IngestSummary {
    try Ingestor(database: database, options: options).ingest(paths)
}
