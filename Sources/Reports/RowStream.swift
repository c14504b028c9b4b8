/// Formats rows one at a time and hands the text to `emit` as it is ready, so that output starts before a
/// query ends and memory does not grow with the result. Table output waits for a bounded window of rows to
/// size its columns, then streams the rest with those widths.
public final class RowStream: RowReceiver {
    private let format: OutputFormat
    private let emit: (String) -> Void
    private let tableWindow: Int
    private let csvSafe: Bool
    private let tableStyle: TableFormatter.Style
    private var columns: [String] = []
    private var rowCount = 0
    /// Table rows waiting for the column widths; nil once the widths are fixed.
    private var window: [[Cell]]? = []
    private var layout: TableFormatter.Layout?

    /// How many rows table output reads before fixing its column widths.
    public static let defaultTableWindow = 1000

    /// `csvSafe` (the default) neutralises CSV cells a spreadsheet would run as formulas. Tables fit `lineWidth`
    /// characters (nil: no limit) and make their header bold when `color`.
    public init(format: OutputFormat, tableWindow: Int = RowStream.defaultTableWindow, csvSafe: Bool = true,
                lineWidth: Int? = 80, color: Bool = false, compact: Bool = false, tableColumns: [String]? = nil,
                emit: @escaping (String) -> Void) {
        self.format = format
        tableStyle = TableFormatter.Style(lineWidth: lineWidth, color: color, compact: compact, tableColumns: tableColumns)
        self.tableWindow = max(1, tableWindow)
        self.csvSafe = csvSafe
        self.emit = emit
    }

    /// Starts the output with the result's column names.
    public func begin(columns: [String]) {
        self.columns = columns
        switch format {
        case .csv: emit(CSVFormatter.record(columns.map { .text($0) }, safe: csvSafe))
        case .markdown: emit(MarkdownFormatter.header(columns))
        case .table, .json, .jsonl: break
        }
    }

    /// Writes one row (the table format may hold it back until its window is full).
    public func write(_ row: [Cell]) {
        defer { rowCount += 1 }
        switch format {
        case .csv: emit(CSVFormatter.record(row, safe: csvSafe))
        case .jsonl: emit(JSONFormatter.object(row, columns: columns) + "\n")
        case .json: emit((rowCount == 0 ? "[\n  " : ",\n  ") + JSONFormatter.object(row, columns: columns))
        case .markdown: emit(MarkdownFormatter.row(row.map(CellText.plain)))
        case .table:
            if let layout {
                emit(layout.line(row))
            } else {
                window?.append(row)
                if (window?.count ?? 0) >= tableWindow { flushWindow() }
            }
        }
    }

    /// Ends the output.
    public func end() {
        switch format {
        case .json: emit(rowCount == 0 ? "[]\n" : "\n]\n")
        case .table: if layout == nil { flushWindow() }
        case .csv, .jsonl, .markdown: break
        }
    }

    private func flushWindow() {
        let rows = window ?? []
        let layout = TableFormatter.Layout(allColumns: columns, rows: rows, style: tableStyle)
        self.layout = layout
        window = nil
        emit(layout.header + rows.map(layout.line).joined())
    }
}

/// Receives a result row by row: the column names, each row, then the end (not called after a failure).
public protocol RowReceiver: AnyObject {
    func begin(columns: [String])
    func write(_ row: [Cell])
    func end()
}

/// Collects a result into a `ResultTable` (for tests and for reports that rewrite their whole result).
final class TableCollector: RowReceiver {
    var table = ResultTable(columns: [], rows: [])

    func begin(columns: [String]) { table.columns = columns }
    func write(_ row: [Cell]) { table.rows.append(row) }
    func end() {}
}
