import Foundation

/// A Datasette metadata file (https://docs.datasette.io/en/stable/sql_queries.html#canned-queries) whose canned
/// queries are the reports, so that `datasette kb.db -m metadata.json` serves them with a form per parameter.
/// Datasette passes '' for a field left blank; every report reads '' as "no filter". Names in Datasette are
/// matched without accent folding (SQLite's lower() only folds ASCII), since kb does that folding itself.
public enum DatasetteExport {
    /// The metadata for the database file `databasePath` (Datasette names a database after its file).
    public static func metadata(for catalogue: ReportCatalogue, databasePath: String) -> String {
        let database = ((databasePath as NSString).lastPathComponent as NSString).deletingPathExtension
        var queries: [String: Any] = [:]
        for report in catalogue.reports {
            var query: [String: Any] = [
                "title": report.title,
                "description": report.summary + (report.notes.isEmpty ? "" : "\n\n" + report.notes),
                "sql": report.sql,
            ]
            let parameters = report.parameters.filter(\.isBound).map(\.name)
            if !parameters.isEmpty { query["params"] = parameters }
            queries[report.name] = query
        }
        let root: [String: Any] = [
            "title": "kb: \(database)",
            "description": "Donations, contracts and disputes read from news articles, each with its evidence sentence.",
            "databases": [database: ["queries": queries]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
