import SQLiteDB

/// One canned report: a name, what it shows, its SQL and the named parameters that SQL takes.
public struct Report: Sendable {
    /// How a column's values are shown beyond their SQLite type.
    public enum ColumnStyle: Sendable {
        /// 0/1 shown as false/true (JSON booleans).
        case boolean
        /// Text joined with U+001F by the SQL, shown as a list (JSON arrays).
        case list
    }

    /// Rewrites the rows SQL returned; for what SQL alone cannot say (accent-insensitive comparison).
    public typealias PostProcess = @Sendable (ResultTable) -> ResultTable

    /// The name given to `kb query`.
    public var name: String
    /// One line saying what the report shows.
    public var summary: String
    /// The SQL; every declared parameter appears in it as `:name` and is always bound, never interpolated.
    public var sql: String
    /// The parameters users may set as `name=value`.
    public var parameters: [ReportParameter]
    /// Styles of the columns that need one.
    public var styles: [String: ColumnStyle]
    /// An optional rewrite of the result.
    public var postProcess: PostProcess?
    /// Whether a parameter is itself a query language (FTS5), so SQL errors at run time are the user's.
    public var takesQuerySyntax: Bool

    public init(name: String, summary: String, sql: String, parameters: [ReportParameter],
                styles: [String: ColumnStyle] = [:], postProcess: PostProcess? = nil, takesQuerySyntax: Bool = false) {
        self.name = name
        self.summary = summary
        self.sql = sql
        self.parameters = parameters
        self.styles = styles
        self.postProcess = postProcess
        self.takesQuerySyntax = takesQuerySyntax
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
                required: Bool = false, isBound: Bool = true) {
        self.name = name
        self.kind = kind
        self.help = help
        self.defaultValue = defaultValue
        self.required = required
        self.isBound = isBound
    }

    /// "donor=TEXT", "limit=INTEGER (default 20)" or "q=TEXT (required)", for listings.
    public var usage: String {
        let type = switch kind {
        case .text, .contains, .search: "TEXT"
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
