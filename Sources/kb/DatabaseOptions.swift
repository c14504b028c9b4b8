import ArgumentParser
import Foundation
import Reports

/// The `--db` option every command shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $KB_DB, else ./kb.db).", valueName: "path"))
    var db: String?

    /// The path to use: --db, else $KB_DB, else kb.db in the current folder.
    var path: String {
        if let db, !db.isEmpty { return db }
        if let env = ProcessInfo.processInfo.environment["KB_DB"], !env.isEmpty { return env }
        return "kb.db"
    }
}

/// The `--format` option of the commands that print rows.
struct FormatOptions: ParsableArguments {
    /// The formats, as ArgumentParser lists them in help.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, csv, json, jsonl, markdown

        var output: OutputFormat { OutputFormat(rawValue: rawValue)! }
    }

    @Option(name: .long, help: "Output format: table, csv, json, jsonl or markdown.")
    var format: Format = .table
}
