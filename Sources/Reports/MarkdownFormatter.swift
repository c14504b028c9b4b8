import Foundation

/// A GitHub-flavoured markdown table, for pasting into notes and issues.
enum MarkdownFormatter {
    static func render(_ table: ResultTable) -> String {
        var lines = [row(table.columns)]
        lines.append(row(table.columns.map { _ in "---" }))
        for cells in table.rows { lines.append(row(cells.map(CellText.plain))) }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ texts: [String]) -> String {
        "| " + texts.map(escape).joined(separator: " | ") + " |"
    }

    /// Pipes would end the cell and line breaks the row.
    static func escape(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 }).replacingOccurrences(of: "|", with: "\\|")
    }
}
