import Foundation

/// A GitHub-flavoured markdown table, for pasting into notes and issues.
enum MarkdownFormatter {
    /// The header row and its rule, each ending in a newline.
    static func header(_ columns: [String]) -> String {
        row(columns) + row(columns.map { _ in "---" })
    }

    /// One row, ending in a newline.
    static func row(_ texts: [String]) -> String {
        "| " + texts.map(escape).joined(separator: " | ") + " |\n"
    }

    /// Pipes would end the cell and line breaks the row.
    static func escape(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 }).replacingOccurrences(of: "|", with: "\\|")
    }
}
