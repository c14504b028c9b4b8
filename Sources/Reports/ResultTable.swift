import SQLiteDB

/// One value of a result, typed for output: JSON keeps numbers, booleans and lists as such.
public enum Cell: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case bool(Bool)
    case list([String])
    case blob([UInt8])

    /// The cell for a plain SQLite value.
    public init(_ value: SQLiteValue) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .real(let number): self = .real(number)
        case .text(let text): self = .text(text)
        case .blob(let bytes): self = .blob(bytes)
        }
    }

    /// The cell for `value` shown in `style`.
    init(_ value: SQLiteValue, style: Report.ColumnStyle?) {
        switch (style, value) {
        case (.boolean?, .null): self = .null
        case (.boolean?, _): self = value.boolValue.map(Cell.bool) ?? Cell(value)
        case (.list?, .null): self = .list([])
        case (.list?, .text(let joined)): self = .list(joined.isEmpty ? [] : joined.split(separator: "\u{1F}").map(String.init))
        default: self = Cell(value)
        }
    }
}

/// The rows of a report or query: column names in order and one cell per column in each row.
public struct ResultTable: Sendable, Equatable {
    /// Column names, in output order.
    public var columns: [String]
    /// The rows; each has `columns.count` cells.
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The cell of `column` in row `index`, or nil for an unknown column.
    public func cell(_ index: Int, _ column: String) -> Cell? {
        columns.firstIndex(of: column).map { rows[index][$0] }
    }
}
