import ArgumentParser
import Foundation
import KnowledgeBase
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

    /// The database opened read-only; says on stderr when it can only be read as an immutable snapshot.
    func openReader() throws -> Database {
        let db = try Database(path: path, mode: .readOnly)
        if db.connection.isImmutable {
            StandardError.line("kb: note: \(path): its folder cannot be written, so the database is read as it is on disk "
                + "(immutable; changes a running ingest has not finished are not seen)")
        }
        return db
    }
}

/// Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org).
extension FormatOptions {
    static var useColor: Bool {
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(1) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
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

    @Flag(help: "Tables as wide as their content (by default a table fits 80 columns, long cells cut with …).")
    var wide = false

    @Flag(help: "CSV cells exactly as stored, even text starting with = + - @ (by default such cells get a leading ' so that spreadsheets do not run them as formulas).")
    var csvRaw = false

    /// Runs `body` with a stream of rows in this format to stdout; what was printed stays printed on failure.
    /// `compact`: a report's table leaves out its detail columns (ids, sources) unless --wide.
    /// `tableColumns`: the columns a report's table shows (its `-- table:` header).
    func stream(compact: Bool = false, tableColumns: [String]? = nil, _ body: (RowStream) throws(ReportError) -> Void) throws {
        let out = StandardOutput()
        defer { out.flush() }
        try body(RowStream(format: format.output, csvSafe: !csvRaw, lineWidth: wide ? nil : 80, color: Self.useColor, compact: compact,
                           tableColumns: tableColumns,
                           emit: out.write))
    }
}
