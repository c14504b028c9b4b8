/// The output formats of `kb query` and `kb sql`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, markdown

    /// `table` rendered in this format, ending with a newline.
    public func render(_ table: ResultTable) -> String {
        switch self {
        case .table: TableFormatter.render(table)
        case .csv: CSVFormatter.render(table)
        case .json: JSONFormatter.render(table)
        case .jsonl: JSONFormatter.renderLines(table)
        case .markdown: MarkdownFormatter.render(table)
        }
    }
}
