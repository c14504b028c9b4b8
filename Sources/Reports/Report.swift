import Foundation
import SQLiteDB

/// One canned report: a `.sql` file whose header comment gives its title, description and named parameters.
public struct Report: Sendable {
    /// How a column's values are shown beyond their SQLite type.
    public enum ColumnStyle: String, Sendable {
        /// 0/1 shown as false/true (JSON booleans).
        case boolean
        /// Text joined with U+001F by the SQL, shown as a list (JSON arrays).
        case list
    }

    /// The name given to `kb query` (the file name without `.sql`).
    public var name: String
    /// Other names `kb query` accepts for it (`entity` for `profile`).
    public var aliases: [String]
    /// A short title (Datasette shows it).
    public var title: String
    /// One line saying what the report shows.
    public var summary: String
    /// Notes after the header lines: what a user should know to read the result.
    public var notes: String
    /// The SQL; every declared bound parameter appears in it as `:name` and is always bound, never interpolated.
    public var sql: String
    /// The parameters users may set as `name=value`.
    public var parameters: [ReportParameter]
    /// Styles of the columns that need one.
    public var styles: [String: ColumnStyle]
    /// Where the report comes from: "built-in" or the user's file.
    public var origin: String
    /// The columns its table shows on an 80-column terminal (`-- table:`; nil: all but ids and sources).
    public var tableColumns: [String]?

    public init(name: String, aliases: [String] = [], title: String? = nil, summary: String, notes: String = "",
                sql: String, parameters: [ReportParameter], styles: [String: ColumnStyle] = [:],
                origin: String = "built-in") {
        self.name = name
        self.aliases = aliases
        self.title = title ?? name
        self.summary = summary
        self.notes = notes
        self.sql = sql
        self.parameters = parameters
        self.styles = styles
        self.origin = origin
    }

    /// Whether a parameter is itself a query language (FTS5), so SQL errors at run time are the user's.
    public var takesQuerySyntax: Bool { parameters.contains { $0.kind == .search } }

    /// `kb query REPORT --help`: what it shows, its parameters one per line, and its notes.
    public var help: String {
        var lines = ["\(name): \(summary)"]
        if !aliases.isEmpty { lines.append("also called: " + aliases.joined(separator: ", ")) }
        if origin != "built-in" { lines.append("from: \(origin)") }
        lines.append("")
        if parameters.isEmpty {
            lines.append("parameters: none")
        } else {
            lines.append("parameters (name=value; an empty value means no filter):")
            let width = parameters.map(\.usage.count).max() ?? 0
            for parameter in parameters {
                lines.append("  " + parameter.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + parameter.help)
            }
        }
        if !notes.isEmpty { lines += ["", notes] }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A named report parameter: its type, what it filters and its default (NULL means "no filter").
public struct ReportParameter: Sendable {
    /// How a `name=value` string becomes an SQL value.
    public enum Kind: Sendable, Equatable {
        /// Bound as given (compared with `=`).
        case text
        /// Matched anywhere in a name with LIKE: `%`, `_` and backslash are escaped, so they match themselves.
        case contains
        /// A person, company, agency or fund: bound as its folded key (case, accents, spaces and punctuation
        /// dropped) and matched against names and aliases; a name nothing matches is an error with suggestions.
        case entity
        case number, integer
        /// An ISO date or prefix: 2024, 2024-12, 2024-12-18 (a real month and day).
        case date
        /// One of a fixed list of values.
        case choice([String])
        /// Full-text search words, quoted into an FTS5 query (raw FTS5 syntax with `raw=1`).
        case search
    }

    /// The name, without the `:` used in SQL.
    public var name: String
    /// Other names accepted for it (`name=` for `entity=`).
    public var aliases: [String]
    /// The value type.
    public var kind: Kind
    /// What the parameter does, shown by `kb query`.
    public var help: String
    /// The value bound when the user gives none.
    public var defaultValue: SQLiteValue
    /// Whether the report cannot run without it.
    public var required: Bool
    /// Whether the SQL takes it as `:name`; an unbound parameter changes how others are read (`raw=1`).
    public var isBound: Bool

    public init(_ name: String, _ kind: Kind = .text, help: String, default defaultValue: SQLiteValue = .null,
                required: Bool = false, isBound: Bool = true, aliases: [String] = []) {
        self.name = name
        self.kind = kind
        self.help = help
        self.defaultValue = defaultValue
        self.required = required
        self.isBound = isBound
        self.aliases = aliases
    }

    /// "donor=NAME", "limit=INTEGER (default 20)" or "q=TEXT (required)", for listings.
    public var usage: String {
        let type = switch kind {
        case .text, .contains, .search: "TEXT"
        case .entity: "NAME"
        case .number: "NUMBER"
        case .integer: "INTEGER"
        case .date: "DATE"
        case .choice(let values): values.joined(separator: "|")
        }
        var text = "\(name)=\(type)"
        if required {
            text += " (required)"
        } else if defaultValue != .null {
            text += " (default \(CellText.plain(Cell(defaultValue))))"
        }
        return text
    }
}
