/// The output formats of `kb query` and `kb sql`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, markdown

    /// `table` rendered in this format, ending with a newline.
    public func render(_ table: ResultTable, lineWidth: Int? = 80) -> String {
        var out = ""
        let stream = RowStream(format: self, tableWindow: max(1, table.rows.count), lineWidth: lineWidth) { out += $0 }
        stream.begin(columns: table.columns)
        for row in table.rows { stream.write(row) }
        stream.end()
        return out
    }
}
