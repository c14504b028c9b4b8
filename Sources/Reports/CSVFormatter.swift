import Foundation

/// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote or a line break.
enum CSVFormatter {
    static func render(_ table: ResultTable) -> String {
        var out = record(table.columns)
        for row in table.rows { out += record(row.map(CellText.plain)) }
        return out
    }

    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
